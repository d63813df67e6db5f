package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.sql.Connection;
import java.sql.DriverManager;
import org.sqlite.SQLiteConfig;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The user's SQLite database: one file in the data folder, versioned with {@code PRAGMA user_version}.
 * Every write commits at once with {@code synchronous=FULL} in WAL mode, so a crash loses nothing
 * that was reported as saved.
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "reader.db";
    /**
     * How long a write waits for another connection's write (building the search index, on a slow
     * machine, can hold the lock for seconds); a save that gives up would have to be retried by hand.
     */
    static final int BUSY_TIMEOUT_MS = 20_000;

    /** Migration N takes the schema from version N to N+1; never edit one that has shipped. */
    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE setting (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE reading_position (
                book_identity TEXT PRIMARY KEY,
                chapter_id    TEXT NOT NULL,
                scroll        REAL NOT NULL DEFAULT 0,
                updated_at    TEXT NOT NULL
            );
            """,
            """
            CREATE TABLE annotation (
                id               TEXT PRIMARY KEY,
                book_identity    TEXT NOT NULL,
                chapter_id       TEXT NOT NULL,
                kind             TEXT NOT NULL CHECK (kind IN ('highlight', 'chapter-note', 'bookmark')),
                colour           TEXT NOT NULL,
                note             TEXT NOT NULL DEFAULT '',
                author           TEXT NOT NULL,
                created_at       TEXT NOT NULL,
                updated_at       TEXT NOT NULL,
                quote_exact      TEXT,
                quote_prefix     TEXT,
                quote_suffix     TEXT,
                position_start   INTEGER,
                position_end     INTEGER,
                block_id         TEXT,
                text_fingerprint TEXT,
                deleted_at       TEXT
            );
            CREATE TABLE annotation_tag (
                annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                tag           TEXT NOT NULL,
                PRIMARY KEY (annotation_id, tag)
            );
            CREATE INDEX annotation_by_chapter ON annotation(book_identity, chapter_id);
            """,
            // Full-text search (docs/decisions/0007): the handbook's passages per book identity, rebuilt
            // when the book's fingerprint changes, and the live notes, written with each note. The
            // column book holds one token naming the book ('b' and the identity's UTF-8 in hex), so that
            // a search is limited to one book inside the full-text index (SearchIndex.bookToken).
            """
            CREATE VIRTUAL TABLE search_text USING fts5(
                title, heading, body, book,
                book_identity UNINDEXED, chapter_id UNINDEXED, block_id UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
            );
            CREATE TABLE search_book (
                book_identity  TEXT PRIMARY KEY,
                fingerprint    TEXT NOT NULL,
                source_version TEXT NOT NULL,
                units          INTEGER NOT NULL,
                built_at       TEXT NOT NULL
            );
            CREATE TABLE search_chapter (
                book_identity TEXT NOT NULL,
                chapter_id    TEXT NOT NULL,
                title         TEXT NOT NULL,
                PRIMARY KEY (book_identity, chapter_id)
            );
            CREATE VIRTUAL TABLE search_note USING fts5(
                note, quote, tags, book,
                annotation_id UNINDEXED, book_identity UNINDEXED, chapter_id UNINDEXED, block_id UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
            );
            CREATE TABLE search_note_row (
                id            INTEGER PRIMARY KEY,
                annotation_id TEXT NOT NULL UNIQUE
            );
            INSERT INTO search_note_row (annotation_id)
                SELECT id FROM annotation WHERE deleted_at IS NULL;
            INSERT INTO search_note (rowid, note, quote, tags, book, annotation_id, book_identity, chapter_id, block_id)
                SELECT r.id, a.note, coalesce(a.quote_exact, ''),
                       coalesce((SELECT group_concat(t.tag, ' ') FROM annotation_tag t WHERE t.annotation_id = a.id), ''),
                       'b' || lower(hex(a.book_identity)), a.id, a.book_identity, a.chapter_id, coalesce(a.block_id, '')
                FROM annotation a JOIN search_note_row r ON r.annotation_id = a.id
            """,
            // Sharing notes (docs/decisions/0008): authors as layers, the revision of each note last
            // shared, conflict copies, and imports as batches with before-images so one undo reverts one.
            """
            CREATE TABLE author (
                name    TEXT PRIMARY KEY,
                colour  TEXT NOT NULL,
                visible INTEGER NOT NULL DEFAULT 1
            );
            CREATE TABLE annotation_share (
                annotation_id TEXT PRIMARY KEY,
                base_updated  TEXT,
                conflict_of   TEXT,
                source_uri    TEXT
            );
            CREATE INDEX annotation_share_conflict ON annotation_share(conflict_of);
            CREATE INDEX annotation_by_author ON annotation(book_identity, author);
            CREATE TABLE import_batch (
                id          INTEGER PRIMARY KEY,
                source      TEXT NOT NULL,
                format      TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                summary     TEXT NOT NULL,
                undone_at   TEXT
            );
            CREATE TABLE import_before (
                batch_id         INTEGER NOT NULL REFERENCES import_batch(id),
                annotation_id    TEXT NOT NULL,
                existed          INTEGER NOT NULL,
                book_identity    TEXT,
                chapter_id       TEXT,
                kind             TEXT,
                colour           TEXT,
                note             TEXT,
                author           TEXT,
                created_at       TEXT,
                updated_at       TEXT,
                quote_exact      TEXT,
                quote_prefix     TEXT,
                quote_suffix     TEXT,
                position_start   INTEGER,
                position_end     INTEGER,
                block_id         TEXT,
                text_fingerprint TEXT,
                deleted_at       TEXT,
                had_share        INTEGER NOT NULL,
                base_updated     TEXT,
                conflict_of      TEXT,
                source_uri       TEXT,
                PRIMARY KEY (batch_id, annotation_id)
            );
            CREATE TABLE import_before_tag (
                batch_id      INTEGER NOT NULL,
                annotation_id TEXT NOT NULL,
                tag           TEXT NOT NULL
            );
            CREATE INDEX import_before_tag_by_note ON import_before_tag(batch_id, annotation_id)
            """);

    private final Connection connection;
    private final Path file;
    private SearchIndex search;
    /** What notes' and imports' times are read from; see {@link #useClock}. */
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date. */
    public static Database open(Path dataDir) throws StoreException {
        return open(dataDir, MIGRATIONS);
    }

    /**
     * Starts a new profile from a prepared database (the packaged app ships one with the bundled
     * handbook's search index built). Does nothing when the profile exists or the seed is missing.
     */
    public static void seedIfNew(Path dataDir, Path seed) throws StoreException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file) || !Files.isRegularFile(seed)) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Path part = Files.createTempFile(dataDir, FILE_NAME, ".part");
            Files.copy(seed, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not prepare your reader data in " + dataDir + " (" + e.getMessage()
                    + "). Check that the disk is not full, or choose another folder with --data-dir.", e);
        }
    }

    static Database open(Path dataDir, List<String> migrations) throws StoreException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dataDir + " (" + e.getMessage()
                    + "). Choose another folder with --data-dir.", e);
        }
        try {
            Connection c = connect(file);
            Database db = new Database(c, file);
            // Refuse a newer schema before anything writes: even switching to WAL rewrites the header.
            int version = db.schemaVersion();
            if (version > migrations.size()) {
                c.close();
                throw new StoreException("Your reader data at " + file + " was written by a newer version of"
                        + " Peeragogy Reader (schema " + version + "). Use that version, or --data-dir to start"
                        + " a separate profile; nothing was changed.", null);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            }
            db.migrate(migrations);
            return db;
        } catch (SQLException e) {
            throw new StoreException("Cannot open your reader data at " + file + ": " + e.getMessage()
                    + ". Your notes are not changed; check that the disk is not full and the file is not"
                    + " in use by another copy of the reader.", e);
        }
    }

    int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /**
     * Brings the schema up to date. An existing database is first copied with VACUUM INTO (a
     * consistent copy even while in use); if any step fails, everything rolls back and the message
     * says where the copy is.
     */
    private void migrate(List<String> migrations) throws SQLException, StoreException {
        int version = schemaVersion();
        if (version == migrations.size()) {
            return;
        }
        Path backup = null;
        if (version > 0) {
            backup = backUp(version);
        }
        // All steps in one transaction: SQLite's schema changes are transactional, so a failure
        // anywhere leaves the database exactly at the version it had.
        try {
            Transaction.run(connection, "updating the schema", c -> {
                try (Statement s = c.createStatement()) {
                    for (int v = version; v < migrations.size(); v++) {
                        for (String sql : migrations.get(v).split(";")) {
                            if (!sql.isBlank()) {
                                s.execute(sql);
                            }
                        }
                    }
                    s.execute("PRAGMA user_version=" + migrations.size());
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            connection.close();
            throw e;
        } catch (SQLException e) {
            connection.close();
            throw new StoreException("Updating your reader data at " + file + " to this version failed ("
                    + e.getMessage() + "). Nothing was changed" + (backup == null ? "" : "; a copy is at " + backup)
                    + ". Please report this; until then use the previous version of the reader.", e);
        }
    }

    private Path backUp(int version) throws StoreException {
        Path dir = file.getParent().resolve("backups");
        Path target = dir.resolve("reader-v" + version + "-" + Instant.now().toString().replace(":", "") + ".db");
        try {
            Files.createDirectories(dir);
            try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
            return target;
        } catch (IOException | SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing; the message below is the one that matters.
            }
            throw new StoreException("Before updating your reader data, a safety copy could not be written to "
                    + dir + " (" + e.getMessage() + "). Nothing was changed. Free some disk space and start again.", e);
        }
    }

    Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    public SettingsStore settings() {
        return new SettingsStore(this);
    }

    public ReadingPositions readingPositions() {
        return new ReadingPositions(this);
    }

    /**
     * The clock that stamps notes and imports (created, updated, deleted, imported). Tests give one that
     * moves on when told, so that "newer" is decided without waiting for the real clock to tick.
     */
    public void useClock(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
    }

    /** Now by {@link #useClock the database's clock}, to the millisecond as the times are stored. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public AnnotationStore annotations() {
        return new AnnotationStore(this);
    }

    /** Authors as layers: colour and whether their notes are shown. */
    public AuthorStore authors() {
        return new AuthorStore(this);
    }

    /** Merging shared notes in, as one undoable batch per import. */
    public ShareStore sharing() {
        return new ShareStore(this);
    }

    /** Full-text search over the handbook and the notes; one per database, safe from any thread. */
    public synchronized SearchIndex search() {
        if (search == null) {
            search = new SearchIndex(this);
        }
        return search;
    }

    /**
     * Every transaction on our connections begins IMMEDIATE: it takes the write lock before it reads,
     * so it waits (busy_timeout) for another connection's write instead of failing at once with
     * "database is locked" when its snapshot turns out stale (WAL's BUSY_SNAPSHOT).
     */
    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /**
     * Another connection to the same file, with the same settings, for work that runs beside the
     * main connection (building the search index in the background, searching from another thread).
     */
    Connection openConnection() throws SQLException {
        Connection c = connect(file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
        }
        return c;
    }

    @Override
    public void close() throws StoreException {
        try {
            SearchIndex s;
            synchronized (this) {
                s = search;
            }
            if (s != null) {
                s.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the reader data failed: " + e.getMessage(), e);
        }
    }
}
