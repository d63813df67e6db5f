package org.peeragogy.reader.content.anchoring;

import org.peeragogy.reader.book.TextAnchor;

/** Small pages shaped like the renderer's, written for these tests. */
final class Pages {
    private Pages() {
    }

    static ChapterText chapter(String body) {
        return ChapterText.of("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>T</title>\n"
                + "</head><body><article id=\"chapter\" data-chapter=\"t\">" + body + "</article></body></html>\n");
    }

    /** Anchors the first occurrence of {@code phrase} in the chapter text. */
    static TextAnchor select(ChapterText t, String phrase) {
        int at = t.text().indexOf(phrase);
        if (at < 0) {
            throw new AssertionError("fixture lacks: " + phrase);
        }
        return Anchoring.describe(t, at, at + phrase.length());
    }
}
