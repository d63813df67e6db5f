package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.Conversation;

/**
 * Format 3 of the notes file (issue 15, decision 0025): format 2 and two more tables, both required, so that
 * format 3 has its own exact allow-list: {@code note_link} (a note's parent, whether it is a question, the
 * reply marked as its answer) and {@code vote} (one per person and note, 1 given or 0 withdrawn, with its
 * time). A file whose notes have no replies, questions or votes is written as format 2, which every version
 * since author ids reads; versions that read up to format 2 refuse a format 3 file by its header, saying a
 * newer version wrote it.
 */
final class NotesFileConversation {
    static final int VERSION = 3;
    static final String LINK_SCHEMA = "CREATE TABLE note_link (annotation_id TEXT PRIMARY KEY, parent_id TEXT,"
            + " question INTEGER NOT NULL, answered_by TEXT)";
    static final String VOTE_SCHEMA = "CREATE TABLE vote (annotation_id TEXT NOT NULL, voter_id TEXT NOT NULL,"
            + " value INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (annotation_id, voter_id))";
    /** Most votes read from one file: four per note at the most notes a file has. */
    static final int MAX_VOTES = NoteCheck.MAX_NOTES * 4;

    private NotesFileConversation() {
    }

    /** Writes both tables (the file is format 3). */
    static void write(Connection c, Conversation conv) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(LINK_SCHEMA);
            s.execute(VOTE_SCHEMA);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_link VALUES (?, ?, ?, ?)")) {
            for (NoteLink l : conv.links().values()) {
                ps.setString(1, l.noteId());
                ps.setString(2, l.parentId().orElse(null));
                ps.setInt(3, l.question() ? 1 : 0);
                ps.setString(4, l.answeredBy().orElse(null));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote VALUES (?, ?, ?, ?)")) {
            for (Vote v : conv.votes()) {
                ps.setString(1, v.noteId());
                ps.setString(2, v.voterId());
                ps.setInt(3, v.value());
                ps.setString(4, v.updated().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Reads and checks both tables of a format 3 file: every value's type and range; a link must be of a note
     * in the file (a note skipped for its length takes its link with it), and a vote names a person by an id.
     *
     * @param noteIds  the ids of the file's notes (all of them, before skipping)
     * @param kept     the ids of the notes imported (the rest were skipped)
     * @param book     the handbook the file is for: its votes are on it
     * @param people   the file's people, to name the voters
     */
    static Conversation read(Connection c, Set<String> noteIds, Set<String> kept, String book,
                             Map<String, org.peeragogy.reader.store.AuthorStore.Person> people)
            throws SQLException, ShareException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM note_link"
                + " WHERE typeof(annotation_id) <> 'text' OR typeof(parent_id) NOT IN ('text', 'null')"
                + " OR typeof(question) <> 'integer' OR question NOT IN (0, 1)"
                + " OR typeof(answered_by) NOT IN ('text', 'null')) + (SELECT count(*) FROM vote WHERE"
                + " typeof(annotation_id) <> 'text' OR typeof(voter_id) <> 'text' OR typeof(value) <> 'integer'"
                + " OR value NOT IN (0, 1) OR typeof(updated_at) <> 'text'), (SELECT count(*) FROM vote)")) {
            if (rs.getInt(1) > 0) {
                throw NotesFile.refuse(ImportReason.CONVERSATION_WRONG_TYPE);
            }
            if (rs.getInt(2) > MAX_VOTES) {
                throw NotesFile.refuse(Reason.of(ImportReason.TOO_MANY_VOTES, MAX_VOTES));
            }
        }
        Map<String, NoteLink> links = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT annotation_id, parent_id, question, answered_by FROM note_link")) {
            int n = 0;
            while (rs.next()) {
                Reason where = NoteCheck.where(ImportReason.WHERE_REPLY_OR_QUESTION, ++n);
                String id = NoteCheck.uuid(rs.getString(1), where);
                if (!noteIds.contains(id)) {
                    throw NoteCheck.bad(where, ImportReason.ABOUT_MISSING_NOTE);
                }
                Optional<String> parent = rs.getString(2) == null ? Optional.empty()
                        : Optional.of(NoteCheck.uuid(rs.getString(2), where));
                boolean question = rs.getInt(3) == 1;
                Optional<String> answer = rs.getString(4) == null ? Optional.empty()
                        : Optional.of(NoteCheck.uuid(rs.getString(4), where));
                if (answer.isPresent() && !question) {
                    throw NoteCheck.bad(where, ImportReason.ANSWER_ON_NON_QUESTION);
                }
                if (kept.contains(id)) {
                    links.put(id, new NoteLink(id, parent, question, answer));
                }
            }
        }
        List<Vote> votes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT annotation_id, voter_id, value, updated_at FROM vote")) {
            int n = 0;
            while (rs.next()) {
                Reason where = NoteCheck.where(ImportReason.WHERE_VOTE, ++n);
                String note = NoteCheck.uuid(rs.getString(1), where);
                String voter = rs.getString(2);
                if (!AuthorIds.isValid(voter)) {
                    throw NoteCheck.bad(where, ImportReason.VOTER_NOT_IRI);
                }
                if (!seen.add(note + "\n" + voter)) {
                    throw NoteCheck.bad(where, ImportReason.SECOND_VOTE);
                }
                var p = people.get(voter);
                votes.add(new Vote(note, book, voter, p == null ? "" : p.name(), rs.getInt(3),
                        NoteCheck.time(rs.getString(4), ImportReason.TIME_VOTED, where)));
            }
        }
        return new Conversation(links, votes);
    }
}
