package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * An import's counts in the window's words (decision 0030): "3 new, 1 updated, 0 deleted, …" and the shorter
 * "3 new, 1 updated" that notices and the group folder say. Made from the numbers, not from the store's English
 * summary, so each number takes its language's plural. The view-models hand the numbers over
 * ({@link SharingViewModel#counts}). Any thread; no JavaFX.
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

    private static void add(List<String> parts, Texts texts, String key, int n) {
        if (n != 0) {
            parts.add(texts.format(key, n));
        }
    }
}
