package org.peeragogy.reader.content.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;

/**
 * Turns a selection into selectors and finds them again in a (possibly edited) chapter, the way the
 * Hypothesis client does: the stored position first, then the quote, then an approximate match scored on
 * quote, context and position. All offsets are UTF-16 offsets into {@link ChapterText#text()}.
 * Whitespace never matters: runs of it are collapsed to one space before comparing or searching.
 */
public final class Anchoring {
    /**
     * The least quote similarity (1 - edits / quote length) at which an approximate match is accepted.
     * The search allows min(256, length / 2) edits, as Hypothesis does, but accepting all of them misplaces
     * deleted quotes: deleting each of 1,130 quotes of 20-120 characters from the real handbook's chapters,
     * the best match left in the chapter was at least 0.5 similar for 203 of them, 0.65 for 39, 0.7 for 15,
     * 0.75 for 8 (mostly genuine near-copies, such as repeated licence wording) and 0.85 for 3. At 0.75 a
     * quote may lose a quarter of its characters to edits and still be placed; below it the note is orphaned.
     */
    static final double MIN_QUOTE_SIMILARITY = 0.75;

    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;
    private static final double TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
    /** Approximate matches examined in detail (start found, context scored). */
    private static final int MAX_CANDIDATES = 40;

    private Anchoring() {
    }

    /**
     * The selectors for the selection {@code start..end} (UTF-16 offsets into the chapter text).
     *
     * @throws IllegalArgumentException when the selection is empty, only whitespace or out of range
     */
    public static TextAnchor describe(ChapterText t, int start, int end) {
        String text = t.text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("Selection " + start + ".." + end + " is empty or outside 0.."
                    + text.length());
        }
        String exact = text.substring(start, end);
        if (Normalized.collapse(exact).isEmpty()) {
            throw new IllegalArgumentException("Selection " + start + ".." + end + " holds only whitespace");
        }
        int from = Math.max(0, start - TextQuoteSelector.CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        int to = Math.min(text.length(), end + TextQuoteSelector.CONTEXT);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        int first = start;
        while (Normalized.isSpace(text.charAt(first))) {
            first++;
        }
        return new TextAnchor(new TextQuoteSelector(exact, text.substring(from, start), text.substring(end, to)),
                new TextPositionSelector(start, end), t.blockAt(first).orElse(""), t.fingerprint());
    }

    /**
     * Where the anchor belongs in this chapter text, or {@link Placement.Kind#ORPHAN}: also when its quote occurs more
     * than once and it has neither a position nor a prefix or suffix to choose between them.
     */
    public static Placement locate(ChapterText t, TextAnchor a) {
        String quote = Normalized.collapse(a.quote().exact());
        if (quote.isEmpty()) {
            return Placement.orphan();
        }
        String text = t.text();
        int oldStart = a.position().start();
        int oldEnd = a.position().end();
        if (oldEnd <= text.length() && oldStart < oldEnd
                && Normalized.collapse(text.substring(oldStart, oldEnd)).equals(quote)) {
            return new Placement(oldStart, oldEnd, Placement.Kind.EXACT, 1.0);
        }
        Normalized n = t.normalized();
        Context context = new Context(n, a, quote.length());
        Candidate best = null;
        int found = 0;
        for (int from = n.text.indexOf(quote); from >= 0; from = n.text.indexOf(quote, from + 1)) {
            Candidate c = context.score(from, from + quote.length(), 0);
            found++;
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        if (found > 1 && oldEnd <= oldStart && a.quote().prefix().isBlank() && a.quote().suffix().isBlank()) {
            // Only words that occur several times, with no place or context to choose between them (another tool's
            // bare quote, fresh tester t38's F5): the first would be a guess, so it is left to the reader to re-attach,
            // as the command line refuses such a quote.
            return Placement.orphan();
        }
        if (best != null) {
            return place(t, n, best, Placement.Kind.QUOTE);
        }
        best = fuzzy(n, quote, context);
        return best == null ? Placement.orphan() : place(t, n, best, Placement.Kind.FUZZY);
    }

    /** Searches the chapter for a quote (for the command line), whitespace-insensitively. */
    public static QuoteSearch findQuote(ChapterText t, String quote) {
        String q = Normalized.collapse(quote);
        if (q.isEmpty()) {
            return new QuoteSearch(0, null);
        }
        Normalized n = t.normalized();
        int count = 0;
        Placement first = null;
        for (int from = n.text.indexOf(q); from >= 0; from = n.text.indexOf(q, from + 1)) {
            if (count++ == 0) {
                first = place(t, n, new Candidate(from, from + q.length(), 1.0, 1.0), Placement.Kind.QUOTE);
            }
        }
        return new QuoteSearch(count, first);
    }

    private static Placement place(ChapterText t, Normalized n, Candidate c, Placement.Kind kind) {
        String text = t.text();
        int start = n.rawStart(c.start);
        int end = Math.max(start, n.rawEnd(c.end));
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return new Placement(start, end, kind, c.score);
    }

    /** Approximate matches with at most min(256, m / 2) edits, best by quote, context and position. */
    private static Candidate fuzzy(Normalized n, String quote, Context context) {
        String text = n.text;
        int m = quote.length();
        int maxErrors = Math.min(256, m / 2);
        int accepted = (int) Math.floor(m * (1 - MIN_QUOTE_SIMILARITY));
        int limit = Math.min(maxErrors, accepted);
        if (text.isEmpty()) {
            return null;
        }
        int[] d = new ApproxSearch(quote).distances(text, 0, text.length(), 1, false);
        // Local minima of the distance at most `limit`, grouped by distance.
        List<List<Integer>> byErrors = new ArrayList<>();
        for (int e = 0; e <= limit; e++) {
            byErrors.add(new ArrayList<>());
        }
        for (int e = 1; e < d.length; e++) {
            if (d[e] <= limit && d[e] <= d[e - 1] && (e == d.length - 1 || d[e] < d[e + 1])) {
                byErrors.get(d[e]).add(e);
            }
        }
        List<Integer> ends = new ArrayList<>();
        for (int e = 0; e <= limit && ends.size() < MAX_CANDIDATES; e++) {
            List<Integer> bucket = byErrors.get(e);
            if (ends.size() + bucket.size() > MAX_CANDIDATES) {
                bucket.sort((x, y) -> Integer.compare(Math.abs(x - context.hint), Math.abs(y - context.hint)));
                bucket = bucket.subList(0, MAX_CANDIDATES - ends.size());
            }
            ends.addAll(bucket);
        }
        if (ends.isEmpty()) {
            return null;
        }
        ApproxSearch reversed = new ApproxSearch(new StringBuilder(quote).reverse());
        Candidate best = null;
        for (int end : ends) {
            int errors = d[end];
            int windowStart = Math.max(0, end - m - errors);
            int[] r = reversed.distances(text, end - 1, end - windowStart, -1, true);
            int bestLen = -1;
            for (int len = 1; len < r.length; len++) {
                if (bestLen < 0 || r[len] < r[bestLen]
                        || r[len] == r[bestLen] && Math.abs(len - m) < Math.abs(bestLen - m)) {
                    bestLen = len;
                }
            }
            if (bestLen < 0 || r[bestLen] > limit) {
                continue;
            }
            int start = end - bestLen;
            // Trim collapsed spaces at the edges: a quote never starts or ends with one.
            int s = start;
            int e = end;
            while (s < e && text.charAt(s) == ' ') {
                s++;
            }
            while (e > s && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (s == e) {
                continue;
            }
            Candidate c = context.score(s, e, r[bestLen]);
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        return best;
    }

    /** A match in normalised offsets with its quote similarity and overall score (0..1). */
    private record Candidate(int start, int end, double quoteSimilarity, double score) {
    }

    /** The anchor's context, normalised, and how to score a candidate against it. */
    private static final class Context {
        private final Normalized n;
        private final String prefix;
        private final String suffix;
        private final int hint;
        private final int quoteLength;

        Context(Normalized n, TextAnchor a, int quoteLength) {
            this.n = n;
            this.prefix = Normalized.collapse(a.quote().prefix());
            this.suffix = Normalized.collapse(a.quote().suffix());
            this.hint = n.fromRaw(a.position().start());
            this.quoteLength = quoteLength;
        }

        Candidate score(int start, int end, int errors) {
            String text = n.text;
            double quoteSim = Math.max(0, 1.0 - (double) errors / quoteLength);
            String before = text.substring(Math.max(0, start - prefix.length() - 1), start).strip();
            before = before.substring(Math.max(0, before.length() - prefix.length()));
            String after = text.substring(end, Math.min(text.length(), end + suffix.length() + 1)).strip();
            after = after.substring(0, Math.min(after.length(), suffix.length()));
            double prefixSim = ApproxSearch.similarity(prefix, before);
            double suffixSim = ApproxSearch.similarity(suffix, after);
            double position = 1.0 - (double) Math.abs(start - hint) / Math.max(1, text.length());
            double score = (QUOTE_WEIGHT * quoteSim + PREFIX_WEIGHT * prefixSim + SUFFIX_WEIGHT * suffixSim
                    + POSITION_WEIGHT * position) / TOTAL_WEIGHT;
            return new Candidate(start, end, quoteSim, score);
        }
    }
}
