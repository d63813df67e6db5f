package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.IndexSource;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.text.Words;

/**
 * Full-text search over the handbook and the reader's notes, in the user's database (FTS5; decisions 0007
 * and 0018). Text is split into words and folded in Java ({@code text.Words}: case, accents and letters
 * typed without their marks do not matter, Chinese and Japanese runs are pairs of characters), the same way
 * at index and at query time; the tables ({@link SearchTables}) index those words and keep the text as shown,
 * from which snippets are cut ({@link Snippets}).
 *
 * <p>A hit shows what found it (issue 12): every row holds one piece of shown text (a passage's text in
 * {@code body}, a heading in {@code heading}, the chapter's title in {@code title}; the other two columns
 * empty), and a note matches only when all the words are in one of its columns, the one its snippet shows.
 *
 * <ul>
 *   <li>The handbook's passages ({@link IndexedUnit}s) are indexed once per book identity and
 *       fingerprint by {@link #ensureIndexed}, which may run on a background thread: it reads the
 *       chapters first, then writes everything in one short transaction on its own connection. An index
 *       written in an older {@link #FORMAT} or from an older source version is rebuilt.</li>
 *   <li>Notes are indexed by {@link AnnotationStore} in the same transaction that saves them; deleted
 *       notes are removed.</li>
 *   <li>{@link #search} may be called from any thread; it reads on its own connection, so it never sees
 *       half of a write.</li>
 * </ul>
 */
public final class SearchIndex {
    /** Most hits of each kind shown for one chapter, so that one chapter cannot fill the list. */
    public static final int HITS_PER_CHAPTER = 3;
    /** Most hits {@link #search} returns, whatever limit is asked for. */
    public static final int MAX_LIMIT = 200;
    /**
     * How rows are written, stored with the source's version ({@code FORMAT + "/" + version}): an index
     * written another way is rebuilt by {@link #ensureIndexed}. 2: one shown text per row (issue 12;
     * before, the chapter's title and the nearest heading were written into every passage's row). 3: folded
     * words and the shown text (decision 0018; {@link SearchTables#LAYOUT} changed with it).
     */
    static final String FORMAT = "rows-3";

    /** Told how far building has come: {@code done} of {@code total} steps (chapters, then one write). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private final Database db;
    private final Object buildLock = new Object();
    private final Object readLock = new Object();
    private Connection reader;

    SearchIndex(Database db) {
        this.db = db;
    }

    /**
     * Builds the handbook's index unless it is already built for this book's identity, fingerprint and
     * source version. Replaces any older index of the same identity. Returns whether it built. Threads: not the
     * FX thread (it reads every chapter from {@code source}, seconds for the handbook); any other, and a second
     * call waits for the first's build. It writes on a connection of its own.
     *
     * @throws StoreException when the index cannot be read or written (nothing of a failed build is kept)
     * @throws IOException    when {@code source} cannot read a chapter
     */
    public boolean ensureIndexed(Book book, IndexSource source, Progress progress) throws StoreException, IOException {
        synchronized (buildLock) {
            String version = FORMAT + "/" + source.version();
            if (isIndexed(book, version)) {
                return false;
            }
            List<Chapter> chapters = book.chapters();
            int total = chapters.size() + 1;
            progress.update(0, total);
            List<IndexedUnit> units = new ArrayList<>();
            for (int i = 0; i < chapters.size(); i++) {
                units.addAll(source.units(chapters.get(i)));
                progress.update(i + 1, total);
            }
            write(book, version, units);
            progress.update(total, total);
            return true;
        }
    }

    /**
     * Whether the handbook's index is built for this book's identity and fingerprint (in any format:
     * {@link #ensureIndexed} rebuilds an old one). Threads: a read, on the index's own connection; any
     * thread, also beside other calls.
     *
     * @throws StoreException when the index cannot be read
     */
    public boolean isIndexed(Book book) throws StoreException {
        return isIndexed(book, null);
    }

    private boolean isIndexed(Book book, String version) throws StoreException {
        synchronized (readLock) {
            try (PreparedStatement ps = reader().prepareStatement(
                    "SELECT fingerprint, source_version FROM search_book WHERE book_identity = ?")) {
                ps.setString(1, book.identity());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1).equals(book.fingerprint())
                            && (version == null || rs.getString(2).equals(version));
                }
            } catch (SQLException e) {
                throw new StoreException(Reason.of(StoreReason.READ_INDEX_FAILED, String.valueOf(e.getMessage())), e);
            }
        }
    }

    private void write(Book book, String version, List<IndexedUnit> units) throws StoreException {
        try (Connection c = db.openConnection()) {
            SearchTables.ensureCurrent(c);
            Transaction.run(c, "building the search index", tx -> {
                replaceIndex(tx, book, version, units);
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_BUILD_INDEX, e);
        }
    }

    private static void replaceIndex(Connection c, Book book, String version, List<IndexedUnit> units)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_text WHERE book_identity = ?")) {
            ps.setString(1, book.identity());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_chapter WHERE book_identity = ?")) {
            ps.setString(1, book.identity());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_text (title, heading, body, book, shown,"
                + " book_identity, chapter_id, block_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IndexedUnit u : units) {
                String text = NoteRows.clean(u.text());
                String words = Words.searchForm(text);
                ps.setString(1, u.kind() == IndexedUnit.Kind.TITLE ? words : "");
                ps.setString(2, u.kind() == IndexedUnit.Kind.HEADING ? words : "");
                ps.setString(3, u.kind() == IndexedUnit.Kind.PASSAGE ? words : "");
                ps.setString(4, bookToken(book.identity()));
                ps.setString(5, text);
                ps.setString(6, book.identity());
                ps.setString(7, u.chapterId());
                ps.setString(8, u.blockId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO search_chapter (book_identity, chapter_id, title) VALUES (?, ?, ?)")) {
            for (Chapter ch : book.chapters()) {
                ps.setString(1, book.identity());
                ps.setString(2, ch.id());
                ps.setString(3, ch.title());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO search_book"
                + " (book_identity, fingerprint, source_version, units, built_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, book.identity());
            ps.setString(2, book.fingerprint());
            ps.setString(3, version);
            ps.setInt(4, units.size());
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
        }
        // Merge the index into one segment: queries then read one b-tree per word.
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_text(search_text) VALUES ('optimize')");
        }
    }

    /**
     * Searches the handbook of {@code bookIdentity} and the reader's notes on it. Any text is safe
     * (see {@link SearchQuery}); text without a word gives no hits. Hits are grouped by chapter: the
     * chapter with the best hit first, then its other hits (at most {@link #HITS_PER_CHAPTER} of each
     * kind), best first; at most {@code limit} hits in all. Threads: a read, on the index's own connection;
     * any thread (searches at once take turns), never waiting for a write.
     *
     * @throws StoreException when the index cannot be read
     */
    public List<SearchHit> search(String bookIdentity, String query, int limit) throws StoreException {
        List<SearchQuery.Item> items = SearchQuery.items(query);
        Optional<String> match = SearchQuery.toMatch(query);
        int max = Math.min(Math.max(limit, 0), MAX_LIMIT);
        if (match.isEmpty() || max == 0) {
            return List.of();
        }
        synchronized (readLock) {
            try {
                return SearchRanking.hits(reader(), bookIdentity, query, items, match.get(), max);
            } catch (SQLException e) {
                throw new StoreException(Reason.of(StoreReason.SEARCH_FAILED, String.valueOf(e.getMessage())), e);
            }
        }
    }

    /**
     * How a note's search row is written inside the transaction that saves the note: {@link NoteRows#index},
     * except in tests, which pass one that fails to show that the whole save is then undone.
     */
    @FunctionalInterface
    interface NoteIndexer {
        /** The reader's own: {@link NoteRows#index}. */
        NoteIndexer ROWS = NoteRows::index;

        void index(NoteRows rows, Annotation a) throws SQLException;
    }

    /** Writes (or removes, for a tombstone) a note's row; called inside the transaction that saves it. */
    static void indexNote(Connection c, Annotation a) throws SQLException {
        try (NoteRows rows = new NoteRows(c)) {
            rows.index(a);
        }
    }

    /**
     * The one token of the column {@code book}: "b" and the identity's UTF-8 bytes in lower-case hex
     * (the same as {@code 'b' || lower(hex(identity))} in SQL), a single word for the tokenizer.
     */
    static String bookToken(String identity) {
        return "b" + HexFormat.of().formatHex(identity.getBytes(StandardCharsets.UTF_8));
    }


    /**
     * The read connection; the first time, the tables are brought to this version's layout on it (a read-only
     * profile's private copy is only ever changed here; a writable file already was when it opened).
     */
    private Connection reader() throws SQLException {
        if (reader == null) {
            Connection c = db.openConnection();
            try {
                SearchTables.ensureCurrent(c);
            } catch (StoreException | SQLException | RuntimeException e) {
                c.close();
                throw e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
            }
            reader = c;
        }
        return reader;
    }

    void close() throws SQLException {
        synchronized (readLock) {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }
}
