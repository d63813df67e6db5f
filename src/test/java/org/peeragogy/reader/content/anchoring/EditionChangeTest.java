package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.content.Handbooks;

/**
 * Annotations made on the real handbook are re-anchored after a scripted new edition: a sentence inserted
 * near the start, one deleted, a paragraph re-wrapped, a heading renamed, one-character "typo" fixes inside
 * some quotes and a few quotes deleted outright.
 */
class EditionChangeTest {
    private static final String ADDED = "This sentence was added to the new edition by the edition-change test.";
    private static final Pattern MARKUP = Pattern.compile("[\\[\\]*_`<>|\\\\#]");

    /** One annotation and what the scripted edits did to its quote. */
    private record Note(String chapterId, TextAnchor anchor, Fate fate) {
    }

    private enum Fate { UNTOUCHED, TYPO, DELETED }

    /** A replacement in the Markdown source. */
    private record Edit(int start, int end, String replacement) {
        boolean overlaps(Edit o) {
            return start < o.end && o.start < end;
        }
    }

    @Test
    void annotationsSurviveAnEditionChange(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("handbook");
        copyTree(TestHandbooks.real(), copy);

        List<Note> notes = new ArrayList<>();
        Map<Path, List<Edit>> edits = new LinkedHashMap<>();
        try (Handbook h = Handbooks.open(copy)) {
            for (Chapter c : h.book().chapters()) {
                ChapterText t = ChapterText.of(h.render(c.id()).html());
                List<TextAnchor> anchors = annotate(t);
                Path file = copy.resolve(c.path());
                String md = Files.readString(file, StandardCharsets.UTF_8);
                List<Edit> chosen = new ArrayList<>();
                Map<TextAnchor, Fate> fates = new LinkedHashMap<>();
                planQuoteEdits(md, t, anchors, chosen, fates);
                planInsertion(md, t, anchors, chosen);
                planSentenceDeletion(md, t, anchors, chosen);
                planRewrap(md, chosen);
                planHeadingRename(md, t, anchors, chosen);
                edits.put(file, chosen);
                for (TextAnchor a : anchors) {
                    notes.add(new Note(c.id(), a, fates.getOrDefault(a, Fate.UNTOUCHED)));
                }
            }
        }
        for (Map.Entry<Path, List<Edit>> e : edits.entrySet()) {
            String md = Files.readString(e.getKey(), StandardCharsets.UTF_8);
            List<Edit> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparingInt(Edit::start).reversed());
            StringBuilder sb = new StringBuilder(md);
            for (Edit edit : sorted) {
                sb.replace(edit.start, edit.end, edit.replacement);
            }
            Files.writeString(e.getKey(), sb.toString(), StandardCharsets.UTF_8);
        }

        int placed = 0;
        int fuzzy = 0;
        int orphaned = 0;
        int lost = 0;
        Set<String> wronglyOrphaned = new TreeSet<>();
        Set<String> notOrphaned = new TreeSet<>();
        Set<String> lostNotes = new TreeSet<>();
        Set<String> untouchedButChanged = new TreeSet<>();
        long nanos = 0;
        try (Handbook h = Handbooks.open(copy)) {
            Map<String, ChapterText> texts = new LinkedHashMap<>();
            for (Chapter c : h.book().chapters()) {
                texts.put(c.id(), ChapterText.of(h.render(c.id()).html()));
            }
            for (Note n : notes) {
                ChapterText t = texts.get(n.chapterId());
                String label = n.chapterId() + " \"" + n.anchor().quote().exact() + "\"";
                Placement p;
                long t0 = System.nanoTime();
                try {
                    p = Anchoring.locate(t, n.anchor());
                } catch (RuntimeException ex) {
                    lost++;
                    lostNotes.add(label + " threw " + ex);
                    continue;
                } finally {
                    nanos += System.nanoTime() - t0;
                }
                if (p.kind() == Placement.Kind.ORPHAN) {
                    orphaned++;
                    if (n.fate() != Fate.DELETED) {
                        wronglyOrphaned.add(label);
                    }
                    continue;
                }
                if (n.fate() == Fate.DELETED) {
                    notOrphaned.add(label + " placed " + p + " on \"" + t.text().substring(p.start(), p.end()) + "\"");
                }
                double similarity = ApproxSearch.similarity(Normalized.collapse(n.anchor().quote().exact()),
                        Normalized.collapse(t.text().substring(p.start(), p.end())));
                if (similarity < Anchoring.MIN_QUOTE_SIMILARITY) {
                    lost++;
                    lostNotes.add(label + " placed " + p + " on \"" + t.text().substring(p.start(), p.end()) + "\"");
                } else if (n.fate() == Fate.UNTOUCHED && (p.kind() == Placement.Kind.FUZZY
                        || !Normalized.collapse(t.text().substring(p.start(), p.end()))
                                .equals(Normalized.collapse(n.anchor().quote().exact())))) {
                    untouchedButChanged.add(label + " placed " + p);
                    fuzzy += p.kind() == Placement.Kind.FUZZY ? 1 : 0;
                    placed += p.kind() == Placement.Kind.FUZZY ? 0 : 1;
                } else if (p.kind() == Placement.Kind.FUZZY) {
                    fuzzy++;
                } else {
                    placed++;
                }
            }
        }
        long deleted = notes.stream().filter(n -> n.fate() == Fate.DELETED).count();
        long typos = notes.stream().filter(n -> n.fate() == Fate.TYPO).count();
        System.out.printf("edition change: %d notes, %d placed, %d fuzzily placed, %d orphaned, %d lost%n",
                notes.size(), placed, fuzzy, orphaned, lost);
        System.out.printf("edition change: re-anchoring took %.1f ms (%d quotes had a typo fixed, %d were deleted)%n",
                nanos / 1e6, typos, deleted);
        assertTrue(lostNotes.isEmpty(), "lost: " + lostNotes);
        assertEquals(0, lost);
        assertTrue(wronglyOrphaned.isEmpty(), "orphaned although their quote is still there: " + wronglyOrphaned);
        assertTrue(notOrphaned.isEmpty(), "placed although their quote was deleted: " + notOrphaned);
        assertTrue(untouchedButChanged.isEmpty(), "untouched quotes not found exactly: " + untouchedButChanged);
        assertTrue(deleted > 10 && typos > 10 && notes.size() > 300, "the edits exercised too little");
    }

    // --- annotations -------------------------------------------------------------------------------------

    /** About ten selections of 20-120 characters at evenly spaced offsets, snapped to word boundaries. */
    private static List<TextAnchor> annotate(ChapterText t) {
        String s = t.text();
        int count = Math.min(10, s.length() / 200);
        List<TextAnchor> out = new ArrayList<>();
        int lastEnd = 0;
        for (int i = 0; i < count; i++) {
            int start = (int) ((i + 0.5) * s.length() / count);
            while (start < s.length() && !(Character.isLetterOrDigit(s.charAt(start))
                    && (start == 0 || Normalized.isSpace(s.charAt(start - 1))))) {
                start++;
            }
            int end = Math.min(s.length(), start + 20 + (i * 37) % 101);
            while (end < s.length() && !Normalized.isSpace(s.charAt(end))) {
                end++;
            }
            while (end > start && Normalized.isSpace(s.charAt(end - 1))) {
                end--;
            }
            if (start <= lastEnd || end - start < 20 || end - start > 160) {
                continue;
            }
            out.add(Anchoring.describe(t, start, end));
            lastEnd = end;
        }
        return out;
    }

    // --- scripted edits ----------------------------------------------------------------------------------

    private static boolean tryAdd(List<Edit> chosen, Edit e) {
        if (chosen.stream().anyMatch(e::overlaps)) {
            return false;
        }
        chosen.add(e);
        return true;
    }

    /** The quote's unique occurrence in the Markdown as plain text (whitespace may differ), or null. */
    private static Matcher plainOccurrence(String md, String quote) {
        String[] words = Normalized.collapse(quote).split(" ");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            re.append(re.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(md);
        if (!m.find()) {
            return null;
        }
        int start = m.start();
        int end = m.end();
        if (m.find() || MARKUP.matcher(md.substring(start, end)).find()) {
            return null;
        }
        m.find(start);
        return m;
    }

    private static boolean overlapsAnnotation(int start, int end, List<TextAnchor> anchors) {
        return anchors.stream().anyMatch(a -> start < a.position().end() + 1 && a.position().start() - 1 < end);
    }

    /** A one-letter "typo fix" inside every third annotation's quote and a few quotes deleted outright. */
    private static void planQuoteEdits(String md, ChapterText t, List<TextAnchor> anchors, List<Edit> chosen,
                                       Map<TextAnchor, Fate> fates) {
        int deletions = 0;
        for (int i = 0; i < anchors.size(); i++) {
            TextAnchor a = anchors.get(i);
            String quote = a.quote().exact();
            if (Anchoring.findQuote(t, quote).occurrences() != 1) {
                continue;
            }
            Matcher m = plainOccurrence(md, quote);
            if (m == null) {
                continue;
            }
            if (i % 4 == 3 && deletions < 2 && quote.length() >= 40 && !hasNearCopy(t, a)) {
                if (tryAdd(chosen, new Edit(m.start(), m.end(), ""))) {
                    fates.put(a, Fate.DELETED);
                    deletions++;
                }
            } else if (i % 3 == 1) {
                String found = m.group();
                int mid = found.length() / 2;
                int at = -1;
                for (int k = 0; k < found.length() / 2 && at < 0; k++) {
                    for (int j : new int[] {mid + k, mid - k}) {
                        if (j > 0 && j + 1 < found.length() && Character.isLowerCase(found.charAt(j))
                                && Character.isLetter(found.charAt(j - 1)) && Character.isLetter(found.charAt(j + 1))) {
                            at = j;
                            break;
                        }
                    }
                }
                if (at < 0) {
                    continue;
                }
                String letter = found.charAt(at) == 'e' ? "a" : "e";
                if (tryAdd(chosen, new Edit(m.start() + at, m.start() + at + 1, letter))) {
                    fates.put(a, Fate.TYPO);
                }
            }
        }
    }

    /**
     * True when text elsewhere in the chapter is within the accepted distance of the quote: deleting the quote
     * should then move the note to that copy rather than orphan it, so such quotes are not deleted.
     */
    private static boolean hasNearCopy(ChapterText t, TextAnchor a) {
        Normalized n = t.normalized();
        String q = Normalized.collapse(a.quote().exact());
        int limit = (int) Math.floor(q.length() * (1 - Anchoring.MIN_QUOTE_SIMILARITY));
        int[] d = new ApproxSearch(q).distances(n.text, 0, n.text.length(), 1, false);
        int ownStart = n.fromRaw(a.position().start());
        int ownEnd = n.fromRaw(a.position().end());
        for (int e = 1; e < d.length; e++) {
            boolean own = e > ownStart && e - q.length() - limit < ownEnd;
            if (!own && d[e] <= limit) {
                return true;
            }
        }
        return false;
    }

    /** Offset where the body starts, after any YAML front matter. */
    private static int bodyStart(String md) {
        if (md.startsWith("---")) {
            int close = md.indexOf("\n---", 3);
            if (close >= 0) {
                int eol = md.indexOf('\n', close + 4);
                return eol < 0 ? md.length() : eol + 1;
            }
        }
        return 0;
    }

    /** Paragraphs of plain prose: [start, end) of consecutive lines starting with a letter. */
    private static List<int[]> paragraphs(String md) {
        List<int[]> out = new ArrayList<>();
        String[] lines = md.substring(bodyStart(md)).split("\n", -1);
        int offset = bodyStart(md);
        int start = -1;
        boolean plain = true;
        int lineCount = 0;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (!blank && start < 0) {
                start = offset;
                plain = true;
                lineCount = 0;
            }
            if (!blank) {
                plain &= !line.isEmpty() && Character.isLetter(line.charAt(0)) && !line.startsWith("    ")
                        && !line.matches("^[=-]+\\s*$");
                lineCount++;
            }
            if (blank && start >= 0) {
                if (plain) {
                    out.add(new int[] {start, offset - 1, lineCount});
                }
                start = -1;
            }
            offset += line.length() + 1;
        }
        return out;
    }

    /** Inserts a sentence as a new paragraph before the first plain paragraph that no annotation spans into. */
    private static void planInsertion(String md, ChapterText t, List<TextAnchor> anchors, List<Edit> chosen) {
        for (int[] p : paragraphs(md)) {
            String firstLine = md.substring(p[0], md.indexOf('\n', p[0]));
            if (MARKUP.matcher(firstLine).find()) {
                continue;
            }
            QuoteSearch q = Anchoring.findQuote(t, firstLine);
            if (q.occurrences() != 1) {
                continue;
            }
            int at = q.match().orElseThrow().start();
            if (!overlapsAnnotation(at - 1, at, anchors) && tryAdd(chosen, new Edit(p[0], p[0], ADDED + "\n\n"))) {
                return;
            }
        }
    }

    /** Deletes a plain sentence from the middle of the chapter that no annotation touches. */
    private static void planSentenceDeletion(String md, ChapterText t, List<TextAnchor> anchors, List<Edit> chosen) {
        Matcher m = Pattern.compile("(?<=\\. )[A-Z][^.!?\\[\\]*_`<>|#\\n]{30,200}\\. ").matcher(md);
        int from = md.length() / 2;
        for (int pass = 0; pass < 2; pass++) {
            int at = pass == 0 ? from : bodyStart(md);
            while (m.find(at)) {
                at = m.end();
                QuoteSearch q = Anchoring.findQuote(t, m.group().strip());
                if (q.occurrences() == 1) {
                    Placement p = q.match().orElseThrow();
                    if (!overlapsAnnotation(p.start(), p.end(), anchors)
                            && tryAdd(chosen, new Edit(m.start(), m.end(), ""))) {
                        return;
                    }
                }
            }
        }
    }

    /** Re-wraps a paragraph of three or more lines at 40 columns, never starting a line with list or quote marks. */
    private static void planRewrap(String md, List<Edit> chosen) {
        for (int[] p : paragraphs(md)) {
            if (p[2] < 3) {
                continue;
            }
            String[] words = md.substring(p[0], p[1]).trim().split("\\s+");
            StringBuilder out = new StringBuilder();
            int col = 0;
            for (String w : words) {
                boolean safe = Character.isLetter(w.charAt(0));
                if (col > 0 && col + 1 + w.length() > 40 && safe) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(w);
                col += w.length();
            }
            if (tryAdd(chosen, new Edit(p[0], p[1], out.toString()))) {
                return;
            }
        }
    }

    /** Renames one heading that no annotation touches. */
    private static void planHeadingRename(String md, ChapterText t, List<TextAnchor> anchors, List<Edit> chosen) {
        Matcher m = Pattern.compile("(?m)^(?:#{1,6} +([^\\n#]+?)\\s*$|([A-Za-z][^\\n]*)\\n(?:-{3,}|={3,})\\s*$)")
                .matcher(md);
        int at = bodyStart(md);
        while (m.find(at)) {
            at = m.end();
            int g = m.group(1) != null ? 1 : 2;
            String title = m.group(g);
            if (MARKUP.matcher(title).find()) {
                continue;
            }
            QuoteSearch q = Anchoring.findQuote(t, title);
            if (q.occurrences() != 1) {
                continue;
            }
            Placement p = q.match().orElseThrow();
            if (!overlapsAnnotation(p.start(), p.end(), anchors)
                    && tryAdd(chosen, new Edit(m.start(g), m.end(g), "Renamed: " + title + " (new edition)"))) {
                return;
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
