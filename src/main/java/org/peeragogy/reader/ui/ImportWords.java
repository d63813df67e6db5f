package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The counts at the start of a summary the notes file recorded ({@code ShareStore.Counts#summary}). */
    private static final Pattern RECORDED = Pattern.compile("(\\d+) new, (\\d+) updated, (\\d+) deleted, (\\d+)"
            + " unchanged, (\\d+) conflicts?, (\\d+) could not be placed"
            + "(?: \\((\\d+) deletions? of notes you never had recorded\\))?");

    /**
     * A summary as an import recorded it (in English, the store's words) without its nothing-counts, its counts said
     * again in the window's words with their plurals ("3 new, 1 conflict"; "2 conflictos"), what follows them (votes,
     * people renamed) as recorded; "no changes" when nothing is left.
     */
    static String recorded(Texts texts, String summary) {
        Matcher m = RECORDED.matcher(summary);
        String counted = "";
        String rest = summary;
        if (m.lookingAt()) {
            int[] n = new int[7];
            for (int k = 0; k < n.length; k++) {
                n[k] = m.group(k + 1) == null ? 0 : Integer.parseInt(m.group(k + 1));
            }
            counted = changes(texts, new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], 0), true);
            rest = summary.substring(m.end()).replaceFirst("^[;,]\\s*", "");
        }
        List<String> kept = new ArrayList<>(counted.isEmpty() ? List.of() : List.of(counted));
        for (String part : rest.split(",\\s*")) {
            if (!part.isBlank() && !part.strip().startsWith("0 ")) {
                kept.add(part.strip());
            }
        }
        return kept.isEmpty() ? texts.get("import.nothing") : String.join(", ", kept);
    }

    private static void add(List<String> parts, Texts texts, String key, int n) {
        if (n != 0) {
            parts.add(texts.format(key, n));
        }
    }
}
