package org.peeragogy.reader.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.peeragogy.reader.book.Reason;
import org.sqlite.SQLiteConfig;

/**
 * An export never replaces another person's notes (fresh tester t15c's M1: {@code export --format notes --out
 * stick/bo.peeranotes} replaced Bo's only copy with the facilitator's export, and a W3C export replaced Ana's W3C
 * file). A notes file is replaced only when it says the reader wrote it ({@code exported_by}, decision 0061): the
 * reader's own earlier export, made again. A W3C or Hypothesis JSON file says no writer the reader can trust, so it is
 * never replaced: the reader removes their own old one first. Decision 0060, amended. Threads: not the FX thread (it
 * reads the disk).
 */
final class ExportTarget {
    private ExportTarget() {
    }

    /**
     * @param readerId the reader's author id
     * @throws ShareException ({@link ShareReason#REPLACES_OTHERS_NOTES_FILE}) when {@code target} is a notes file
     *                        another reader wrote; ({@link ShareReason#REPLACES_UNSIGNED_NOTES_FILE}) when it is one
     *                        that does not say who wrote it, or W3C or Hypothesis JSON;
     *                        ({@link ShareReason#REPLACES_UNREADABLE_JSON}) when it is JSON the import cannot read
     *                        through, which may be another program's notes (t32's F4); nothing is written
     */
    static void refuseOthers(Path target, String readerId) throws ShareException {
        Path real = RealPaths.real(target);
        if (!Files.isRegularFile(real)) {
            return;
        }
        Optional<Boolean> database = DataFolderFiles.database(real);
        if (database.isEmpty()) {
            return; // Not readable: the write itself says what is wrong with the place.
        }
        if (database.get()) {
            Optional<String> writer = exportedBy(real).filter(w -> !w.isEmpty());
            if (writer.isEmpty()) {
                throw new ShareException(Reason.of(ShareReason.REPLACES_UNSIGNED_NOTES_FILE, target));
            }
            if (!writer.get().equals(readerId)) {
                throw new ShareException(Reason.of(ShareReason.REPLACES_OTHERS_NOTES_FILE, target));
            }
        } else {
            DataFolderFiles.JsonFile json = DataFolderFiles.json(real);
            if (json.notes()) {
                // Not "a file you did not write" (t15d's N2: the reader's own W3C export, made again, was called so):
                // the reader cannot tell who wrote it, and says that.
                throw new ShareException(Reason.of(ShareReason.REPLACES_UNSIGNED_NOTES_FILE, target));
            }
            if (json.unreadable().isPresent()) {
                throw new ShareException(Reason.of(ShareReason.REPLACES_UNREADABLE_JSON, target,
                        json.unreadable().get()));
            }
        }
    }

    /** Who a notes file says wrote it; empty when it does not say, or cannot be read as one. */
    private static Optional<String> exportedBy(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, NotesFile.EXPORTED_BY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)).map(String::strip) : Optional.empty();
            }
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
