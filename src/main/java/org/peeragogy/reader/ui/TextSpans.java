package org.peeragogy.reader.ui;

/**
 * Spans of a chapter's text the notes are made on, as {start, end} offsets in UTF-16 code units of the text the
 * reader sees (content.anchoring's {@code ChapterText}). Pure functions; any thread.
 */
final class TextSpans {
    /** A bookmark's quote: about this many characters from where it starts (then to the end of the word). */
    static final int BOOKMARK_LENGTH = 48;

    private TextSpans() {
    }

    /** {start, end} of {@code text} between these offsets without white space at either end (clamped to the text). */
    static int[] trimmed(String text, int start, int end) {
        int from = Math.max(0, start);
        int to = Math.min(text.length(), end);
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /**
     * {start, end} of a bookmark at {@code offset} in a text of at least one character: from the first character that
     * is not white space, {@link #BOOKMARK_LENGTH} characters, then on to the end of the word (at most 24 more).
     */
    static int[] bookmark(String text, int offset) {
        int start = Math.max(0, Math.min(offset, text.length() - 1));
        while (start < text.length() - 1 && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = Math.min(text.length(), start + BOOKMARK_LENGTH);
        while (end < text.length() && end < start + BOOKMARK_LENGTH + 24 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    /**
     * The first of {@code placed} that is a highlight {@code mine} accepts on exactly the span [start, end) of
     * {@code text} (UTF-16 offsets), white space at either end aside; empty when there is none.
     */
    static java.util.Optional<NoteItem> highlightOn(String text, int start, int end, java.util.List<NoteItem> placed,
                                                    java.util.function.Predicate<org.peeragogy.reader.book.Annotation> mine) {
        int[] wanted = trimmed(text, start, end);
        return placed.stream().filter(i -> i.annotation().kind() == org.peeragogy.reader.book.Annotation.Kind.HIGHLIGHT
                && mine.test(i.annotation()) && java.util.Arrays.equals(wanted, trimmed(text, i.placement().start(),
                i.placement().end()))).findFirst();
    }
}
