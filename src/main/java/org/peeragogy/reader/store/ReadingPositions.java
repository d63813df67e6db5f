package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Where the reader left off in each handbook, keyed by the handbook's identity (not its path). */
public final class ReadingPositions {
    /** A chapter and how far down it the reader was, as a fraction 0..1 of the scrollable height. */
    public record Position(String chapterId, double scroll) {
    }

    private final Database db;

    ReadingPositions(Database db) {
        this.db = db;
    }

    /**
     * Where the reader left off in this handbook; empty the first time. Threads: a read; any thread, one call
     * at a time per database.
     *
     * @throws StoreException when the position cannot be read
     */
    public Optional<Position> get(String bookIdentity) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT chapter_id, scroll FROM reading_position WHERE book_identity = ?")) {
            ps.setString(1, bookIdentity);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Position(rs.getString(1), rs.getDouble(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_POSITION_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Remembers the place. With a read-only notes file it does nothing: the place is saved after every
     * chapter and scroll, and the reader was told once, at start, that nothing can be saved. Threads: a write;
     * not the FX thread (the window saves through {@code ui.SaveQueue}), one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause (the old place stays)
     */
    public void put(String bookIdentity, Position position) throws StoreException {
        if (db.readOnly()) {
            return;
        }
        try (PreparedStatement ps = db.connection().prepareStatement("""
                INSERT INTO reading_position(book_identity, chapter_id, scroll, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(book_identity) DO UPDATE SET chapter_id = excluded.chapter_id,
                    scroll = excluded.scroll, updated_at = excluded.updated_at""")) {
            ps.setString(1, bookIdentity);
            ps.setString(2, position.chapterId());
            ps.setDouble(3, Math.max(0, Math.min(1, position.scroll())));
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_SAVE_POSITION, e);
        }
    }
}
