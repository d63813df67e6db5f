package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which file a notes file is, so that a copy of it can be told (fresh tester t34's F1, decision 0094): the file's inode
 * number, kept in the file itself ({@link #KEY}). A byte copy ({@code cp -a}, a file manager, {@code tar x}, a backup
 * put back by hand) is a new file with another number, and keeps the number of the file it was copied from; moving a
 * stick or a disk between computers, renaming the folder, SQLite's own writes (its WAL, {@code VACUUM}) keep the file.
 * Where the number is not the file's own for good, nothing is told (never a question that is not needed): another
 * system without {@code unix:ino}, and file systems that make the numbers anew at each mount (FAT and exFAT unless
 * mounted with {@code nfs=nostale_ro}, FUSE and network file systems). Threads: the caller's connection, one at a time.
 */
final class FileIdentity {
    /** The setting that holds the identity of the file it was last opened as ({@code ino:<number>}). */
    static final String KEY = "notes.file.identity";
    /** File systems whose inode numbers are made per mount (Linux's fat and exfat drivers use {@code iunique}). */
    private static final Set<String> PER_MOUNT = Set.of("vfat", "msdos", "fat", "exfat", "fuseblk", "fuse",
            "fuse.exfat", "cifs", "smb3", "smbfs", "nfs", "nfs4", "9p", "vboxsf");

    private FileIdentity() {
    }

    /** The file's identity now; empty where it cannot be known for good (see the class). Reads the disk. */
    static Optional<String> of(Path file) {
        try {
            String type = Files.getFileStore(file).type().toLowerCase(Locale.ROOT);
            if (PER_MOUNT.contains(type) || type.startsWith("fuse.")) {
                return Optional.empty();
            }
            Object ino = Files.getAttribute(file, "unix:ino");
            return ino == null ? Optional.empty() : Optional.of("ino:" + ino);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return Optional.empty(); // not known here: nothing is asked
        }
    }

    /** Keeps the file's identity when none is kept yet (a new file, or one from before decision 0094). */
    static void recordIfNone(Connection c, Path file) throws SQLException {
        Optional<String> now = of(file);
        if (now.isPresent() && kept(c).isEmpty()) {
            put(c, now.get());
        }
    }

    /** Whether the file is a copy: an identity is kept, and the file's own now is another. */
    static boolean copied(Connection c, Path file) throws SQLException {
        Optional<String> now = of(file);
        Optional<String> kept = kept(c);
        return now.isPresent() && kept.isPresent() && !kept.get().equals(now.get());
    }

    /** Keeps the file's identity now (once the reader said who they are), or nothing where it is not known. */
    static void record(Connection c, Path file) throws SQLException {
        Optional<String> now = of(file);
        if (now.isPresent()) {
            put(c, now.get());
        }
    }

    /** Forgets the identity kept in a file the reader makes itself from another (a seed, a backup put back). */
    static void forget(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            ps.setString(1, KEY);
            ps.executeUpdate();
        }
    }

    private static Optional<String> kept(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void put(Connection c, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, KEY);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
