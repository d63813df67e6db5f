package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For a read-only notes file: a private copy in the temporary folder that the search index is built in
 * and searched, made on first use with {@code VACUUM INTO} and deleted on {@link #delete()}. Thread-safe.
 */
final class SearchCopy {
    private final Database source;
    private Path copy;

    SearchCopy(Database source) {
        this.source = source;
    }

    /** The copy's path, made now if it is not made yet (blocks on disk). */
    synchronized Path path() throws SQLException {
        if (copy == null) {
            Path made;
            try {
                made = Files.createTempFile("peeragogy-reader-search-", ".db");
            } catch (IOException e) {
                throw new SQLException("no room for a working copy for search (" + e.getMessage() + ")", e);
            }
            try {
                source.vacuumInto(made);
                try (Connection c = Sqlite.readWrite(made); Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
            } catch (SQLException e) {
                deleteWithJournals(made);
                throw e;
            }
            copy = made;
        }
        return copy;
    }

    /** Deletes the copy, if one was made. */
    synchronized void delete() {
        if (copy != null) {
            deleteWithJournals(copy);
            copy = null;
        }
    }

    private static void deleteWithJournals(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException ignored) {
                // A leftover copy in the temporary folder is harmless; the system clears it.
            }
        }
    }
}
