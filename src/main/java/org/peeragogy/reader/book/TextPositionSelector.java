package org.peeragogy.reader.book;

/** W3C TextPositionSelector, with offsets in UTF-16 code units into the chapter text. */
public record TextPositionSelector(int start, int end) {
}
