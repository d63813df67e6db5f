package org.peeragogy.reader.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.peeragogy.reader.book.Reason;

/**
 * The people of the group folders (issue 16, decisions 0031 and 0035): those whose files the reader merged by hand
 * once, which then merge without asking, and the anonymous ids each owner's files were merged with. Made by
 * {@link GroupFolderStore#people}; its merge and undo write here in their own transactions. Threads: the caller's,
 * one at a time (the database's one connection); not the FX thread.
 */
public final class GroupPeopleStore {
    private final Database db;

    GroupPeopleStore(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /**
     * The anonymous ids the reader merged from {@code authorId}'s own files ({@link GroupFolderStore#merged}): the only known ids a file of theirs may carry as "Anonymous". Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public java.util.Set<String> anonymousOf(String authorId) throws StoreException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT anonymous_id FROM group_anonymous WHERE author_id = ?")) {
            ps.setString(1, authorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_GROUP_PEOPLE_FAILED, String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    /**
     * Whether the reader merged a file of this person by hand once (and did not undo it). Never the reader's own id
     * (decision 0035). Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public boolean accepted(String authorId) throws StoreException {
        if (authorId.equals(db.settings().readerId())) {
            return false;
        }
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT 1 FROM group_person WHERE author_id = ?")) {
            ps.setString(1, authorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_GROUP_PEOPLE_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /** A person whose files merge without asking (issue 16's try-out w9): their id, name and since when. */
    public record Accepted(String authorId, String name, Instant since) {
    }

    /**
     * The people accepted (merged by hand once, not undone), by name. Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public List<Accepted> acceptedPeople() throws StoreException {
        List<Accepted> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT author_id, name, accepted_at FROM group_person ORDER BY name, author_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Accepted(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
            }
        } catch (SQLException | java.time.DateTimeException e) {
            throw new StoreException(Reason.of(StoreReason.READ_GROUP_PEOPLE_FAILED, String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    /**
     * Takes back these people's acceptance: their next files ask again. Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved; nothing changes then
     */
    public void unaccept(java.util.Collection<String> authorIds) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM group_person WHERE author_id = ?")) {
            for (String id : authorIds) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_REMEMBER_ACCEPTED, e);
        }
    }

    /**
     * Remembers that the reader merged a file of this person by hand (kept once; the first time stays). The
     * reader's own id is never accepted: their own files (a conflict copy, a second computer's) always ask.
     * Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved; nothing changes then
     */
    public void accept(String authorId, String name) throws StoreException {
        if (authorId.isEmpty() || authorId.equals(db.settings().readerId())) {
            return;
        }
        try (PreparedStatement ps = db.connection().prepareStatement(
                "INSERT OR IGNORE INTO group_person (author_id, name, accepted_at) VALUES (?, ?, ?)")) {
            ps.setString(1, authorId);
            ps.setString(2, name == null ? "" : name);
            ps.setString(3, db.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_REMEMBER_ACCEPTED, e);
        }
    }
}
