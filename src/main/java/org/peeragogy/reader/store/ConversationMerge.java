package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;

/**
 * Merging a file's conversation (issue 15, decision 0025), inside {@link ShareStore}'s import transaction.
 *
 * <p><b>Links</b> travel with their notes: a note's link is written when the note is (added, updated, or kept
 * as a conflict copy), so they follow the notes' rules (decision 0008); an incoming copy without a link keeps
 * the link the note has (a note's parent and being a question never go away; only the answer changes, with
 * the question's time). <b>Votes</b> are one value per person and note, never deleted: the later of two
 * versions of one person's vote wins (only that person changes it, so there is no third version to keep), and
 * the reader's own votes are never changed by a file, whatever it claims (decision 0017); a vote of theirs they
 * do not have here is added, and the preview names it (as notes that claim to be theirs are). Every row written
 * keeps its before-image under the import's batch, so undo takes the import back whole.
 */
final class ConversationMerge {
    private ConversationMerge() {
    }

    /** What importing the file's votes would do. */
    record VotePlan(List<Vote> writes, int added, int changed, int unchanged, int keptYours, int claimed,
                    int unnamed) {
        static final VotePlan NONE = new VotePlan(List.of(), 0, 0, 0, 0, 0, 0);

        boolean changesNothing() {
            return writes.isEmpty();
        }

        /** "; votes: 2 new, 1 changed" for the batch's summary, empty when the file has none. */
        String summary() {
            return added + changed + unchanged + keptYours == 0 ? ""
                    : "; votes: " + added + " new, " + changed + " changed, " + (unchanged + keptYours) + " unchanged";
        }

        /** Lines for the preview. */
        List<Reason> remarks() {
            List<Reason> out = new ArrayList<>();
            if (added + changed + unchanged + keptYours > 0) {
                out.add(Reason.of(StoreReason.VOTES_LINE, added, changed, unchanged + keptYours));
            }
            out.addAll(MergePlan.counted(claimed, StoreReason.CLAIMED_VOTE, StoreReason.CLAIMED_VOTES));
            out.addAll(MergePlan.counted(keptYours, StoreReason.KEPT_YOUR_VOTE, StoreReason.KEPT_YOUR_VOTES));
            out.addAll(MergePlan.counted(unnamed, StoreReason.UNNAMED_VOTE, StoreReason.UNNAMED_VOTES));
            return out;
        }
    }

    /**
     * The people a file names: its people (the writers of its notes and its voters, with their names), the writers
     * of its notes, and the reader (whose own votes a restored file may carry, decision 0017). A vote by anyone else
     * is not taken (issue 15, tester's F11 and F12): a file cannot withdraw a known person's vote or stuff the
     * counts with invented voters under ids it gives no name.
     */
    static java.util.Set<String> named(List<MergeRecords.Incoming> notes, Map<String, AuthorStore.Person> people,
                                       String me) {
        java.util.Set<String> out = new java.util.HashSet<>(people.keySet());
        notes.forEach(n -> out.add(n.annotation().authorId()));
        out.add(me);
        return out;
    }

    /**
     * Plans the votes: per person and note the latest version wins; the reader's own are never changed; votes by
     * people the file does not name ({@link #named}) are left out and counted.
     */
    static VotePlan planVotes(Connection c, List<Vote> incoming, String me, java.util.Set<String> named)
            throws SQLException {
        if (incoming.isEmpty()) {
            return VotePlan.NONE;
        }
        Map<String, Vote> latest = new LinkedHashMap<>();
        int unnamed = 0;
        for (Vote v : incoming) {
            if (!named.contains(v.voterId())) {
                unnamed++;
                continue;
            }
            latest.merge(v.noteId() + "\n" + v.voterId(), v, (a, b) -> b.updated().isAfter(a.updated()) ? b : a);
        }
        List<Vote> writes = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int keptYours = 0;
        int claimed = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT value, updated_at FROM vote WHERE annotation_id = ? AND voter_id = ?")) {
            for (Vote v : latest.values()) {
                ps.setString(1, v.noteId());
                ps.setString(2, v.voterId());
                Integer value = null;
                Instant updated = null;
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        value = rs.getInt(1);
                        updated = Instant.parse(rs.getString(2));
                    }
                }
                boolean same = value != null && value == v.value() && updated.equals(v.updated());
                if (same) {
                    unchanged++;
                } else if (me.equals(v.voterId()) && value != null) {
                    if (value != v.value()) {
                        keptYours++;
                    } else {
                        unchanged++;
                    }
                } else if (value == null) {
                    // A vote of the reader's they do not have here (their own file, restored or salvaged) is
                    // added, as notes that claim to be theirs are (decision 0017); only theirs changes it after.
                    claimed += me.equals(v.voterId()) ? 1 : 0;
                    added++;
                    writes.add(v);
                } else if (v.updated().isAfter(updated)) {
                    changed += value == v.value() ? 0 : 1;
                    unchanged += value == v.value() ? 1 : 0;
                    writes.add(v);
                } else {
                    unchanged++;
                }
            }
        }
        return new VotePlan(writes, added, changed, unchanged, keptYours, claimed, unnamed);
    }

    /** Writes the planned votes, each with its before-image under {@code batch}; voters get a layer. */
    static void writeVotes(Connection c, long batch, List<Vote> votes, Map<String, AuthorStore.Person> people,
                           java.util.function.Function<String, Instant> namedAt, String me) throws SQLException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (PreparedStatement before = c.prepareStatement("INSERT OR IGNORE INTO import_before_vote (batch_id,"
                + " annotation_id, voter_id, existed, book_identity, value, updated_at) SELECT ?, ?, ?, count(v.value),"
                + " max(v.book_identity), max(v.value), max(v.updated_at) FROM (SELECT 1) LEFT JOIN vote v"
                + " ON v.annotation_id = ? AND v.voter_id = ?")) {
            for (Vote v : votes) {
                before.setLong(1, batch);
                before.setString(2, v.noteId());
                before.setString(3, v.voterId());
                before.setString(4, v.noteId());
                before.setString(5, v.voterId());
                before.executeUpdate();
                ConversationStore.putVote(c, v);
                if (seen.add(v.voterId())) {
                    AuthorStore.Person p = people.get(v.voterId());
                    String name = p != null && !p.name().isEmpty() ? p.name() : v.voter().isEmpty() ? "someone" : v.voter();
                    // A voter the file gives no name of its own never renames a layer the reader has (tester's F11:
                    // Bo became "someone"): null leaves a known name as it is.
                    AuthorStore.before(c, batch, v.voterId()); // so that undoing the import takes the layer back
                    AuthorStore.ensure(c, new AuthorStore.Person(v.voterId(), name, p == null ? "" : p.nickname(),
                            p == null ? "" : p.colour()), v.voterId().equals(me) || p == null ? null : namedAt.apply(v.voterId()));
                }
            }
        }
    }

    /**
     * Writes the link a note gets in an import ({@code link} null: the note keeps the one it has), keeping the
     * before-image of the note's link under {@code batch} (the first one of the batch: what was there before it).
     */
    static void writeLink(Connection c, long batch, String noteId, NoteLink link) throws SQLException {
        if (link == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO import_before_link (batch_id,"
                + " annotation_id, had_link, parent_id, question, answered_by) SELECT ?, ?, count(l.annotation_id),"
                + " max(l.parent_id), max(l.question), max(l.answered_by) FROM (SELECT 1) LEFT JOIN note_link l"
                + " ON l.annotation_id = ?")) {
            ps.setLong(1, batch);
            ps.setString(2, noteId);
            ps.setString(3, noteId);
            ps.executeUpdate();
        }
        ConversationStore.putLink(c, link.forNote(noteId));
    }

    /** Whether an incoming note's link says the same as the one here (none incoming: nothing to say). */
    static boolean sameLink(NoteLink incoming, NoteLink local) {
        if (incoming == null) {
            return true;
        }
        NoteLink plain = new NoteLink(incoming.noteId(), Optional.empty(), false, Optional.empty());
        return Objects.equals(incoming, local == null ? plain : local);
    }

    /** Puts back the links and votes batch {@code batch} touched, as their before-images say. */
    static void undo(Connection c, long batch) throws SQLException {
        List<Object[]> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, had_link, parent_id, question,"
                + " answered_by FROM import_before_link WHERE batch_id = ?")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new Object[] {rs.getString(1), rs.getInt(2) != 0, rs.getString(3), rs.getInt(4),
                            rs.getString(5)});
                }
            }
        }
        for (Object[] l : links) {
            String id = (String) l[0];
            ConversationStore.putLink(c, new NoteLink(id, Optional.empty(), false, Optional.empty())); // removes it
            if ((Boolean) l[1]) {
                ConversationStore.putLink(c, new NoteLink(id, Optional.ofNullable((String) l[2]), (Integer) l[3] != 0,
                        Optional.ofNullable((String) l[4])));
            }
        }
        List<Object[]> votes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, voter_id, existed, book_identity, value,"
                + " updated_at FROM import_before_vote WHERE batch_id = ?")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    votes.add(new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4),
                            rs.getInt(5), rs.getString(6)});
                }
            }
        }
        for (Object[] v : votes) {
            if ((Boolean) v[2]) {
                ConversationStore.putVote(c, new Vote((String) v[0], (String) v[3], (String) v[1], "", (Integer) v[4],
                        Instant.parse((String) v[5])));
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM vote WHERE annotation_id = ? AND voter_id = ?")) {
                    ps.setString(1, (String) v[0]);
                    ps.setString(2, (String) v[1]);
                    ps.executeUpdate();
                }
            }
        }
    }
}
