package org.peeragogy.reader.book;

/** W3C TextQuoteSelector: the exact text with up to 32 characters of context on each side. */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
}
