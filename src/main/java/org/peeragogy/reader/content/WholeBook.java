package org.peeragogy.reader.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files that concatenate other chapters (an {@code ALL.md}, a {@code book.md}): most of their
 * text is other chapters' text. Each chapter's lines are compared whitespace-collapsed; a line counts as
 * shared when another chapter has it word for word and it is at least {@link #MIN_LINE} characters long
 * (short lines such as "---" or "## Notes" are everywhere). A file is the whole book when more than
 * {@link #SHARE} of its text is in shared lines drawn from at least {@link #MIN_SOURCES} other chapters,
 * so that a chapter and its copy, or a chapter quoting one other, are not taken for it. Memory: one hash
 * and length per distinct line; time linear in the text. Not thread-safe; one per opening.
 */
final class WholeBook {
    static final int MIN_LINE = 24;
    static final double SHARE = 0.5;
    static final int MIN_SOURCES = 2;
    /** Only the first characters of a chapter are compared: a chapter over the render limit is not shown anyway. */
    private static final int MAX_CHARS = 4 * 1024 * 1024;

    /** Per chapter: each distinct long line's hash and length, and the length of all its text. */
    private final Map<String, Map<Long, Integer>> lines = new LinkedHashMap<>();
    private final Map<String, Long> totals = new HashMap<>();

    /**
     * Takes one chapter's bytes (UTF-8). Each line (split at CR LF, CR or LF) is stripped of whitespace at both
     * ends ({@link String#strip}) and its runs of {@code [ \t\u000B\f]} inside made one space (the regular
     * expression {@code \s+}), then hashed, without making a string of it: opening the real handbook allocated
     * 19 MB here with {@code split} and {@code replaceAll} on the way to the first chapter (issue 17).
     */
    void add(String chapterId, byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, MAX_CHARS), StandardCharsets.UTF_8);
        Map<Long, Integer> own = new HashMap<>();
        long total = 0;
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int length = collapsedLength(text, start, end);
            total += length;
            if (length >= MIN_LINE) {
                own.putIfAbsent(hash(text, start, end), length);
            }
            if (end == n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        lines.put(chapterId, own);
        totals.put(chapterId, total);
    }

    /** Whether {@code c} is one that {@code \s} matches inside a line. */
    private static boolean spaceInside(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
    }

    /** The length of the line in [from, to) once stripped and collapsed as {@link #add} says. */
    private static int collapsedLength(String text, int from, int to) {
        int[] span = stripped(text, from, to);
        int length = 0;
        boolean inRun = false;
        for (int i = span[0]; i < span[1]; i++) {
            boolean space = spaceInside(text.charAt(i));
            if (!space || !inRun) {
                length++;
            }
            inRun = space;
        }
        return length;
    }

    /** [from, to) without the whitespace {@link String#strip} takes off (code points, as it does). */
    private static int[] stripped(String text, int from, int to) {
        int a = from;
        while (a < to) {
            int c = text.codePointAt(a);
            if (!Character.isWhitespace(c)) {
                break;
            }
            a += Character.charCount(c);
        }
        int b = to;
        while (b > a) {
            int c = text.codePointBefore(b);
            if (!Character.isWhitespace(c)) {
                break;
            }
            b -= Character.charCount(c);
        }
        return new int[] {a, b};
    }

    /**
     * The chapters that hold mostly other chapters' text, from at least two of them. Larger files are
     * judged first, and a file found to hold the whole book is no source for the files judged after it:
     * with an ALL.md and a book.md, each chapter's text is in both, which must not make it a third.
     */
    Set<String> detect() {
        Map<Long, Set<String>> owners = new HashMap<>();
        lines.forEach((id, own) -> own.keySet().forEach(h -> owners.computeIfAbsent(h, k -> new HashSet<>(2)).add(id)));
        Set<String> out = new HashSet<>();
        List<String> largestFirst = new ArrayList<>(lines.keySet());
        largestFirst.sort(Comparator.comparingLong((String id) -> totals.get(id)).reversed().thenComparing(id -> id));
        for (String id : largestFirst) {
            long shared = 0;
            Set<String> sources = new HashSet<>();
            for (Map.Entry<Long, Integer> line : lines.get(id).entrySet()) {
                boolean elsewhere = false;
                for (String other : owners.get(line.getKey())) {
                    if (!other.equals(id) && !out.contains(other)) {
                        elsewhere = true;
                        if (sources.size() < MIN_SOURCES) {
                            sources.add(other);
                        }
                    }
                }
                if (elsewhere) {
                    shared += line.getValue();
                }
            }
            long total = totals.get(id);
            if (total > 0 && shared > SHARE * total && sources.size() >= MIN_SOURCES) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * 64 bits of the collapsed line (FNV-1a over its UTF-16 units, a run of spaces inside as one ' '): collisions
     * among a handbook's lines are negligible.
     */
    private static long hash(String text, int from, int to) {
        int[] span = stripped(text, from, to);
        long h = 0xcbf29ce484222325L;
        boolean inRun = false;
        for (int i = span[0]; i < span[1]; i++) {
            char c = text.charAt(i);
            boolean space = spaceInside(c);
            if (!space || !inRun) {
                h ^= space ? ' ' : c;
                h *= 0x100000001b3L;
            }
            inRun = space;
        }
        return h;
    }
}
