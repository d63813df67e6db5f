package org.peeragogy.reader.content.anchoring;

import java.util.HashMap;
import java.util.Map;

/**
 * Approximate string matching with Myers' (1999) bit-parallel algorithm, in Hyyrö's block form for
 * patterns longer than 64 characters: one pass over the text gives, for every end position, the least
 * Levenshtein distance between the pattern and any substring ending there. Time O(n * ceil(m / 64)).
 * A second, anchored pass over the reversed pattern and text finds where a match starts.
 */
final class ApproxSearch {
    private static final long HIGH = 1L << 63;

    private final int m;
    private final int blocks;
    private final long lastBit;
    /** Match masks per character: ASCII in a table, anything else in a map. */
    private final long[][] ascii = new long[128][];
    private final Map<Character, long[]> other = new HashMap<>();
    private final long[] pv;
    private final long[] mv;

    ApproxSearch(CharSequence pattern) {
        m = pattern.length();
        if (m == 0) {
            throw new IllegalArgumentException("empty pattern");
        }
        blocks = (m + 63) / 64;
        lastBit = 1L << ((m - 1) % 64);
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(i);
            long[] eq;
            if (c < 128) {
                eq = ascii[c];
                if (eq == null) {
                    eq = ascii[c] = new long[blocks];
                }
            } else {
                eq = other.computeIfAbsent(c, k -> new long[blocks]);
            }
            eq[i / 64] |= 1L << (i % 64);
        }
        pv = new long[blocks];
        mv = new long[blocks];
    }

    int patternLength() {
        return m;
    }

    /**
     * Processes {@code count} characters of {@code text} starting at {@code from} and moving by {@code step}
     * (+1 forwards, -1 backwards). Returns {@code d} with {@code d[j]} = the least edit distance between the
     * pattern and a substring ending after the j-th processed character ({@code d[0] = m}).
     *
     * @param anchored when true the match must begin at the first processed character (global on that side);
     *                 otherwise it may begin anywhere (searching)
     */
    int[] distances(CharSequence text, int from, int count, int step, boolean anchored) {
        java.util.Arrays.fill(pv, -1L);
        java.util.Arrays.fill(mv, 0L);
        int[] d = new int[count + 1];
        int score = m;
        d[0] = score;
        int hIn0 = anchored ? 1 : 0;
        int pos = from;
        for (int j = 1; j <= count; j++, pos += step) {
            char c = text.charAt(pos);
            long[] eqs = c < 128 ? ascii[c] : other.get(c);
            int carry = hIn0;
            for (int b = 0; b < blocks; b++) {
                long negIn = carry < 0 ? 1L : 0L;
                long eq = (eqs == null ? 0L : eqs[b]) | negIn;
                long p = pv[b];
                long mm = mv[b];
                long xv = eq | mm;
                long xh = (((eq & p) + p) ^ p) | eq;
                long ph = mm | ~(xh | p);
                long mh = p & xh;
                long bit = b == blocks - 1 ? lastBit : HIGH;
                int out = (ph & bit) != 0 ? 1 : (mh & bit) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                mh |= negIn;
                if (carry > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                carry = out;
            }
            score += carry;
            d[j] = score;
        }
        return d;
    }

    /** Levenshtein distance of two short strings (context comparisons). */
    static int levenshtein(CharSequence a, CharSequence b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1 - distance / longer length: 1 for equal strings, 0 for nothing in common. */
    static double similarity(CharSequence a, CharSequence b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longer;
    }
}
