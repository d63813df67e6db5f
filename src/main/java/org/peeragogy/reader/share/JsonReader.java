package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) with limits, for files from other people: at most {@link #MAX_DEPTH}
 * nested arrays/objects, strings of at most {@link #MAX_STRING} characters, {@link #MAX_ITEMS} values in
 * all. Duplicate keys, unpaired surrogates, control characters in strings, leading zeros, trailing text
 * and anything that is not JSON are errors. Objects become {@code Map<String, Object>} (in order), arrays
 * {@code List<Object>}, numbers {@code Long} or {@code Double}.
 *
 * <p>Written here rather than taken from a library: the subset we need is small, and the limits (depth
 * checked before recursing, so a file of 100,000 {@code [} cannot overflow the stack) are the point.
 *
 * <p>Memory (measured, docs/performance.md "Importing large JSON"): {@link JsonCount} looks first, so a file
 * over a limit is refused by a pass that builds nothing (it keeps only the names of the objects open, to find
 * a name given twice), with the same reason and place the building parse would give. Names and short texts
 * that repeat ({@code "type"}, {@code "TextualBody"}) are one {@code String} each, up to
 * {@link #SHARED_MAX} of them; lists are trimmed to their size; one builder reads every string.
 */
final class JsonReader {
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING = 200_000;
    static final int MAX_ITEMS = 2_000_000;
    /**
     * The most distinct texts shared (each at most {@link #SHARED_LENGTH} characters): bounds the table to about
     * 0.5 MB (4,096 entries of a 32-byte node, a 24-byte String and its at most 80 bytes of characters).
     */
    static final int SHARED_MAX = 4096;
    /** Texts longer than this (characters) are never shared: notes' own texts rarely repeat. */
    static final int SHARED_LENGTH = 40;

    private final String s;
    private final boolean build;
    private final Map<String, String> shared = new HashMap<>();
    /** The text being read, one for every string (at most {@link #MAX_STRING} characters). */
    private final StringBuilder b = new StringBuilder();
    private int i;
    private int items;

    /** Thrown with a plain message naming where the JSON went wrong. */
    static final class JsonException extends Exception {
        private final transient Reason reason;

        JsonException(Reason reason) {
            super(reason.english());
            this.reason = reason;
        }

        /** Where and how the JSON is wrong, said in the window's language too (decision 0038). */
        Reason reason() {
            return reason;
        }
    }

    private JsonReader(String s, boolean build) {
        this.s = s;
        this.build = build;
    }

    /**
     * The value {@code text} holds, on the caller's thread.
     *
     * @throws JsonException the first thing wrong, in the text's order, as a building parse finds it: a file over
     *                       a limit is found so by a pass that builds nothing first
     */
    static Object parse(String text) throws JsonException {
        if (firstLookFinds(text)) {
            read(text, false); // throws what a building parse would throw, or returns when the count over-counted
        }
        return read(text, true);
    }

    /**
     * The shortest text {@link JsonCount} looks at first. Every value the parser counts starts at a character of its
     * own (and one more is counted where the text ends too early), so a text shorter than {@link #MAX_ITEMS} cannot
     * pass that limit, and the building parse cannot build more than the limit allows. The depth it checks itself,
     * before it goes deeper, having built no more than the text's length holds, as a text of that length within the
     * limits would build. So the first look, one more pass over every character, is only for texts that long (a review
     * of h34c: it ran on every parse, the smallest file's too).
     */
    static final int LOOKED_AT_FROM = MAX_ITEMS;

    /** Whether the first look at {@code text} finds it may pass a limit ({@link #LOOKED_AT_FROM}, {@link JsonCount}). */
    static boolean firstLookFinds(String text) {
        return text.length() >= LOOKED_AT_FROM && JsonCount.mayExceed(text, MAX_ITEMS, MAX_DEPTH);
    }

    private static Object read(String text, boolean build) throws JsonException {
        JsonReader r = new JsonReader(text, build);
        r.skipSpace();
        Object v = r.value(0);
        r.skipSpace();
        if (r.i != text.length()) {
            throw r.error(Reason.of(ImportReason.JSON_TEXT_AFTER_END));
        }
        return v;
    }

    private Object value(int depth) throws JsonException {
        if (++items > MAX_ITEMS) {
            throw new JsonException(Reason.of(ImportReason.JSON_TOO_MANY_VALUES, MAX_ITEMS)); // valid, too large
        }
        if (i >= s.length()) {
            throw error(Reason.of(ImportReason.JSON_ENDS_TOO_EARLY));
        }
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> build ? share(string(true)) : string(false);
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error(Reason.of(ImportReason.JSON_UNEXPECTED_CHARACTER, printable(c)));
            }
        };
    }

    private Map<String, Object> object(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw new JsonException(Reason.of(ImportReason.JSON_TOO_DEEP, MAX_DEPTH)); // valid, too deep
        }
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            i++;
            return m;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error(Reason.of(ImportReason.JSON_NAME_EXPECTED));
            }
            String key = share(string(true));
            skipSpace();
            expect(':');
            skipSpace();
            Object v = value(depth);
            if (m.containsKey(key)) {
                throw error(Reason.of(ImportReason.JSON_NAME_TWICE, shorten(key)));
            }
            m.put(key, build ? v : null); // when not building, only the names of the objects open are kept
            skipSpace();
            char c = peek();
            i++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw error(Reason.of(ImportReason.JSON_EXPECTED, ", or }"));
            }
        }
    }

    private List<Object> array(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw new JsonException(Reason.of(ImportReason.JSON_TOO_DEEP, MAX_DEPTH)); // valid, too deep
        }
        i++;
        ArrayList<Object> l = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            i++;
            return Collections.unmodifiableList(l);
        }
        while (true) {
            skipSpace();
            Object v = value(depth);
            if (build) {
                l.add(v);
            }
            skipSpace();
            char c = peek();
            i++;
            if (c == ']') {
                l.trimToSize();
                return Collections.unmodifiableList(l);
            }
            if (c != ',') {
                throw error(Reason.of(ImportReason.JSON_EXPECTED, ", or ]"));
            }
        }
    }

    /** The string at {@code i} (checked all the same when not {@code kept}: then null, and nothing is made). */
    private String string(boolean kept) throws JsonException {
        i++;
        b.setLength(0);
        while (true) {
            if (i >= s.length()) {
                throw error(Reason.of(ImportReason.JSON_STRING_NOT_CLOSED));
            }
            char c = s.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error(Reason.of(ImportReason.JSON_CONTROL_CHARACTER));
            }
            if (c == '\\') {
                if (i >= s.length()) {
                    throw error(Reason.of(ImportReason.JSON_STRING_NOT_CLOSED));
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case '/' -> b.append('/');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> b.append(hex4());
                    default -> throw error(Reason.of(ImportReason.JSON_UNKNOWN_ESCAPE, printable(e)));
                }
            } else {
                b.append(c);
            }
            if (b.length() > MAX_STRING) {
                throw error(Reason.of(ImportReason.JSON_STRING_TOO_LONG, MAX_STRING));
            }
        }
        for (int k = 0; k < b.length(); k++) {
            char c = b.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < b.length() && Character.isLowSurrogate(b.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                throw error(Reason.of(ImportReason.JSON_HALF_CHARACTER));
            }
        }
        return kept ? b.toString() : null;
    }

    /** {@code text}, or the equal one read before: names and short texts repeat in every note. */
    private String share(String text) {
        if (text.length() > SHARED_LENGTH) {
            return text;
        }
        String before = shared.get(text);
        if (before != null) {
            return before;
        }
        if (shared.size() < SHARED_MAX) {
            shared.put(text, text);
        }
        return text;
    }

    private char hex4() throws JsonException {
        if (i + 4 > s.length()) {
            throw error(Reason.of(ImportReason.JSON_ESCAPE_CUT_SHORT));
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i++), 16);
            if (d < 0) {
                throw error(Reason.of(ImportReason.JSON_ESCAPE_NOT_HEX));
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private Object number() throws JsonException {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        if (peek() == '0') {
            i++;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9') {
                i++;
            }
        } else {
            throw error(Reason.of(ImportReason.JSON_MALFORMED_NUMBER));
        }
        boolean integer = true;
        if (peek() == '.') {
            integer = false;
            i++;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error(Reason.of(ImportReason.JSON_MALFORMED_NUMBER));
            }
            while (peek() >= '0' && peek() <= '9') {
                i++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            i++;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error(Reason.of(ImportReason.JSON_MALFORMED_NUMBER));
            }
            while (peek() >= '0' && peek() <= '9') {
                i++;
            }
        }
        String text = s.substring(start, i);
        if (text.length() > 40) {
            throw error(Reason.of(ImportReason.JSON_NUMBER_TOO_LONG));
        }
        if (integer) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw error(Reason.of(ImportReason.JSON_WHOLE_NUMBER_TOO_LARGE));
            }
        }
        double d = Double.parseDouble(text);
        if (!Double.isFinite(d)) {
            throw error(Reason.of(ImportReason.JSON_NUMBER_TOO_LARGE));
        }
        return d;
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!s.startsWith(word, i)) {
            throw error(Reason.of(ImportReason.JSON_UNEXPECTED_WORD));
        }
        i += word.length();
        return value;
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error(Reason.of(ImportReason.JSON_EXPECTED, String.valueOf(c)));
        }
        i++;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else {
                return;
            }
        }
    }

    /** The error at {@code i}: its line and its character in that line, both counted from 1, as editors show them. */
    private JsonException error(Reason what) {
        int at = Math.min(i, s.length());
        int line = 1;
        for (int k = 0; k < at; k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        int column = at - (at == 0 ? -1 : s.lastIndexOf('\n', at - 1));
        return new JsonException(Reason.of(ImportReason.JSON_INVALID, line, column, what));
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
