package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.store.AuthorStore;

/**
 * The {@code .peeranotes} file: a SQLite database with the reader's own annotation tables, the authors
 * (id, name, nickname, layer colour), the last-shared base of each note and metadata (decisions 0008, 0017).
 * Written from a filtered in-memory copy with {@code VACUUM INTO} (so nothing deleted, no search index and
 * no settings are in it); read from strangers by {@link NotesFileReader}, which also reads format 1 (the
 * files of versions before author ids, whose authors are names only).
 *
 * <p>Format 2 (this version) adds {@code annotation.author_id} and makes {@code author} a table of people
 * by id; versions that read only format 1 refuse it by its header ("written by a newer version"), plainly.
 */
final class NotesFile {
    private static final System.Logger LOG = System.getLogger(NotesFile.class.getName());
    static final String FORMAT = "peeragogy-reader-notes";
    /**
     * The newest format read and written: 3 since workshop conversations (issue 15), written only for notes
     * with replies, questions or votes ({@link NotesFileConversation}); 2 (author ids, issue 11) otherwise;
     * 1 is still read.
     */
    static final int FORMAT_VERSION = NotesFileConversation.VERSION;
    /** The format of a file without replies, questions or votes: what readers since author ids read. */
    static final int PLAIN_VERSION = 2;
    /** "PRN1" in the header's application id. */
    static final int APPLICATION_ID = 0x50524e31;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Format 1's schema, exactly (files of versions before author ids). */
    static final List<String> SCHEMA_V1 = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE author (name TEXT PRIMARY KEY, colour TEXT NOT NULL)",
            annotationTable(""),
            """
            CREATE TABLE annotation_tag (
                annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                tag           TEXT NOT NULL,
                PRIMARY KEY (annotation_id, tag)
            )""",
            "CREATE TABLE share_base (annotation_id TEXT PRIMARY KEY, base_updated TEXT NOT NULL)");

    /** The whole schema of a format 2 notes file, exactly; a file with anything else is refused. */
    static final List<String> SCHEMA = List.of(
            SCHEMA_V1.get(0),
            "CREATE TABLE author (id TEXT PRIMARY KEY, name TEXT NOT NULL, nickname TEXT, colour TEXT NOT NULL)",
            annotationTable("    author_id        TEXT NOT NULL,\n"),
            SCHEMA_V1.get(3),
            SCHEMA_V1.get(4));
    /** Optional in format 2: the ids of notes marked private that the reader chose to include. */
    static final String PRIVATE_SCHEMA = "CREATE TABLE share_private (annotation_id TEXT PRIMARY KEY)";

    private NotesFile() {
    }

    /** The annotation table as the store had it before author ids, with {@code authorId} after its author column. */
    private static String annotationTable(String authorId) {
        return """
            CREATE TABLE annotation (
                id               TEXT PRIMARY KEY,
                book_identity    TEXT NOT NULL,
                chapter_id       TEXT NOT NULL,
                kind             TEXT NOT NULL CHECK (kind IN ('highlight', 'chapter-note', 'bookmark')),
                colour           TEXT NOT NULL,
                note             TEXT NOT NULL DEFAULT '',
                author           TEXT NOT NULL,
            """ + authorId + """
                created_at       TEXT NOT NULL,
                updated_at       TEXT NOT NULL,
                quote_exact      TEXT,
                quote_prefix     TEXT,
                quote_suffix     TEXT,
                position_start   INTEGER,
                position_end     INTEGER,
                block_id         TEXT,
                text_fingerprint TEXT,
                deleted_at       TEXT
            )""";
    }

    static String normalize(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }

    /** The metadata key of the author id of the reader who wrote the file (decision 0061). */
    static final String EXPORTED_BY = "exported_by";

    /**
     * What a file says of its people and its private notes, beyond the notes themselves, and who writes it.
     *
     * @param writer the author id of the reader writing the file ({@link #EXPORTED_BY}), "" when none is said (a
     *               file saved from a damaged notes file, a test's)
     */
    record People(Map<String, AuthorStore.Person> byId, Set<String> privates, String writer) {
        static final People NONE = new People(Map.of(), Set.of());

        People {
            byId = Map.copyOf(byId);
            privates = Set.copyOf(privates);
            writer = writer == null ? "" : writer;
        }

        /** Without a writer. */
        People(Map<String, AuthorStore.Person> byId, Set<String> privates) {
            this(byId, privates, "");
        }
    }

    /**
     * Writes {@code notes} to {@code out}, whole or not at all.
     *
     * @param sources the address each unplaced note came with, by id (see {@link NotesFileSources})
     * @param people  names, nicknames and layer colours by author id (an author without one is written with
     *                the name on their note and no colour); the ids of the private notes written
     * @throws ShareException when it cannot be written; no partial file is left then
     */
    static void write(Path out, Book book, List<Annotation> notes, Map<String, Instant> bases, Map<String, String> sources,
                      People people, String appVersion, Instant now) throws ShareException {
        write(out, book, notes, bases, sources, people, appVersion, now, org.peeragogy.reader.store.Conversation.NONE);
    }

    /**
     * As above, with the notes' replies, questions and votes: format 3 when there are any, else format 2.
     * Voters are written among the people.
     *
     * @throws ShareException when it cannot be written; no partial file is left then
     */
    static void write(Path out, Book book, List<Annotation> notes, Map<String, Instant> bases, Map<String, String> sources,
                      People people, String appVersion, Instant now, org.peeragogy.reader.store.Conversation conv)
            throws ShareException {
        int version = conv.isEmpty() ? PLAIN_VERSION : FORMAT_VERSION;
        AtomicFiles.write(out, temp -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                try (Statement s = c.createStatement()) {
                    for (String sql : SCHEMA) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id=" + APPLICATION_ID);
                    s.execute("PRAGMA user_version=" + version);
                }
                c.setAutoCommit(false);
                writeMeta(c, book, notes, appVersion, now, version, people.writer());
                Set<String> authors = new HashSet<>();
                try (PreparedStatement ann = c.prepareStatement("INSERT INTO annotation (id, book_identity, chapter_id,"
                        + " kind, colour, note, author, created_at, updated_at, quote_exact, quote_prefix, quote_suffix,"
                        + " position_start, position_end, block_id, text_fingerprint, deleted_at, author_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement tag = c.prepareStatement("INSERT INTO annotation_tag VALUES (?, ?)");
                     PreparedStatement base = c.prepareStatement("INSERT INTO share_base VALUES (?, ?)");
                     PreparedStatement author = c.prepareStatement("INSERT INTO author VALUES (?, ?, ?, ?)")) {
                    for (Annotation a : notes) {
                        bind(ann, a);
                        ann.addBatch();
                        for (String t : a.tags()) {
                            tag.setString(1, a.id());
                            tag.setString(2, t);
                            tag.addBatch();
                        }
                        Instant b = bases.get(a.id());
                        if (b != null) {
                            base.setString(1, a.id());
                            base.setString(2, b.toString());
                            base.addBatch();
                        }
                        if (authors.add(a.authorId())) {
                            AuthorStore.Person p = people.byId().get(a.authorId());
                            author.setString(1, a.authorId());
                            author.setString(2, a.author());
                            author.setString(3, p == null || p.nickname().isEmpty() ? null : p.nickname());
                            author.setString(4, p == null ? "" : p.colour());
                            author.addBatch();
                        }
                    }
                    for (org.peeragogy.reader.book.Vote v : conv.votes()) {
                        if (authors.add(v.voterId())) {
                            AuthorStore.Person p = people.byId().get(v.voterId());
                            author.setString(1, v.voterId());
                            author.setString(2, p != null && !p.name().isEmpty() ? p.name()
                                    : v.voter().isEmpty() ? "someone" : v.voter());
                            author.setString(3, p == null || p.nickname().isEmpty() ? null : p.nickname());
                            author.setString(4, p == null ? "" : p.colour());
                            author.addBatch();
                        }
                    }
                    AuthorStore.Person writer = people.byId().get(people.writer());
                    if (writer != null && !writer.name().isEmpty() && authors.add(writer.id())) {
                        // The writer by name too, though none of the notes is theirs (a facilitator's export of
                        // everyone's): a reader says "It says Fay wrote it", not an id (decision 0061).
                        author.setString(1, writer.id());
                        author.setString(2, writer.name());
                        author.setString(3, writer.nickname().isEmpty() ? null : writer.nickname());
                        author.setString(4, writer.colour());
                        author.addBatch();
                    }
                    ann.executeBatch();
                    tag.executeBatch();
                    base.executeBatch();
                    author.executeBatch();
                }
                if (!conv.isEmpty()) {
                    NotesFileConversation.write(c, conv);
                }
                NotesFileSources.write(c, notes, sources);
                writePrivate(c, notes, people.privates());
                c.commit();
                c.setAutoCommit(true);
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, temp.toString());
                    ps.execute();
                }
            }
        });
    }

    private static void writeMeta(Connection c, Book book, List<Annotation> notes, String appVersion, Instant now,
                                  int version, String writer) throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("format_version", String.valueOf(version));
        meta.put("app", "Peeragogy Reader");
        meta.put("app_version", appVersion);
        meta.put("book_identity", book.identity());
        meta.put("book_title", book.title());
        meta.put("book_fingerprint", book.fingerprint());
        if (!book.language().isEmpty()) {
            meta.put("book_language", book.language());
        }
        meta.put("exported_at", now.toString());
        if (!writer.isEmpty()) {
            // Who wrote the file, so that a reader can tell what it says for its writer from what it says for other
            // people (decision 0061). Older readers ignore a key they do not know.
            meta.put(EXPORTED_BY, writer);
        }
        meta.put("notes", String.valueOf(notes.stream().filter(a -> !a.isDeleted()).count()));
        meta.put("tombstones", String.valueOf(notes.stream().filter(Annotation::isDeleted).count()));
        for (Annotation a : notes) {
            a.anchor().ifPresent(t -> meta.put("chapter_fingerprint:" + a.chapterId(), t.fingerprint()));
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : meta.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The private notes among {@code notes}, in the optional {@code share_private} table (only when there are some). */
    private static void writePrivate(Connection c, List<Annotation> notes, Set<String> privates) throws SQLException {
        List<Annotation> marked = notes.stream().filter(a -> privates.contains(a.id())).toList();
        if (marked.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(PRIVATE_SCHEMA);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO share_private VALUES (?)")) {
            for (Annotation a : marked) {
                ps.setString(1, a.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Annotation a) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, a.book());
        ps.setString(3, a.chapterId());
        ps.setString(4, a.kind().code());
        ps.setString(5, a.colour().code());
        ps.setString(6, a.isDeleted() ? "" : a.note());
        ps.setString(7, a.author());
        ps.setString(8, a.created().toString());
        ps.setString(9, a.updated().toString());
        if (a.anchor().isPresent() && !a.isDeleted()) {
            TextAnchor t = a.anchor().get();
            ps.setString(10, t.quote().exact());
            ps.setString(11, t.quote().prefix());
            ps.setString(12, t.quote().suffix());
            ps.setInt(13, t.position().start());
            ps.setInt(14, t.position().end());
            ps.setString(15, t.blockId());
            ps.setString(16, t.fingerprint());
        } else {
            for (int i = 10; i <= 16; i++) {
                ps.setNull(i, i == 13 || i == 14 ? Types.INTEGER : Types.VARCHAR);
            }
        }
        ps.setString(17, a.deleted().map(Instant::toString).orElse(null));
        ps.setString(18, a.authorId());
    }

    /** True when the file starts like a SQLite database (how import tells the formats apart). */
    static boolean looksLikeSqlite(byte[] head) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads and checks a notes file of either format ({@link NotesFileReader}). */
    static ImportFile read(Path file) throws ShareException {
        return NotesFileReader.read(file);
    }

    static ShareException refuse(Reason why) {
        return new ShareException(Reason.of(ImportReason.NOTES_FILE_REFUSED, why));
    }

    static ShareException refuse(ImportReason why) {
        return refuse(Reason.of(why));
    }

    /**
     * A file damaged as the reader would say it (issue 12: "this file is damaged (it ends too early)", not
     * the header's figures); the figures go to the log.
     */
    static ShareException damaged(ImportReason what, String details) {
        LOG.log(System.Logger.Level.WARNING, "A notes file to import is damaged (" + what.english() + "): " + details);
        return new ShareException(Reason.of(ImportReason.NOTES_FILE_DAMAGED, Reason.of(what)));
    }
}
