package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
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
 * mounted with {@code nfs=nostale_ro}, FUSE and network file systems).
 *
 * <p>On FAT and exFAT (most sticks as sold) the identity is the volume's and the path's instead:
 * {@code vol:<serial>:<path from the mount point>}. The serial is the name of udev's link in {@code /dev/disk/by-uuid/}
 * that points at the file system's device: for FAT and exFAT, blkid's {@code UUID} is the volume serial number
 * ({@code 1A2B-3C4D}; libblkid(3), "udev /dev/disk/by-*", and {@code blkid} on a {@code mkfs.vfat} image here:
 * {@code UUID="9DC2-4A00" TYPE="vfat"}). Formatting or copying onto another stick gives another serial; the same stick
 * on another computer keeps both; renaming the folder on the stick asks once. No link (a container, another system):
 * nothing is told, as before. An identity of the other kind ({@code ino:} kept, {@code vol:} now, or the reverse) is
 * no copy: it is replaced at the next writable open. Threads: the caller's connection, one at a time.
 */
final class FileIdentity {
    /** The setting that holds the identity of the file it was last opened as ({@code ino:<number>}). */
    static final String KEY = "notes.file.identity";
    /** File systems whose inode numbers are made per mount (Linux's fat and exfat drivers use {@code iunique}). */
    private static final Set<String> PER_MOUNT = Set.of("vfat", "msdos", "fat", "exfat", "fuseblk", "fuse",
            "fuse.exfat", "cifs", "smb3", "smbfs", "nfs", "nfs4", "9p", "vboxsf");
    /** Of those, the ones on a block device whose volume serial udev names in {@code by-uuid} (fuseblk: exfat-fuse). */
    private static final Set<String> BY_VOLUME = Set.of("vfat", "msdos", "fat", "exfat", "fuseblk");
    /** Where udev keeps one link per file system, named by its UUID (a FAT volume's serial), readable by every user. */
    private static final Path BY_UUID = Path.of("/dev/disk/by-uuid");

    private FileIdentity() {
    }

    /** The file's identity now; empty where it cannot be known for good (see the class). Reads the disk. */
    static Optional<String> of(Path file) {
        try {
            FileStore store = Files.getFileStore(file);
            String type = store.type().toLowerCase(Locale.ROOT);
            Path real = file.toRealPath();
            return of(real, type, store.name(), BY_VOLUME.contains(type) ? mountPoint(real, store) : real, BY_UUID);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return Optional.empty(); // not known here: nothing is asked
        }
    }

    /**
     * The identity of {@code file} on a file system of {@code type} on {@code device} mounted at {@code mountPoint}, the
     * volume's serial looked up among the links in {@code byUuid} (a test's own folder). Reads the disk; empty where
     * it cannot be known (see the class), never an exception.
     */
    static Optional<String> of(Path file, String type, String device, Path mountPoint, Path byUuid) {
        try {
            if (BY_VOLUME.contains(type)) {
                Path inside = mountPoint.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
                return serial(device, byUuid).map(s -> "vol:" + s + ":" + slashed(inside));
            }
            if (PER_MOUNT.contains(type) || type.startsWith("fuse.")) {
                return Optional.empty();
            }
            Object ino = Files.getAttribute(file, "unix:ino");
            return ino == null ? Optional.empty() : Optional.of("ino:" + ino);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return Optional.empty(); // not known here: nothing is asked
        }
    }

    /**
     * The name of the link in {@code byUuid} that points at {@code device} ({@code ../../sdb1}), if any; a device named
     * through a link of its own ({@code /dev/mapper/stick -> ../dm-0}) is matched by where both lead.
     */
    private static Optional<String> serial(String device, Path byUuid) throws IOException {
        if (device == null || device.isEmpty() || !Files.isDirectory(byUuid)) {
            return Optional.empty();
        }
        Path dev = Path.of(device).toAbsolutePath().normalize();
        Path real = Files.exists(dev) ? dev.toRealPath() : dev;
        try (DirectoryStream<Path> links = Files.newDirectoryStream(byUuid)) {
            for (Path link : links) {
                if (Files.isSymbolicLink(link)) {
                    Path to = byUuid.resolve(Files.readSymbolicLink(link)).toAbsolutePath().normalize();
                    if (to.equals(dev) || Files.exists(to) && to.toRealPath().equals(real)) {
                        return Optional.of(link.getFileName().toString());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The top folder of {@code store} above {@code file}: the last one up whose store is still the file's. */
    private static Path mountPoint(Path file, FileStore store) throws IOException {
        Path top = file;
        for (Path p = file.getParent(); p != null && store.equals(Files.getFileStore(p)); p = p.getParent()) {
            top = p;
        }
        return top;
    }

    private static String slashed(Path inside) {
        StringBuilder b = new StringBuilder();
        for (Path name : inside) {
            b.append(b.length() == 0 ? "" : "/").append(name);
        }
        return b.toString();
    }

    private static String kind(String identity) {
        int colon = identity.indexOf(':');
        return colon < 0 ? identity : identity.substring(0, colon);
    }

    /**
     * Keeps the file's identity when none is kept yet (a new file, or one from before decision 0094), or one of another
     * kind ({@code ino:} on a disk, {@code vol:} on a FAT stick: a file moved between them is not asked about).
     *
     * @return the file's identity now ({@link #of(Path)}), which the open keeps: it is read once per open
     */
    static Optional<String> recordIfNone(Connection c, Path file) throws SQLException {
        Optional<String> now = of(file);
        recordIfNone(c, now);
        return now;
    }

    /** {@link #recordIfNone(Connection, Path)} with the identity now given (a test's). */
    static void recordIfNone(Connection c, Optional<String> now) throws SQLException {
        Optional<String> kept = kept(c);
        if (now.isPresent() && (kept.isEmpty() || !kind(kept.get()).equals(kind(now.get())))) {
            put(c, now.get());
        }
    }

    /**
     * Whether the file is a copy: an identity of the same kind is kept, and {@code now}, the file's own as its open read
     * it ({@link #recordIfNone(Connection, Path)}), is another.
     */
    static boolean copied(Connection c, Optional<String> now) throws SQLException {
        Optional<String> kept = kept(c);
        return now.isPresent() && kept.isPresent() && kind(kept.get()).equals(kind(now.get()))
                && !kept.get().equals(now.get());
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
