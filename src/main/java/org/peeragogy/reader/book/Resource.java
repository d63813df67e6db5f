package org.peeragogy.reader.book;

/** Bytes of a file in the handbook (an image) with its media type. */
public record Resource(byte[] bytes, String mediaType) {
}
