package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;

/**
 * Writes the changes of one import batch, each with the before-image of every row it touches, and takes a
 * batch back from those images ({@link #undo}): notes, their tags and search rows, what the sharing keeps of
 * them, and the people the import gave a layer or renamed (decision 0032). Statements are prepared once per
 * batch and reused across notes ({@link NoteRows}). Runs inside {@link ShareStore}'s transaction, on its
 * connection (decision 0008).
 */
final class ImportWriter implements AutoCloseable {
    private final Connection c;
    private final long batch;
    private final String source;
    private final PreparedStatement beforeExisting;
    private final PreparedStatement beforeNew;
    private final PreparedStatement beforeTags;
    private final PreparedStatement share;
    private final NoteRows rows;
    private final SearchIndex.NoteIndexer indexer;
    private final String me;
    /** What the file says of each note's thread (issue 15), by note id; written with the note. */
    private Map<String, org.peeragogy.reader.book.NoteLink> links = Map.of();
    /** Authors given a layer in this batch already. */
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    /** Notes written, whose search rows {@link #finish} writes in one pass after every other row. */
    private final List<Annotation> toIndex = new ArrayList<>();

    /**
     * @param me     the reader's author id: their layer is never renamed by a file
     * @param source the file the batch imports, by name: a new note that claims the reader's id is marked as
     *               having come from it ({@code annotation_share.claimed_from}, decision 0032)
     */
    ImportWriter(Connection c, long batch, SearchIndex.NoteIndexer indexer, String me, String source)
            throws SQLException {
        this.c = c;
        this.batch = batch;
        this.source = source;
        this.indexer = indexer;
        this.me = me;
        this.rows = new NoteRows(c);
        beforeExisting = c.prepareStatement("INSERT OR IGNORE INTO import_before (batch_id, annotation_id, existed,"
                + " book_identity, chapter_id, kind, colour, note, author, created_at, updated_at, quote_exact,"
                + " quote_prefix, quote_suffix, position_start, position_end, block_id, text_fingerprint, deleted_at,"
                + " had_share, base_updated, conflict_of, source_uri, author_id, private, claimed_from)"
                + " SELECT ?, a.id, 1, a.book_identity, a.chapter_id, a.kind, a.colour, a.note, a.author, a.created_at,"
                + " a.updated_at, a.quote_exact, a.quote_prefix, a.quote_suffix, a.position_start, a.position_end,"
                + " a.block_id, a.text_fingerprint, a.deleted_at, s.annotation_id IS NOT NULL, s.base_updated,"
                + " s.conflict_of, s.source_uri, a.author_id, coalesce(s.private, 0), s.claimed_from FROM annotation a"
                + " LEFT JOIN annotation_share s ON s.annotation_id = a.id WHERE a.id = ?");
        beforeNew = c.prepareStatement("INSERT OR IGNORE INTO import_before (batch_id, annotation_id, existed,"
                + " had_share, base_updated, conflict_of, source_uri, private, claimed_from) SELECT ?, ?, 0,"
                + " count(s.annotation_id), max(s.base_updated), max(s.conflict_of), max(s.source_uri),"
                + " coalesce(max(s.private), 0), max(s.claimed_from) FROM (SELECT 1)"
                + " LEFT JOIN annotation_share s ON s.annotation_id = ?");
        beforeTags = c.prepareStatement("INSERT INTO import_before_tag (batch_id, annotation_id, tag)"
                + " SELECT ?, annotation_id, tag FROM annotation_tag WHERE annotation_id = ?");
        // An incoming version without an address keeps the one the note came with; once private, a note
        // stays private whatever a later copy says (only the reader makes it shareable, by exporting it); a
        // note marked as claimed from a file keeps the mark until the reader saves it themselves.
        share = c.prepareStatement("INSERT OR REPLACE INTO annotation_share (annotation_id, base_updated,"
                + " conflict_of, source_uri, private, claimed_from) VALUES (?, ?, ?, coalesce(?, (SELECT source_uri"
                + " FROM annotation_share WHERE annotation_id = ?)), max(?, coalesce((SELECT private FROM"
                + " annotation_share WHERE annotation_id = ?), 0)), coalesce(?, (SELECT claimed_from FROM"
                + " annotation_share WHERE annotation_id = ?)))");
    }

    /** Notes written from now on get these links (a note without one keeps its own). Threads: the import's. */
    ImportWriter withLinks(Map<String, org.peeragogy.reader.book.NoteLink> links) {
        this.links = Map.copyOf(links);
        return this;
    }

    void write(MergeRecords.Change ch, Map<String, AuthorStore.Person> people,
               java.util.function.Function<String, Instant> namedAt) throws SQLException {
        MergeRecords.Incoming in = ch.incoming();
        Annotation i = in.annotation();
        switch (ch.action()) {
            case UNCHANGED -> {
                return;
            }
            case ADD, UPDATE -> {
                before(i.id(), ch.local().isPresent());
                if (ch.local().isPresent()) {
                    rows.replace(i);
                } else {
                    rows.insert(i); // no row of that id: the plan read every note with the file's ids
                }
                toIndex.add(i);
                // A new note that says it is the reader's is theirs, marked with the file it came from (0032).
                String claimed = ch.action() == MergeRecords.Action.ADD && me.equals(i.authorId()) ? source : null;
                share(i.id(), i.updated(), null, in.sourceUri().orElse(null), in.privateNote(), claimed);
                person(i, people, namedAt);
                ConversationMerge.writeLink(c, batch, i.id(), links.get(i.id()));
            }
            case DELETE, TOMBSTONE -> {
                Annotation base = ch.local().orElse(i);
                Instant when = i.deleted().orElse(i.updated());
                Annotation tomb = new Annotation(base.id(), base.book(), base.chapterId(), base.kind(), base.colour(),
                        "", List.of(), base.author(), base.authorId(), base.created(), i.updated(), Optional.empty(),
                        Optional.of(when));
                before(i.id(), ch.local().isPresent());
                if (ch.local().isPresent()) {
                    rows.replace(tomb);
                } else {
                    rows.insert(tomb);
                }
                toIndex.add(tomb);
                share(i.id(), i.updated(), null, null, in.privateNote(), null);
                if (ch.local().isEmpty()) {
                    ConversationMerge.writeLink(c, batch, i.id(), links.get(i.id())); // where its replies go
                }
            }
            case CONFLICT -> {
                Annotation l = ch.local().orElseThrow();
                String copyId = ch.copyId().orElseGet(() -> ShareStore.conflictCopyId(l.id(), i.updated()));
                Annotation copy = new Annotation(copyId, i.book(), i.chapterId(), i.kind(), i.colour(), i.note(),
                        i.tags(), i.author(), i.authorId(), i.created(), i.updated(), i.anchor(), Optional.empty());
                before(copyId, ch.copyReplaced());
                if (ch.copyReplaced()) {
                    rows.replace(copy); // the same file's earlier version of it (t38's F2)
                } else {
                    rows.insert(copy); // a copy of these words would have made the plan say unchanged
                }
                toIndex.add(copy);
                share(copyId, i.updated(), l.id(), in.sourceUri().orElse(null), in.privateNote(), null);
                person(i, people, namedAt);
                // The other version is in the same thread: the file's link, else the note's own.
                org.peeragogy.reader.book.NoteLink link = links.get(i.id());
                if (link == null) {
                    link = ConversationStore.links(c, List.of(l.id())).get(l.id());
                }
                ConversationMerge.writeLink(c, batch, copyId, link);
            }
            default -> throw new IllegalStateException(ch.action().name());
        }
    }

    /**
     * The author gets a layer (the file's colour proposed), and the file's newer name; the reader's stays
     * theirs. Once per author and batch: an import of 10,000 notes by three people looks them up three times.
     */
    private void person(Annotation i, Map<String, AuthorStore.Person> people,
                        java.util.function.Function<String, Instant> namedAt) throws SQLException {
        if (!seen.add(i.authorId())) {
            return;
        }
        AuthorStore.Person p = people.get(i.authorId());
        String name = p != null && !p.name().isEmpty() ? p.name() : i.author();
        AuthorStore.before(c, batch, i.authorId()); // so that undoing the import takes the layer back
        AuthorStore.ensure(c, new AuthorStore.Person(i.authorId(), name, p == null ? "" : p.nickname(),
                p == null ? "" : p.colour()), i.authorId().equals(me) ? null : namedAt.apply(i.authorId()));
    }

    private void before(String id, boolean existed) throws SQLException {
        if (existed) {
            beforeExisting.setLong(1, batch);
            beforeExisting.setString(2, id);
            if (beforeExisting.executeUpdate() == 0) {
                return; // a note this batch wrote already (a later file of the same batch): the first image stands
            }
            beforeTags.setLong(1, batch);
            beforeTags.setString(2, id);
            beforeTags.executeUpdate();
        } else {
            beforeNew.setLong(1, batch);
            beforeNew.setString(2, id);
            beforeNew.setString(3, id);
            beforeNew.executeUpdate();
        }
    }

    private void share(String id, Instant base, String conflictOf, String sourceUri, boolean privateNote,
                       String claimedFrom) throws SQLException {
        share.setString(1, id);
        share.setString(2, base.toString());
        share.setString(3, conflictOf);
        share.setString(4, sourceUri);
        share.setString(5, id);
        share.setInt(6, privateNote ? 1 : 0);
        share.setString(7, id);
        share.setString(8, claimedFrom);
        share.setString(9, id);
        share.executeUpdate();
    }

    /**
     * Writes the search rows of every note written, in one pass after all the other rows. Apart, because a
     * full-text table keeps what it is given in memory until the next statement that could need to be rolled
     * back on its own (most writes here), and then writes it out: interleaved with the other rows, the search
     * index was written out once per note, the larger part of an import (issue 11's figures).
     */
    void finish() throws SQLException {
        for (Annotation a : toIndex) {
            indexer.index(rows, a);
        }
        toIndex.clear();
    }

    /**
     * Closes the prepared statements. Threads: the import's, inside its transaction.
     *
     * @throws SQLException when a statement cannot be closed
     */
    @Override
    public void close() throws SQLException {
        beforeExisting.close();
        beforeNew.close();
        beforeTags.close();
        share.close();
        rows.close();
    }

    /** Puts every row batch {@code batch} touched back as its before-image says (notes it added are removed). */
    static void undo(Connection c, long batch, SearchIndex.NoteIndexer indexer) throws SQLException {
        ConversationMerge.undo(c, batch);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotation_id, tag FROM import_before_tag WHERE batch_id = ? ORDER BY tag")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        record Before(String id, Annotation row, boolean hadShare, String base, String conflictOf, String sourceUri,
                      int privateNote, String claimedFrom) {
        }
        List<Before> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id AS id, existed, book_identity, chapter_id,"
                + " kind, colour, note, author, created_at, updated_at, quote_exact, quote_prefix, quote_suffix,"
                + " position_start, position_end, block_id, text_fingerprint, deleted_at, had_share, base_updated,"
                + " conflict_of, source_uri, coalesce(author_id, '') AS author_id, private, claimed_from"
                + " FROM import_before WHERE batch_id = ?")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Annotation row = null;
                    if (rs.getInt("existed") != 0) {
                        Annotation a = AnnotationReads.read(rs);
                        row = new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), a.note(),
                                tags.getOrDefault(a.id(), List.of()), a.author(), a.authorId(), a.created(), a.updated(),
                                a.anchor(), a.deleted());
                    }
                    rows.add(new Before(rs.getString("id"), row, rs.getInt("had_share") != 0, rs.getString("base_updated"),
                            rs.getString("conflict_of"), rs.getString("source_uri"), rs.getInt("private"),
                            rs.getString("claimed_from")));
                }
            }
        }
        try (NoteRows notes = new NoteRows(c);
             PreparedStatement unshare = c.prepareStatement("DELETE FROM annotation_share WHERE annotation_id = ?");
             PreparedStatement reshare = c.prepareStatement("INSERT INTO annotation_share (annotation_id,"
                     + " base_updated, conflict_of, source_uri, private, claimed_from) VALUES (?, ?, ?, ?, ?, ?)")) {
            List<Annotation> toIndex = new ArrayList<>();
            for (Before b : rows) {
                if (b.row() == null) {
                    // Its search row goes through the indexer, as a tombstone's does (below); then the note itself.
                    toIndex.add(new Annotation(b.id(), "", "", Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW,
                            "", List.of(), "", "", Instant.EPOCH, Instant.EPOCH, Optional.empty(),
                            Optional.of(Instant.EPOCH)));
                    notes.remove(b.id());
                } else {
                    notes.replace(b.row());
                    toIndex.add(b.row());
                }
                unshare.setString(1, b.id());
                unshare.executeUpdate();
                if (b.hadShare()) {
                    reshare.setString(1, b.id());
                    reshare.setString(2, b.base());
                    reshare.setString(3, b.conflictOf());
                    reshare.setString(4, b.sourceUri());
                    reshare.setInt(5, b.privateNote());
                    reshare.setString(6, b.claimedFrom());
                    reshare.executeUpdate();
                }
            }
            for (Annotation a : toIndex) { // in one pass after the other rows, as an import's (see finish)
                indexer.index(notes, a);
            }
        }
        AuthorStore.undo(c, batch); // after the notes and votes: a layer it made goes only with its last note
    }
}
