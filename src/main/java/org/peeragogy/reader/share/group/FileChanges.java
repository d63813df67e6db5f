package org.peeragogy.reader.share.group;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.MergeRecords;

/** What a file of the group folder brings, in the command line's English ({@code group-folder status} and {@code sync}). */
public final class FileChanges {
    private FileChanges() {
    }

    /**
     * What a file brings, in the command line's English: the counts that are not 0, with its new replies said apart
     * ("4 new, 1 reply, 1 updated"; t16's F4), or "nothing new", then what it holds back for other people ("; held back
     * until you choose: 1 change to another person's note, 2 votes for other people"). Any thread.
     */
    public static String of(NoteSharing.Preview preview) {
        return of(preview, "; held back until you choose: ");
    }

    /**
     * As {@link #of}, for a file just merged: what it held back was left out ("…; left out: 1 change to another person's
     * note"), and can be taken only by undoing the merge (t15f's N10). Any thread.
     */
    public static String merged(NoteSharing.Preview preview) {
        return of(preview, "; left out: ");
    }

    /**
     * As {@link #merged(NoteSharing.Preview)}, counted from {@code done}, what the merge did with this file after the
     * files merged before it: a reply that an earlier file of the same merge brought is not this file's news (t38's F7:
     * Cleo's file and its conflict copy both said "1 new, 2 replies"). Any thread.
     */
    public static String merged(NoteSharing.Preview preview, MergeRecords.Plan done) {
        return merged(new NoteSharing.Preview(preview.file(), preview.contents(), new MergeRecords.Plan(done.changes(),
                done.counts(), preview.plan().remarks(), done.votes()), preview.forOthers()));
    }

    private static String of(NoteSharing.Preview preview, String heldBack) {
        int replies = NewReplies.in(preview);
        MergeRecords.Counts c = preview.plan().counts();
        int votes = preview.plan().votes();
        List<String> parts = new ArrayList<>();
        part(parts, c.added() - replies, " new", " new");
        part(parts, replies, " reply", " replies");
        part(parts, c.updated(), " updated", " updated");
        part(parts, c.deleted(), " deleted", " deleted");
        part(parts, c.conflicts(), " conflict", " conflicts");
        if (c.unplaced() > 0) {
            parts.add(c.unplaced() + " could not be placed" + (c.tombstones() == 0 ? "" : " (" + c.tombstones()
                    + (c.tombstones() == 1 ? " deletion" : " deletions") + " of notes you never had recorded)"));
        }
        part(parts, votes, " vote new or changed", " votes new or changed");
        if (preview.renames()) {
            parts.add("a new name"); // news by itself (t15f's M2)
        }
        String brings = parts.isEmpty() ? "nothing new" : String.join(", ", parts);
        // Held back for others until the reader chooses (decision 0077): said, never counted as what it brings.
        List<String> held = new ArrayList<>();
        part(held, preview.forOthers().changesLeftOut().size(), " change to another person's note",
                " changes to other people's notes");
        part(held, preview.forOthers().votesLeftOut().size(), " vote for someone else", " votes for other people");
        return held.isEmpty() ? brings : brings + heldBack + String.join(", ", held);
    }

    private static void part(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + (n == 1 ? one : many));
        }
    }
}
