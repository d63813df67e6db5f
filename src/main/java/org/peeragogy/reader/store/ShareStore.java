package org.peeragogy.reader.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
 * <p>An import is one transaction and one batch: the before-image of every row it touches is kept, so
 * {@link #undoImport(long)} reverts it exactly. Notes are indexed for search in the same transaction.
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
     * A note from a file.
     *
     * @param base      the revision the sender last shared for this note (its base), when known
     * @param sourceUri the web address the note named when it named no chapter of the book
     */
    public record Incoming(Annotation annotation, Optional<Instant> base, Optional<String> sourceUri) {
        public Incoming {
            Objects.requireNonNull(annotation, "annotation");
            base = base == null ? Optional.empty() : base;
            sourceUri = sourceUri == null ? Optional.empty() : sourceUri;
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

    /** What an import would do, note by note. */
    public record Plan(List<Change> changes, Counts counts) {
        public Plan {
            changes = List.copyOf(changes);
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
        try {
            return plan(db.connection(), incoming, placeable);
        } catch (SQLException e) {
            throw new StoreException("Comparing the notes with yours failed: " + e.getMessage(), e);
        }
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
     * @param authorColours layer colours the file proposes for authors the reader has no layer for yet
     * @throws StoreException when it cannot be saved; the message names the cause. Nothing is imported then
     */
    public Applied apply(List<Incoming> incoming, Predicate<Annotation> placeable, String source, String format,
                         Map<String, String> authorColours) throws StoreException {
        try {
            return Transaction.run(db.connection(), "importing the notes", c -> {
                Plan plan = plan(c, incoming, placeable);
                if (plan.counts().changesNothing()) {
                    return new Applied(plan, OptionalLong.empty());
                }
                long batch = newBatch(c, source, format, plan.counts());
                Writer w = new Writer(c, batch, indexer);
                try {
                    for (Change ch : plan.changes()) {
                        w.write(ch, authorColours);
                    }
                } finally {
                    w.close();
                }
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
                undo(c, batchId);
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
     * The id a conflict copy of {@code originalId} gets for the incoming version of {@code updated}: the same
     * for the same two, so a file imported twice makes one copy. Any thread; no disk.
     */
    public static String conflictCopyId(String originalId, Instant updated) {
        return UUID.nameUUIDFromBytes(("conflict|" + originalId + "|" + updated).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Plan plan(Connection c, List<Incoming> incoming, Predicate<Annotation> placeable) throws SQLException,
            StoreException {
        Map<String, Annotation> local = new HashMap<>();
        for (Annotation a : annotations.everything()) {
            local.put(a.id(), a);
        }
        Map<String, Instant> bases = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotation_id, base_updated FROM annotation_share WHERE base_updated IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bases.put(rs.getString(1), Instant.parse(rs.getString(2)));
            }
        }
        List<Change> changes = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        int conflicts = 0;
        int unplaced = 0;
        int tombstones = 0;
        for (Incoming in : incoming) {
            Annotation i = in.annotation();
            Annotation l = local.get(i.id());
            Action action = decide(i, l, in.base(), Optional.ofNullable(bases.get(i.id())), local);
            boolean place = true;
            if ((action == Action.ADD || action == Action.UPDATE || action == Action.CONFLICT) && !i.isDeleted()) {
                place = placeable.test(i);
                if (!place) {
                    unplaced++;
                }
            }
            switch (action) {
                case ADD -> added++;
                case UPDATE -> updated++;
                case DELETE -> deleted++;
                case TOMBSTONE -> tombstones++;
                case UNCHANGED -> unchanged++;
                case CONFLICT -> conflicts++;
                default -> throw new IllegalStateException(action.name());
            }
            changes.add(new Change(action, in, Optional.ofNullable(l), place));
        }
        return new Plan(changes, new Counts(added, updated, deleted, unchanged, conflicts, unplaced, tombstones));
    }

    private static Action decide(Annotation i, Annotation l, Optional<Instant> incomingBase, Optional<Instant> localBase,
                                 Map<String, Annotation> local) {
        if (l == null) {
            return i.isDeleted() ? Action.TOMBSTONE : Action.ADD;
        }
        if (l.isDeleted()) {
            return Action.UNCHANGED;
        }
        if (i.isDeleted()) {
            return Action.DELETE;
        }
        if (sameContent(i, l)) {
            return Action.UNCHANGED;
        }
        Optional<Instant> base = Optional.empty();
        if (incomingBase.isPresent() || localBase.isPresent()) {
            base = Optional.of(max(incomingBase.orElse(Instant.EPOCH), localBase.orElse(Instant.EPOCH)));
        }
        if (base.isEmpty()) {
            return i.updated().isAfter(l.updated()) ? Action.UPDATE : Action.UNCHANGED;
        }
        boolean incomingChanged = i.updated().isAfter(base.get());
        boolean localChanged = l.updated().isAfter(base.get());
        if (incomingChanged && !localChanged) {
            return Action.UPDATE;
        }
        if (incomingChanged) {
            return local.containsKey(conflictCopyId(l.id(), i.updated())) ? Action.UNCHANGED : Action.CONFLICT;
        }
        return Action.UNCHANGED;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static boolean sameContent(Annotation a, Annotation b) {
        return a.kind() == b.kind() && a.colour() == b.colour() && a.note().equals(b.note())
                && a.tags().equals(b.tags()) && a.anchor().equals(b.anchor()) && a.chapterId().equals(b.chapterId())
                && a.book().equals(b.book()) && a.author().equals(b.author()) && a.isDeleted() == b.isDeleted();
    }

    private long newBatch(Connection c, String source, String format, Counts counts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_batch (source, format, imported_at, summary) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, source);
            ps.setString(2, format);
            ps.setString(3, now().toString());
            ps.setString(4, counts.summary());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }

    /** Writes the changes of one batch with prepared statements reused across notes. */
    private static final class Writer {
        private final Connection c;
        private final long batch;
        private final PreparedStatement beforeExisting;
        private final PreparedStatement beforeNew;
        private final PreparedStatement beforeTags;
        private final PreparedStatement share;
        private final SearchIndex.NoteIndexer indexer;

        Writer(Connection c, long batch, SearchIndex.NoteIndexer indexer) throws SQLException {
            this.c = c;
            this.batch = batch;
            this.indexer = indexer;
            beforeExisting = c.prepareStatement("INSERT INTO import_before (batch_id, annotation_id, existed,"
                    + " book_identity, chapter_id, kind, colour, note, author, created_at, updated_at, quote_exact,"
                    + " quote_prefix, quote_suffix, position_start, position_end, block_id, text_fingerprint, deleted_at,"
                    + " had_share, base_updated, conflict_of, source_uri)"
                    + " SELECT ?, a.id, 1, a.book_identity, a.chapter_id, a.kind, a.colour, a.note, a.author, a.created_at,"
                    + " a.updated_at, a.quote_exact, a.quote_prefix, a.quote_suffix, a.position_start, a.position_end,"
                    + " a.block_id, a.text_fingerprint, a.deleted_at, s.annotation_id IS NOT NULL, s.base_updated,"
                    + " s.conflict_of, s.source_uri FROM annotation a LEFT JOIN annotation_share s"
                    + " ON s.annotation_id = a.id WHERE a.id = ?");
            beforeNew = c.prepareStatement("INSERT INTO import_before (batch_id, annotation_id, existed, had_share,"
                    + " base_updated, conflict_of, source_uri) SELECT ?, ?, 0, count(s.annotation_id), max(s.base_updated),"
                    + " max(s.conflict_of), max(s.source_uri) FROM (SELECT 1) LEFT JOIN annotation_share s"
                    + " ON s.annotation_id = ?");
            beforeTags = c.prepareStatement("INSERT INTO import_before_tag (batch_id, annotation_id, tag)"
                    + " SELECT ?, annotation_id, tag FROM annotation_tag WHERE annotation_id = ?");
            // An incoming version without an address keeps the one the note came with.
            share = c.prepareStatement("INSERT OR REPLACE INTO annotation_share (annotation_id, base_updated,"
                    + " conflict_of, source_uri) VALUES (?, ?, ?, coalesce(?, (SELECT source_uri FROM annotation_share"
                    + " WHERE annotation_id = ?)))");
        }

        void write(Change ch, Map<String, String> authorColours) throws SQLException {
            Annotation i = ch.incoming().annotation();
            switch (ch.action()) {
                case UNCHANGED -> {
                    return;
                }
                case ADD, UPDATE -> {
                    before(i.id(), ch.local().isPresent());
                    AnnotationStore.replace(c, i);
                    indexer.index(c, i);
                    share(i.id(), i.updated(), null, ch.incoming().sourceUri().orElse(null));
                    AuthorStore.ensure(c, i.author(), authorColours.get(i.author()));
                }
                case DELETE, TOMBSTONE -> {
                    Annotation base = ch.local().orElse(i);
                    Instant when = i.deleted().orElse(i.updated());
                    Annotation tomb = new Annotation(base.id(), base.book(), base.chapterId(), base.kind(), base.colour(),
                            "", List.of(), base.author(), base.created(), i.updated(), Optional.empty(), Optional.of(when));
                    before(i.id(), ch.local().isPresent());
                    AnnotationStore.replace(c, tomb);
                    indexer.index(c, tomb);
                    share(i.id(), i.updated(), null, null);
                }
                case CONFLICT -> {
                    Annotation l = ch.local().orElseThrow();
                    String copyId = conflictCopyId(l.id(), i.updated());
                    Annotation copy = new Annotation(copyId, i.book(), i.chapterId(), i.kind(), i.colour(), i.note(),
                            i.tags(), i.author(), i.created(), i.updated(), i.anchor(), Optional.empty());
                    before(copyId, false);
                    AnnotationStore.replace(c, copy);
                    indexer.index(c, copy);
                    share(copyId, i.updated(), l.id(), ch.incoming().sourceUri().orElse(null));
                    AuthorStore.ensure(c, i.author(), authorColours.get(i.author()));
                }
                default -> throw new IllegalStateException(ch.action().name());
            }
        }

        private void before(String id, boolean existed) throws SQLException {
            if (existed) {
                beforeExisting.setLong(1, batch);
                beforeExisting.setString(2, id);
                beforeExisting.executeUpdate();
                beforeTags.setLong(1, batch);
                beforeTags.setString(2, id);
                beforeTags.executeUpdate();
            } else {
                beforeNew.setLong(1, batch);
                beforeNew.setString(2, id);
                beforeNew.setString(3, id);
                beforeNew.executeUpdate();
            }
        }

        private void share(String id, Instant base, String conflictOf, String sourceUri) throws SQLException {
            share.setString(1, id);
            share.setString(2, base.toString());
            share.setString(3, conflictOf);
            share.setString(4, sourceUri);
            share.setString(5, id);
            share.executeUpdate();
        }

        void close() throws SQLException {
            beforeExisting.close();
            beforeNew.close();
            beforeTags.close();
            share.close();
        }
    }

    private void undo(Connection c, long batch) throws SQLException {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotation_id, tag FROM import_before_tag WHERE batch_id = ? ORDER BY tag")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        record Before(String id, Annotation row, boolean hadShare, String base, String conflictOf, String sourceUri) {
        }
        List<Before> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id AS id, existed, book_identity, chapter_id,"
                + " kind, colour, note, author, created_at, updated_at, quote_exact, quote_prefix, quote_suffix,"
                + " position_start, position_end, block_id, text_fingerprint, deleted_at, had_share, base_updated,"
                + " conflict_of, source_uri FROM import_before WHERE batch_id = ?")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Annotation row = null;
                    if (rs.getInt("existed") != 0) {
                        Annotation a = AnnotationStore.read(rs);
                        row = new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), a.note(),
                                tags.getOrDefault(a.id(), List.of()), a.author(), a.created(), a.updated(), a.anchor(),
                                a.deleted());
                    }
                    rows.add(new Before(rs.getString("id"), row, rs.getInt("had_share") != 0, rs.getString("base_updated"),
                            rs.getString("conflict_of"), rs.getString("source_uri")));
                }
            }
        }
        for (Before b : rows) {
            if (b.row() == null) {
                Annotation gone = new Annotation(b.id(), "", "", Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW, "",
                        List.of(), "", Instant.EPOCH, Instant.EPOCH, Optional.empty(), Optional.of(Instant.EPOCH));
                indexer.index(c, gone);
                exec(c, "DELETE FROM annotation_tag WHERE annotation_id = ?", b.id());
                exec(c, "DELETE FROM annotation WHERE id = ?", b.id());
            } else {
                AnnotationStore.replace(c, b.row());
                indexer.index(c, b.row());
            }
            exec(c, "DELETE FROM annotation_share WHERE annotation_id = ?", b.id());
            if (b.hadShare()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_share (annotation_id,"
                        + " base_updated, conflict_of, source_uri) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, b.id());
                    ps.setString(2, b.base());
                    ps.setString(3, b.conflictOf());
                    ps.setString(4, b.sourceUri());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void exec(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg == null) {
                ps.setNull(1, Types.VARCHAR);
            } else {
                ps.setString(1, arg);
            }
            ps.executeUpdate();
        }
    }

    private Instant now() {
        return db.now();
    }
}
