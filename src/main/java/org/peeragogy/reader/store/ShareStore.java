package org.peeragogy.reader.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;

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
 */
public final class ShareStore {
    private final Database db;
    private final AnnotationStore annotations;
    private final SearchIndex.NoteIndexer indexer;

    ShareStore(Database db) {
        this(db, SearchIndex::indexNote);
    }

    /**
     * With another way of writing notes' search rows. Only tests use it, with an indexer that fails
     * halfway, to show that an import or an undo that fails leaves nothing of itself behind.
     */
    ShareStore(Database db, SearchIndex.NoteIndexer indexer) {
        this.db = db;
        this.annotations = new AnnotationStore(db, indexer);
        this.indexer = indexer;
    }

    /**
     * How far past this computer's clock a file's times still count as present ({@link MergePlan#FUTURE_ALLOWANCE},
     * a day): later ones never win a merge nor rename a person (decision 0028).
     */
    public static final java.time.Duration FUTURE_ALLOWANCE = MergePlan.FUTURE_ALLOWANCE;

    /**
     * A note from a file.
     *
     * @param base        the revision the sender last shared for this note (its base), when known
     * @param sourceUri   the web address the note named when it named no chapter of the book
     * @param privateNote only its author could read it where it came from (a private Hypothesis note): it is
     *                    kept, marked private, and left out of exports unless the reader includes it
     */
    public record Incoming(Annotation annotation, Optional<Instant> base, Optional<String> sourceUri,
                           boolean privateNote) {
        public Incoming {
            Objects.requireNonNull(annotation, "annotation");
            base = base == null ? Optional.empty() : base;
            sourceUri = sourceUri == null ? Optional.empty() : sourceUri;
        }

        /** A note that is not private. Threads: any; nothing is read or written. */
        public Incoming(Annotation annotation, Optional<Instant> base, Optional<String> sourceUri) {
            this(annotation, base, sourceUri, false);
        }
    }

    /** What importing does to one note. */
    public enum Action {
        /** a note the reader does not have */
        ADD,
        /** a newer version of a note the reader has not changed since it was last shared */
        UPDATE,
        /** the sender deleted a note the reader has: it becomes a tombstone */
        DELETE,
        /** a deletion of a note the reader never had: kept so the note cannot arrive later from someone else */
        TOMBSTONE,
        /** nothing to do: the same version, an older one, or a note the reader deleted */
        UNCHANGED,
        /** both sides changed the note since they last shared: both versions are kept */
        CONFLICT
    }

    /** One incoming note and what happens to it; {@code placeable} is false for notes that will be orphans. */
    public record Change(Action action, Incoming incoming, Optional<Annotation> local, boolean placeable) {
    }

    /** The figures of a preview (and of the import that follows it). */
    public record Counts(int added, int updated, int deleted, int unchanged, int conflicts, int unplaced,
                         int tombstones) {
        /** "3 new, 1 updated, 0 deleted, 5 unchanged, 1 conflicts, 0 could not be placed". Any thread. */
        public String summary() {
            return added + " new, " + updated + " updated, " + deleted + " deleted, " + unchanged + " unchanged, "
                    + conflicts + " conflicts, " + unplaced + " could not be placed"
                    + (tombstones == 0 ? "" : " (" + tombstones + " deletions of notes you never had recorded)");
        }

        /** True when importing would add, change and delete nothing. Any thread. */
        public boolean changesNothing() {
            return added + updated + deleted + conflicts + tombstones == 0;
        }
    }

    /**
     * What an import would do, note by note; {@code remarks} says, one line each, what the reader should
     * know before importing (a file that claims to be the reader's, private notes).
     */
    public record Plan(List<Change> changes, Counts counts, List<String> remarks, int votes) {
        public Plan {
            changes = List.copyOf(changes);
            remarks = List.copyOf(remarks);
        }

        /** A plan without votes to take in. Any thread. */
        public Plan(List<Change> changes, Counts counts, List<String> remarks) {
            this(changes, counts, remarks, 0);
        }

        /**
         * True when importing would change no note and no vote ({@code votes}: how many of the file's votes
         * would be written, issue 15). A file whose only news is a vote is something to import. Any thread.
         */
        public boolean changesNothing() {
            return counts.changesNothing() && votes == 0;
        }

        /** {@link Counts#summary()}, then ", 2 votes new or changed" when there are any. Any thread. */
        public String summary() {
            return counts.summary() + (votes == 0 ? "" : ", " + votes + (votes == 1 ? " vote" : " votes")
                    + " new or changed");
        }
    }

    /** A finished import: what it did and the batch to undo it (empty when it changed nothing). */
    public record Applied(Plan plan, OptionalLong batchId) {
    }

    /** One recorded import. */
    public record Batch(long id, String source, String format, Instant importedAt, String summary,
                        Optional<Instant> undone) {
    }

    /** A note and a conflict copy of it (the other side's version). */
    public record Conflict(Annotation original, Annotation copy) {
    }

    /**
     * What importing {@code incoming} would do now; changes nothing. Threads: a read of every note, so not the FX
     * thread for a large file (the window previews on a thread of its own); one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Plan plan(List<Incoming> incoming, Predicate<Annotation> placeable) throws StoreException {
        return plan(incoming, Map.of(), placeable);
    }

    /**
     * What importing {@code incoming} would do now; changes nothing.
     *
     * Threads: a read; any thread but the FX thread for a large file, one call at a time per database.
     *
     * @param people the file's people by author id (names and nicknames), to recognise a person known here
     *               only by name who now comes with an id
     * @throws StoreException when the database cannot be read
     */
    public Plan plan(List<Incoming> incoming, Map<String, AuthorStore.Person> people, Predicate<Annotation> placeable)
            throws StoreException {
        return plan(incoming, Conversation.NONE, people, placeable);
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
            return plan(db.connection(), incoming, conversation, people, placeable, false);
        } catch (SQLException e) {
            throw new StoreException("Comparing the notes with yours failed: " + e.getMessage(), e);
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
        try {
            return plan(db.connection(), incoming, conversation, people, placeable, true);
        } catch (SQLException e) {
            throw new StoreException("Comparing the notes with yours failed: " + e.getMessage(), e);
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
        String me = db.settings().readerId();
        try {
            return Transaction.run(db.connection(), "importing the notes", c -> {
                Plan plan = plan(c, incoming, conversation, people, placeable, alongside);
                ConversationMerge.VotePlan votes = ConversationMerge.planVotes(c, conversation.votes(), me);
                // A newer file renames its people's layers even when none of their notes changed (0017).
                AuthorStore.renamed(c, people, namedAt, me, true);
                if (plan.counts().changesNothing() && votes.changesNothing()) {
                    return new Applied(plan, OptionalLong.empty());
                }
                long batch = newBatch(c, source, format, plan.counts().summary() + votes.summary());
                try (ImportWriter w = new ImportWriter(c, batch, indexer, me).withLinks(conversation.links())) {
                    for (Change ch : plan.changes()) {
                        w.write(ch, people, namedAt);
                    }
                }
                ConversationMerge.writeVotes(c, batch, votes.writes(), people, namedAt, me);
                return new Applied(plan, OptionalLong.of(batch));
            });
        } catch (SQLException e) {
            throw db.writeFailed("Importing the notes", e);
        }
    }

    /**
     * Reverts a whole import: every note it added, changed or deleted is put back as it was before. Only
     * the most recent import that is not undone yet can be undone (an older one may have been built on).
     * Threads: a write, so not the FX thread; one call at a time per database.
     *
     * @throws StoreException when {@code batchId} is not the latest import still done (the message says what to
     *                        undo first), or the undo cannot be saved; nothing changes then
     */
    public void undoImport(long batchId) throws StoreException {
        try {
            Transaction.run(db.connection(), "undoing the import", c -> {
                Long latest = null;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT max(id) FROM import_batch WHERE undone_at IS NULL");
                     ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        latest = rs.getLong(1);
                    }
                }
                if (latest == null || latest != batchId) {
                    throw new StoreException(latest == null || batchId > latest
                            ? "That import was already undone (or never happened)."
                            : "Only the most recent import can be undone; undo the later ones first.", null);
                }
                ImportWriter.undo(c, batchId, indexer);
                try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
                    ps.setString(1, now().toString());
                    ps.setLong(2, batchId);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed("Undoing the import", e);
        }
    }

    /**
     * Recorded imports, newest first. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the list cannot be read
     */
    public List<Batch> batches() throws StoreException {
        List<Batch> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT id, source, format, imported_at, summary, undone_at FROM import_batch ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String undone = rs.getString(6);
                out.add(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                        rs.getString(5), undone == null ? Optional.empty() : Optional.of(Instant.parse(undone))));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Reading the list of imports failed: " + e.getMessage(), e);
        }
    }

    /**
     * The revision last shared for each of these notes that has one (written into exported files).
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, Instant> bases(Collection<String> ids) throws StoreException {
        Map<String, Instant> all = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT annotation_id, base_updated FROM annotation_share WHERE base_updated IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.put(rs.getString(1), Instant.parse(rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("Reading your notes failed: " + e.getMessage(), e);
        }
        Map<String, Instant> out = new HashMap<>();
        for (String id : ids) {
            Instant b = all.get(id);
            if (b != null) {
                out.put(id, b);
            }
        }
        return out;
    }

    /**
     * The address each of these notes came with when it named no chapter (an unplaced note's original
     * source), written into exported files so that it survives every export and re-import.
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> sources(Collection<String> ids) throws StoreException {
        Map<String, String> all = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT annotation_id, source_uri FROM annotation_share WHERE source_uri IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("Reading your notes failed: " + e.getMessage(), e);
        }
        Map<String, String> out = new HashMap<>();
        for (String id : ids) {
            String s = all.get(id);
            if (s != null) {
                out.put(id, s);
            }
        }
        return out;
    }

    /**
     * The notes of {@code book} marked private (only their author could read them where they came from), by
     * id, tombstones included: exports leave them out unless the reader chooses to include them. Threads: a
     * read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Set<String> privateIds(String book) throws StoreException {
        Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT s.annotation_id FROM annotation_share s"
                + " JOIN annotation a ON a.id = s.annotation_id WHERE s.private = 1 AND a.book_identity = ?")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Reading your notes failed: " + e.getMessage(), e);
        }
    }

    /**
     * Every conflict copy of a book's notes, deleted ones too: the copy's id to the id of the note it is a copy
     * of ({@code annotation_share.conflict_of}). Exports leave these out, {@code notes --json} shows the link.
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> conflictCopies(String book) throws StoreException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT s.annotation_id, s.conflict_of FROM"
                + " annotation_share s JOIN annotation a ON a.id = s.annotation_id WHERE s.conflict_of IS NOT NULL"
                + " AND a.book_identity = ?")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Reading your notes failed: " + e.getMessage(), e);
        }
    }

    /**
     * Live conflict copies of a book's notes, with the note each is a copy of. Threads: a read; any thread, one
     * call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public List<Conflict> conflicts(String book) throws StoreException {
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT s.conflict_of, s.annotation_id FROM annotation_share s JOIN annotation a ON a.id = s.annotation_id"
                        + " WHERE s.conflict_of IS NOT NULL AND a.deleted_at IS NULL AND a.book_identity = ?"
                        + " ORDER BY a.created_at")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading your notes failed: " + e.getMessage(), e);
        }
        List<Conflict> out = new ArrayList<>();
        for (String[] p : pairs) {
            Optional<Annotation> original = annotations.find(p[0]);
            Optional<Annotation> copy = annotations.find(p[1]);
            if (original.isPresent() && copy.isPresent()) {
                out.add(new Conflict(original.get(), copy.get()));
            }
        }
        return out;
    }

    /**
     * The ids of the notes of {@code book} kept in two versions after an import: each live copy and its
     * original, in one query (reading each pair's notes took seconds on the FX thread with thousands of
     * conflicts; issue 10). Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public java.util.Set<String> conflictedIds(String book) throws StoreException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT s.conflict_of, s.annotation_id FROM annotation_share s"
                        + " JOIN annotation a ON a.id = s.annotation_id"
                        + " JOIN annotation o ON o.id = s.conflict_of"
                        + " WHERE s.conflict_of IS NOT NULL AND a.deleted_at IS NULL AND a.book_identity = ?")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    ids.add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading your notes failed: " + e.getMessage(), e);
        }
        return ids;
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
                      Map<String, AuthorStore.Person> people, Predicate<Annotation> placeable, boolean alongside)
            throws SQLException, StoreException {
        String me = db.settings().readerId();
        Plan plan = MergePlan.plan(c, annotations.everything(), incoming, conversation.links(), people, placeable, me,
                alongside);
        ConversationMerge.VotePlan votes = ConversationMerge.planVotes(c, conversation.votes(), me);
        if (votes.remarks().isEmpty() && votes.changesNothing()) {
            return plan;
        }
        List<String> remarks = new ArrayList<>(plan.remarks());
        remarks.addAll(votes.remarks());
        return new Plan(plan.changes(), plan.counts(), remarks, votes.writes().size());
    }

    private long newBatch(Connection c, String source, String format, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_batch (source, format, imported_at, summary) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, source);
            ps.setString(2, format);
            ps.setString(3, now().toString());
            ps.setString(4, summary);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }

    private Instant now() {
        return db.now();
    }
}
