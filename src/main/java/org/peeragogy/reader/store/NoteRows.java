package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.text.Words;

/**
 * A note's rows as saving and sharing write them: its row and tags ({@link #replace}), its search row
 * ({@link #index}, decisions 0007 and 0018). Each statement is prepared the first time it is needed and reused
 * after: an import writes thousands of notes in one transaction through one instance (issue 11: preparing
 * seven statements per note was a third of an import of 10,000 notes), a single save uses one for one note.
 *
 * <p>Threads: the caller's, on its connection, inside its transaction; one instance per transaction.
 */
final class NoteRows implements AutoCloseable {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    NoteRows(Connection c) {
        this.c = c;
    }

    /** What a note's search row holds: its texts as the reader wrote them (tags joined by spaces) and its place. */
    record SearchRow(String annotationId, String note, String quote, String tags, String book, String chapterId,
                     String blockId) {
    }

    /** The connection these rows are written on. */
    Connection connection() {
        return c;
    }

    /** Writes {@code a}'s row (replacing the row of its id, if any) and exactly its tags. */
    void replace(Annotation a) throws SQLException {
        PreparedStatement delete = statement("DELETE FROM annotation_tag WHERE annotation_id = ?");
        delete.setString(1, a.id());
        delete.executeUpdate();
        PreparedStatement row = statement("INSERT OR REPLACE INTO annotation (" + AnnotationStore.COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind(row, a);
        row.executeUpdate();
        tags(a);
    }

    private void tags(Annotation a) throws SQLException {
        PreparedStatement tag = statement("INSERT OR IGNORE INTO annotation_tag (annotation_id, tag) VALUES (?, ?)");
        for (String t : a.tags()) {
            tag.setString(1, a.id());
            tag.setString(2, t);
            tag.executeUpdate();
        }
    }

    /**
     * Writes {@code a}, a note whose id has no row yet, with its tags: plainer than {@link #replace} for SQLite
     * (no row to delete first), which an import of 10,000 new notes feels.
     */
    void insert(Annotation a) throws SQLException {
        PreparedStatement row = statement("INSERT INTO annotation (" + AnnotationStore.COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind(row, a);
        row.executeUpdate();
        tags(a);
    }

    /** Removes the note of {@code id}: its row and tags (what undoing the import that added it does; its search row apart). */
    void remove(String id) throws SQLException {
        for (String sql : new String[] {"DELETE FROM annotation_tag WHERE annotation_id = ?",
            "DELETE FROM annotation WHERE id = ?"}) {
            PreparedStatement ps = statement(sql);
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** Writes (or removes, for a tombstone or a note with no words) {@code a}'s search row. */
    void index(Annotation a) throws SQLException {
        String tags = String.join(" ", a.tags());
        if (a.isDeleted() || (a.note().isBlank() && a.quote().isBlank() && tags.isBlank())) {
            removeSearchRow(a.id());
            return;
        }
        Long row = rowOf(a.id());
        if (row != null) {
            PreparedStatement text = statement("DELETE FROM search_note WHERE rowid = ?");
            text.setLong(1, row);
            text.executeUpdate();
        } else {
            PreparedStatement add = statement("INSERT INTO search_note_row (annotation_id) VALUES (?)");
            add.setString(1, a.id());
            add.executeUpdate();
            try (ResultSet rs = statement("SELECT last_insert_rowid()").executeQuery()) {
                row = rs.getLong(1);
            }
        }
        writeSearchRow(row, new SearchRow(a.id(), a.note(), a.quote(), tags, a.book(), a.chapterId(),
                a.anchor().map(t -> t.blockId() == null ? "" : t.blockId()).orElse("")));
    }

    /** Writes a note's search row under {@code rowid} (its {@code search_note_row} id): its words and texts. */
    void writeSearchRow(long rowid, SearchRow n) throws SQLException {
        String note = clean(n.note());
        String quote = clean(n.quote());
        String tags = clean(n.tags());
        PreparedStatement ps = statement("INSERT INTO search_note (rowid, note, quote, tags, book, note_shown,"
                + " quote_shown, tags_shown, annotation_id, book_identity, chapter_id, block_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setLong(1, rowid);
        ps.setString(2, Words.searchForm(note));
        ps.setString(3, Words.searchForm(quote));
        ps.setString(4, Words.searchForm(tags));
        ps.setString(5, SearchIndex.bookToken(n.book()));
        ps.setString(6, note);
        ps.setString(7, quote);
        ps.setString(8, tags);
        ps.setString(9, n.annotationId());
        ps.setString(10, n.book());
        ps.setString(11, n.chapterId());
        ps.setString(12, n.blockId());
        ps.executeUpdate();
    }

    private void removeSearchRow(String id) throws SQLException {
        Long row = rowOf(id);
        if (row == null) {
            return;
        }
        PreparedStatement text = statement("DELETE FROM search_note WHERE rowid = ?");
        text.setLong(1, row);
        text.executeUpdate();
        PreparedStatement map = statement("DELETE FROM search_note_row WHERE id = ?");
        map.setLong(1, row);
        map.executeUpdate();
    }

    private Long rowOf(String id) throws SQLException {
        PreparedStatement ps = statement("SELECT id FROM search_note_row WHERE annotation_id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** Binds {@code a} to a statement whose parameters are {@link AnnotationStore#COLUMNS}, in order. */
    static void bind(PreparedStatement ps, Annotation a) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, a.book());
        ps.setString(3, a.chapterId());
        ps.setString(4, a.kind().code());
        ps.setString(5, a.colour().code());
        ps.setString(6, a.note());
        ps.setString(7, a.author());
        ps.setString(8, a.created().toString());
        ps.setString(9, a.updated().toString());
        if (a.anchor().isPresent()) {
            TextAnchor t = a.anchor().get();
            ps.setString(10, t.quote().exact());
            ps.setString(11, t.quote().prefix());
            ps.setString(12, t.quote().suffix());
            ps.setInt(13, t.position().start());
            ps.setInt(14, t.position().end());
            ps.setString(15, t.blockId());
            ps.setString(16, t.fingerprint());
        } else {
            for (int i = 10; i <= 16; i++) {
                ps.setNull(i, i == 13 || i == 14 ? Types.INTEGER : Types.VARCHAR);
            }
        }
        ps.setString(17, a.deleted().map(Instant::toString).orElse(null));
        ps.setString(18, a.authorId());
    }

    /** NFC, and no control characters: the snippet markers must never be part of indexed text. */
    static String clean(String s) {
        return CONTROL.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ");
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /**
     * Closes the statements prepared. Threads: the caller's.
     *
     * @throws SQLException when one cannot be closed (the others are closed all the same)
     */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
