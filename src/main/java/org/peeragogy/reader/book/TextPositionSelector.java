package org.peeragogy.reader.book;

/**
 * Where a selection was in the chapter text (W3C Web Annotation TextPositionSelector).
 *
 * <p>Offsets count <strong>UTF-16 code units</strong> of the chapter text, as JavaScript and Java strings do,
 * so they can be used directly with {@code String.substring} and with the page's DOM ranges. The W3C
 * specification counts code points instead; use {@link #toCodePoints(String, int)} and
 * {@link #toUtf16(String, int)} when exporting or importing W3C annotations.
 *
 * @param start offset of the first selected code unit
 * @param end   offset just past the last selected code unit ({@code start <= end})
 */
public record TextPositionSelector(int start, int end) {
    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad text position " + start + ".." + end);
        }
    }

    /**
     * The code-point offset matching a UTF-16 offset into {@code text}. An offset that falls between the
     * two halves of a surrogate pair counts the whole pair as before it.
     */
    public static int toCodePoints(String text, int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16Offset + " outside 0.." + text.length());
        }
        return text.codePointCount(0, utf16Offset);
    }

    /** The UTF-16 offset matching a code-point offset into {@code text}. */
    public static int toUtf16(String text, int codePointOffset) {
        if (codePointOffset < 0) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " is negative");
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** This selector with code-point offsets into {@code text} (for W3C exports). */
    public TextPositionSelector inCodePoints(String text) {
        return new TextPositionSelector(toCodePoints(text, start), toCodePoints(text, end));
    }

    /** A selector given in code points (as W3C annotations are) converted to UTF-16 offsets into {@code text}. */
    public static TextPositionSelector fromCodePoints(String text, int start, int end) {
        return new TextPositionSelector(toUtf16(text, start), toUtf16(text, end));
    }
}
