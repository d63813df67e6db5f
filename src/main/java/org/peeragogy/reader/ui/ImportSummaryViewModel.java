package org.peeragogy.reader.ui;

import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.MergeRecords;

/**
 * What an import would do and what it did, in the window's sentences ("Imported from ben.peeranotes: 1 new."),
 * made from a preview's plan or an import's recorded summary; the counts' own words are {@link ImportWords}'.
 * A view-model without state: it reads the store's plan and counts, which views may not (UiViewsTest). Any thread;
 * no JavaFX.
 */
public final class ImportSummaryViewModel {
    private ImportSummaryViewModel() {
    }

    /**
     * What importing {@code preview} would do, in words for the reader: "3 new, 1 updated, …", or that it
     * changes nothing. Any thread.
     */
    public static String describe(Texts texts, NoteSharing.Preview preview) {
        // The plan, not only the notes' counts: a file whose only news is a vote changes something (issue 15).
        if (!preview.plan().changesNothing()) {
            return texts.format("import.describe", ImportWords.full(texts, counts(preview.counts(), preview.plan().votes())));
        }
        // Nothing comes in as it is, but what it carries for others is asked next: not "you have everything" (fresh
        // testers t15e's F5, t15d's N7: said right before the question to take 2 changes and 2 votes).
        int changes = preview.forOthers().changesLeftOut().size();
        int votes = preview.forOthers().votesLeftOut().size();
        if (changes + votes == 0) {
            // A new name alone is news (t15f's M2): not "you have everything".
            return texts.get(preview.renames() ? "import.renamesOnly" : "import.changesNothing");
        }
        String held = changes == 0 ? texts.format("import.heldVotes", votes)
                : votes == 0 ? texts.format("import.heldChanges", changes)
                : texts.format("import.heldBoth", texts.format("import.heldChanges", changes),
                texts.format("import.heldVotes", votes));
        return texts.format("import.heldBackOnly", held);
    }

    /** What an import of {@code preview} brought, said once it has landed: "Imported from ben.peeranotes: 1 new.". Any thread. */
    public static String imported(Texts texts, NoteSharing.Preview preview) {
        return texts.format("import.done", BidiMarks.isolated(String.valueOf(preview.file().getFileName())), brought(texts, preview));
    }

    /** What an import of {@code preview} brought: "1 new, 2 unchanged", or "no changes". Any thread. */
    static String brought(Texts texts, NoteSharing.Preview preview) {
        String brought = ImportWords.changes(texts, counts(preview.counts(), preview.plan().votes()), true);
        return brought.isEmpty() ? texts.get("import.nothing") : brought;
    }

    /** An import's counts (and {@code votes}) for {@link ImportWords}. Any thread. */
    static ImportWords.Counts counts(MergeRecords.Counts c, int votes) {
        return new ImportWords.Counts(c.added(), c.updated(), c.deleted(), c.unchanged(), c.conflicts(), c.unplaced(),
                c.tombstones(), votes);
    }

    /**
     * An import's summary as the notes file recorded it, in the window's words without its nothing-counts: "3 new,
     * 1 updated" ({@link ImportWords#stored}); "no changes" (in the window's language) when every count is 0. Any
     * thread.
     */
    public static String shortSummary(Texts texts, String summary) {
        String kept = ImportWords.stored(texts, summary);
        return kept.isEmpty() ? texts.get("import.nothing") : kept;
    }
}
