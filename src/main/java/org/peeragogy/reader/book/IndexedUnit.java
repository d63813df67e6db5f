package org.peeragogy.reader.book;

import java.util.Objects;

/**
 * One passage of a chapter as the search index keeps it: one piece of text exactly as the page shows
 * it, so that a hit's snippet always holds the words that found it (issue 12: a title repeated in every
 * passage made a search for a chapter's title list its headings that lacked the words).
 *
 * @param chapterId the chapter
 * @param blockId   the {@code id} of the block in the rendered page, so a hit can scroll to it; "" for
 *                  text that belongs to no block (the top of the chapter, where a title shown above the
 *                  text is)
 * @param kind      what the text is on the page; it only weighs the match (a title counts most)
 * @param text      the text, whitespace collapsed; text of nested blocks is not repeated
 */
public record IndexedUnit(String chapterId, String blockId, Kind kind, String text) {
    /** What a passage is on the page. */
    public enum Kind {
        /** The chapter's title as the page shows it (once per chapter). */
        TITLE,
        /** A heading in the chapter. */
        HEADING,
        /** Any other block's own text. */
        PASSAGE
    }

    public IndexedUnit {
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(kind, "kind");
        blockId = blockId == null ? "" : blockId;
        text = text == null ? "" : text;
    }
}
