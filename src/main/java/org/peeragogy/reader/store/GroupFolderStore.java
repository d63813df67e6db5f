package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the reader remembers of a group folder (issue 16, decision 0026): every version of every file it has
 * looked at, by folder and file name, the people whose files it merged by hand once, and the files it wrote
 * itself (by the SHA-256 of what it last wrote under each name, decision 0035). Threads: the
 * caller's, one at a time (the database's one connection); reads wait only for the disk, writes may wait
 * for another connection's write, so neither runs on the FX thread.
 */
public final class GroupFolderStore {
    /** What came of one version of a file. */
    public enum State {
        /** read and checked; it brings something the reader has not merged yet (a notice was given) */
        WAITING,
        /** merged (by hand, or by the setting for people accepted once) */
        MERGED,
        /** read and checked; merging it would change nothing */
        NOTHING_NEW,
        /** not readable as a notes file yet: still arriving, or damaged; read again when it changes */
        INCOMPLETE,
        /**
         * whole, but never readable by this reader: written by a newer version, not a notes file at all, or over
         * the size limit (its header or size says so); reported once per version, with what to do
         */
        UNUSABLE,
        /**
         * its merge was undone: offered again at the next look (then {@link #WAITING}), never merged without
         * asking, since undoing the merge also took back its person's acceptance (decision 0035); also a file read
         * by a look that the folder's going away cut short, never offered (b4)
         */
        UNDONE,
        /** a facilitator's digest (the group's handout): offered to open once per version (decision 0032) */
        HANDOUT
    }

    /**
     * One version of a file as last looked at.
     *
     * @param folder    the folder's absolute path, as the reader names it
     * @param name      the file's name in the folder
     * @param size      bytes
     * @param modified  the file's modification time
     * @param sha256    the bytes' SHA-256, in lower-case hex
     * @param authorId  whose file it is (from its name), empty when unknown
     * @param person    their name as the file gives it, empty when unknown
     * @param writtenAt when the file says it was written
     * @param seenAt    when the reader looked at this version
     * @param summary   what it brings ("4 new, 1 updated"), or why it could not be read
     */
    public record SeenFile(String folder, String name, long size, Instant modified, String sha256, State state,
                           String authorId, String person, Optional<Instant> writtenAt, Instant seenAt,
                           String summary) {
        public SeenFile {
            Objects.requireNonNull(folder);
            Objects.requireNonNull(name);
            Objects.requireNonNull(modified);
            Objects.requireNonNull(sha256);
            Objects.requireNonNull(state);
            authorId = authorId == null ? "" : authorId;
            person = person == null ? "" : person;
            writtenAt = writtenAt == null ? Optional.empty() : writtenAt;
            Objects.requireNonNull(seenAt);
            summary = summary == null ? "" : summary;
        }

        /** The same version in another state, with another summary. Any thread. */
        public SeenFile with(State newState, String newSummary) {
            return new SeenFile(folder, name, size, modified, sha256, newState, authorId, person, writtenAt, seenAt,
                    newSummary);
        }
    }

    /** How long the reader remembers each file it wrote into a group folder (decision 0042): a month of sticks. Any thread. */
    public static final java.time.Duration OWN_WRITTEN_DAYS = java.time.Duration.ofDays(30);
    /** At most this many of the reader's writes are remembered, the newest kept (a few hundred bytes each). Any thread. */
    public static final int OWN_WRITTEN_ROWS = 2000;

    private final Database db;

    GroupFolderStore(Database db) {
        this.db = db;
    }

    /**
     * Every file of {@code folder} the reader has looked at, by name. Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public Map<String, SeenFile> seen(String folder) throws StoreException {
        Map<String, SeenFile> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT folder, name, size, modified, sha256,"
                + " state, author_id, person, written_at, seen_at, summary FROM group_file WHERE folder = ?"
                + " ORDER BY name")) {
            ps.setString(1, folder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(2), new SeenFile(rs.getString(1), rs.getString(2), rs.getLong(3),
                            Instant.parse(rs.getString(4)), rs.getString(5), State.valueOf(rs.getString(6)),
                            rs.getString(7), rs.getString(8),
                            Optional.ofNullable(rs.getString(9)).map(Instant::parse), Instant.parse(rs.getString(10)),
                            rs.getString(11)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(Reason.of(StoreReason.READ_GROUP_SEEN_FAILED, String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    /**
     * Remembers {@code file}, replacing what was remembered of that name. Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved (the message names the cause); nothing changes then
     */
    public void record(SeenFile file) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO group_file (folder, name, size,"
                + " modified, sha256, state, author_id, person, written_at, seen_at, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(folder, name) DO UPDATE SET"
                + " size = excluded.size, modified = excluded.modified, sha256 = excluded.sha256,"
                + " state = excluded.state, author_id = excluded.author_id, person = excluded.person,"
                + " written_at = excluded.written_at, seen_at = excluded.seen_at, summary = excluded.summary")) {
            ps.setString(1, file.folder());
            ps.setString(2, file.name());
            ps.setLong(3, file.size());
            ps.setString(4, file.modified().toString());
            ps.setString(5, file.sha256());
            ps.setString(6, file.state().name());
            ps.setString(7, file.authorId());
            ps.setString(8, file.person());
            ps.setString(9, file.writtenAt().map(Instant::toString).orElse(null));
            ps.setString(10, file.seenAt().toString());
            ps.setString(11, file.summary());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_REMEMBER_GROUP_FILE, e);
        }
    }

    /**
     * Remembers these files as merged by import {@code batchId} (when it changed something; {@code group_merge})
     * and accepts these people (author id to name), all in one transaction: what a merge of several files records at
     * once. Undoing that import ({@link #undone}) makes the files wait again and takes the acceptance back. The
     * reader's own id is never accepted. It remembers too whose anonymous id each of {@code anonymous}
     * (anonymous id to its owner's id) is: the "Anonymous" of an owner's file the merge took as theirs (decision
     * 0031), which passes as theirs in their later files ({@link GroupPeopleStore#anonymousOf}). An id remembered for one owner
     * stays theirs. Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved (the message names the cause); nothing changes then
     */
    public void merged(List<SeenFile> files, Map<String, String> accepted, Map<String, String> anonymous,
                       OptionalLong batchId) throws StoreException {
        try {
            Transaction.run(db.connection(), "remembering the merged files", c -> {
                for (SeenFile f : files) {
                    record(f);
                    if (batchId.isPresent()) {
                        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO group_merge (batch_id,"
                                + " folder, name, author_id) VALUES (?, ?, ?, ?)")) {
                            ps.setLong(1, batchId.getAsLong());
                            ps.setString(2, f.folder());
                            ps.setString(3, f.name());
                            ps.setString(4, f.authorId());
                            ps.executeUpdate();
                        }
                    }
                }
                for (Map.Entry<String, String> p : accepted.entrySet()) {
                    people().accept(p.getKey(), p.getValue());
                }
                for (Map.Entry<String, String> a : anonymous.entrySet()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO group_anonymous"
                            + " (anonymous_id, author_id) VALUES (?, ?)")) {
                        ps.setString(1, a.getKey());
                        ps.setString(2, a.getValue());
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_REMEMBER_GROUP_FILES, e);
        }
    }

    /**
     * What undoing import {@code batchId} does to the group folder (decision 0035), in the undo's transaction: the
     * people whose files it merged (so those it accepted too) are no longer accepted (their next file asks), and
     * the files it merged are {@link State#UNDONE} (offered again at the next look, not "merged").
     */
    static void undone(java.sql.Connection c, long batchId) throws SQLException {
        for (String sql : List.of("DELETE FROM group_person WHERE author_id IN (SELECT author_id FROM group_merge"
                        + " WHERE batch_id = ?1 AND author_id <> '')",
                "UPDATE group_file SET state = 'UNDONE' WHERE EXISTS (SELECT 1 FROM group_merge m WHERE m.batch_id = ?1"
                        + " AND m.folder = group_file.folder AND m.name = group_file.name)",
                "DELETE FROM group_merge WHERE batch_id = ?1")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, batchId);
                ps.executeUpdate();
            }
        }
    }

    /**
     * The people of the group folders: whose files merge without asking, and whose anonymous ids are known, on this
     * store's connection. Any thread; no disk (its methods say theirs); never throws.
     */
    public GroupPeopleStore people() {
        return new GroupPeopleStore(db);
    }

    /**
     * The files the reader wrote into {@code folder}, by name, with the SHA-256 of what it last wrote under each,
     * the name it wrote last first (decision 0035: it removes or replaces only a file whose bytes are those).
     * Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public Map<String, String> ownFiles(String folder) throws StoreException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT name, sha256 FROM group_own WHERE folder = ? ORDER BY latest DESC, name")) {
            ps.setString(1, folder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_GROUP_OWN_FAILED, String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    /**
     * Remembers that the reader wrote {@code sha256} (lower-case hex) as {@code name} in {@code folder} now.
     * Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved; nothing changes then
     */
    public void wroteOwn(String folder, String name, String sha256) throws StoreException {
        try {
            Transaction.run(db.connection(), "remembering your file in the group folder", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE group_own SET latest = 0 WHERE folder = ?")) {
                    ps.setString(1, folder);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_own (folder, name, sha256, written_at,"
                        + " latest) VALUES (?, ?, ?, ?, 1) ON CONFLICT(folder, name) DO UPDATE SET sha256 ="
                        + " excluded.sha256, written_at = excluded.written_at, latest = 1")) {
                    ps.setString(1, folder);
                    ps.setString(2, name);
                    ps.setString(3, sha256);
                    ps.setString(4, db.now().toString());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO group_own_written (name, sha256,"
                        + " written_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, sha256);
                    ps.setString(3, db.now().toString());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM group_own_written WHERE written_at < ?"
                        + " OR rowid NOT IN (SELECT rowid FROM group_own_written ORDER BY written_at DESC LIMIT ?)")) {
                    ps.setString(1, db.now().minus(OWN_WRITTEN_DAYS).toString());
                    ps.setInt(2, OWN_WRITTEN_ROWS);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_REMEMBER_OWN_FILE, e);
        }
    }

    /**
     * Whether the reader wrote these bytes (their SHA-256, lower-case hex) as {@code name}, in any folder, last or
     * at any write of the last {@link #OWN_WRITTEN_DAYS} (at most {@link #OWN_WRITTEN_ROWS} writes): the same
     * file seen through another copy of the folder (a synced replica, a stick copied, yesterday's stick, a restored
     * backup) is still the reader's, and a copy of the profile knows what the profile wrote before it was copied
     * (decisions 0035 and 0042). Threads: a read, not
     * the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public boolean wrote(String name, String sha256) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT 1 FROM group_own WHERE name = ?1"
                + " AND sha256 = ?2 UNION ALL SELECT 1 FROM group_own_written WHERE name = ?1 AND sha256 = ?2")) {
            ps.setString(1, name);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_GROUP_OWN_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Forgets the reader's file {@code name} in {@code folder} (it removed it). Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved; nothing changes then
     */
    public void forgetOwn(String folder, String name) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "DELETE FROM group_own WHERE folder = ? AND name = ?")) {
            ps.setString(1, folder);
            ps.setString(2, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_FORGET_OWN_FILE, e);
        }
    }

    /**
     * Forgets every file the reader wrote in every group folder, for a database copied from another reader's data
     * folder (decision 0035's amendment, try17w F16): what that reader wrote is not this one's to replace or remove.
     * Threads: a write, not the FX thread.
     *
     * @throws StoreException when it cannot be saved; nothing changes then
     */
    public void forgetAllOwn() throws StoreException {
        try {
            forgetAllOwn(db.connection());
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_FORGET_OWN_FILE, e);
        }
    }

    /** {@link #forgetAllOwn()} on {@code c}, in the caller's transaction (someone else reads a copied notes file). */
    static void forgetAllOwn(java.sql.Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM group_own");
            s.executeUpdate("DELETE FROM group_own_written");
        }
    }
}
