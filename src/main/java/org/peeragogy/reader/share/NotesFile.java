package org.peeragogy.reader.share;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.ChapterIds;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.ShareStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;
import org.sqlite.SQLiteOpenMode;

/**
 * The {@code .peeranotes} file: a SQLite database with the reader's own annotation tables, the authors'
 * layer colours, the last-shared base of each note and metadata (decision 0008). Written from a filtered
 * in-memory copy with {@code VACUUM INTO} (so nothing deleted, no search index and no settings are in it);
 * read from strangers with a hardened, read-only connection on a private copy.
 */
final class NotesFile {
    private static final System.Logger LOG = System.getLogger(NotesFile.class.getName());
    static final String FORMAT = "peeragogy-reader-notes";
    static final int FORMAT_VERSION = 1;
    /** "PRN1" in the header's application id. */
    static final int APPLICATION_ID = 0x50524e31;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The whole schema of a notes file, exactly; a file with anything else is refused. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE author (name TEXT PRIMARY KEY, colour TEXT NOT NULL)",
            """
            CREATE TABLE annotation (
                id               TEXT PRIMARY KEY,
                book_identity    TEXT NOT NULL,
                chapter_id       TEXT NOT NULL,
                kind             TEXT NOT NULL CHECK (kind IN ('highlight', 'chapter-note', 'bookmark')),
                colour           TEXT NOT NULL,
                note             TEXT NOT NULL DEFAULT '',
                author           TEXT NOT NULL,
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
            )""",
            """
            CREATE TABLE annotation_tag (
                annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                tag           TEXT NOT NULL,
                PRIMARY KEY (annotation_id, tag)
            )""",
            "CREATE TABLE share_base (annotation_id TEXT PRIMARY KEY, base_updated TEXT NOT NULL)");
    private static final Set<String> ALLOWED;
    private static final Set<String> REQUIRED;

    static {
        Set<String> allowed = new HashSet<>();
        for (String sql : SCHEMA) {
            allowed.addAll(rows(sql));
        }
        REQUIRED = Set.copyOf(allowed);
        allowed.addAll(rows(NotesFileSources.SCHEMA));
        ALLOWED = Set.copyOf(allowed);
    }

    private static List<String> rows(String sql) {
        String name = sql.strip().split("\\s+")[2];
        return List.of("table|" + name + "|" + name + "|" + normalize(sql), "index|sqlite_autoindex_" + name + "_1|" + name + "|");
    }

    private NotesFile() {
    }

    static String normalize(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- writing

    static void write(Path out, Book book, List<Annotation> notes, Map<String, Instant> bases,
                      Map<String, String> authorColours, String appVersion, Instant now) throws ShareException {
        write(out, book, notes, bases, Map.of(), authorColours, appVersion, now);
    }

    /** @param sources the address each unplaced note came with, by id (see {@link #SOURCES}) */
    static void write(Path out, Book book, List<Annotation> notes, Map<String, Instant> bases, Map<String, String> sources,
                      Map<String, String> authorColours, String appVersion, Instant now) throws ShareException {
        AtomicFiles.write(out, temp -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                try (Statement s = c.createStatement()) {
                    for (String sql : SCHEMA) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id=" + APPLICATION_ID);
                    s.execute("PRAGMA user_version=" + FORMAT_VERSION);
                }
                c.setAutoCommit(false);
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("format", FORMAT);
                meta.put("format_version", String.valueOf(FORMAT_VERSION));
                meta.put("app", "Peeragogy Reader");
                meta.put("app_version", appVersion);
                meta.put("book_identity", book.identity());
                meta.put("book_title", book.title());
                meta.put("book_fingerprint", book.fingerprint());
                meta.put("exported_at", now.toString());
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
                Set<String> authors = new HashSet<>();
                try (PreparedStatement ann = c.prepareStatement("INSERT INTO annotation (id, book_identity, chapter_id,"
                        + " kind, colour, note, author, created_at, updated_at, quote_exact, quote_prefix, quote_suffix,"
                        + " position_start, position_end, block_id, text_fingerprint, deleted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement tag = c.prepareStatement("INSERT INTO annotation_tag VALUES (?, ?)");
                     PreparedStatement base = c.prepareStatement("INSERT INTO share_base VALUES (?, ?)");
                     PreparedStatement author = c.prepareStatement("INSERT INTO author VALUES (?, ?)")) {
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
                        if (!a.isDeleted() && authors.add(a.author())) {
                            author.setString(1, a.author());
                            author.setString(2, authorColours.getOrDefault(a.author(), ""));
                            author.addBatch();
                        }
                    }
                    ann.executeBatch();
                    tag.executeBatch();
                    base.executeBatch();
                    author.executeBatch();
                }
                NotesFileSources.write(c, notes, sources);
                c.commit();
                c.setAutoCommit(true);
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, temp.toString());
                    ps.execute();
                }
            }
        });
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
    }

    // ---------------------------------------------------------------- reading

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

    static ImportFile read(Path file) throws ShareException {
        long size;
        byte[] header = new byte[100];
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(header, 0, 100) < 100) {
                    throw damaged("it ends too early", "shorter than its 100-byte header: " + size + " bytes");
                }
            }
        } catch (IOException e) {
            throw new ShareException("Cannot read " + file + ": " + AtomicFiles.reason(e) + ". Nothing was changed.", e);
        }
        checkHeader(header, size);
        Path copy = null;
        try {
            copy = Files.createTempFile("peeranotes-import-", ".db");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(copy) != size) {
                throw refuse("it changed while it was being read");
            }
            try (Connection c = openHardened(copy)) {
                return readChecked(c);
            }
        } catch (IOException e) {
            throw new ShareException("Cannot read " + file + ": " + AtomicFiles.reason(e) + ". Nothing was changed.", e);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Importing " + file + ": SQLite could not read it: " + sqliteReason(e));
            throw refuse("it is damaged or not a notes file");
        } finally {
            if (copy != null) {
                AtomicFiles.deleteQuietly(copy);
            }
        }
    }

    static ShareException refuse(String why) {
        return new ShareException("This notes file cannot be imported: " + why + ". Nothing was changed.");
    }

    /**
     * A file damaged as the reader would say it (issue 12: "this file is damaged (it ends too early)", not
     * the header's figures); the figures go to the log.
     */
    static ShareException damaged(String what, String details) {
        LOG.log(System.Logger.Level.WARNING, "A notes file to import is damaged (" + what + "): " + details);
        return new ShareException("This file is damaged (" + what + "), so its notes cannot be imported."
                + " Nothing was changed.");
    }

    private static String sqliteReason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** The 100-byte header, checked before SQLite sees the file. */
    static void checkHeader(byte[] h, long size) throws ShareException {
        if (!looksLikeSqlite(h)) {
            throw refuse("it is not a SQLite notes file (its first bytes are wrong)");
        }
        ByteBuffer b = ByteBuffer.wrap(h);
        int pageSize = b.getShort(16) & 0xffff;
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw refuse("its header names an impossible page size");
        }
        if (h[18] != 1 || h[19] != 1) {
            throw refuse("it is in a journal mode notes files never use (write-ahead log)");
        }
        if (h[20] != 0 || h[21] != 64 || h[22] != 32 || h[23] != 32) {
            throw damaged("its beginning is damaged", "payload fractions " + h[21] + "/" + h[22] + "/" + h[23]);
        }
        if (size > MAX_BYTES) {
            throw refuse("it is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        long pages = b.getInt(28) & 0xffffffffL;
        if (b.getInt(24) != b.getInt(92) || pages * pageSize != size || size % pageSize != 0) {
            String details = "its header says " + pages + " pages of " + pageSize + " bytes (change counters "
                    + b.getInt(24) + " and " + b.getInt(92) + "), the file has " + size + " bytes";
            throw damaged(b.getInt(24) != b.getInt(92) ? "its beginning is damaged"
                    : pages * pageSize > size ? "it ends too early" : "it has extra bytes at its end", details);
        }
        if (b.getInt(56) != 1) {
            throw refuse("its text is not UTF-8");
        }
        if (b.getInt(68) != APPLICATION_ID) {
            throw refuse("it is a SQLite database, but not a Peeragogy Reader notes file");
        }
        if (b.getInt(60) != FORMAT_VERSION) {
            throw refuse("it was written by a newer version of Peeragogy Reader (format " + b.getInt(60) + ")");
        }
    }

    /** A read-only connection that trusts nothing in the file: limits, no mmap, checked cells, no schema code. */
    static Connection openHardened(Path copy) throws SQLException, ShareException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        Connection c = config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath());
        try {
            SQLiteConnection sc = c.unwrap(SQLiteConnection.class);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, 1_000_000);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, 100_000);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_COLUMN, 64);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH, 64);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, 4);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_VDBE_OP, 100_000);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG, 8);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 64);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER, 32);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_TRIGGER_DEPTH, 1);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA trusted_schema=OFF");
                s.execute("PRAGMA cell_size_check=ON");
                s.execute("PRAGMA mmap_size=0");
                s.execute("PRAGMA query_only=ON");
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    if (!rs.next() || !"ok".equals(rs.getString(1)) || rs.next()) {
                        throw damaged("parts of it are unreadable", "PRAGMA quick_check did not say ok");
                    }
                }
                checkSchema(s);
            }
            return c;
        } catch (SQLException | ShareException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void checkSchema(Statement s) throws SQLException, ShareException {
        Set<String> found = new HashSet<>();
        int rows = 0;
        try (ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                if (++rows > 64) {
                    throw refuse("it holds far more tables than a notes file");
                }
                String type = rs.getString(1);
                String name = rs.getString(2);
                String row = type + "|" + name + "|" + rs.getString(3) + "|" + normalize(rs.getString(4));
                if (!ALLOWED.contains(row)) {
                    throw refuse("it holds something a notes file never has (" + describe(type, name) + ")");
                }
                found.add(row);
            }
        }
        if (!found.containsAll(REQUIRED)) {
            throw refuse("tables a notes file needs are missing");
        }
    }

    private static String describe(String type, String name) {
        String n = name == null ? "?" : name.replaceAll("[^A-Za-z0-9_ .-]", "?");
        n = n.length() > 40 ? n.substring(0, 40) + "…" : n;
        String t = switch (String.valueOf(type)) {
            case "trigger" -> "a trigger";
            case "view" -> "a view";
            case "index" -> "an index";
            case "table" -> "a table";
            default -> "an unknown object";
        };
        return t + " named " + n + (ALLOWED.stream().anyMatch(a -> a.startsWith("table|" + name + "|"))
                ? " with unexpected columns" : "");
    }

    private static ImportFile readChecked(Connection c) throws SQLException, ShareException {
        Map<String, String> meta = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM meta WHERE typeof(key) <> 'text'"
                    + " OR typeof(value) <> 'text' OR length(key) > 300 OR length(value) > 1000")) {
                if (rs.getInt(1) > 0 ) {
                    throw refuse("its metadata is malformed");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM meta")) {
                if (rs.getInt(1) > 10_000) {
                    throw refuse("its metadata is far too large");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT key, value FROM meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            if (!FORMAT.equals(meta.get("format")) || !String.valueOf(FORMAT_VERSION).equals(meta.get("format_version"))) {
                throw refuse("its metadata does not name the notes format");
            }
            String book = meta.getOrDefault("book_identity", "");
            if (book.isBlank() || book.length() > 200) {
                throw refuse("it does not say which handbook it is for");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM annotation")) {
                NoteCheck.limitCount(rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM annotation WHERE"
                    + " typeof(id) <> 'text' OR typeof(book_identity) <> 'text' OR typeof(chapter_id) <> 'text'"
                    + " OR typeof(kind) <> 'text' OR typeof(colour) <> 'text' OR typeof(note) <> 'text'"
                    + " OR typeof(author) <> 'text' OR typeof(created_at) <> 'text' OR typeof(updated_at) <> 'text'"
                    + " OR typeof(quote_exact) NOT IN ('text', 'null') OR typeof(quote_prefix) NOT IN ('text', 'null')"
                    + " OR typeof(quote_suffix) NOT IN ('text', 'null') OR typeof(position_start) NOT IN ('integer', 'null')"
                    + " OR typeof(position_end) NOT IN ('integer', 'null') OR typeof(block_id) NOT IN ('text', 'null')"
                    + " OR typeof(text_fingerprint) NOT IN ('text', 'null') OR typeof(deleted_at) NOT IN ('text', 'null')")) {
                if (rs.getInt(1) > 0) {
                    throw refuse(rs.getInt(1) + " of its notes have values of the wrong type");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM annotation_tag WHERE typeof(annotation_id)"
                    + " <> 'text' OR typeof(tag) <> 'text') + (SELECT count(*) FROM share_base WHERE"
                    + " typeof(annotation_id) <> 'text' OR typeof(base_updated) <> 'text') + (SELECT count(*) FROM author"
                    + " WHERE typeof(name) <> 'text' OR typeof(colour) <> 'text')")) {
                if (rs.getInt(1) > 0) {
                    throw refuse("its tags, authors or shared revisions have values of the wrong type");
                }
            }
        }
        Map<String, List<String>> tags = new HashMap<>();
        int tagRows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT annotation_id, tag FROM annotation_tag")) {
            while (rs.next()) {
                if (++tagRows > NoteCheck.MAX_NOTES * 4) {
                    throw refuse("it holds far too many tags");
                }
                tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, Instant> bases = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT annotation_id, base_updated FROM share_base")) {
            while (rs.next()) {
                bases.put(rs.getString(1), NoteCheck.time(rs.getString(2), "last shared", "a note's shared revision"));
            }
        }
        Map<String, String> colours = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, colour FROM author LIMIT 10000")) {
            while (rs.next()) {
                String name = NoteCheck.author(rs.getString(1), "an author");
                String colour = rs.getString(2);
                if (colour != null && colour.matches("#[0-9a-f]{6}")) {
                    colours.put(name, colour);
                }
            }
        }
        Map<String, String> sources = NotesFileSources.read(c);
        List<ShareStore.Incoming> notes = new ArrayList<>();
        List<ImportFile.Skipped> skipped = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, book_identity, chapter_id, kind,"
                + " colour, note, author, created_at, updated_at, quote_exact, quote_prefix, quote_suffix, position_start,"
                + " position_end, block_id, text_fingerprint, deleted_at FROM annotation")) {
            int n = 0;
            while (rs.next()) {
                n++;
                try {
                    notes.add(row(rs, n, tags, bases, sources));
                } catch (NoteCheck.Skip skip) {
                    skipped.add(new ImportFile.Skipped("note " + n, skip.getMessage()));
                }
            }
        }
        NoteCheck.uniqueIds(notes);
        return new ImportFile("notes", meta.get("book_identity"), notes, colours, meta, skipped, List.of());
    }

    private static ShareStore.Incoming row(ResultSet rs, int n, Map<String, List<String>> tags, Map<String, Instant> bases,
                                           Map<String, String> sources) throws SQLException, ShareException, NoteCheck.Skip {
        String where = "note " + n;
        String id = NoteCheck.uuid(rs.getString("id"), where);
        String book = NoteCheck.text(rs.getString("book_identity"), 200, "handbook name", where);
        String chapter = rs.getString("chapter_id");
        // A notes file is ours: an id no file can have means it was made by hand or damaged, and it is
        // refused whole, like any other value out of range (skipping single notes is another issue).
        if (!NoteCheck.isChapterId(chapter)) {
            throw NoteCheck.bad(where, "names a chapter id no file name can have (empty, longer than "
                    + ChapterIds.MAX_LENGTH + " characters, or with a '/', a control or a bidirectional control character)");
        }
        Annotation.Kind kind;
        try {
            kind = Annotation.Kind.ofCode(rs.getString("kind"));
        } catch (IllegalArgumentException e) {
            throw NoteCheck.bad(where, "has an unknown kind");
        }
        Annotation.Colour colour = Annotation.Colour.ofCode(rs.getString("colour"))
                .orElseThrow(() -> NoteCheck.bad(where, "has an unknown colour"));
        String note = NoteCheck.content(rs.getString("note"), NoteCheck.MAX_NOTE, "note", where);
        String author = NoteCheck.author(rs.getString("author"), where);
        Instant created = NoteCheck.time(rs.getString("created_at"), "created", where);
        Instant updated = NoteCheck.time(rs.getString("updated_at"), "updated", where);
        String deletedText = rs.getString("deleted_at");
        Optional<Instant> deleted = deletedText == null ? Optional.empty()
                : Optional.of(NoteCheck.time(deletedText, "deleted", where));
        Optional<TextAnchor> anchor = Optional.empty();
        String exact = rs.getString("quote_exact");
        if (exact != null && deleted.isEmpty()) {
            Object ps = rs.getObject("position_start");
            Object pe = rs.getObject("position_end");
            long start = ps == null ? 0 : ((Number) ps).longValue();
            long end = pe == null ? start : ((Number) pe).longValue();
            if (start < 0 || end < start || end > 50_000_000) {
                throw NoteCheck.bad(where, "has an impossible position");
            }
            anchor = Optional.of(new TextAnchor(new TextQuoteSelector(
                    NoteCheck.content(exact, NoteCheck.MAX_QUOTE, "quote", where),
                    NoteCheck.content(rs.getString("quote_prefix"), NoteCheck.MAX_CONTEXT, "quote context", where),
                    NoteCheck.content(rs.getString("quote_suffix"), NoteCheck.MAX_CONTEXT, "quote context", where)),
                    new TextPositionSelector((int) start, (int) end),
                    NoteCheck.text(rs.getString("block_id"), 200, "block id", where),
                    NoteCheck.text(rs.getString("text_fingerprint"), 200, "fingerprint", where)));
        }
        List<String> t = deleted.isPresent() ? List.of() : NoteCheck.tags(tags.getOrDefault(rs.getString("id"), List.of()), where);
        Annotation a = new Annotation(id, book, chapter, kind, colour, deleted.isPresent() ? "" : note, t, author,
                created, updated, anchor, deleted);
        return new ShareStore.Incoming(a, Optional.ofNullable(bases.get(rs.getString("id"))),
                Optional.ofNullable(sources.get(rs.getString("id"))));
    }
}
