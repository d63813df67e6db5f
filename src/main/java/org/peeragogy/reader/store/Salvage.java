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
     * @param colours    authors' layer colours, where they could be read
     * @param unreadable row ids whose row could not be read (an estimate of the notes lost: ids inside a
     *                   damaged page count whether or not a note had them)
     */
    public record Result(List<Annotation> notes, Map<String, Instant> bases, Map<String, String> colours,
                         long unreadable) {
        public Result {
            notes = List.copyOf(notes);
            bases = Map.copyOf(bases);
            colours = Map.copyOf(colours);
        }

        static final Result NOTHING = new Result(List.of(), Map.of(), Map.of(), 0);
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
        // First one pass in row id order, as far as it gets: the whole table when its pages are whole.
        long last = 0;
        boolean whole = false;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid AS salvage_rowid, "
                + AnnotationStore.COLUMNS + " FROM annotation ORDER BY rowid")) {
            while (rs.next()) {
                last = rs.getLong("salvage_rowid");
                try {
                    Annotation a = AnnotationStore.read(rs);
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
            String sql = "SELECT " + AnnotationStore.COLUMNS + " FROM annotation WHERE rowid = ?";
            for (long rowid = last + 1; rowid <= Math.min(max, last + MAX_PROBES); rowid++) {
                // A statement that met a damaged page may be left unusable, so each row gets its own.
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, rowid);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Annotation a = AnnotationStore.read(rs);
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
        Map<String, String> colours = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, colour FROM author")) {
            while (rs.next()) {
                colours.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            // Colours are a nicety; those read so far are kept.
        }
        return new Result(new ArrayList<>(notes.values()), bases, colours, unreadable);
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
                tags.getOrDefault(id, List.of()), a.author(), a.created(), a.updated(), a.anchor(), a.deleted()));
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
