package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.peeragogy.reader.text.Words;

/**
 * The search index's tables as this version writes them (decision 0018), and the step that puts them in
 * place. The index is derived data, so its layout has a version of its own ({@link #LAYOUT}, kept in the
 * one-row table {@code search_layout}), apart from the schema's migrations: when it differs, the tables
 * are made anew, every live note's row is written again and the handbooks' passages are left to
 * {@link SearchIndex#ensureIndexed} to rebuild. Schema migration 3 still creates the first layout; a new
 * database is brought to this one when it opens.
 *
 * <ul>
 *   <li>The indexed columns hold the words of {@link Words} (folded; CJK runs as pairs, Thai, Lao,
 *       Khmer and Burmese runs as ICU's dictionary words), which the FTS5
 *       {@code ascii} tokenizer only splits at the spaces between them: all the language work is ours,
 *       in Java, the same at index and at query time.</li>
 *   <li>The tables are contentless ({@code content=''}): those words are indexed but not stored. What the
 *       reader sees is stored beside them in {@code UNINDEXED} columns ({@code contentless_unindexed=1},
 *       SQLite 3.48+): the passage's text ({@code shown}), a note's text, quote and tags. Snippets are cut
 *       from those ({@link Snippets}). Rows are deleted by {@code rowid} or by those columns
 *       ({@code contentless_delete=1}, SQLite 3.43+); sqlite-jdbc bundles 3.50.</li>
 * </ul>
 */
final class SearchTables {
    /** The tables' layout and the words' rules: a change of either rebuilds the index. */
    static final String LAYOUT = "contentless-1/" + Words.VERSION;

    private static final String OPTIONS = "tokenize = 'ascii', prefix = '2 3 4', content = '',"
            + " contentless_delete = 1, contentless_unindexed = 1";
    static final String CREATE_TEXT = "CREATE VIRTUAL TABLE search_text USING fts5(title, heading, body, book,"
            + " shown UNINDEXED, book_identity UNINDEXED, chapter_id UNINDEXED, block_id UNINDEXED, " + OPTIONS + ")";
    static final String CREATE_NOTE = "CREATE VIRTUAL TABLE search_note USING fts5(note, quote, tags, book,"
            + " note_shown UNINDEXED, quote_shown UNINDEXED, tags_shown UNINDEXED, annotation_id UNINDEXED,"
            + " book_identity UNINDEXED, chapter_id UNINDEXED, block_id UNINDEXED, " + OPTIONS + ")";

    private SearchTables() {
    }

    /**
     * Whether {@code c}'s database has this layout; a read, cheap. Threads: the caller's, on its connection.
     */
    static boolean isCurrent(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_layout'")) {
            if (!rs.next()) {
                return false;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM search_layout")) {
            return rs.next() && LAYOUT.equals(rs.getString(1));
        }
    }

    private static boolean hasSearch(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_book'")) {
            return rs.next();
        }
    }

    /**
     * Brings the search tables of {@code c}'s database to {@link #LAYOUT} when they have another, in one
     * transaction: new tables, every live note indexed again (thousands a second), the handbooks' passages
     * and their bookkeeping cleared so that the next {@link SearchIndex#ensureIndexed} rebuilds them.
     * Nothing else is changed. Threads: the caller's; {@code c} must not be in a transaction.
     *
     * @return whether the tables were made anew
     */
    static boolean ensureCurrent(Connection c) throws SQLException, StoreException {
        if (isCurrent(c) || !hasSearch(c)) {
            return false; // current, or a schema from before search (only tests open with fewer migrations)
        }
        return Transaction.run(c, "rebuilding the search index", tx -> {
            if (isCurrent(tx)) {
                return false; // another connection did it while this one waited
            }
            try (Statement s = tx.createStatement()) {
                s.execute("DROP TABLE IF EXISTS search_text");
                s.execute("DROP TABLE IF EXISTS search_note");
                // SQLite 3.50 leaves a contentless_unindexed table's _content shadow table behind when the
                // table is dropped, and creating the table again then fails (SearchUpgradeTest).
                s.execute("DROP TABLE IF EXISTS search_text_content");
                s.execute("DROP TABLE IF EXISTS search_note_content");
                s.execute(CREATE_TEXT);
                s.execute(CREATE_NOTE);
                s.execute("DELETE FROM search_book");
                s.execute("DELETE FROM search_chapter");
                s.execute("CREATE TABLE IF NOT EXISTS search_layout (version TEXT NOT NULL)");
                s.execute("DELETE FROM search_layout");
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO search_layout (version) VALUES (?)")) {
                ps.setString(1, LAYOUT);
                ps.executeUpdate();
            }
            reindexNotes(tx);
            return true;
        });
    }

    /** Writes every live note's row again (rows of deleted notes' ids are dropped). */
    private static void reindexNotes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM search_note_row WHERE annotation_id NOT IN"
                    + " (SELECT id FROM annotation WHERE deleted_at IS NULL)");
            s.execute("INSERT OR IGNORE INTO search_note_row (annotation_id)"
                    + " SELECT id FROM annotation WHERE deleted_at IS NULL");
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.id, a.id, a.note, coalesce(a.quote_exact, ''),"
                     + " coalesce((SELECT group_concat(t.tag, ' ') FROM annotation_tag t WHERE t.annotation_id = a.id), ''),"
                     + " a.book_identity, a.chapter_id, coalesce(a.block_id, '')"
                     + " FROM annotation a JOIN search_note_row r ON r.annotation_id = a.id WHERE a.deleted_at IS NULL");
             NoteRows rows = new NoteRows(c)) {
            while (rs.next()) {
                rows.writeSearchRow(rs.getLong(1), new NoteRows.SearchRow(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
    }
}
