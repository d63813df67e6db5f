package org.peeragogy.reader.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/** Opening SQLite connections in the modes the store needs, and reading what its errors mean. */
final class Sqlite {
    // Primary result codes (https://sqlite.org/rescode.html); sqlite-jdbc may report extended ones.
    static final int PERM = 3;
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int READONLY = 8;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int NOTADB = 26;
    static final int AUTH = 23;

    private Sqlite() {
    }

    /**
     * A read-write connection. Every transaction begins IMMEDIATE: it takes the write lock before it
     * reads, so it waits (busy_timeout) for another connection's write instead of failing at once with
     * "database is locked" when its snapshot turns out stale (WAL's BUSY_SNAPSHOT).
     */
    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /**
     * A read-only connection ({@code mode=ro}). With {@code immutable}, SQLite also takes no locks and
     * needs no {@code -shm} file: the only way to read a WAL database in a folder where none can be
     * created, at the price of not seeing changes another program makes meanwhile.
     */
    static Connection readOnly(Path file, boolean immutable) throws SQLException {
        String uri = file.toAbsolutePath().toUri().toASCIIString() + "?mode=ro" + (immutable ? "&immutable=1" : "");
        return DriverManager.getConnection("jdbc:sqlite:" + uri);
    }

    /**
     * Runs {@code PRAGMA quick_check} on every b-tree of the file: the schema and each ordinary table with
     * its indexes, the full-text index's shadow tables included. Returns the complaints (empty when whole).
     *
     * <p>Table by table rather than once for the whole file: the whole-file form also runs FTS5's own
     * check of the search index's contents (derived data, rebuilt from the handbook at any time), which
     * was four fifths of the time on a file with 10,000 notes; table by table finds every one of 421
     * pages inverted in turn in such a file, as the whole-file form does. Not checked: the list of free
     * pages (docs/decisions/0010).
     */
    static List<String> quickCheck(Connection c) throws SQLException {
        List<String> trees = new ArrayList<>(List.of("sqlite_schema"));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema"
                + " WHERE type = 'table' AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'")) {
            while (rs.next()) {
                trees.add(rs.getString(1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String tree : trees) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA quick_check(\"" + tree.replace("\"", "\"\"") + "\")")) {
                while (rs.next() && problems.size() < 20) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
        }
        return problems;
    }

    static int primaryCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s.getResultCode().code & 0xff;
            }
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                return s.getErrorCode() & 0xff;
            }
        }
        return 0;
    }

    /** True when {@code e} (or a cause) is SQLITE_FULL or the system's "No space left on device". */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof SQLException && primaryCode(t) == FULL) || mentions(t, "No space left on device")
                    || mentions(t, "SQLITE_FULL")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e} (or a cause) is SQLITE_BUSY or SQLITE_LOCKED: another connection (another
     * program, or the reader's own import) held the file's write lock past the busy timeout.
     */
    static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof SQLException && (primaryCode(t) == BUSY || primaryCode(t) == LOCKED))
                    || mentions(t, "SQLITE_BUSY") || mentions(t, "database is locked")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code e} (or a cause) says the file or the file system may not be written. */
    static boolean isReadOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof SQLException && primaryCode(t) == READONLY) || t instanceof AccessDeniedException
                    || mentions(t, "Read-only file system") || mentions(t, "SQLITE_READONLY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable t, String words) {
        String m = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
        return m != null && m.contains(words);
    }

    /** SQLite's own words for an error, without the result code's name and on one line. */
    static String reason(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int open = m.lastIndexOf('(');
        if (m.startsWith("[SQLITE_") && open > 0 && m.endsWith(")")) {
            m = m.substring(open + 1, m.length() - 1);
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one reported.
            }
        }
    }
}
