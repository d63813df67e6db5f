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

    /**
     * Who wrote the notes, not deleted, kept for handbooks other than {@code book}: the handbook, an author's id, a name
     * their notes there carry, and how many notes carry it (fresh tester t33's F8e: {@code export --author} of someone
     * whose notes are all for another handbook said only that no note matches; and which handbook holds them, so the
     * refusal names it). Ordered by handbook identity. Threads: as {@link #otherBooks}.
     *
     * @throws StoreException when the notes cannot be read (the message says why)
     */
    public static java.util.List<ByAuthor> otherBooksByAuthor(Database db, String book) throws StoreException {
        java.util.List<ByAuthor> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT book_identity, author_id, author,"
                + " count(*) FROM annotation WHERE book_identity <> ? AND deleted_at IS NULL"
                + " GROUP BY book_identity, author_id, author ORDER BY book_identity")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ByAuthor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_NOTES_FAILED, String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    /**
     * Notes of one author under one name, in one handbook.
     *
     * @param book     the handbook's identity ({@code Book.identity()})
     * @param authorId their id
     * @param author   the name the notes carry
     * @param notes    how many
     */
    public record ByAuthor(String book, String authorId, String author, int notes) {
    }
}
