package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;

/**
 * The reader's annotations. Each call is its own committed transaction, so what a call reported as
 * saved survives a crash; the note's search row ({@link SearchIndex}) is written in the same transaction.
 * A call that fails, in any way, changes nothing: SQL failures become a {@link StoreException}, anything
 * else is rethrown unchanged after the rollback ({@link Transaction}). Deleting leaves a tombstone (id,
 * chapter, times) with the text wiped, so that a shared file cannot bring the note back and no deleted
 * words stay in the file. Threads: any, one call at a time (it uses the database's one connection); writes
 * never on the FX thread (see the package's comment).
 */
public final class AnnotationStore {
    /** The columns a note is written with, in {@link NoteRows#bind}'s order. */
    static final String COLUMNS = "id, book_identity, chapter_id, kind, colour, note, author, created_at,"
            + " updated_at, quote_exact, quote_prefix, quote_suffix, position_start, position_end, block_id,"
            + " text_fingerprint, deleted_at, author_id";

    private final Database db;
    private final SearchIndex.NoteIndexer indexer;
    private final AnnotationReads reads;

    AnnotationStore(Database db) {
        this(db, SearchIndex.NoteIndexer.ROWS);
    }

    /**
     * With another way of writing a note's search row. Only tests use it, with an indexer that fails, to
     * show that a failure inside a save leaves nothing of it behind.
     */
    AnnotationStore(Database db, SearchIndex.NoteIndexer indexer) {
        this.db = db;
        this.indexer = indexer;
        this.reads = new AnnotationReads(db);
    }

    /**
     * What the reader made; the store adds the id and the times.
     *
     * @param author   the name written on the note (their layer's name is what shows)
     * @param authorId who made it; null for the reader of this profile ({@link SettingsStore#readerId()}),
     *                 the only person who makes notes here (tests make others' notes with an id)
     */
    public record Draft(String book, String chapterId, Annotation.Kind kind, Annotation.Colour colour, String note,
                        List<String> tags, String author, Optional<TextAnchor> anchor, String authorId) {
        /** A note by the reader of this profile. Threads: any; nothing is read or written. */
        public Draft(String book, String chapterId, Annotation.Kind kind, Annotation.Colour colour, String note,
                     List<String> tags, String author, Optional<TextAnchor> anchor) {
            this(book, chapterId, kind, colour, note, tags, author, anchor, null);
        }
    }

    /**
     * Saves a new note with a new id, created and updated now (by the database's clock), and its search row;
     * by the reader (their author id) unless the draft names another author, who gets a layer if they have
     * none. Threads: a write; not the FX thread (it may wait up to 20 s for another connection's write), one
     * call at a time per database.
     *
     * @throws StoreException when it could not be saved; the message names the cause (a read-only folder, a
     *                        full disk). Nothing is saved then
     */
    public Annotation create(Draft d) throws StoreException {
        checkLength(d.note());
        Instant now = now();
        String authorId = d.authorId() != null ? d.authorId() : db.settings().readerId();
        Annotation a = new Annotation(UUID.randomUUID().toString(), d.book(), d.chapterId(), d.kind(), d.colour(),
                d.note(), cleanTags(d.tags()), d.author(), authorId, now, now, d.anchor(), Optional.empty());
        write(StoreReason.DOING_SAVE_NOTE, c -> {
            AuthorStore.ensure(c, new AuthorStore.Person(authorId, d.author(), "", ""), null);
            insert(c, a);
            try (NoteRows rows = new NoteRows(c)) {
                indexer.index(rows, a);
            }
            return null;
        });
        return a;
    }

    /**
     * Changes colour, note and tags; keeps everything else. A note that a file said was the reader's (decision
     * 0032) is theirs to pass on from then: the mark of where it came from goes. Threads: a write; not the FX thread (it may wait up
     * to 20 s for another connection's write), one call at a time per database.
     *
     * @throws StoreException when the note no longer exists, or the change could not be saved (nothing changes)
     */
    public Annotation edit(String id, Annotation.Colour colour, String note, List<String> tags) throws StoreException {
        checkLength(note);
        // Read inside the write's transaction (which holds the write lock), so that a change another
        // connection committed meanwhile (an import moving or renaming the note) is built on, never
        // overwritten with what was read before (found by a fresh tester: a lost update).
        Annotation[] changed = new Annotation[1];
        write(StoreReason.DOING_SAVE_CHANGE, c -> {
            Annotation old = live(id, StoreReason.NOTE_GONE);
            changed[0] = new Annotation(old.id(), old.book(), old.chapterId(), old.kind(), colour, note,
                    cleanTags(tags), old.author(), old.authorId(), old.created(), now(), old.anchor(), Optional.empty());
            save(c, changed[0]);
            // A note a file said was the reader's becomes theirs to pass on once they save it (decision 0032).
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE annotation_share SET claimed_from = NULL WHERE annotation_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
        return changed[0];
    }

    /**
     * Moves an annotation to new text (re-attaching an orphan, or after the reader fixed it).
     * Threads: a write; not the FX thread (it may wait up to 20 s for another connection's write), one call at a
     * time per database.
     *
     * @throws StoreException when the note no longer exists, or the move could not be saved (nothing changes)
     */
    public Annotation reattach(String id, TextAnchor anchor) throws StoreException {
        Annotation old = find(id).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new StoreException(StoreReason.NOTE_GONE, null));
        return reattach(id, old.chapterId(), anchor);
    }

    /**
     * Moves an annotation to new text in {@code chapterId}: a note whose chapter is not in this handbook
     * (or that came from a page that names none), re-attached where the reader found its quote. Its note,
     * tags, author and the address it came with are kept. Threads: a write; not the FX thread (it may wait
     * up to 20 s for another connection's write), one call at a time per database.
     *
     * @throws StoreException when the note is gone, or it cannot be saved (then nothing is)
     */
    public Annotation reattach(String id, String chapterId, TextAnchor anchor) throws StoreException {
        Annotation[] moved = new Annotation[1];
        write(StoreReason.DOING_SAVE_NEW_PLACE, c -> { // read inside the transaction, as in edit
            Annotation old = live(id, StoreReason.NOTE_GONE);
            Annotation.Kind kind = old.kind() == Annotation.Kind.CHAPTER_NOTE ? Annotation.Kind.HIGHLIGHT : old.kind();
            moved[0] = new Annotation(old.id(), old.book(), chapterId, kind, old.colour(), old.note(),
                    old.tags(), old.author(), old.authorId(), old.created(), now(), Optional.of(anchor), Optional.empty());
            save(c, moved[0]);
            return null;
        });
        return moved[0];
    }

    /**
     * Deletes, leaving a tombstone; returns the annotation as it was, so the window can undo.
     * Threads: a write; not the FX thread (it may wait up to 20 s for another connection's write), one call at a
     * time per database.
     *
     * @throws StoreException when the note was already deleted, or the delete could not be saved (nothing
     *                        changes)
     */
    public Annotation delete(String id) throws StoreException {
        Annotation[] old = new Annotation[1];
        write(StoreReason.DOING_DELETE_NOTE, c -> { // read inside the transaction, as in edit
            old[0] = live(id, StoreReason.NOTE_ALREADY_DELETED);
            Instant now = now();
            Annotation tombstone = new Annotation(old[0].id(), old[0].book(), old[0].chapterId(), old[0].kind(),
                    old[0].colour(), "", List.of(), old[0].author(), old[0].authorId(), old[0].created(), now,
                    Optional.empty(), Optional.of(now));
            save(c, tombstone);
            return null;
        });
        return old[0];
    }

    /**
     * Undoes a delete: puts the annotation back as it was before, its dates included (a fresh tester saw a restored
     * note take the time of the Undo; issue 14). Keeping the old modified time loses nothing in a share: a deletion
     * that already reached another copy wins there whatever the times ({@code MergePlan}), and a copy that still has
     * the note holds this same version. Threads: a write; not the FX thread (it may wait up to 20 s for another
     * connection's write), one call at a time per database.
     *
     * @throws StoreException when it could not be saved (nothing changes)
     */
    public Annotation restore(Annotation before) throws StoreException {
        Annotation back = new Annotation(before.id(), before.book(), before.chapterId(), before.kind(), before.colour(),
                before.note(), before.tags(), before.author(), before.authorId(), before.created(), before.updated(),
                before.anchor(), Optional.empty());
        write(StoreReason.DOING_RESTORE_NOTE, c -> {
            save(c, back);
            return null;
        });
        return back;
    }

    /**
     * The annotation with this id, tombstone or not; empty when there is none. Threads: a read; any thread,
     * one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public Optional<Annotation> find(String id) throws StoreException {
        return reads.find(id);
    }

    /**
     * Live annotations of one chapter, oldest first. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> chapter(String book, String chapterId) throws StoreException {
        return reads.chapter(book, chapterId);
    }

    /**
     * Live annotations of a handbook, oldest first. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> book(String book) throws StoreException {
        return reads.book(book);
    }

    /**
     * Live annotations of a handbook whose chapter is not one of {@code chapterIds}: notes from a page that
     * names no chapter ({@code _unplaced}) and notes on chapters this edition does not have. Oldest first.
     * Threads: a read; any thread, one call at a time per database.
     *
     * @param chapterIds the chapters of the open edition (one bound parameter each; a handbook has dozens)
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> elsewhere(String book, java.util.Collection<String> chapterIds) throws StoreException {
        return reads.elsewhere(book, chapterIds);
    }

    /**
     * Live annotations of a handbook written by any of the authors with these ids, oldest first. Threads: a
     * read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> byAuthors(String book, java.util.Collection<String> authors) throws StoreException {
        return reads.byAuthors(book, authors);
    }

    /**
     * Live annotations of a handbook whose author's layer is shown (authors without a layer count as shown).
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> visible(String book) throws StoreException {
        return reads.visible(book);
    }

    /**
     * Every annotation of every handbook, tombstones included (for sharing). Threads: a read; any thread, one
     * call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> everything() throws StoreException {
        return reads.everything();
    }

    /**
     * The annotations, tombstones included, with any of these ids (of any handbook), in no particular order: what
     * an import plans against (only the notes a file names, not every note of the profile; issue 16's merge of
     * 30 files). Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public List<Annotation> withIds(java.util.Collection<String> ids) throws StoreException {
        return reads.withIds(ids);
    }

    private static void insert(Connection c, Annotation a) throws SQLException {
        try (NoteRows rows = new NoteRows(c)) {
            rows.insert(a);
        }
    }

    /** Writes {@code a}'s row and tags over the row of its id ({@link NoteRows#replace}). */
    static void replace(Connection c, Annotation a) throws SQLException {
        try (NoteRows rows = new NoteRows(c)) {
            rows.replace(a);
        }
    }

    /** Writes {@code a} over the row of its id, with its tags and search row, inside the caller's transaction. */
    private void save(Connection c, Annotation a) throws SQLException {
        try (NoteRows rows = new NoteRows(c)) {
            rows.replace(a);
            indexer.index(rows, a);
        }
    }

    static List<String> cleanTags(List<String> tags) {
        return tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().sorted().toList();
    }

    /** Millisecond times: what files and other tools keep, so a round trip compares equal. */
    private Instant now() {
        return db.now();
    }

    /** Refuses a note over {@link Annotation#MAX_NOTE}, which no other reader would take from a file (try17w F10). */
    private static void checkLength(String note) throws StoreException {
        if (note != null && note.length() > Annotation.MAX_NOTE) {
            throw new StoreException(StoreReason.noteTooLong(note.length()), null);
        }
    }

    /** The note with this id, not deleted, read on the store's connection; else {@code gone} as the error. */
    private Annotation live(String id, StoreReason gone) throws StoreException {
        return find(id).filter(a -> !a.isDeleted()).orElseThrow(() -> new StoreException(gone, null));
    }

    private void write(StoreReason what, Transaction.Work<Void> work) throws StoreException {
        try {
            Transaction.run(db.connection(), what.english(), work);
        } catch (SQLException e) {
            throw db.writeFailed(what, e);
        }
    }

    /**
     * What one author's notes on a book are now, in one line (how many, how many deleted, the latest change):
     * it changes with every note they make, edit or delete, so a group folder's own file is written again only
     * then (issue 16). Threads: a read; any thread but the FX thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public String fingerprintOf(String authorId, String book) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT count(*), count(deleted_at),"
                + " coalesce(max(updated_at), ''), coalesce(max(deleted_at), '') FROM annotation"
                + " WHERE author_id = ? AND book_identity = ?")) {
            ps.setString(1, authorId);
            ps.setString(2, book);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4);
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_NOTES_FAILED, String.valueOf(e.getMessage())), e);
        }
    }
}
