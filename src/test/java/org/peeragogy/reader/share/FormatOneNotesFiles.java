package org.peeragogy.reader.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Notes files as the version before author ids wrote them (format 1, authors by name only), for tests in
 * other packages. The tables come from {@link NotesFile#SCHEMA_V1}, the very statements the reader checks
 * a format-1 file against, so a test's file can never drift from what the reader accepts.
 */
public final class FormatOneNotesFiles {
    private FormatOneNotesFiles() {
    }

    /**
     * Writes the format-2 notes file {@code v2} again as format 1 at {@code out} (replaced if there): the same
     * notes, tags and share bases, each author by name, format version 1.
     *
     * @return {@code out}
     * @throws Exception when either file cannot be read or written
     */
    public static Path asFormatOne(Path v2, Path out) throws Exception {
        Files.deleteIfExists(out);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement()) {
            for (String sql : NotesFile.SCHEMA_V1) {
                s.execute(sql);
            }
            s.execute("ATTACH DATABASE '" + v2.toString().replace("'", "''") + "' AS v2");
            s.execute("INSERT INTO meta SELECT key, CASE key WHEN 'format_version' THEN '1' ELSE value END FROM v2.meta");
            s.execute("INSERT INTO author SELECT name, colour FROM v2.author");
            s.execute("INSERT INTO annotation SELECT id, book_identity, chapter_id, kind, colour, note, author, created_at,"
                    + " updated_at, quote_exact, quote_prefix, quote_suffix, position_start, position_end, block_id,"
                    + " text_fingerprint, deleted_at FROM v2.annotation");
            s.execute("INSERT INTO annotation_tag SELECT * FROM v2.annotation_tag");
            s.execute("INSERT INTO share_base SELECT * FROM v2.share_base");
            s.execute("DETACH DATABASE v2");
            s.execute("PRAGMA application_id=" + NotesFile.APPLICATION_ID);
            s.execute("PRAGMA user_version=1");
        }
        return out;
    }
}
