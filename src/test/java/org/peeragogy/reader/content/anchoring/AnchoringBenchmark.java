package org.peeragogy.reader.content.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.content.Handbooks;

/**
 * Not a test: prints how long re-anchoring 500 annotations takes in the largest real chapter, unchanged
 * and after an edit (median of several runs). Run after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.peeragogy.reader.content.anchoring.AnchoringBenchmark}
 * where cp.txt comes from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class AnchoringBenchmark {
    private static final int NOTES = 500;
    private static final int RUNS = 15;

    private AnchoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String page = null;
        String id = null;
        int longest = -1;
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            for (Chapter c : h.book().chapters()) {
                String html = h.render(c.id()).html();
                int len = ChapterText.of(html).length();
                if (len > longest) {
                    longest = len;
                    page = html;
                    id = c.id();
                }
            }
        }
        ChapterText original = ChapterText.of(page);
        List<TextAnchor> anchors = annotate(original);
        // The new edition: a paragraph added at the start shifts every note, so none is EXACT any more.
        String edited = page.replaceFirst("(<article id=\"chapter\"[^>]*>)",
                "$1<p id=\"added\">A paragraph added at the start of the chapter for the new edition.</p>\n");
        ChapterText editedText = ChapterText.of(edited);
        // Every tenth note was made on an edition with a typo that is now fixed: those need fuzzy matching.
        List<TextAnchor> withTypos = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            withTypos.add(i % 10 == 0 ? withTypo(anchors.get(i)) : anchors.get(i));
        }
        List<TextAnchor> allTypos = anchors.stream().map(AnchoringBenchmark::withTypo).toList();

        System.out.printf("largest chapter: %s, %d characters, %d notes of 20-120 characters%n",
                id, original.length(), anchors.size());
        report("unchanged", original, anchors);
        report("after an edit (all shifted, 1 in 10 with a fixed typo)", editedText, withTypos);
        report("after an edit (all shifted, every one with a fixed typo)", editedText, allTypos);
        long t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            ChapterText.of(edited);
        }
        System.out.printf("building ChapterText from the page: %.2f ms%n", (System.nanoTime() - t0) / 1e6 / RUNS);
    }

    private static void report(String label, ChapterText t, List<TextAnchor> anchors) {
        double[] ms = new double[RUNS];
        Map<Placement.Kind, Integer> kinds = new EnumMap<>(Placement.Kind.class);
        for (int run = 0; run < RUNS; run++) {
            kinds.clear();
            long t0 = System.nanoTime();
            for (TextAnchor a : anchors) {
                kinds.merge(Anchoring.locate(t, a).kind(), 1, Integer::sum);
            }
            ms[run] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.1f ms (min %.1f, max %.1f) for %d notes %s%n",
                label, ms[RUNS / 2], ms[0], ms[RUNS - 1], anchors.size(), kinds);
    }

    private static List<TextAnchor> annotate(ChapterText t) {
        String s = t.text();
        List<TextAnchor> out = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            int start = (int) ((long) i * (s.length() - 200) / NOTES);
            while (start < s.length() && (Normalized.isSpace(s.charAt(start))
                    || start > 0 && !Normalized.isSpace(s.charAt(start - 1)))) {
                start++;
            }
            int end = Math.min(s.length(), start + 20 + (i * 37) % 101);
            out.add(Anchoring.describe(t, start, end));
        }
        return out;
    }

    /** The same anchor as if made on an edition where one letter in the middle of the quote was wrong. */
    private static TextAnchor withTypo(TextAnchor a) {
        String q = a.quote().exact();
        int mid = q.length() / 2;
        char wrong = q.charAt(mid) == 'x' ? 'y' : 'x';
        String typo = q.substring(0, mid) + wrong + q.substring(mid + 1);
        return new TextAnchor(new TextQuoteSelector(typo, a.quote().prefix(), a.quote().suffix()), a.position(),
                a.blockId(), a.fingerprint());
    }
}
