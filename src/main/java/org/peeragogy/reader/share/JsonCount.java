package org.peeragogy.reader.share;

/**
 * A first look at JSON text before {@link JsonReader} builds anything from it: whether it may hold more values
 * than {@link JsonReader#MAX_ITEMS} or nest deeper than {@link JsonReader#MAX_DEPTH}. One pass over the
 * characters, allocating nothing, on the caller's thread; it never throws and never says why (the parse does).
 *
 * <p>It counts what starts a value ({@code { [}, a string not followed by {@code :}, a number, {@code t f n})
 * and the most brackets open at once. On text that is JSON as far as the parser would read, each value the
 * parser counts is counted here too, but for at most one: a string followed by {@code :} where a value was
 * expected, or a value the parser starts and finds wrong; either way the parser throws right after. So if the
 * count here is under {@code MAX_ITEMS} and the depth at most {@code MAX_DEPTH}, the parser cannot reach
 * either limit before any other error; on anything else it may over-count, which costs only a second pass.
 * Measured on a 85 MB export of 40,000 notes: see docs/performance.md.
 */
final class JsonCount {
    private JsonCount() {
    }

    /** True when {@code text} may hold {@code maxValues} values or more, or nest deeper than {@code maxDepth}. */
    static boolean mayExceed(String text, int maxValues, int maxDepth) {
        int n = text.length();
        int values = 0;
        int depth = 0;
        int k = 0;
        while (k < n) {
            char c = text.charAt(k++);
            switch (c) {
                case '{', '[' -> {
                    values++;
                    if (++depth > maxDepth) {
                        return true;
                    }
                }
                case '}', ']' -> depth--;
                case '"' -> {
                    k = afterString(text, k);
                    if (!followedByColon(text, k)) {
                        values++;
                    }
                }
                case ' ', '\t', '\n', '\r', ',', ':' -> {
                    continue;
                }
                default -> {
                    // A number or a word: one value, up to the next character that cannot be in one.
                    values++;
                    while (k < n && inToken(text.charAt(k))) {
                        k++;
                    }
                }
            }
            if (values >= maxValues) {
                return true;
            }
        }
        return false;
    }

    /** The index after the string's closing quote ({@code k} is just after its opening one), or the end. */
    private static int afterString(String text, int k) {
        int n = text.length();
        while (k < n) {
            char c = text.charAt(k++);
            if (c == '"') {
                return k;
            }
            if (c == '\\') {
                k++;
            }
        }
        return n;
    }

    private static boolean followedByColon(String text, int k) {
        while (k < text.length()) {
            char c = text.charAt(k++);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == ':';
            }
        }
        return false;
    }

    private static boolean inToken(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '+' || c == '-';
    }
}
