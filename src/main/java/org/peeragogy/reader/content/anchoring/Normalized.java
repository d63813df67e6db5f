package org.peeragogy.reader.content.anchoring;

import org.peeragogy.reader.text.Folding;

/**
 * A text with every run of whitespace collapsed to one space, and the way back to raw offsets:
 * {@code raw[i]} is the raw offset of normalised character {@code i}, {@code raw[length]} the raw length.
 * Whitespace between two letters of Thai, Lao, Khmer or Burmese ({@link Folding#isDictionaryScript}) is
 * dropped: those scripts put spaces between phrases, not words, so it is not part of what is quoted, as
 * it is not for search and find in the chapter (issue 13); a line break is kept (a quote stays in its
 * paragraph). Invisible hints ({@link Folding#isIgnorable}) are skipped, and a letter with its combining
 * marks, or a Hangul syllable written as jamo, is composed (NFC), so a quote typed composed places in a
 * decomposed text (decision 0023, issue 13).
 */
final class Normalized {
    final String text;
    private final int[] raw;
    /** {@code ends[i]}: the raw offset just past what normalised character {@code i} came from. */
    private final int[] ends;

    private Normalized(String text, int[] raw, int[] ends) {
        this.text = text;
        this.raw = raw;
        this.ends = ends;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    static Normalized of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int[] ends = new int[s.length() + 1];
        int n = 0;
        boolean dropRun = false; // the white space run being read lies between two Thai, Lao, ... letters
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (Folding.isIgnorable(c)) {
                i++;
                continue; // soft hyphen, zero-width space, joiners, tatweel: not part of what is compared
            }
            if (isSpace(c)) {
                if (i == 0 || !isSpace(s.charAt(i - 1))) {
                    dropRun = betweenDictionaryLetters(s, i);
                }
                if (!(dropRun || n > 0 && sb.charAt(n - 1) == ' ' && isSpace(s.charAt(i - 1)))) {
                    sb.append(' ');
                    map[n] = i;
                    ends[n++] = i + 1;
                }
                i++;
                continue;
            }
            // A letter with the combining marks after it, composed (NFC): a decomposed text and a composed
            // quote compare equal (decision 0023); each composed character maps to the whole sequence. Hangul
            // written as conjoining jamo composes into its syllables the same way (ᄒ ᅡ ᆫ is 한).
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < s.length() && Folding.joinsPrevious(s.codePointAt(i), s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String segment = s.substring(i, end);
            String composed = java.text.Normalizer.normalize(segment, java.text.Normalizer.Form.NFC);
            boolean same = composed.equals(segment);
            for (int k = 0; k < composed.length(); k++) {
                sb.append(composed.charAt(k));
                if (n + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                map[n] = same ? i + k : i;
                ends[n++] = same ? i + k + 1 : end;
            }
            i = end;
        }
        map[n] = s.length();
        return new Normalized(sb.toString(), java.util.Arrays.copyOf(map, n + 1), java.util.Arrays.copyOf(ends, n));
    }

    /** Collapses whitespace runs to one space and strips both ends; composed (NFC), as {@link #of} composes. */
    static String collapse(String s) {
        return java.text.Normalizer.normalize(collapseSpaces(s), java.text.Normalizer.Form.NFC);
    }

    private static String collapseSpaces(String s) {
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
        return ends[end - 1];
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
