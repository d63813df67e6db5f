package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;

/**
 * Reads the notes that can still be read from a damaged notes file, row by row, skipping rows on damaged
 * pages (docs/decisions/0010). The file itself is never opened: the work is done on a private copy in
 * the temporary folder (with its {@code -wal}, so that notes only in the log are found too), whose
 * header is first put right where it is wrong (the 16-byte magic, a page count longer than the file), and
 * which is deleted afterwards. Blocks on disk: call it off the FX thread.
 */
public final class Salvage {
    /** Most row ids tried one by one, so that a damaged maximum cannot keep it busy for hours. */
    static final long MAX_PROBES = 1_000_000;
    /** How far past the last row id read a scan that stopped early keeps trying. */
    static final long PAST_THE_LAST = 10_000;

    /**
     * What could be read.
     *
     * @param notes      every note read whole, tombstones included, with its tags when they could be read
     * @param bases      the last-shared revision of notes, where it could be read
     * @param people     authors' layers by author id (name, nickname, colour), where they could be read
     * @param privates   ids of the notes marked private, where they could be read
     * @param reader     the reader's author id and name, when they could be read, so that a new profile can
     *                   go on as the same person and the salvaged notes stay theirs
     * @param unreadable row ids whose row could not be read (an estimate of the notes lost: ids inside a
     *                   damaged page count whether or not a note had them)
     */
    public record Result(List<Annotation> notes, Map<String, Instant> bases, Map<String, AuthorStore.Person> people,
                         java.util.Set<String> privates, java.util.Optional<AuthorStore.Person> reader, long unreadable,
                         Conversation conversation) {
        /** Without replies, questions or votes (a file from before them). Any thread. */
        public Result(List<Annotation> notes, Map<String, Instant> bases, Map<String, AuthorStore.Person> people,
                      java.util.Set<String> privates, java.util.Optional<AuthorStore.Person> reader, long unreadable) {
            this(notes, bases, people, privates, reader, unreadable, Conversation.NONE);
        }

        public Result {
            notes = List.copyOf(notes);
            bases = Map.copyOf(bases);
            people = Map.copyOf(people);
            privates = java.util.Set.copyOf(privates);
            conversation = conversation == null ? Conversation.NONE : conversation;
        }

        static final Result NOTHING = new Result(List.of(), Map.of(), Map.of(), java.util.Set.of(),
                java.util.Optional.empty(), 0);
    }

    private Salvage() {
    }

    /**
     * Everything that can still be read from the notes file {@code damaged}; never changes it, and never
     * throws (what cannot be read is counted in {@link Result#unreadable()}, or the result is empty). Threads:
     * copies and reads the file, so not the FX thread.
     */
    public static Result read(Path damaged) {
        if (!Files.isRegularFile(damaged)) {
            return Result.NOTHING;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("peeragogy-salvage-");
            Path copy = dir.resolve("copy.db");
            Files.copy(damaged, copy);
            Path wal = Path.of(damaged + "-wal");
            if (Files.isRegularFile(wal)) {
                Files.copy(wal, Path.of(copy + "-wal"));
            }
            repairHeader(copy);
            try (Connection c = Sqlite.readWrite(copy)) {
                return readRows(c);
            }
        } catch (IOException | SQLException e) {
            return Result.NOTHING;
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    /**
     * Makes the copy's header one SQLite will open: the magic written back, a missing page size guessed as
     * 4096, the in-header page count disowned (SQLite then counts the file's pages) and the copy cut to
     * whole pages. Pages themselves are left as they are; SQLite reports those it cannot read.
     */
    static void repairHeader(Path copy) throws IOException {
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (ch.size() < FileHeader.SIZE) {
                return;
            }
            ByteBuffer h = ByteBuffer.allocate(FileHeader.SIZE);
            ch.read(h, 0);
            byte[] b = h.array();
            System.arraycopy(FileHeader.MAGIC, 0, b, 0, FileHeader.MAGIC.length);
            int pageSize = FileHeader.pageSize(b).orElse(4096);
            b[16] = (byte) (pageSize == 65536 ? 0 : pageSize >> 8);
            b[17] = (byte) (pageSize == 65536 ? 1 : pageSize & 0xff);
            h.putInt(92, h.getInt(24) + 1);
            ch.write(ByteBuffer.wrap(b), 0);
            ch.truncate(ch.size() / pageSize * pageSize);
        }
    }

    private static Result readRows(Connection c) throws SQLException {
        Map<String, Annotation> notes = new LinkedHashMap<>();
        long unreadable = 0;
        // A file from before author ids (schema 4) has no author_id column: its notes get ids made from names.
        boolean ids = hasColumn(c, "annotation", "author_id");
        String columns = ids ? AnnotationStore.COLUMNS : AnnotationStore.COLUMNS.replace(", author_id", ", '' AS author_id");
        // First one pass in row id order, as far as it gets: the whole table when its pages are whole.
        long last = 0;
        boolean whole = false;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid AS salvage_rowid, "
                + columns + " FROM annotation ORDER BY rowid")) {
            while (rs.next()) {
                last = rs.getLong("salvage_rowid");
                try {
                    Annotation a = AnnotationReads.read(rs);
                    notes.put(a.id(), a);
                } catch (RuntimeException e) {
                    unreadable++; // a value damaged into something no note has
                }
            }
            whole = true;
        } catch (SQLException stopped) {
            // At a damaged page: the rows after it are tried one by one.
        }
        if (!whole) {
            long max = lastRowId(c, last);
            String sql = "SELECT " + columns + " FROM annotation WHERE rowid = ?";
            for (long rowid = last + 1; rowid <= Math.min(max, last + MAX_PROBES); rowid++) {
                // A statement that met a damaged page may be left unusable, so each row gets its own.
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, rowid);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Annotation a = AnnotationReads.read(rs);
                            notes.put(a.id(), a);
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    unreadable++;
                }
            }
        }
        withTags(c, notes);
        Map<String, Instant> bases = new LinkedHashMap<>();
        for (String id : notes.keySet()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT base_updated FROM annotation_share WHERE annotation_id = ? AND base_updated IS NOT NULL")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        bases.put(id, Instant.parse(rs.getString(1)));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // An older schema, or a damaged page: the note is kept without its base.
            }
        }
        Map<String, AuthorStore.Person> people = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ids
                ? "SELECT id, name, coalesce(nickname, ''), colour FROM author"
                : "SELECT '', name, '', colour FROM author")) {
            while (rs.next()) {
                String id = ids ? rs.getString(1) : AuthorIds.fromName(rs.getString(2));
                people.put(id, new AuthorStore.Person(id, rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException | RuntimeException e) {
            // Names and colours are niceties (each note has its author's name); those read so far are kept.
        }
        java.util.Set<String> privates = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT annotation_id FROM annotation_share WHERE private = 1")) {
            while (rs.next()) {
                privates.add(rs.getString(1));
            }
        } catch (SQLException e) {
            // An older schema (no private notes), or a damaged page: those read so far stay private.
        }
        return new Result(new ArrayList<>(notes.values()), bases, people, privates, reader(c), unreadable,
                conversation(c, notes));
    }

    /**
     * The replies, questions and votes that can still be read (issue 15): links of the notes read, and votes;
     * row by row, so that a damaged row loses only itself. None from a file before schema 7.
     */
    private static Conversation conversation(Connection c, Map<String, Annotation> notes) {
        Map<String, org.peeragogy.reader.book.NoteLink> links = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT annotation_id, parent_id, question, answered_by FROM note_link")) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (id != null && notes.containsKey(id)) {
                    links.put(id, new org.peeragogy.reader.book.NoteLink(id,
                            java.util.Optional.ofNullable(rs.getString(2)), rs.getInt(3) == 1,
                            java.util.Optional.ofNullable(rs.getString(4))));
                }
            }
        } catch (SQLException | RuntimeException e) {
            // An older schema, or a damaged page: the links read so far are kept.
        }
        List<org.peeragogy.reader.book.Vote> votes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v.annotation_id, v.book_identity,"
                + " v.voter_id, coalesce((SELECT name FROM author WHERE id = v.voter_id), ''), v.value, v.updated_at"
                + " FROM vote v")) {
            while (rs.next()) {
                try {
                    votes.add(new org.peeragogy.reader.book.Vote(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), Instant.parse(rs.getString(6))));
                } catch (RuntimeException e) {
                    // A value damaged into something no vote has: that vote only is lost.
                }
            }
        } catch (SQLException | RuntimeException e) {
            // An older schema, or a damaged page: the votes read so far are kept.
        }
        return new Conversation(links, votes);
    }

    /** The reader's id and name from the damaged file's settings, when both read well. */
    private static java.util.Optional<AuthorStore.Person> reader(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT value FROM setting"
                + " WHERE key = '" + SettingsStore.READER_ID + "'), (SELECT value FROM setting WHERE key = '"
                + SettingsStore.READER_NAME + "')")) {
            String id = rs.getString(1);
            String name = rs.getString(2);
            return AuthorIds.isReaderId(id) ? java.util.Optional.of(new AuthorStore.Person(id,
                    name == null ? "" : name, "", "")) : java.util.Optional.empty();
        } catch (SQLException e) {
            return java.util.Optional.empty(); // on a damaged page: the new profile gets a new id
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM " + table + " LIMIT 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The highest row id of the notes table, or, when that page is damaged, {@value #PAST_THE_LAST} past {@code seen}. */
    private static long lastRowId(Connection c, long seen) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(rowid) FROM annotation")) {
            return Math.max(rs.getLong(1), seen);
        } catch (SQLException e) {
            return seen + PAST_THE_LAST;
        }
    }

    /** Gives each note its tags: all in one pass, else note by note; a note whose tags are lost keeps none. */
    private static void withTags(Connection c, Map<String, Annotation> notes) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT annotation_id, tag FROM annotation_tag ORDER BY annotation_id, tag")) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            tags.clear();
            for (String id : notes.keySet()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT tag FROM annotation_tag WHERE annotation_id = ? ORDER BY tag")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            tags.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(1));
                        }
                    }
                } catch (SQLException lost) {
                    tags.remove(id); // its tags are on a damaged page: the note without them
                }
            }
        }
        notes.replaceAll((id, a) -> new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), a.note(),
                tags.getOrDefault(id, List.of()), a.author(), a.authorId(), a.created(), a.updated(), a.anchor(),
                a.deleted()));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A copy left in the temporary folder is the system's to clear.
        }
    }
}
