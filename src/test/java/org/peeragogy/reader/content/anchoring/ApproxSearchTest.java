package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ApproxSearchTest {
    /** Textbook dynamic programming: least distance of the pattern to a substring ending at each position. */
    private static int[] reference(String pattern, String text) {
        int m = pattern.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int[] out = new int[text.length() + 1];
        out[0] = m;
        for (int j = 1; j <= text.length(); j++) {
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                col[i] = Math.min(Math.min(col[i] + 1, col[i - 1] + 1),
                        diag + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1));
                diag = up;
            }
            out[j] = col[m];
        }
        return out;
    }

    private static String random(Random r, int length, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void distancesAgreeWithDynamicProgrammingForShortAndMultiBlockPatterns() {
        Random r = new Random(7);
        for (int pl : new int[] {1, 5, 63, 64, 65, 127, 128, 129, 200}) {
            for (int round = 0; round < 5; round++) {
                String text = random(r, 400, "abcé ");
                String pattern = random(r, pl, "abcé ");
                assertArrayEquals(reference(pattern, text),
                        new ApproxSearch(pattern).distances(text, 0, text.length(), 1, false), "length " + pl);
            }
        }
    }

    @Test
    void anchoredPassGivesTheEditDistanceOfEachPrefixOfTheText() {
        Random r = new Random(11);
        for (int pl : new int[] {3, 64, 70, 150}) {
            String pattern = random(r, pl, "xyz ");
            String text = random(r, pl + 40, "xyz ");
            int[] d = new ApproxSearch(pattern).distances(text, 0, text.length(), 1, true);
            int[] expected = new int[text.length() + 1];
            for (int j = 0; j <= text.length(); j++) {
                expected[j] = ApproxSearch.levenshtein(pattern, text.substring(0, j));
            }
            assertArrayEquals(expected, d, "length " + pl);
        }
    }

    @Test
    void backwardPassReadsTheTextInReverse() {
        String text = "abcdef";
        int[] d = new ApproxSearch("dcb").distances(text, 3, 3, -1, true);
        assertArrayEquals(new int[] {3, 2, 1, 0}, d);
    }
}
