package org.peeragogy.reader.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One search result.
 *
 * @param kind         a passage of the handbook, or one of the reader's notes
 * @param chapterId    the chapter it belongs to
 * @param blockId      the id of the page block to scroll to: the passage's block, or the block a note is
 *                     anchored to; "" for the top of the chapter (and for notes on a whole chapter)
 * @param annotationId the note's id for {@link Kind#NOTE} hits, empty for passages
 * @param title        the chapter's title (its id when the handbook has not been indexed)
 * @param snippet      a short extract around the match, from the one text that holds every word searched for
 *                     (the passage, heading or title; for a note its text, quote or tags), plain text in which every matched word is
 *                     wrapped in {@link #MATCH_START} and {@link #MATCH_END}; "…" marks a cut. The
 *                     caller replaces the markers (the window with bold text nodes, never HTML)
 * @param rank         FTS5 {@code bm25()} with the column weights, plus that of the chapter's title when the
 *                     title has any of the words: smaller is better (it is negative)
 */
public record SearchHit(Kind kind, String chapterId, String blockId, Optional<String> annotationId, String title,
                        String snippet, double rank) {
    /** Starts a matched word in {@link #snippet()} (U+0002, never part of indexed text). */
    public static final char MATCH_START = '\u0002';
    /** Ends a matched word in {@link #snippet()} (U+0003, never part of indexed text). */
    public static final char MATCH_END = '\u0003';

    public enum Kind {
        CHAPTER, NOTE
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chapterId, "chapterId");
        blockId = blockId == null ? "" : blockId;
        annotationId = annotationId == null ? Optional.empty() : annotationId;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** The snippet with the markers replaced, e.g. {@code snippet("[", "]")}. Any thread. */
    public String snippet(String start, String end) {
        return snippet.replace(String.valueOf(MATCH_START), start).replace(String.valueOf(MATCH_END), end);
    }
}
