package org.peeragogy.reader.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.peeragogy.reader.book.Reason;

/**
 * How many notes a profile keeps, counted in SQL without reading them (the command line's "N notes are for other
 * handbooks": it read every note of every handbook to count them). Beside {@link AnnotationStore}, which is over 400
 * lines. Threads: the caller's, one allowed to use the database given (its one connection); not the FX thread.
 */
public final class NoteCounts {
    private NoteCounts() {
    }

    /**
     * How many notes, not deleted (no tombstone), are kept for handbooks other than {@code book}: every kind (highlight,
     * chapter note, bookmark), anyone's. Threads: a read; any thread but FX, one call at a time per database.
     *
     * @param book the identity of the handbook open ({@code Book.identity()})
     * @return 0 or more
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public static int otherBooks(Database db, String book) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT count(*) FROM annotation WHERE book_identity <> ? AND deleted_at IS NULL")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_NOTES_FAILED, String.valueOf(e.getMessage())), e);
        }
    }
}
