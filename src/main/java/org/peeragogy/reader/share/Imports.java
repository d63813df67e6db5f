package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Planning and applying the import of a checked file, for {@link NoteSharing} (which keeps the entry points): the plan
 * with the renames a file makes, the import of one file or of several as one batch, and a preview with other people's
 * votes taken after all (decision 0061). Threads: not the FX thread (reads and writes the database).
 */
final class Imports {
    private Imports() {
    }

    /** What importing {@code contents} (read from {@code file}) would do; {@code alongside}: a version made beside. */
    static NoteSharing.Preview planned(Database db, Chapters chapters, Path file, ImportFile contents, boolean alongside)
            throws ShareException {
        alongside |= FolderCombine.conflictCopy(String.valueOf(file.getFileName()));
        try {
            MergeRecords.Plan plan = alongside
                    ? db.sharing().planAlongside(contents.notes(), contents.conversation(), contents.people(),
                            chapters::placeable, String.valueOf(file.getFileName()))
                    : db.sharing().plan(contents.notes(), contents.conversation(), contents.people(), chapters::placeable);
            return new NoteSharing.Preview(file, contents, withOtherHandbook(chapters, withRenames(db, plan, contents),
                    contents));
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
    }

    /**
     * {@code plan} with a remark first when notes in the file are for another handbook and some could not be placed
     * ({@link ImportReason#ANOTHER_HANDBOOK}): which handbook, as the file names it (its title when the file gives it,
     * a notes file's {@code book_title}, else the name its notes carry), and what to do.
     */
    private static MergeRecords.Plan withOtherHandbook(Chapters chapters, MergeRecords.Plan plan, ImportFile contents) {
        if (plan.counts().unplaced() == 0) {
            return plan;
        }
        java.util.Optional<Reason> other = otherHandbook(chapters, contents, ImportReason.ANOTHER_HANDBOOK);
        if (other.isEmpty()) {
            return plan;
        }
        List<Reason> remarks = new ArrayList<>();
        remarks.add(other.get());
        remarks.addAll(plan.remarks());
        return new MergeRecords.Plan(plan.changes(), plan.counts(), remarks, plan.votes());
    }

    /**
     * {@code code} ({@link ImportReason#ANOTHER_HANDBOOK}, or a folder's per-file {@link
     * ImportReason#ANOTHER_HANDBOOK_IN_FOLDER}) with how many of {@code contents}' notes are for a handbook other than
     * the one open, that handbook as the file names it (its title when the file gives it, a notes file's
     * {@code book_title}, else the name its notes carry) and the one open; empty when none is. Any thread; a value.
     */
    static java.util.Optional<Reason> otherHandbook(Chapters chapters, ImportFile contents, ImportReason code) {
        String here = chapters.book().identity();
        List<String> others = contents.notes().stream().map(n -> n.annotation().book())
                .filter(b -> b != null && !b.isBlank() && !b.equals(here)).toList();
        if (others.isEmpty()) {
            return java.util.Optional.empty();
        }
        String book = others.get(0);
        String title = book.equals(contents.bookIdentity()) ? contents.meta().getOrDefault("book_title", "").strip()
                : "";
        String named = org.peeragogy.reader.book.AuthorNames.listed(title.isEmpty() ? book : title);
        return java.util.Optional.of(Reason.of(code, others.size(), named, chapters.book().title()));
    }

    /** {@code plan} with a remark for each layer the file renames ("Bea is now called Bea Smith"). */
    private static MergeRecords.Plan withRenames(Database db, MergeRecords.Plan plan, ImportFile contents)
            throws StoreException {
        List<Reason> renames = db.authors().renames(contents.people(), contents.writtenAt().orElse(null));
        if (renames.isEmpty()) {
            return plan;
        }
        List<Reason> remarks = new ArrayList<>(plan.remarks());
        remarks.addAll(renames);
        // The votes to write stay counted: a file that renames someone and brings a vote changes something.
        return new MergeRecords.Plan(plan.changes(), plan.counts(), remarks, plan.votes());
    }

    /**
     * Imports what {@code preview} read, all or nothing, as one undoable batch; {@code alongside}: a version made
     * beside another (kept as second versions).
     */
    static ShareStore.Applied apply(Database db, Chapters chapters, NoteSharing.Preview preview, boolean alongside)
            throws ShareException {
        // A sync tool's conflict copy imported by hand is a version made beside, as in a folder (t38's F1).
        alongside |= FolderCombine.conflictCopy(String.valueOf(preview.file().getFileName()));
        try {
            ImportFile f = preview.contents();
            // The names a file gives people it does not speak for are dated as if said by no one (decision 0061).
            return db.sharing().applyTogether(List.of(new MergeRecords.Step(f.notes(), f.conversation(),
                    placedAsPreviewed(chapters, preview), f.people(), f.writtenAt().orElse(null), alongside,
                    preview.forOthers().namedAt(), alongside ? besideOf(preview) : null)),
                    preview.file().getFileName().toString(), f.format()).get(0);
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
    }

    /** The name of the file a version made beside comes from: its second versions are named after it (t38's F2). */
    private static String besideOf(NoteSharing.Preview preview) {
        return String.valueOf(preview.file().getFileName());
    }

    /** Imports these previewed files in one transaction, as one undoable batch called {@code source}. */
    static List<ShareStore.Applied> applyTogether(Database db, Chapters chapters, List<NoteSharing.Together> files,
                                                  String source) throws ShareException {
        List<MergeRecords.Step> steps = new ArrayList<>();
        for (NoteSharing.Together t : files) {
            ImportFile f = t.preview().contents();
            steps.add(new MergeRecords.Step(f.notes(), f.conversation(), placedAsPreviewed(chapters, t.preview()),
                    f.people(), f.writtenAt().orElse(null), t.alongside(), t.preview().forOthers().namedAt(),
                    t.alongside() ? besideOf(t.preview()) : null));
        }
        try {
            return db.sharing().applyTogether(steps, source, files.size() == 1 ? files.get(0).preview().contents().format()
                    : "folder", files.stream().map(t -> t.preview().file().getFileName().toString()).toList());
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
    }

    /**
     * Whether a note can be placed, as the preview found it: the import plans again inside its transaction, and
     * anchoring the same notes twice was a tenth of an import of 10,000 (issue 11's figure). A note the preview
     * did not place (changed by the plan, or not in it) is anchored now.
     */
    private static Predicate<Annotation> placedAsPreviewed(Chapters chapters, NoteSharing.Preview preview) {
        Map<Annotation, Boolean> placed = new java.util.IdentityHashMap<>();
        for (MergeRecords.Change ch : preview.plan().changes()) {
            MergeRecords.Action action = ch.action();
            if (action == MergeRecords.Action.ADD || action == MergeRecords.Action.UPDATE
                    || action == MergeRecords.Action.CONFLICT) {
                placed.put(ch.incoming().annotation(), ch.placeable()); // only these were anchored
            }
        }
        return a -> {
            Boolean known = placed.get(a);
            return known != null ? known : chapters.placeable(a);
        };
    }

    /**
     * {@code p} with what it left out for people other than the files' writers put back (decisions 0061 and 0069):
     * their votes, and its changes to their notes. A note that is in the import already (another file of a folder
     * has it too) is replaced only as a folder's files are combined: a deletion, else the later version.
     */
    static NoteSharing.Preview withOthers(NoteSharing.Preview p) {
        ForOthers left = p.forOthers();
        if (left.nothingToTake()) {
            return p;
        }
        ImportFile c = p.contents();
        List<Vote> votes = new ArrayList<>(c.conversation().votes());
        votes.addAll(left.votesLeftOut());
        Map<String, MergeRecords.Incoming> notes = new java.util.LinkedHashMap<>();
        c.notes().forEach(n -> notes.putIfAbsent(n.annotation().id(), n));
        Map<String, org.peeragogy.reader.book.NoteLink> links = new java.util.HashMap<>(c.conversation().links());
        for (MergeRecords.Incoming in : left.changesLeftOut()) {
            String id = in.annotation().id();
            MergeRecords.Incoming had = notes.get(id);
            if (had == null || FolderCombine.wins(in.annotation(), had.annotation())) {
                notes.put(id, in);
                org.peeragogy.reader.book.NoteLink l = left.linksLeftOut().get(id);
                if (l != null) {
                    links.put(id, l);
                }
            }
        }
        ImportFile with = new ImportFile(c.format(), c.bookIdentity(), List.copyOf(notes.values()), c.people(), c.meta(),
                c.skipped(), c.notKept(), c.writtenAt(), new Conversation(links, W3cConversation.latest(votes)));
        return new NoteSharing.Preview(p.file(), with, p.plan(), new ForOthers(List.of(), left.namedAt()));
    }
}
