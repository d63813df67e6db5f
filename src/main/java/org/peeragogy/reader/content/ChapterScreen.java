package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A look at a chapter's Markdown before it is parsed, in one pass over its characters: how deeply its
 * lists and block quotes nest, how many table cells and inline marks its busiest paragraph holds, and
 * how much work its runs of backticks would give flexmark's inline parser (raw HTML's nesting is
 * measured on the parsed page, see {@link RenderGuard}). flexmark and our sanitiser recurse once per
 * level, and flexmark's inline parser takes time that grows with the square of a paragraph's brackets,
 * emphasis marks and quotes (or faster, for runs of backticks of different lengths): issue 9 and
 * {@code PathologicalBenchmark} show each kind. The figures over-count rather than under-count
 * (fenced code is measured for depth too; a paragraph here is text between blank lines, list items
 * and headings), and {@link RenderLimits} gives them room.
 *
 * <p>Stateless and thread-safe; takes time linear in the text.
 */
final class ChapterScreen {
    /** What the screen measured; see the class comment for what each figure counts. */
    record Measures(int blockDepth, int paragraphMarks, long backtickWork, int paragraphPipes) {
    }

    private ChapterScreen() {
    }

    /** The reason the chapter must not be rendered under {@code limits}, or empty when it may be. */
    static Optional<NotShownException> check(String markdown, RenderLimits limits) {
        Measures m = measure(markdown);
        if (m.blockDepth() > limits.maxNesting()) {
            return Optional.of(NotShownException.tooDeep(m.blockDepth(), limits.maxNesting(),
                    ContentReason.LEVELS_OF_LISTS));
        }
        if (m.paragraphPipes() > limits.maxNodes() / 2) {
            return Optional.of(NotShownException.tooManyCells(m.paragraphPipes(), limits.maxNodes() / 2));
        }
        if (m.paragraphMarks() > limits.maxParagraphMarks()) {
            return Optional.of(NotShownException.tooBusy(m.paragraphMarks(), limits.maxParagraphMarks()));
        }
        if (m.backtickWork() > limits.maxBacktickWork()) {
            return Optional.of(NotShownException.tooManyBackticks());
        }
        return Optional.empty();
    }

    static Measures measure(String text) {
        Blocks blocks = new Blocks();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                blocks.line(text, lineStart, i);
                if (i + 1 < n && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                    i++; // one line break, not a blank line between two
                }
                lineStart = i + 1;
            }
        }
        blocks.endParagraph();
        return new Measures(blocks.maxDepth, blocks.maxMarks, blocks.maxBacktickWork, blocks.maxPipes);
    }

    /** Block nesting and inline marks, line by line. */
    private static final class Blocks {
        private final Deque<Integer> items = new ArrayDeque<>();
        private int maxDepth;
        private int maxMarks;
        private long maxBacktickWork;
        private int marks;
        /** Table cell separators in the current paragraph: each cell becomes at least two parts of the tree. */
        private int pipes;
        private int maxPipes;
        /** Backtick runs of the current paragraph: lengths and positions (characters into the paragraph). */
        private final Backticks backticks = new Backticks();
        private int paragraphChars;
        private char fenceChar;
        private int fenceLength;
        private int fenceQuotes;
        private int fenceColumn;

        void line(String s, int start, int end) {
            int i = start;
            int quotes = 0;
            while (true) {
                int at = skipSpaces(s, i, end);
                if (at - i <= 3 && at < end && s.charAt(at) == '>') {
                    quotes++;
                    i = at + 1;
                } else {
                    break;
                }
            }
            int contentStart = skipSpaces(s, i, end);
            if (contentStart == end) {
                endParagraph();
                return;
            }
            int indent = contentStart - i;
            if (fenceLength > 0 && (quotes < fenceQuotes || indent < fenceColumn)) {
                fenceLength = 0; // its block quote or list item ended, and the code with it
            }
            // List items: markers, possibly several on one line ("- - a" is a list in a list).
            boolean item = false;
            int at = contentStart;
            while (true) {
                int markerEnd = listMarkerEnd(s, at, end);
                if (markerEnd < 0) {
                    break;
                }
                int column = at - i;
                if (!item) {
                    while (!items.isEmpty() && items.peek() > column) {
                        items.pop();
                    }
                }
                items.push(markerEnd - i);
                item = true;
                at = skipSpaces(s, markerEnd, end);
            }
            if (!item) {
                while (!items.isEmpty() && items.peek() > indent) {
                    items.pop();
                }
            }
            maxDepth = Math.max(maxDepth, quotes + items.size());
            if (fenceLength > 0) {
                if (closesFence(s, at, end)) {
                    fenceLength = 0;
                }
                return;
            }
            if (item || startsBlock(s, at, end)) {
                endParagraph();
            }
            if (at - i - (items.isEmpty() ? 0 : items.peek()) <= 3 && opensFence(s, at, end)) {
                fenceQuotes = quotes;
                fenceColumn = items.isEmpty() ? 0 : items.peek();
                return;
            }
            countMarks(s, at, end);
            paragraphChars += end - start + 1;
        }

        private void countMarks(String s, int from, int end) {
            int i = from;
            while (i < end) {
                char c = s.charAt(i);
                switch (c) {
                    case '[', ']', '(', ')', '<', '"', '\'' -> {
                        marks++;
                        i++;
                    }
                    case '|' -> {
                        pipes++;
                        i++;
                    }
                    case '*', '_', '`' -> {
                        int j = i;
                        while (j < end && s.charAt(j) == c) {
                            j++;
                        }
                        marks++;
                        if (c == '`') {
                            backticks.add(j - i, paragraphChars + (i - from));
                        }
                        i = j;
                    }
                    default -> i++;
                }
            }
        }

        void endParagraph() {
            maxMarks = Math.max(maxMarks, marks);
            maxPipes = Math.max(maxPipes, pipes);
            pipes = 0;
            maxBacktickWork = Math.max(maxBacktickWork, backticks.work(paragraphChars));
            marks = 0;
            paragraphChars = 0;
            backticks.clear();
        }

        private boolean opensFence(String s, int at, int end) {
            if (at >= end || s.charAt(at) != '`' && s.charAt(at) != '~') {
                return false;
            }
            char c = s.charAt(at);
            int j = at;
            while (j < end && s.charAt(j) == c) {
                j++;
            }
            if (j - at < 3 || c == '`' && s.substring(j, end).indexOf('`') >= 0) {
                return false;
            }
            fenceChar = c;
            fenceLength = j - at;
            return true;
        }

        private boolean closesFence(String s, int at, int end) {
            int j = at;
            while (j < end && s.charAt(j) == fenceChar) {
                j++;
            }
            return j - at >= fenceLength && skipSpaces(s, j, end) == end;
        }
    }

    /** The lengths and places of a paragraph's backtick runs, and what finding their closers costs. */
    private static final class Backticks {
        private int[] lengths = new int[16];
        private int[] places = new int[16];
        private int count;

        void add(int length, int place) {
            if (count == lengths.length) {
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
                places = java.util.Arrays.copyOf(places, count * 2);
            }
            lengths[count] = length;
            places[count] = place;
            count++;
        }

        void clear() {
            count = 0;
        }

        /**
         * Characters a parser reads looking for closers: each opening run scans forward to the next run
         * of the same length (which closes it, and the scan resumes after it) or, when there is none, to
         * the end of the paragraph, and the next run opens again. CommonMark's rule; flexmark 0.64.8
         * follows it with a regular expression per run, so this is its work.
         */
        long work(int paragraphEnd) {
            int[] next = new int[count];
            Map<Integer, Integer> seen = new HashMap<>();
            for (int k = count - 1; k >= 0; k--) {
                next[k] = seen.getOrDefault(lengths[k], -1);
                seen.put(lengths[k], k);
            }
            long work = 0;
            int k = 0;
            while (k < count) {
                if (next[k] >= 0) {
                    work += places[next[k]] - places[k];
                    k = next[k] + 1;
                } else {
                    work += paragraphEnd - places[k];
                    k++;
                }
            }
            return work;
        }
    }

    /** Lines that start a block of their own, ending the paragraph before them. */
    private static boolean startsBlock(String s, int at, int end) {
        if (at >= end) {
            return false;
        }
        char c = s.charAt(at);
        if (c == '#') {
            int j = at;
            while (j < end && s.charAt(j) == '#') {
                j++;
            }
            return j - at <= 6 && (j == end || s.charAt(j) == ' ' || s.charAt(j) == '\t');
        }
        return false;
    }

    /**
     * The end of a list marker at {@code at} ("-", "+", "*" or "1." to "999999999)" followed by a space
     * or the end of the line), or -1.
     */
    private static int listMarkerEnd(String s, int at, int end) {
        if (at >= end) {
            return -1;
        }
        char c = s.charAt(at);
        int j = at;
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (j < end && j - at < 9 && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j == at || j >= end || s.charAt(j) != '.' && s.charAt(j) != ')') {
                return -1;
            }
            j++;
        }
        if (j == end) {
            return j;
        }
        return s.charAt(j) == ' ' || s.charAt(j) == '\t' ? j + 1 : -1;
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
