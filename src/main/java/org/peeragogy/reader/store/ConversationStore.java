package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;

/**
 * The reader's side of a workshop's conversation (issue 15, decision 0025): replying to a note, asking a
 * question, marking a question answered, voting. A reply or a question is a note like any other (it is
 * shared, merged, deleted and undone as notes are, decision 0008) with a row in {@code note_link}; a vote is a
 * row of its own, never deleted: withdrawing sets it to 0, voting again to 1.
 *
 * <p>Each call is one committed transaction (the note, its link and its search row together), on the
 * database's one connection: any thread but the FX thread for writes (the window goes through its
 * {@code SaveQueue}), one call at a time per database. Errors are {@link StoreException}s whose message says
 * what was wrong; nothing is changed then.
 */
public final class ConversationStore {
    /**
     * The setting holding the reader's anonymous author id (issue 15's asking anonymously, decision 0031): made
     * the first time they ask anonymously, kept so that they can still mark those questions answered.
     */
    public static final String ANONYMOUS_ID = "workshop.anonymous-id";
    /** The name an anonymous question shows. */
    public static final String ANONYMOUS_NAME = "Anonymous";

    final Database db; // PeopleApart reads the people through it

    ConversationStore(Database db) {
        this.db = db;
    }

    /**
     * Saves a reply by the reader to {@code parentId}: a note on the parent's chapter (a chapter note, no
     * passage of its own) with the parent link.
     *
     * Threads: a write; not the FX thread, one call at a time per database.
     *
     * @param author the reader's name to write on it (their layer's name is what shows)
     * @throws StoreException when the parent is not here or deleted, the text is empty or too long, or it
     *                        cannot be saved
     */
    public Annotation reply(String parentId, String note, String author) throws StoreException {
        String text = checkText(note, StoreReason.REPLY_EMPTY);
        Annotation[] made = new Annotation[1];
        write(StoreReason.DOING_SAVE_REPLY, c -> {
            Annotation parent = live(parentId, Reason.of(StoreReason.NO_NOTE_TO_REPLY_TO, parentId));
            Instant now = db.now();
            String me = db.settings().readerId();
            made[0] = new Annotation(UUID.randomUUID().toString(), parent.book(), parent.chapterId(),
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text, List.of(), author, me, now, now,
                    Optional.empty(), Optional.empty());
            saveNote(c, made[0], author, NoteLink.reply(made[0].id(), parent.id()));
            return null;
        });
        return made[0];
    }

    /**
     * Saves a question by the reader: the draft (a highlight of the passage asked about, or a chapter note)
     * marked as a question, open until its asker marks a reply as the answer. Threads: a write; not the FX
     * thread, one call at a time per database.
     *
     * @throws StoreException when the question is empty or too long, or it cannot be saved
     */
    public Annotation ask(AnnotationStore.Draft d) throws StoreException {
        return ask(d, false);
    }

    /**
     * As {@link #ask(AnnotationStore.Draft)}; {@code anonymous} asks under the reader's anonymous author id
     * ({@link #ANONYMOUS_ID}, made now the first time, in the same transaction) and the name "Anonymous"
     * instead of their own (decision 0031). The question still travels in the reader's own files, so whoever
     * collects them can tell whose it is; only the name shown is not theirs. Threads: a write; not the FX
     * thread, one call at a time per database.
     *
     * @throws StoreException when the question is empty or too long, asked anonymously where that is not allowed
     *                        ({@link ConversationRules#anonymousRefused}), or it cannot be saved
     */
    public Annotation ask(AnnotationStore.Draft d, boolean anonymous) throws StoreException {
        String text = checkText(d.note(), StoreReason.QUESTION_EMPTY);
        Instant now = db.now();
        String me = db.settings().readerId();
        String[] who = {me, d.author()};
        Annotation[] made = new Annotation[1];
        write(StoreReason.DOING_SAVE_QUESTION, c -> {
            if (anonymous) {
                ConversationRules.refuse(ConversationRules.anonymousRefused(db.settings()));
                who[0] = anonymousId(true).orElseThrow();
                who[1] = ANONYMOUS_NAME;
            }
            made[0] = new Annotation(UUID.randomUUID().toString(), d.book(), d.chapterId(), d.kind(), d.colour(),
                    text, AnnotationStore.cleanTags(d.tags()), who[1], who[0], now, now, d.anchor(), Optional.empty());
            saveNote(c, made[0], who[1], NoteLink.question(made[0].id()));
            return null;
        });
        return made[0];
    }

    /**
     * The reader's anonymous author id, if they ever asked anonymously (decision 0031). Threads: a read; any
     * thread, one call at a time per database.
     *
     * @throws StoreException when the setting cannot be read
     */
    public Optional<String> anonymousId() throws StoreException {
        return anonymousId(false);
    }

    private Optional<String> anonymousId(boolean make) throws StoreException {
        Optional<String> id = db.settings().get(ANONYMOUS_ID);
        if (id.isPresent() || !make) {
            return id;
        }
        String made = org.peeragogy.reader.book.AuthorIds.newReaderId();
        db.settings().put(ANONYMOUS_ID, made);
        return Optional.of(made);
    }

    /**
     * Marks the reader's question answered by {@code replyId}, a reply anywhere in its thread. It is an edit of
     * the question (its time changes), so it travels and merges as one (decision 0008): only its asker makes it.
     * Threads: a write; not the FX thread, one call at a time per database.
     *
     * @throws StoreException when the question is not the reader's, is no question, is deleted, or the reply is
     *                        not in its thread; or it cannot be saved
     */
    public Annotation markAnswered(String questionId, String replyId) throws StoreException {
        Annotation[] changed = new Annotation[1];
        write(StoreReason.DOING_MARK_ANSWERED, c -> {
            Annotation q = live(questionId, Reason.of(StoreReason.NO_QUESTION, questionId));
            NoteLink link = links(c, List.of(questionId)).get(questionId);
            if (link == null || !link.question()) {
                throw new StoreException(Reason.of(StoreReason.NOT_A_QUESTION, questionId), null);
            }
            if (!q.authorId().equals(db.settings().readerId())
                    && !anonymousId().map(q.authorId()::equals).orElse(false)) {
                throw new StoreException(Reason.of(StoreReason.NOT_YOUR_QUESTION, q.author()), null);
            }
            live(replyId, Reason.of(StoreReason.NO_REPLY, replyId));
            if (!inThread(c, replyId, questionId)) {
                throw new StoreException(Reason.of(StoreReason.NOT_IN_THREAD, replyId), null);
            }
            changed[0] = new Annotation(q.id(), q.book(), q.chapterId(), q.kind(), q.colour(), q.note(), q.tags(),
                    q.author(), q.authorId(), q.created(), db.now(), q.anchor(), Optional.empty());
            AnnotationStore.replace(c, changed[0]);
            SearchIndex.indexNote(c, changed[0]);
            putLink(c, link.answered(replyId));
            return null;
        });
        return changed[0];
    }

    /**
     * The reader gives ({@code give}) or withdraws their +1 on a note. Voting again after withdrawing gives it
     * again; the same twice in a row changes nothing but the time. Threads: a write; not the FX thread, one
     * call at a time per database.
     *
     * @throws StoreException when the note is not here or deleted, a +1 on the reader's own note
     *                        ({@link ConversationRules#voteRefused}), or it cannot be saved
     */
    public Vote vote(String noteId, boolean give, String voterName) throws StoreException {
        Vote[] done = new Vote[1];
        write(give ? StoreReason.DOING_SAVE_VOTE : StoreReason.DOING_WITHDRAW_VOTE, c -> {
            Annotation a = live(noteId, Reason.of(StoreReason.NO_NOTE_TO_VOTE_ON, noteId));
            ConversationRules.refuse(ConversationRules.voteRefused(BlindFirstPass.mine(db.settings(), this).test(a), give));
            String me = db.settings().readerId();
            AuthorStore.ensure(c, new AuthorStore.Person(me, voterName, "", ""), null);
            done[0] = new Vote(noteId, a.book(), me, voterName, give ? 1 : 0, db.now());
            putVote(c, done[0]);
            return null;
        });
        return done[0];
    }

    /**
     * Replies, questions and votes on the notes of {@code book}, tombstones' links included (a deleted note keeps
     * its place in its thread). Voters are named as their layers are now. Threads: a read; any thread, one
     * call at a time per database.
     *
     * @throws StoreException when they cannot be read
     */
    public Conversation of(String book) throws StoreException {
        Connection c = db.connection();
        try {
            Map<String, NoteLink> links = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.annotation_id, l.parent_id, l.question,"
                    + " l.answered_by FROM note_link l JOIN annotation a ON a.id = l.annotation_id"
                    + " WHERE a.book_identity = ?")) {
                ps.setString(1, book);
                readLinks(ps, links);
            }
            List<Vote> votes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT v.annotation_id, v.book_identity, v.voter_id,"
                    + " coalesce(au.name, ''), v.value, v.updated_at FROM vote v LEFT JOIN author au ON au.id = v.voter_id"
                    + " WHERE v.book_identity = ? ORDER BY v.updated_at, v.voter_id")) {
                ps.setString(1, book);
                readVotes(ps, votes);
            }
            return new Conversation(links, votes);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(Reason.of(StoreReason.READ_CONVERSATION_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Replies, questions and votes on the notes of one chapter (tombstones' links included): what the notes panel
     * shows beside that chapter's notes. A reply is always on its parent's chapter, so its thread is here.
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when they cannot be read
     */
    public Conversation ofChapter(String book, String chapterId) throws StoreException {
        Connection c = db.connection();
        try {
            Map<String, NoteLink> links = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.annotation_id, l.parent_id, l.question,"
                    + " l.answered_by FROM note_link l JOIN annotation a ON a.id = l.annotation_id"
                    + " WHERE a.book_identity = ? AND a.chapter_id = ?")) {
                ps.setString(1, book);
                ps.setString(2, chapterId);
                readLinks(ps, links);
            }
            List<Vote> votes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT v.annotation_id, v.book_identity, v.voter_id,"
                    + " coalesce(au.name, ''), v.value, v.updated_at FROM vote v JOIN annotation a ON a.id = v.annotation_id"
                    + " LEFT JOIN author au ON au.id = v.voter_id WHERE v.book_identity = ? AND a.chapter_id = ?"
                    + " ORDER BY v.updated_at, v.voter_id")) {
                ps.setString(1, book);
                ps.setString(2, chapterId);
                readVotes(ps, votes);
            }
            return new Conversation(links, votes);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(Reason.of(StoreReason.READ_CONVERSATION_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The notes that replies in {@code talk} answer, by id, as stored: live notes and tombstones alike; a parent
     * the reader does not have is not in the map. For the notes panel, which lists only the chapter's shown notes
     * and must still tell a deleted or hidden parent from a missing one (issue 15, tester's F10 and F26).
     * Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when they cannot be read
     */
    public Map<String, org.peeragogy.reader.book.Annotation> parents(Conversation talk) throws StoreException {
        Map<String, org.peeragogy.reader.book.Annotation> out = new HashMap<>();
        for (NoteLink l : talk.links().values()) {
            if (l.parentId().isPresent() && !out.containsKey(l.parentId().get())) {
                db.annotations().find(l.parentId().get()).ifPresent(a -> out.put(a.id(), a));
            }
        }
        return out;
    }

    private static void readVotes(PreparedStatement ps, List<Vote> votes) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                votes.add(new Vote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), Instant.parse(rs.getString(6))));
            }
        }
    }

    /**
     * The links of these notes that have one, by note id: what an import compares a file's links with to say what it
     * would change (a question marked answered, decision 0069). Threads: a read; not the FX thread for many ids.
     *
     * @throws StoreException when they cannot be read
     */
    public Map<String, NoteLink> linksOf(java.util.Collection<String> ids) throws StoreException {
        try {
            return links(db.connection(), ids);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(Reason.of(StoreReason.READ_CONVERSATION_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /** The links of these notes that have one, on {@code c}. */
    static Map<String, NoteLink> links(Connection c, java.util.Collection<String> ids) throws SQLException {
        Map<String, NoteLink> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, parent_id, question, answered_by"
                + " FROM note_link WHERE annotation_id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                readLinks(ps, out);
            }
        }
        return out;
    }

    /** Every link in the database, by note id (the merge compares incoming links with these). */
    static Map<String, NoteLink> allLinks(Connection c) throws SQLException {
        Map<String, NoteLink> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotation_id, parent_id, question, answered_by FROM note_link")) {
            readLinks(ps, out);
        }
        return out;
    }

    private static void readLinks(PreparedStatement ps, Map<String, NoteLink> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new NoteLink(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                        rs.getInt(3) != 0, Optional.ofNullable(rs.getString(4))));
            }
        }
    }

    /** Writes (or replaces) a note's link; a plain note's link is removed. */
    static void putLink(Connection c, NoteLink l) throws SQLException {
        if (l.parentId().isEmpty() && !l.question()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note_link WHERE annotation_id = ?")) {
                ps.setString(1, l.noteId());
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO note_link (annotation_id, parent_id,"
                + " question, answered_by) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, l.noteId());
            ps.setString(2, l.parentId().orElse(null));
            ps.setInt(3, l.question() ? 1 : 0);
            ps.setString(4, l.answeredBy().orElse(null));
            ps.executeUpdate();
        }
    }

    static void putVote(Connection c, Vote v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO vote (annotation_id, voter_id,"
                + " book_identity, value, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, v.noteId());
            ps.setString(2, v.voterId());
            ps.setString(3, v.book());
            ps.setInt(4, v.value());
            ps.setString(5, v.updated().toString());
            ps.executeUpdate();
        }
    }

    private void saveNote(Connection c, Annotation a, String author, NoteLink link) throws SQLException {
        AuthorStore.ensure(c, new AuthorStore.Person(a.authorId(), author, "", ""), null);
        AnnotationStore.replace(c, a);
        SearchIndex.indexNote(c, a);
        putLink(c, link);
    }

    /** Whether {@code replyId}'s chain of parents reaches {@code ancestorId} (cycles end the walk). */
    private static boolean inThread(Connection c, String replyId, String ancestorId) throws SQLException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String id = replyId;
        while (id != null && seen.add(id)) {
            NoteLink l = links(c, List.of(id)).get(id);
            id = l == null ? null : l.parentId().orElse(null);
            if (ancestorId.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String checkText(String note, StoreReason empty) throws StoreException {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new StoreException(empty, null);
        }
        if (text.length() > Annotation.MAX_NOTE) {
            throw new StoreException(StoreReason.noteTooLong(text.length()), null);
        }
        return text;
    }

    private Annotation live(String id, Reason gone) throws StoreException {
        return db.annotations().find(id).filter(a -> !a.isDeleted()).orElseThrow(() -> new StoreException(gone, null));
    }

    private void write(StoreReason what, Transaction.Work<Void> work) throws StoreException {
        try {
            Transaction.run(db.connection(), what.english(), work);
        } catch (SQLException e) {
            throw db.writeFailed(what, e);
        }
    }
}
