package org.peeragogy.reader.book;

/** Where a highlight sits: quote and position selectors, the block it starts in, the text's fingerprint. */
public record TextAnchor(TextQuoteSelector quote, TextPositionSelector position, String blockId, String fingerprint) {
}
