package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * An import's counts in the window's words (decision 0030): "3 new, 1 updated, 0 deleted, …" and the shorter
 * "3 new, 1 updated" that notices and the group folder say. Made from the numbers, not from the store's English
 * summary, so each number takes its language's plural. The view-models hand the numbers over
 * ({@link SharingViewModel#counts}); where only the summary an import recorded is left (Undo last import, after a
 * restart too), its numbers are read back out of it ({@link #read}). Any thread; no JavaFX.
 */
final class ImportWords {
    /** What an import would do or did, note by note, and how many votes it brings. */
    record Counts(int added, int updated, int deleted, int unchanged, int conflicts, int unplaced, int tombstones,
                  int votes) {
    }

    private ImportWords() {
    }

    /** Every count, nothing left out: what the import's preview says it would do. */
    static String full(Texts texts, Counts c) {
        List<String> parts = new ArrayList<>(List.of(texts.format("import.new", c.added()),
                texts.format("import.updated", c.updated()), texts.format("import.deleted", c.deleted()),
                texts.format("import.unchanged", c.unchanged()), texts.format("import.conflicts", c.conflicts()),
                texts.format("import.unplaced", c.unplaced())));
        String all = String.join(", ", parts);
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

    /** One count of the store's summary: "3 new", "1 conflicts", "2 could not be placed". */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
            "(\\d+) (new|updated|deleted|unchanged|conflicts?|could not be placed)");
    private static final java.util.regex.Pattern TOMBSTONES = java.util.regex.Pattern.compile(
            "\\((\\d+) deletions? of notes you never had recorded\\)");
    private static final java.util.regex.Pattern VOTES = java.util.regex.Pattern.compile("(\\d+) votes? new or changed");

    /**
     * The counts of an import's summary as the store writes it in English ({@code ShareStore.Plan.summary}: "3 new,
     * 1 updated, 0 deleted, 5 unchanged, 1 conflicts, 0 could not be placed (2 deletions of notes you never had
     * recorded), 2 votes new or changed"), so that the window can say them in its own words; empty when the summary
     * has none of those counts.
     */
    static java.util.Optional<Counts> read(String summary) {
        int[] n = new int[6];
        boolean any = false;
        java.util.regex.Matcher m = COUNT.matcher(summary);
        while (m.find()) {
            any = true;
            int at = switch (m.group(2)) {
                case "new" -> 0;
                case "updated" -> 1;
                case "deleted" -> 2;
                case "unchanged" -> 3;
                case "could not be placed" -> 5;
                default -> 4; // conflict(s)
            };
            n[at] = Integer.parseInt(m.group(1));
        }
        java.util.regex.Matcher t = TOMBSTONES.matcher(summary);
        java.util.regex.Matcher v = VOTES.matcher(summary);
        int tombstones = t.find() ? Integer.parseInt(t.group(1)) : 0;
        int votes = v.find() ? Integer.parseInt(v.group(1)) : 0;
        return any ? java.util.Optional.of(new Counts(n[0], n[1], n[2], n[3], n[4], n[5], tombstones, votes))
                : java.util.Optional.empty();
    }

    private static void add(List<String> parts, Texts texts, String key, int n) {
        if (n != 0) {
            parts.add(texts.format(key, n));
        }
    }
}
