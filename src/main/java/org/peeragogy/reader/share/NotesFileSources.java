package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.Annotation;

/**
 * The notes file's {@code share_source} table: the address each unplaced note came with (issue 11,
 * decision 0008). Written only when a note has one, so that files without such notes keep the schema
 * earlier versions read; a file may have the table or not, and nothing else is allowed in it.
 */
final class NotesFileSources {
    static final String SCHEMA = "CREATE TABLE share_source (annotation_id TEXT PRIMARY KEY, source_uri TEXT NOT NULL)";
    /** Longest source address kept: ours (a handbook identity and a chapter id, all encoded) or another page's. */
    static final int MAX_SOURCE = 8_192;

    private NotesFileSources() {
    }

    static void write(Connection c, List<Annotation> notes, Map<String, String> sources) throws SQLException {
        List<Annotation> with = notes.stream().filter(a -> sources.containsKey(a.id())).toList();
        if (with.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(SCHEMA);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO share_source VALUES (?, ?)")) {
            for (Annotation a : with) {
                ps.setString(1, a.id());
                ps.setString(2, sources.get(a.id()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The source addresses of a file's unplaced notes, by id; none when the file has no such table. */
    static Map<String, String> read(Connection c) throws SQLException, ShareException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet t = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'share_source'")) {
            if (t.getInt(1) == 0) {
                return out;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT annotation_id, source_uri,"
                + " typeof(annotation_id) = 'text' AND typeof(source_uri) = 'text' FROM share_source")) {
            while (rs.next()) {
                if (rs.getInt(3) == 0 || out.size() >= NoteCheck.MAX_NOTES) {
                    throw NotesFile.refuse(ImportReason.ADDRESSES_MALFORMED);
                }
                out.put(rs.getString(1), NoteCheck.text(rs.getString(2), MAX_SOURCE, ImportReason.FIELD_ADDRESS, Reason.of(ImportReason.WHERE_NOTE_ADDRESS)));
            }
        }
        return out;
    }
}
