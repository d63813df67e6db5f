package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;
import org.sqlite.SQLiteOpenMode;

/**
 * The structure of a notes file from a stranger, checked before any of its values is read (decision 0008):
 * the 100-byte header before SQLite sees the file, then a read-only connection with limits that trusts
 * nothing in it, and its {@code sqlite_master} compared with the exact allow-list of its format (1 or 2).
 * Every refusal is a {@link ShareException} saying what was wrong and that nothing was changed.
 */
final class NotesFileGate {
    private static final Map<Integer, Set<String>> ALLOWED = new HashMap<>();
    private static final Map<Integer, Set<String>> REQUIRED = new HashMap<>();

    static {
        for (int version = 1; version <= NotesFile.FORMAT_VERSION; version++) {
            Set<String> required = new HashSet<>();
            for (String sql : version == 1 ? NotesFile.SCHEMA_V1 : NotesFile.SCHEMA) {
                required.addAll(rows(sql));
            }
            if (version >= NotesFileConversation.VERSION) {
                required.addAll(rows(NotesFileConversation.LINK_SCHEMA));
                required.addAll(rows(NotesFileConversation.VOTE_SCHEMA));
            }
            Set<String> allowed = new HashSet<>(required);
            allowed.addAll(rows(NotesFileSources.SCHEMA));
            if (version >= 2) {
                allowed.addAll(rows(NotesFile.PRIVATE_SCHEMA));
            }
            REQUIRED.put(version, Set.copyOf(required));
            ALLOWED.put(version, Set.copyOf(allowed));
        }
    }

    private NotesFileGate() {
    }

    private static List<String> rows(String sql) {
        String name = sql.strip().split("\\s+")[2];
        return List.of("table|" + name + "|" + name + "|" + NotesFile.normalize(sql),
                "index|sqlite_autoindex_" + name + "_1|" + name + "|");
    }

    /** The 100-byte header, checked before SQLite sees the file; returns the file's format (1 to 3). */
    static int checkHeader(byte[] h, long size) throws ShareException {
        return checkHeader(h, size, NotesFile.FORMAT_VERSION);
    }

    /**
     * The header checked by a reader of formats up to {@code newest}: how a version that reads fewer formats
     * refuses a newer file (tests call it with an older {@code newest}, the same code path that version has).
     */
    static int checkHeader(byte[] h, long size, int newest) throws ShareException {
        if (!NotesFile.looksLikeSqlite(h)) {
            throw NotesFile.refuse(ImportReason.NOT_SQLITE);
        }
        ByteBuffer b = ByteBuffer.wrap(h);
        int pageSize = b.getShort(16) & 0xffff;
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw NotesFile.refuse(ImportReason.IMPOSSIBLE_PAGE_SIZE);
        }
        if (h[18] != 1 || h[19] != 1) {
            throw NotesFile.refuse(ImportReason.WAL_MODE);
        }
        if (h[20] != 0 || h[21] != 64 || h[22] != 32 || h[23] != 32) {
            throw NotesFile.damaged(ImportReason.BEGINNING_DAMAGED, "payload fractions " + h[21] + "/" + h[22] + "/" + h[23]);
        }
        if (size > NotesFile.MAX_BYTES) {
            throw NotesFile.refuse(Reason.of(ImportReason.NOTES_FILE_TOO_LARGE, NotesFile.MAX_BYTES >> 20));
        }
        long pages = b.getInt(28) & 0xffffffffL;
        if (b.getInt(24) != b.getInt(92) || pages * pageSize != size || size % pageSize != 0) {
            String details = "its header says " + pages + " pages of " + pageSize + " bytes (change counters "
                    + b.getInt(24) + " and " + b.getInt(92) + "), the file has " + size + " bytes";
            throw NotesFile.damaged(b.getInt(24) != b.getInt(92) ? ImportReason.BEGINNING_DAMAGED
                    : pages * pageSize > size ? ImportReason.ENDS_TOO_EARLY : ImportReason.EXTRA_BYTES, details);
        }
        if (b.getInt(56) != 1) {
            throw NotesFile.refuse(ImportReason.NOT_UTF8);
        }
        if (b.getInt(68) != NotesFile.APPLICATION_ID) {
            throw NotesFile.refuse(ImportReason.NOT_OURS);
        }
        int version = b.getInt(60);
        if (version > newest) {
            throw NotesFile.refuse(Reason.of(ImportReason.NEWER_FORMAT, version));
        }
        if (version < 1) {
            throw NotesFile.refuse(Reason.of(ImportReason.NO_FORMAT, version));
        }
        return version;
    }

    /**
     * The largest value, in bytes, the hardened connection hands over (SQLite's length limit): ten times the longest
     * note a reader saves in UTF-8's worst case is more than any field needs. A larger value is read around
     * ({@code NotesFileReader.guarded}), never read.
     */
    static final int MAX_VALUE_BYTES = 1_000_000;

    /** A read-only connection that trusts nothing in the file: limits, no mmap, checked cells, no schema code. */
    static Connection openHardened(Path copy, int version) throws SQLException, ShareException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        Connection c = config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath());
        try {
            SQLiteConnection sc = c.unwrap(SQLiteConnection.class);
            sc.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
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
                        throw NotesFile.damaged(ImportReason.PARTS_UNREADABLE, "PRAGMA quick_check did not say ok");
                    }
                }
                checkSchema(s, version);
            }
            return c;
        } catch (SQLException | ShareException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void checkSchema(Statement s, int version) throws SQLException, ShareException {
        Set<String> allowed = ALLOWED.get(version);
        Set<String> found = new HashSet<>();
        int rows = 0;
        try (ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                if (++rows > 64) {
                    throw NotesFile.refuse(ImportReason.TOO_MANY_TABLES);
                }
                String type = rs.getString(1);
                String name = rs.getString(2);
                String row = type + "|" + name + "|" + rs.getString(3) + "|" + NotesFile.normalize(rs.getString(4));
                if (!allowed.contains(row)) {
                    throw NotesFile.refuse(Reason.of(ImportReason.SOMETHING_ELSE, describe(type, name, allowed)));
                }
                found.add(row);
            }
        }
        if (!found.containsAll(REQUIRED.get(version))) {
            throw NotesFile.refuse(ImportReason.TABLES_MISSING);
        }
    }

    private static Reason describe(String type, String name, Set<String> allowed) {
        String n = name == null ? "?" : name.replaceAll("[^A-Za-z0-9_ .-]", "?");
        n = n.length() > 40 ? n.substring(0, 40) + "…" : n;
        ImportReason t = switch (String.valueOf(type)) {
            case "trigger" -> ImportReason.A_TRIGGER;
            case "view" -> ImportReason.A_VIEW;
            case "index" -> ImportReason.AN_INDEX;
            case "table" -> ImportReason.A_TABLE;
            default -> ImportReason.AN_UNKNOWN_OBJECT;
        };
        return Reason.of(allowed.stream().anyMatch(a -> a.startsWith("table|" + name + "|"))
                ? ImportReason.OBJECT_NAMED_COLUMNS : ImportReason.OBJECT_NAMED, Reason.of(t), n);
    }

}
