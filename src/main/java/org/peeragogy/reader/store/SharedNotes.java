package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;

/**
 * What sharing keeps about notes, read for exports and for the window (decisions 0008, 0017, 0021, 0032): the
 * revision last shared, the address an unplaced note came with, private marks, conflict copies, and notes that
 * a file said were the reader's. Reads only; {@link ShareStore} writes these with each import.
 *
 * <p>Threads: any but the FX thread for a large profile; one call at a time per database (its one connection).
 * Every method throws {@link StoreException} when the notes cannot be read.
 */
public final class SharedNotes {
    private final Database db;

    SharedNotes(Database db) {
        this.db = db;
    }

    /**
     * The revision last shared for each of these notes that has one (written into exported files). Threads: a
     * read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, Instant> bases(Collection<String> ids) throws StoreException {
        Map<String, Instant> out = new HashMap<>();
        for (Map.Entry<String, String> e : column("base_updated", ids).entrySet()) {
            out.put(e.getKey(), Instant.parse(e.getValue()));
        }
        return out;
    }

    /**
     * The address each of these notes came with when it named no chapter (an unplaced note's original
     * source), written into exported files so that it survives every export and re-import. Threads: a read; any
     * thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> sources(Collection<String> ids) throws StoreException {
        return column("source_uri", ids);
    }

    /**
     * The notes of {@code book} marked private (only their author could read them where they came from), by
     * id, tombstones included: exports leave them out unless the reader chooses to include them. Threads: a read;
     * any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Set<String> privateIds(String book) throws StoreException {
        return new HashSet<>(ofBook(book, "s.private = 1", "s.annotation_id").keySet());
    }

    /**
     * Every conflict copy of a book's notes, deleted ones too: the copy's id to the id of the note it is a copy
     * of ({@code annotation_share.conflict_of}). Exports leave these out, {@code notes --json} shows the link.
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> conflictCopies(String book) throws StoreException {
        return ofBook(book, "s.conflict_of IS NOT NULL", "s.conflict_of");
    }

    /**
     * Where each live conflict copy of a book's notes came from: the copy's id to the source of the import that made it
     * (a file's path, or a folder import's "stick (3 files)"; "" when no import of it is recorded). The digest lists
     * these versions apart, saying the file (t15b's F10). Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> conflictSources(String book) throws StoreException {
        return ofBook(book, "s.conflict_of IS NOT NULL AND a.deleted_at IS NULL", "COALESCE((SELECT b.source"
                + " FROM import_before ib JOIN import_batch b ON b.id = ib.batch_id WHERE ib.annotation_id = s.annotation_id"
                + " AND ib.existed = 0 AND b.undone_at IS NULL ORDER BY b.id DESC LIMIT 1), '')");
    }

    /**
     * The book's live notes that a file brought saying they were the reader's (their author id), and that the
     * reader has not saved since: the note's id to the file it came from, by name (decision 0032). They are the
     * reader's to read and edit; exports leave them out until the reader saves them, and the notes panel and
     * {@code notes --json} say where they came from. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> claimed(String book) throws StoreException {
        return ofBook(book, "s.claimed_from IS NOT NULL AND a.deleted_at IS NULL", "s.claimed_from");
    }

    /**
     * Live conflict copies of a book's notes, with the note each is a copy of, oldest copy first. Threads: a read;
     * any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public List<ShareStore.Conflict> conflicts(String book) throws StoreException {
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
            throw failed(e);
        }
        AnnotationStore annotations = db.annotations();
        List<ShareStore.Conflict> out = new ArrayList<>();
        for (String[] p : pairs) {
            Optional<Annotation> original = annotations.find(p[0]);
            Optional<Annotation> copy = annotations.find(p[1]);
            if (original.isPresent() && copy.isPresent()) {
                out.add(new ShareStore.Conflict(original.get(), copy.get()));
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
    public Set<String> conflictedIds(String book) throws StoreException {
        Set<String> ids = new HashSet<>();
        // By copy (each copy is a version of one note; a note may have several copies).
        pairs("SELECT s.annotation_id, s.conflict_of FROM annotation_share s JOIN annotation a ON a.id = s.annotation_id"
                + " JOIN annotation o ON o.id = s.conflict_of WHERE s.conflict_of IS NOT NULL AND a.deleted_at IS NULL"
                + " AND a.book_identity = ?", book).forEach((copy, original) -> {
                    ids.add(copy);
                    ids.add(original);
                });
        return ids;
    }

    /**
     * The author ids named "Anonymous" in a book's notes that no file vouched for as someone's anonymous id: every note
     * under them came new from a W3C or Hypothesis file not undone (files that say no writer, decision 0069), none from
     * a notes file, a folder or this reader. Such a person is the person of that name, never an anonymous asker (fresh
     * testers t15c's F5, t15d's F5: a W3C creator called "Anonymous" was "Anonymous (2)" in the digest). Threads: a
     * read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Set<String> anonymousByNoOne(String book) throws StoreException {
        return new HashSet<>(pairs("SELECT DISTINCT a.author_id, a.author_id FROM annotation a WHERE a.book_identity = ?"
                + " AND a.author = '" + ConversationStore.ANONYMOUS_NAME + "' AND NOT EXISTS (SELECT 1 FROM annotation o"
                + " WHERE o.author_id = a.author_id AND o.book_identity = a.book_identity AND NOT EXISTS (SELECT 1"
                + " FROM import_before ib JOIN import_batch b ON b.id = ib.batch_id WHERE ib.annotation_id = o.id"
                + " AND ib.existed = 0 AND b.undone_at IS NULL AND b.format IN ('w3c', 'hypothesis')))", book).keySet());
    }

    /** One column of {@code annotation_share} for these ids, where it is set. */
    private Map<String, String> column(String name, Collection<String> ids) throws StoreException {
        return ids.isEmpty() ? new HashMap<>() : pairs("SELECT annotation_id, " + name + " FROM annotation_share"
                + " WHERE " + name + " IS NOT NULL AND annotation_id IN " + Ids.IN_JSON, Ids.json(ids));
    }

    /** The book's notes whose share row meets {@code where} ({@code s}: the share row, {@code a}: the note), by id. */
    private Map<String, String> ofBook(String book, String where, String value) throws StoreException {
        return pairs("SELECT s.annotation_id, " + value + " FROM annotation_share s JOIN annotation a"
                + " ON a.id = s.annotation_id WHERE " + where + " AND a.book_identity = ?", book);
    }

    /** The first two columns of {@code sql}'s rows, with its one parameter bound to {@code parameter}. */
    private Map<String, String> pairs(String sql, String parameter) throws StoreException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static StoreException failed(SQLException e) {
        return new StoreException(Reason.of(StoreReason.READ_NOTES_FAILED, String.valueOf(e.getMessage())), e);
    }
}
