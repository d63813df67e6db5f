package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * A folder's versions of notes made beside the ones its import keeps ({@link FolderImport.Beside}): imported after
 * the combined notes as second versions, one step per file they come from, so that each is named after its file (a
 * later version from the same conflict copy replaces its earlier one) and words kept already are not kept twice
 * (fresh tester t38's F1 and F2). Threads: the import's (reads the database: not the FX thread).
 */
final class FolderBeside {
    private FolderBeside() {
    }

    /**
     * {@code combined}, the plan of the folder's combined notes, with what the versions beside would do: each planned as
     * a version made beside ({@link ShareStore#planAlongside}) against the reader's notes; one of a note the reader does
     * not have yet is a second version of the note the combined import adds, or, when the combined notes do not have it
     * (only conflict copies carry it), a new note. Counted by what each does (second versions as conflicts, said in a
     * remark).
     *
     * @throws StoreException when the reader's notes cannot be read
     */
    static MergeRecords.Plan previewed(MergeRecords.Plan combined, FolderImport.Beside beside, ShareStore store,
                                       Map<String, AuthorStore.Person> people, Chapters chapters)
            throws StoreException {
        if (beside.notes().isEmpty()) {
            return combined;
        }
        List<MergeRecords.Change> changes = new ArrayList<>(combined.changes());
        MergeRecords.Counts more = MergeRecords.Counts.NONE;
        java.util.Set<String> combinedIds = new java.util.HashSet<>();
        combined.changes().forEach(ch -> combinedIds.add(ch.incoming().annotation().id()));
        for (Map.Entry<String, List<MergeRecords.Incoming>> file : byFile(beside).entrySet()) {
            MergeRecords.Plan plan = store.planAlongside(file.getValue(), links(beside, file.getValue()), people,
                    chapters::placeable, file.getKey());
            for (MergeRecords.Change ch : plan.changes()) {
                String id = ch.incoming().annotation().id();
                MergeRecords.Change done = ch.action() == MergeRecords.Action.ADD && combinedIds.contains(id)
                        ? new MergeRecords.Change(MergeRecords.Action.CONFLICT, ch.incoming(), ch.local(), ch.placeable())
                        : ch;
                changes.add(done);
                combinedIds.add(id); // a later file's version of it is a second version of this one
                more = more.plus(MergeRecords.Counts.of(done.action()));
            }
            more = more.plus(MergeRecords.Counts.unplaced(plan.counts().unplaced()));
        }
        List<Reason> remarks = new ArrayList<>(combined.remarks());
        if (more.conflicts() > 0) {
            remarks.add(Reason.of(ShareReason.FOLDER_VERSIONS_BESIDE, more.conflicts()));
        }
        return new MergeRecords.Plan(changes, combined.counts().plus(more), remarks, combined.votes());
    }

    /** The steps importing {@code beside}: one per file, after the combined notes, each named after its file. */
    static List<MergeRecords.Step> steps(FolderImport.Beside beside, Map<String, AuthorStore.Person> people,
                                         Map<String, Instant> namedAt, Chapters chapters) {
        List<MergeRecords.Step> out = new ArrayList<>();
        byFile(beside).forEach((file, notes) -> out.add(new MergeRecords.Step(notes, links(beside, notes),
                chapters::placeable, people, null, true, namedAt, file)));
        return out;
    }

    private static Map<String, List<MergeRecords.Incoming>> byFile(FolderImport.Beside beside) {
        Map<String, List<MergeRecords.Incoming>> out = new LinkedHashMap<>();
        for (int i = 0; i < beside.notes().size(); i++) {
            out.computeIfAbsent(beside.from().get(i), k -> new ArrayList<>()).add(beside.notes().get(i));
        }
        return out;
    }

    private static Conversation links(FolderImport.Beside beside, List<MergeRecords.Incoming> notes) {
        Map<String, NoteLink> links = new HashMap<>();
        notes.forEach(n -> {
            NoteLink l = beside.links().get(n.annotation().id());
            if (l != null) {
                links.put(n.annotation().id(), l);
            }
        });
        return new Conversation(links, List.of());
    }
}
