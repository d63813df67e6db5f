package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An import's counts in the window's words (decision 0030): "3 new, 1 updated, 0 deleted, …" and the shorter
 * "3 new, 1 updated" that notices and the group folder say. Made from the numbers, not from the store's English
 * summary, so each number takes its language's plural. The view-models hand the numbers over
 * ({@link ImportSummaryViewModel#counts}); where only the summary an import recorded is left (Undo last import, after a
 * restart too), its numbers are read back out of it ({@link #read}). Any thread; no JavaFX.
 */
final class ImportWords {
    /** What an import would do or did, note by note, and how many votes it brings. */
    record Counts(int added, int updated, int deleted, int unchanged, int conflicts, int unplaced, int tombstones,
                  int votes) {
    }

    private ImportWords() {
    }

    /**
     * What the import's preview says it would do: every count that is not zero, unchanged included ("1 new, 3
     * unchanged"), else "no changes". Zero counts are left out in every language: "0 conflito", Portuguese's singular
     * for zero, read oddly, and a row of zeros said nothing (fresh tester 14b).
     */
    static String full(Texts texts, Counts c) {
        List<String> parts = new ArrayList<>();
        add(parts, texts, "import.new", c.added());
        add(parts, texts, "import.updated", c.updated());
        add(parts, texts, "import.deleted", c.deleted());
        add(parts, texts, "import.unchanged", c.unchanged());
        add(parts, texts, "import.conflicts", c.conflicts());
        add(parts, texts, "import.unplaced", c.unplaced());
        String all = parts.isEmpty() ? texts.get("import.nothing") : String.join(", ", parts);
        if (c.tombstones() > 0) {
            all = texts.format("import.withTombstones", all, c.tombstones());
        }
        return c.votes() == 0 ? all : all + ", " + texts.format("import.votes", c.votes());
    }

    /**
     * Only the counts that are not zero ("3 new, 1 updated"); {@code unchanged} also keeps "5 unchanged". When
     * nothing is left: "" (the caller says "no changes" or "nothing new").
     */
    static String changes(Texts texts, Counts c, boolean unchanged) {
        List<String> parts = new ArrayList<>();
        add(parts, texts, "import.new", c.added());
        add(parts, texts, "import.updated", c.updated());
        add(parts, texts, "import.deleted", c.deleted());
        if (unchanged) {
            add(parts, texts, "import.unchanged", c.unchanged());
        }
        add(parts, texts, "import.conflicts", c.conflicts());
        add(parts, texts, "import.unplaced", c.unplaced());
        add(parts, texts, "import.votes", c.votes());
        return String.join(", ", parts);
    }

    /** A count of the store's summary: "3 new", "0 could not be placed", "(2 deletions of notes…". */
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+) (new|updated|deleted|unchanged|conflicts?|could not be placed|deletions? of notes|changed"
            + "|(?:person|people) renamed)");

    /**
     * The changes an import recorded, in the window's words: the notes file keeps each import's summary as the store
     * wrote it, in English ("3 new, 1 updated, 0 deleted, …; votes: 1 new, 0 changed, 2 unchanged, 1 person
     * renamed"), so its numbers are read back and said again here (decision 0038). "" when it changed nothing; the
     * summary as it is when it is not in that form (a file from another version).
     */
    static String stored(Texts texts, String summary) {
        int votesAt = summary.indexOf("; votes: ");
        String notes = votesAt < 0 ? summary : summary.substring(0, votesAt);
        int[] n = new int[7];
        int votes = 0;
        int renamed = 0;
        boolean read = false;
        Matcher m = COUNT.matcher(summary);
        while (m.find()) {
            read = true;
            int v = Integer.parseInt(m.group(1));
            boolean ofVotes = m.start() >= notes.length();
            switch (m.group(2)) {
                case "new" -> n[0] += ofVotes ? 0 : v;
                case "updated" -> n[1] += v;
                case "deleted" -> n[2] += v;
                case "conflict", "conflicts" -> n[4] += v;
                case "could not be placed" -> n[5] += v;
                case "changed" -> votes += v;
                case "unchanged" -> n[3] += ofVotes ? 0 : v;
                default -> {
                    if (m.group(2).endsWith("renamed")) {
                        renamed += v;
                    } else {
                        n[6] += v;
                    }
                }
            }
            if (ofVotes && m.group(2).equals("new")) {
                votes += v;
            }
        }
        if (!read) {
            return summary;
        }
        String said = changes(texts, new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], votes), true);
        if (renamed > 0) {
            said = said.isEmpty() ? texts.format("import.renamed", renamed)
                    : said + ", " + texts.format("import.renamed", renamed);
        }
        return said;
    }

    private static void add(List<String> parts, Texts texts, String key, int n) {
        if (n != 0) {
            parts.add(texts.format(key, n));
        }
    }
}
