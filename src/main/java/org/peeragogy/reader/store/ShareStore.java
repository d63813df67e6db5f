package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.store.MergeRecords.Change;
import org.peeragogy.reader.store.MergeRecords.Incoming;
import org.peeragogy.reader.store.MergeRecords.Plan;
import org.peeragogy.reader.store.MergeRecords.Step;

/**
 * Merges notes from a shared file into the reader's database (docs/decisions/0008).
 *
 * <p>Each note remembers the revision last shared ({@code annotation_share.base_updated}: the
 * {@code updated} time of the version last imported). An incoming note replaces the local one when only
 * the incoming side changed since that base; when both changed, the local note stays and the incoming
 * version is kept as a <em>conflict copy</em> (a new id derived from the original's id and the incoming
 * time, linked by {@code conflict_of}). Without any base, the newer edit wins. A tombstone always wins:
 * a deleted note never comes back, and an incoming deletion deletes the local note (undoably).
 *
 * <p>Authors are people (decision 0017): a new version of a note by another author than the note's is
 * never an edit of it (it is kept as a conflict copy), and a deletion counts only from the note's own
 * author. <b>The reader's own notes are never changed or deleted by a file</b>, whatever author id the
 * file claims: an incoming version of one is kept beside it as a conflict copy, an incoming deletion of one
 * is not applied, and new notes that claim the reader's id are added but named in the plan's remarks, so
 * that no file can overwrite the reader's notes unseen.
 *
 * <p>An import is one transaction and one batch: the before-image of every row it touches is kept, so
 * {@link #undoImport(long)} reverts it exactly ({@link ImportWriter}). Notes are indexed for search in the
 * same transaction. Threads: the caller's, one at a time (the database's one connection).
 *
 * <p>What a merge takes and decides (a file's notes, its plan, a step of an import of several) are values of
 * {@link MergeRecords}.
 */
public final class ShareStore {
    private final Database db;
    private final AnnotationReads annotations;
    private final SearchIndex.NoteIndexer indexer;

    ShareStore(Database db) {
        this(db, SearchIndex.NoteIndexer.ROWS);
    }

    /**
     * With another way of writing notes' search rows. Only tests use it, with an indexer that fails
     * halfway, to show that an import or an undo that fails leaves nothing of itself behind.
     */
    ShareStore(Database db, SearchIndex.NoteIndexer indexer) {
        this.db = db;
        this.annotations = new AnnotationReads(db);
        this.indexer = indexer;
    }

    /**
     * How far past this computer's clock a file's times still count as present ({@link MergePlan#FUTURE_ALLOWANCE},
     * a day): later ones never win a merge nor rename a person (decision 0028).
     */
    public static final java.time.Duration FUTURE_ALLOWANCE = MergePlan.FUTURE_ALLOWANCE;

    /** A finished import: what it did and the batch to undo it (empty when it changed nothing). */
    public record Applied(Plan plan, OptionalLong batchId) {
    }

    /**
     * The same note: everything a note says, its author's id included (never their name, which may change); the
     * rule a merge uses to tell a second version from the same one. Any thread.
     */
    public static boolean sameContent(Annotation a, Annotation b) {
        return MergePlan.sameContent(a, b);
    }

    /**
     * One recorded import; {@code files}, the names of the files it merged, in order (empty for a folder's import
     * recorded by an earlier version, t15b's F5).
     */
    public record Batch(long id, String source, String format, Instant importedAt, String summary,
                        Optional<Instant> undone, List<String> files) {
        public Batch {
            files = List.copyOf(files);
        }
    }

    /** A note and a conflict copy of it (the other side's version). */
    public record Conflict(Annotation original, Annotation copy) {
    }

    /**
     * What importing {@code incoming} with the file's replies, questions and votes would do; changes nothing.
     * The votes are summed up in the plan's remarks ({@link ConversationMerge}). Threads: a read; any thread but
     * the FX thread for a large file, one call at a time per database.
     *
     * @throws StoreException when the database cannot be read
     */
    public Plan plan(List<Incoming> incoming, Conversation conversation, Map<String, AuthorStore.Person> people,
                     Predicate<Annotation> placeable) throws StoreException {
        try {
            return plan(db.connection(), incoming, conversation, people, placeable, false, null);
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.COMPARE_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * As {@link #apply(List, Predicate, String, String, Map, Instant)} with layer colours by author id only.
     * Threads: a write, so not the FX thread; one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public Applied apply(List<Incoming> incoming, Predicate<Annotation> placeable, String source, String format,
                         Map<String, String> authorColours) throws StoreException {
        Map<String, AuthorStore.Person> people = new HashMap<>();
        authorColours.forEach((id, colour) -> people.put(id, new AuthorStore.Person(id, "", "", colour)));
        return apply(incoming, placeable, source, format, people, null);
    }

    /**
     * Imports in one transaction: plans again inside it (so the counts are those of what happened), writes
     * every change with its before-image under a new batch, and commits; on any error nothing is changed.
     * An import that changes nothing records no batch and writes nothing.
     *
     * <p>Threads: a write that holds the write lock for the whole import (about 1.5 s for 10,000 notes), so not
     * the FX thread; one call at a time per database (an import uses a database of its own,
     * {@link Database#another()}).
     *
     * @param people  the file's people by author id: names, nicknames, and layer colours proposed for
     *                authors the reader has no layer for yet
     * @param namedAt when the file was written (null when it does not say): a person's name changes to the
     *                file's only when the file is newer than the name the reader has (never the reader's own)
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public Applied apply(List<Incoming> incoming, Predicate<Annotation> placeable, String source, String format,
                         Map<String, AuthorStore.Person> people, Instant namedAt) throws StoreException {
        return apply(incoming, Conversation.NONE, placeable, source, format, people, namedAt);
    }

    /**
     * As {@link #apply(List, Predicate, String, String, Map, Instant)}, with the file's replies, questions and
     * votes (issue 15): each note's link is written with the note, the votes after the notes, all in the same
     * transaction and batch (one undo takes everything back). An import whose only change is a vote records a
     * batch too. Threads: a write, so not the FX thread; one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public Applied apply(List<Incoming> incoming, Conversation conversation, Predicate<Annotation> placeable,
                         String source, String format, Map<String, AuthorStore.Person> people, Instant namedAt)
            throws StoreException {
        return apply(incoming, conversation, placeable, source, format, people, namedAt, false);
    }

    /**
     * What importing {@code incoming} (with the file's replies, questions and votes) would do when it is a
     * version made beside another (a sync tool's conflict copy of a group folder's file, issue 16): as
     * {@link #plan(List, Conversation, Map, Predicate)}, except that a note whose content differs from the
     * reader's is kept as a conflict copy (two versions), whichever is newer; the copy is in the same thread.
     * Threads: a read, not the FX thread; one call at a time per database.
     *
     * @throws StoreException when the database cannot be read
     */
    public Plan planAlongside(List<Incoming> incoming, Conversation conversation,
                              Map<String, AuthorStore.Person> people, Predicate<Annotation> placeable)
            throws StoreException {
        return planAlongside(incoming, conversation, people, placeable, null);
    }

    /**
     * As {@link #planAlongside(List, Conversation, Map, Predicate)}, for versions from the file {@code besideOf} (a
     * conflict copy's name; null when not known): its second versions replace that file's earlier ones (t38's F2).
     * Threads: a read, not the FX thread; one call at a time per database.
     *
     * @throws StoreException when the database cannot be read
     */
    public Plan planAlongside(List<Incoming> incoming, Conversation conversation,
                              Map<String, AuthorStore.Person> people, Predicate<Annotation> placeable, String besideOf)
            throws StoreException {
        try {
            return plan(db.connection(), incoming, conversation, people, placeable, true, besideOf);
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.COMPARE_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * As {@link #apply(List, Conversation, Predicate, String, String, Map, Instant)}, for a version made beside
     * another (see {@link #planAlongside}). Threads: a write, not the FX thread; one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public Applied applyAlongside(List<Incoming> incoming, Conversation conversation,
                                  Predicate<Annotation> placeable, String source, String format,
                                  Map<String, AuthorStore.Person> people, Instant namedAt) throws StoreException {
        return apply(incoming, conversation, placeable, source, format, people, namedAt, true);
    }

    private Applied apply(List<Incoming> incoming, Conversation conversation, Predicate<Annotation> placeable,
                          String source, String format, Map<String, AuthorStore.Person> people, Instant namedAt,
                          boolean alongside)
            throws StoreException {
        return applyTogether(List.of(new Step(incoming, conversation, placeable, people, namedAt, alongside)), source,
                format).get(0);
    }

    /**
     * Imports several files in one transaction and one batch (a group folder's files merged at once, issue 16):
     * each is planned again inside it, against what the files before it wrote, and written with its before-images
     * (the first image of a row is kept, so one undo takes them all back); a newer file's people are renamed in the
     * batch too (decision 0032). Files that change nothing write nothing; when none does, no batch is recorded.
     *
     * <p>Threads: a write that holds the write lock for the whole import (about 1 s for 10,000 notes), so not the
     * FX thread; one call at a time per database (an import uses a database of its own, {@link Database#another()}).
     *
     * @param source the file's name, or what the files are ("group folder (3 files)")
     * @return each file's plan, in order, with the batch (the same for all; empty for a file that changed nothing)
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public List<Applied> applyTogether(List<Step> steps, String source, String format) throws StoreException {
        return applyTogether(steps, source, format, List.of(source));
    }

    /**
     * As {@link #applyTogether(List, String, String)}, recording the names of the {@code files} merged, in order, for
     * the digest to name them (t15b's F5). Threads: a write, not the FX thread; one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public List<Applied> applyTogether(List<Step> steps, String source, String format, List<String> files)
            throws StoreException {
        String me = db.settings().readerId();
        try {
            return Transaction.run(db.connection(), "importing the notes", c -> {
                List<Applied> out = new ArrayList<>();
                ImportBatches.Summary total = new ImportBatches.Summary();
                long batch = 0;
                for (Step s : steps) {
                    Plan plan = plan(c, s.incoming(), s.conversation(), s.people(), s.placeable(), s.alongside(),
                            s.besideOf());
                    ConversationMerge.VotePlan votes = ConversationMerge.planVotes(c, s.conversation().votes(), me,
                            ConversationMerge.named(s.incoming(), s.people(), me));
                    // A newer file renames its people's layers even when none of their notes changed (0017); the
                    // rename is part of the batch, so that undoing the import names them back (decision 0032).
                    int renames = AuthorStore.renamed(c, s.people(), s::namedAtOf, me, 0).size();
                    if (plan.counts().changesNothing() && votes.changesNothing() && renames == 0) {
                        out.add(new Applied(plan, OptionalLong.empty()));
                        continue;
                    }
                    batch = batch != 0 ? batch : ImportBatches.open(c, source, format, "", now(), files);
                    total.add(plan.counts(), votes, renames);
                    AuthorStore.renamed(c, s.people(), s::namedAtOf, me, batch);
                    try (ImportWriter w = new ImportWriter(c, batch, indexer, me, source)
                            .withLinks(s.conversation().links())) {
                        for (Change ch : plan.changes()) {
                            w.write(ch, s.people(), s::namedAtOf);
                        }
                        w.finish();
                    }
                    ConversationMerge.writeVotes(c, batch, votes.writes(), s.people(), s::namedAtOf, me);
                    out.add(new Applied(plan, OptionalLong.of(batch)));
                }
                if (batch != 0) {
                    ImportBatches.summarise(c, batch, total.text());
                }
                return out;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_IMPORT, e);
        }
    }

    /**
     * Reverts a whole import: every note it added, changed or deleted is put back as it was before, and so are the
     * names of the people it renamed; layers it made go with their notes (decision 0032). Only the most recent
     * import that is not undone yet can be undone (an older one may have been built on).
     * Threads: a write, so not the FX thread; one call at a time per database.
     *
     * @throws StoreException when {@code batchId} is not the latest import still done (the message says what to
     *                        undo first), or the undo cannot be saved; nothing changes then
     */
    public void undoImport(long batchId) throws StoreException {
        try {
            Transaction.run(db.connection(), "undoing the import", c -> {
                ImportBatches.undo(c, batchId, indexer, now());
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_UNDO_IMPORT, e);
        }
    }

    /**
     * Recorded imports, newest first. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the list cannot be read
     */
    public List<Batch> batches() throws StoreException {
        try {
            return ImportBatches.list(db.connection());
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_IMPORTS_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The id a conflict copy of {@code originalId} gets for the incoming version of {@code updated}: the same
     * for the same two, so a file imported twice makes one copy. Any thread; no disk.
     */
    public static String conflictCopyId(String originalId, Instant updated) {
        return UUID.nameUUIDFromBytes(("conflict|" + originalId + "|" + updated).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Plan plan(Connection c, List<Incoming> incoming, Conversation conversation,
                      Map<String, AuthorStore.Person> people, Predicate<Annotation> placeable, boolean alongside,
                      String besideOf) throws SQLException, StoreException {
        String me = db.settings().readerId();
        Map<String, Annotation> local = local(incoming);
        Plan plan = MergePlan.plan(c, local, incoming, conversation.links(), people, placeable, me,
                db.conversation().anonymousId(), alongside, SecondVersions.of(c, annotations, local.keySet()),
                besideOf);
        ConversationMerge.VotePlan votes = ConversationMerge.planVotes(c, conversation.votes(), me,
                ConversationMerge.named(incoming, people, me));
        if (votes.remarks().isEmpty() && votes.changesNothing()) {
            return plan;
        }
        List<Reason> remarks = new ArrayList<>(plan.remarks());
        remarks.addAll(votes.remarks());
        return new Plan(plan.changes(), plan.counts(), remarks, votes.writes().size());
    }

    /**
     * The reader's notes an import of {@code incoming} is decided against: those with the file's ids (their second
     * versions are read apart, {@link SecondVersions#of}; issue 16: planning against every note of the profile made
     * each of 30 files of a group folder slower than the one before).
     */
    private Map<String, Annotation> local(List<Incoming> incoming) throws StoreException {
        Set<String> ids = new HashSet<>();
        for (Incoming in : incoming) {
            ids.add(in.annotation().id());
        }
        Map<String, Annotation> out = new HashMap<>();
        for (Annotation a : annotations.withIds(ids)) {
            out.put(a.id(), a);
        }
        return out;
    }

    private Instant now() {
        return db.now();
    }
}
