package org.peeragogy.reader.ui;

import org.peeragogy.reader.share.group.Arrival;
import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.ShareStore;

/**
 * The group folder's arrivals and merges in the window's words (issue 16): "Ben updated their notes (4 new)", and
 * what a merge did, file by file. Split out of {@link GroupFolderViewModel}. No state; any thread.
 */
final class GroupArrivalsViewModel {
    private GroupArrivalsViewModel() {
    }

    /**
     * Whether this file holds notes, deletions or votes by other people than the one it is named after (decision
     * 0035's {@code Authorship}: no one's file). Any thread.
     */
    static boolean flagged(Arrival a) {
        return a.seen().authorId().isEmpty();
    }


    /**
     * "Ben updated their notes (4 new, 1 updated)", or "… has a second version of their notes (…)" for a sync
     * tool's conflict copy: an arrival in the window's words. Any thread.
     */
    static String describe(Texts texts, Arrival a) {
        // "(4 new, 1 reply)" as issue 16 words it: a new reply is counted as a reply, not as a new note (t16's F4).
        int replies = org.peeragogy.reader.share.group.NewReplies.in(a.preview());
        org.peeragogy.reader.store.MergeRecords.Counts c = a.preview().plan().counts();
        org.peeragogy.reader.store.MergeRecords.Counts notes = new org.peeragogy.reader.store.MergeRecords.Counts(
                c.added() - replies, c.updated(), c.deleted(), c.unchanged(), c.conflicts(), c.unplaced(), c.tombstones());
        String changes = org.peeragogy.reader.share.group.NewReplies.said(ImportWords.changes(texts,
                ImportSummaryViewModel.counts(notes, a.preview().plan().votes()), false), notes.added(),
                replies == 0 ? "" : texts.format("group.replies", replies));
        if (a.preview().renames()) {
            // A new name is news by itself (t15f's M2): said, not "nothing new".
            changes = changes.isEmpty() ? texts.get("group.newName") : changes + ", " + texts.get("group.newName");
        }
        String what = nothingNew(texts, changes);
        if (a.holdsBack()) {
            // What it says for other people is held back until the reader chooses (decision 0077): said in the line,
            // never counted as what it brings (t15e's M1).
            what = texts.format("group.heldBack", what, held(texts, a));
        }
        if (flagged(a)) {
            // Not "Dino updated their notes" for a stranger's notes under Dino's (or your own) name.
            return texts.format("group.flaggedFile", FileNameWords.clean(a.seen().person().isEmpty()
                    ? a.fileName() : a.seen().person()), what);
        }
        if (a.underYourId()) {
            // Not "Ana updated their notes" to Ana: a file under her id that her reader did not write (t16's F7), as
            // the line under the page says it ("another computer writes under your id").
            return texts.format("group.underYourIdFile", FileNameWords.clean(a.fileName()), what);
        }
        String said = texts.format(a.alongside() ? "group.secondVersion" : "group.updated",
                FileNameWords.person(texts, a.person()), what);
        // "Ana (id 6ff2ef44)": a newcomer whose name someone here already has (try17w F12), said so.
        return a.newNamesake() ? texts.format("group.newNamesake", said) : said;
    }

    /** "2 changes to other people's notes, 1 vote for someone else": what {@code a} holds back. Any thread. */
    private static String held(Texts texts, Arrival a) {
        java.util.List<String> held = new java.util.ArrayList<>();
        int changes = a.preview().forOthers().changesLeftOut().size();
        int votes = a.preview().forOthers().votesLeftOut().size();
        if (changes > 0) {
            held.add(texts.format("group.heldBackChanges", changes));
        }
        if (votes > 0) {
            held.add(texts.format("group.heldBackVotes", votes));
        }
        return String.join(", ", held);
    }

    private static String nothingNew(Texts texts, String changes) {
        return changes.isEmpty() ? texts.get("group.nothingNew") : changes;
    }

    /**
     * What a merge did, one part per file saying whose it was: "Ana 2 new", "Ben 1 new, 1 conflict" (each count in
     * its language's plural; a hostile try-out found the parts nameless), and whether it can be undone (it changed
     * something). {@code away}: the group folder was not there (a stick out, a share offline), so nothing was merged
     * and every file is in {@code gone}, offered again when the folder is back.
     */
    public record Merged(List<String> parts, boolean undoable, List<String> gone, boolean away) {
        public Merged {
            parts = List.copyOf(parts);
            gone = List.copyOf(gone);
        }

        /** A merge whose folder was there; {@code gone}: the files taken out or changed since they were offered. */
        public Merged(List<String> parts, boolean undoable, List<String> gone) {
            this(parts, undoable, gone, false);
        }

        /** How many files' parts a notice names before "and N more files". */
        static final int SHOWN_PARTS = 5;

        public Merged(List<String> parts, boolean undoable) {
            this(parts, undoable, List.of());
        }

        /**
         * The parts in one line: "Ana 2 new; Ben 1 new, 1 conflict" ("nothing new" for none), then the files left
         * out because they were taken out of the folder or changed since the preview. Any thread.
         */
        public String summary(Texts texts) {
            // Thirty people's parts were three lines that pushed the notice's buttons to "…": the first few, and a count.
            String said = parts.isEmpty() ? texts.get("group.nothingNew") : parts.size() <= SHOWN_PARTS
                    ? String.join("; ", parts) : texts.format("group.andMoreParts",
                    String.join("; ", parts.subList(0, SHOWN_PARTS)), parts.size() - SHOWN_PARTS);
            return gone.isEmpty() ? said : said + ". " + texts.format("group.goneNotMerged", gone.size(),
                    String.join(", ", gone.stream().map(FileNameWords::clean).toList()));
        }

        /** {@code applied}: what merging {@code files} did, file by file in the same order. Any thread. */
        static Merged of(Texts texts, List<Arrival> files, List<ShareStore.Applied> applied) {
            List<String> parts = new ArrayList<>();
            java.util.Map<String, Long> times = files.subList(0, applied.size()).stream().collect(
                    java.util.stream.Collectors.groupingBy(Arrival::person, java.util.stream.Collectors.counting()));
            for (int k = 0; k < applied.size(); k++) {
                ShareStore.Applied a = applied.get(k);
                Arrival file = files.get(k);
                // A person with several files (a sync tool's conflict copies) is named with each file's name, its
                // author id cut to 8 digits and without .peeranotes so that what tells the files apart shows: "Fac 2 new; Fac nothing new"
                // read as a contradiction (issue 16's window try-out w5).
                String who = times.get(file.person()) > 1 ? texts.format("group.personFile",
                        FileNameWords.person(texts, file.person()), FileNameWords.clean(file.fileName().replaceAll(
                                "([0-9a-fA-F]{8})-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "$1…").replaceFirst("\\.peeranotes$", "")))
                        : FileNameWords.person(texts, file.person());
                String brought = nothingNew(texts, ImportWords.changes(texts, ImportSummaryViewModel.counts(a.plan().counts(),
                        a.plan().votes()), false));
                // What was left out is said with what came in (t15f's F5), so that Undo, then Take them, can take it.
                parts.add(texts.format("group.mergedPart", who, file.holdsBack()
                        ? texts.format("group.leftOutPart", brought, held(texts, file)) : brought));
            }
            return new Merged(parts, applied.stream().anyMatch(a -> a.batchId().isPresent()));
        }
    }
}
