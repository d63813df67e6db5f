package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports as batches (decision 0008): recorded with what they brought, listed newest first, and undone whole,
 * the most recent first. {@link ShareStore} is the way in. Threads: the caller's, on its connection; the
 * writes inside the caller's transaction.
 */
final class ImportBatches {
    private ImportBatches() {
    }

    /** Records a new import, with the names of the files it merges ({@code import_file}, in order), and returns its id. */
    static long open(Connection c, String source, String format, String summary, Instant now, List<String> files)
            throws SQLException {
        long id = open(c, source, format, summary, now);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_file (batch_id, name) VALUES (?, ?)")) {
            for (String f : files) {
                ps.setLong(1, id);
                ps.setString(2, f);
                ps.executeUpdate();
            }
        }
        return id;
    }

    private static long open(Connection c, String source, String format, String summary, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_batch (source, format, imported_at, summary) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, source);
            ps.setString(2, format);
            ps.setString(3, now.toString());
            ps.setString(4, summary);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }

    /** Sets what the import brought, once all of it is written (several files in one batch). */
    static void summarise(Connection c, long batch, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET summary = ? WHERE id = ?")) {
            ps.setString(1, summary);
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
    }

    /**
     * Puts back everything {@code batchId} changed ({@link ImportWriter#undo}) and marks it undone, when it is
     * the most recent import not undone yet.
     *
     * @throws StoreException when it is not (the message says what to undo first)
     */
    static void undo(Connection c, long batchId, SearchIndex.NoteIndexer indexer, Instant now)
            throws SQLException, StoreException {
        Long latest = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM import_batch WHERE undone_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                latest = rs.getLong(1);
            }
        }
        if (latest == null || latest != batchId) {
            throw new StoreException(latest == null || batchId > latest ? StoreReason.IMPORT_ALREADY_UNDONE
                    : StoreReason.UNDO_LATER_FIRST, null);
        }
        ImportWriter.undo(c, batchId, indexer);
        GroupFolderStore.undone(c, batchId); // a group folder's files wait again, their people are asked again
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
            ps.setString(1, now.toString());
            ps.setLong(2, batchId);
            ps.executeUpdate();
        }
    }

    /** Every recorded import, newest first. */
    static List<ShareStore.Batch> list(Connection c) throws SQLException {
        List<ShareStore.Batch> out = new ArrayList<>();
        java.util.Map<Long, List<String>> files = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, name FROM import_file ORDER BY rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, source, format, imported_at, summary, undone_at FROM import_batch ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String undone = rs.getString(6);
                out.add(new ShareStore.Batch(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), rs.getString(5),
                        undone == null ? Optional.empty() : Optional.of(Instant.parse(undone)),
                        files.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return out;
    }

    /** What a batch brought, summed over its files: "3 new, 0 updated, …; votes: …, 1 person renamed". */
    static final class Summary {
        private MergeRecords.Counts notes = MergeRecords.Counts.NONE;
        private final int[] votes = new int[3];
        private int renames;
        private boolean anyVotes;

        void add(MergeRecords.Counts c, ConversationMerge.VotePlan v, int renamed) {
            notes = notes.plus(c);
            anyVotes |= !v.summary().isEmpty();
            votes[0] += v.added();
            votes[1] += v.changed();
            votes[2] += v.unchanged() + v.keptYours();
            renames += renamed;
        }

        /** The summary, as the batch records it. */
        String text() {
            return notes.summary()
                    + (anyVotes ? "; votes: " + votes[0] + " new, " + votes[1] + " changed, " + votes[2] + " unchanged" : "")
                    + (renames == 0 ? "" : ", " + renames + (renames == 1 ? " person" : " people") + " renamed");
        }
    }
}
