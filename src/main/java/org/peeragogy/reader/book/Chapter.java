package org.peeragogy.reader.book;

import java.util.Objects;

/**
 * One chapter in reading order.
 *
 * @param id     stable identifier: the source file name without {@code .md} (notes and links refer to it)
 * @param number the handbook's own numbering ("1", "1a", "6.1"), empty for front matter and extra chapters
 * @param title  title shown in the contents
 * @param part   the part it belongs to; empty for front matter
 * @param path   path of the Markdown source inside the handbook, with forward slashes
 */
public record Chapter(String id, String number, String title, String part, String path) {
    public Chapter {
        Objects.requireNonNull(id, "id");
        number = number == null ? "" : number;
        Objects.requireNonNull(title, "title");
        part = part == null ? "" : part;
        Objects.requireNonNull(path, "path");
    }

    /** "6.1 Peeragogy", or just the title when the chapter has no number. */
    public String displayTitle() {
        return number.isEmpty() ? title : number + " " + title;
    }
}
