package org.peeragogy.reader.book;

import java.util.Objects;

/**
 * One passage of a chapter as the search index keeps it: usually one block of the rendered page.
 *
 * @param chapterId the chapter
 * @param blockId   the {@code id} of the block in the rendered page, so a hit can scroll to it; "" for
 *                  text that belongs to no block (the top of the chapter)
 * @param title     the chapter's title (repeated in every unit: a title word counts for every passage)
 * @param heading   the nearest heading above the passage ("" before the first); a heading is its own unit
 *                  with an empty {@code text}
 * @param text      the passage's own text, whitespace collapsed; text of nested blocks is not repeated
 */
public record IndexedUnit(String chapterId, String blockId, String title, String heading, String text) {
    public IndexedUnit {
        Objects.requireNonNull(chapterId, "chapterId");
        blockId = blockId == null ? "" : blockId;
        title = title == null ? "" : title;
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }
}
