package org.peeragogy.reader.content.anchoring;

import org.peeragogy.reader.text.Folding;

/**
 * A text with every run of whitespace collapsed to one space, and the way back to raw offsets:
 * {@code raw[i]} is the raw offset of normalised character {@code i}, {@code raw[length]} the raw length.
 * Whitespace between two letters of Thai, Lao, Khmer or Burmese ({@link Folding#isDictionaryScript}) is
 * dropped: those scripts put spaces between phrases, not words, so it is not part of what is quoted, as
 * it is not for search and find in the chapter (issue 13).
 */
final class Normalized {
    final String text;
    private final int[] raw;

    private Normalized(String text, int[] raw) {
        this.text = text;
        this.raw = raw;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    static Normalized of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        boolean dropRun = false; // the white space run being read lies between two Thai, Lao, ... letters
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Folding.isIgnorable(c)) {
                continue; // soft hyphen, zero-width space, joiners, tatweel: not part of what is compared
            }
            if (isSpace(c)) {
                if (i == 0 || !isSpace(s.charAt(i - 1))) {
                    dropRun = betweenDictionaryLetters(s, i);
                }
                if (dropRun || n > 0 && sb.charAt(n - 1) == ' ' && isSpace(s.charAt(i - 1))) {
                    continue;
                }
                sb.append(' ');
            } else {
                sb.append(c);
            }
            map[n++] = i;
        }
        map[n] = s.length();
        int[] raw = new int[n + 1];
        System.arraycopy(map, 0, raw, 0, n + 1);
        return new Normalized(sb.toString(), raw);
    }

    /** Collapses whitespace runs to one space and strips both ends. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Folding.isIgnorable(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0 && !(Folding.isDictionaryScript(sb.charAt(sb.length() - 1))
                        && Folding.isDictionaryScript(c))) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether the white space run starting at {@code i} lies between a Thai, Lao, Khmer or Burmese letter and
     * another within one block: a line break (between two paragraphs) is never dropped, so a quote does not
     * run from one paragraph into the next.
     */
    private static boolean betweenDictionaryLetters(String s, int i) {
        int before = i - 1;
        while (before >= 0 && Folding.isIgnorable(s.charAt(before))) {
            before--;
        }
        int after = i;
        while (after < s.length() && isSpace(s.charAt(after))) {
            char c = s.charAt(after);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return false;
            }
            after++;
        }
        return before >= 0 && after < s.length() && Folding.isDictionaryScript(s.charAt(before))
                && Folding.isDictionaryScript(s.charAt(after));
    }

    /** Raw offset of normalised offset {@code i} (0..length). */
    int rawStart(int i) {
        return raw[i];
    }

    /**
     * Raw end offset for a normalised range ending at {@code end} (exclusive): just past the raw character
     * its last one came from, so a range never takes in the white space (dropped between two Thai, ...
     * letters, or a collapsed run) or the invisible characters after it.
     */
    int rawEnd(int end) {
        if (end == 0) {
            return 0;
        }
        return raw[end - 1] + 1;
    }

    /** Normalised offset of the first normalised character at or after raw offset {@code r}. */
    int fromRaw(int r) {
        int lo = 0;
        int hi = raw.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (raw[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
