package org.peeragogy.reader.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.Reason;

/** A new profile made from the package's seed ({@link Database#seedIfNew}): a copy that is the reader's own. */
final class Seeding {
    private Seeding() {
    }

    /** {@link Database#seedIfNew}'s work: bytes copied, a new author id, then the file put in place at once. */
    static void copyIfNew(Path dataDir, Path seed) throws StoreException {
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (Files.exists(file) || !Files.isRegularFile(seed)) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Path part = Files.createTempFile(dataDir, Database.FILE_NAME, ".part");
            // Bytes, not the file: Files.copy would give the copy the seed's mode, read-only from a locked stick.
            try (InputStream in = Files.newInputStream(seed); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            try (Connection c = Sqlite.readWrite(part); PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                ps.setString(1, SettingsStore.READER_ID);
                ps.setString(2, AuthorIds.newReaderId());
                ps.executeUpdate();
                FileIdentity.forget(c); // the seed's file is not this one: a new profile is no copy (decision 0094)
            } catch (SQLException e) {
                Files.deleteIfExists(part);
                throw new IOException(e.getMessage(), e);
            }
            // As a new file of the reader's would be (a temporary file is the owner's alone: t17b's F5).
            try {
                Files.setPosixFilePermissions(part, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file's access comes from its folder
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(dataDir); // no half copy left behind (a full disk: t17b's M3)
            throw new StoreException(Reason.of(StoreReason.SEED_FAILED, dataDir, String.valueOf(e.getMessage())), e);
        }
    }

    /** Removes the copies this class left unfinished in {@code dataDir} ({@code reader.db*.part}). */
    private static void deleteQuietly(Path dataDir) {
        try (var parts = Files.newDirectoryStream(dataDir, Database.FILE_NAME + "*.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a part file is never opened as notes.
        }
    }
}
