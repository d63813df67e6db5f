package org.peeragogy.reader.book;

import java.util.Objects;

/**
 * Everything needed to find a highlighted passage again, even after the handbook has been edited.
 * Anchoring knows nothing about how these are stored.
 *
 * @param quote       the selected text and its context
 * @param position    where it was, in UTF-16 offsets into the chapter text
 * @param blockId     id of the block element (paragraph, list item, cell...) the selection starts in;
 *                    empty when it starts outside every block
 * @param fingerprint SHA-256 (hex) of the chapter text the selection was made on
 */
public record TextAnchor(TextQuoteSelector quote, TextPositionSelector position, String blockId, String fingerprint) {
    public TextAnchor {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(position, "position");
        blockId = blockId == null ? "" : blockId;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
