package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

    /** Migration N takes the schema from version N to N+1; never edit one that has shipped. */
    private static final List<String> MIGRATIONS = List.of(
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
            """);

    private final Connection connection;
    private final Path file;

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date. */
    public static Database open(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dataDir + " (" + e.getMessage()
                    + "). Choose another folder with --data-dir.", e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Database db = new Database(c, file);
            // Refuse a newer schema before anything writes: even switching to WAL rewrites the header.
            int version = db.schemaVersion();
            if (version > MIGRATIONS.size()) {
                c.close();
                throw new StoreException("Your reader data at " + file + " was written by a newer version of"
                        + " Peeragogy Reader (schema " + version + "). Use that version, or --data-dir to start"
                        + " a separate profile; nothing was changed.", null);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            db.migrate();
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

    private void migrate() throws SQLException {
        int version = schemaVersion();
        for (int v = version; v < MIGRATIONS.size(); v++) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : MIGRATIONS.get(v).split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version=" + (v + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
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

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the reader data failed: " + e.getMessage(), e);
        }
    }
}
