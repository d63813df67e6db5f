package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.peeragogy.reader.book.Reason;

/**
 * Brings a notes file's schema up to date ({@link Schema}'s migrations, versioned with {@code PRAGMA user_version}),
 * after a consistent copy of an existing one into {@code backups/}. Threads: the opening thread, before the
 * database is handed out.
 */
final class Migrations {
    private Migrations() {
    }

    /**
     * Brings the schema up to date. An existing database is first copied with VACUUM INTO (a
     * consistent copy even while in use); if any step fails, everything rolls back and the message
     * says where the copy is; the connection is closed when it fails.
     *
     * @param file       the database's file (its folder gets {@code backups/})
     * @param migrations migration N takes the schema from version N to N+1 ({@link Schema})
     * @throws SQLException   from a step that failed for a reason other than SQL (rolled back)
     * @throws StoreException when the copy could not be made or a step failed (rolled back; the reason names the copy)
     */
    static void bringUpToDate(Connection connection, Path file, List<String> migrations)
            throws SQLException, StoreException {
        int version;
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version == migrations.size()) {
            return;
        }
        Path backup = null;
        if (version > 0) {
            backup = backUp(connection, file, version);
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
            String why = String.valueOf(e.getMessage());
            throw new StoreException(backup == null ? Reason.of(StoreReason.UPDATE_FAILED, file, why)
                    : Reason.of(StoreReason.UPDATE_FAILED_COPY, file, why, backup), e);
        }
    }

    private static Path backUp(Connection connection, Path file, int version) throws StoreException {
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
            throw new StoreException(Reason.of(StoreReason.SAFETY_COPY_FAILED, dir, String.valueOf(e.getMessage())), e);
        }
    }
}
