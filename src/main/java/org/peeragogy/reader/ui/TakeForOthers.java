package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.share.ForOthers;

/**
 * The one question of whether the reader takes what files carry for people other than their writers: their votes
 * (decision 0061) and the files' changes to their notes (decision 0069), asked by an import by hand and by a group
 * folder's merge alike (decision 0077), only when there are some; leaving them out is the default. FX thread.
 */
final class TakeForOthers {
    private TakeForOthers() {
    }

    /**
     * Asks; true when the reader takes them.
     *
     * @param left      what was left out, summed over the files
     * @param nameFiles name the files that carry it (a folder's import, a group folder's merge: t15b's N4)
     */
    static boolean ask(Dialogs dialogs, Texts texts, ForOthers left, boolean nameFiles) {
        if (left.nothingToTake()) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        if (!left.votesLeftOut().isEmpty()) {
            // A file that names no writer has no "person who wrote the file" (t15d's M2 re-check, t15e's N1).
            parts.add(texts.format(left.allWithoutWriter() ? "import.noWriterVotesText" : "import.othersVotesText",
                    left.votesLeftOut().size()));
        }
        if (!left.changesLeftOut().isEmpty()) {
            parts.add(texts.format("import.othersChangesText", left.changesLeftOut().size()));
        }
        if (nameFiles && !left.files().isEmpty()) {
            parts.add(texts.format("import.othersFiles", String.join(", ",
                    left.files().stream().map(BidiMarks::isolated).toList())));
        }
        return dialogs.twoWays(Dialogs.Question.of(texts.get("import.othersTitle"), texts.get("import.othersHeader"),
                String.join("\n\n", parts)).withId("import-others-votes"), texts.get("import.takeThem"),
                texts.get("import.leaveThemOut"));
    }

    /** What these files leave out for others, together (their names as the files that carry it). Any thread. */
    static ForOthers together(List<ForOthers> each, List<String> names) {
        List<org.peeragogy.reader.book.Vote> votes = new ArrayList<>();
        List<org.peeragogy.reader.store.MergeRecords.Incoming> changes = new ArrayList<>();
        java.util.Map<String, org.peeragogy.reader.book.NoteLink> links = new java.util.HashMap<>();
        java.util.Map<String, java.time.Instant> named = new java.util.HashMap<>();
        List<String> noWriter = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) {
            ForOthers f = each.get(i);
            votes.addAll(f.votesLeftOut());
            changes.addAll(f.changesLeftOut());
            links.putAll(f.linksLeftOut());
            named.putAll(f.namedAt());
            if (f.allWithoutWriter()) {
                noWriter.add(names.get(i));
            }
        }
        return new ForOthers(votes, named, changes, links, names, noWriter);
    }
}
