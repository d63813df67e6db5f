package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What can be done with a notes file that does not open: set it aside under a new name, and put a
 * backup in its place (docs/decisions/0010). The damaged file is never changed or deleted: it is
 * renamed, together with its {@code -wal} and {@code -shm} files so that SQLite never applies its old
 * log to the file that takes its place. Every method blocks on disk; call them off the FX thread.
 */
public final class DamagedDatabase {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Path file;

    /** The notes file in {@code dataDir}. Any thread; no disk. */
    public DamagedDatabase(Path dataDir) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(Database.FILE_NAME);
    }

    /** The notes file ({@code <data-dir>/reader.db}). Any thread. */
    public Path file() {
        return file;
    }

    /**
     * Opens the notes file the way the reader does and closes it again. Empty when it opens (a missing
     * file is created then); else why it does not. Threads: opens the file, so not the FX thread.
     *
     * @throws StoreException for failures that are not about opening (a newer version's file, an update)
     */
    public Optional<OpenFailure> diagnose() throws StoreException {
        try (Database db = Database.open(dataDir)) {
            return Optional.empty();
        } catch (OpenFailure e) {
            return Optional.of(e);
        }
    }

    /** A time as it appears in the names of set-aside and salvaged files: {@code 20261122T101500Z}. Any thread. */
    public static String stamp(Instant when) {
        return STAMP.format(when);
    }

    /**
     * Renames the notes file (and its {@code -wal} and {@code -shm}) to {@code reader.db.damaged-<time>}
     * in the same folder. Returns the new name; empty when there was no notes file. Threads: renames files, so
     * not the FX thread; nothing may have the notes file open.
     *
     * @throws StoreException when it could not be renamed (then it is where it was)
     */
    public Optional<Path> setAside(Instant now) throws StoreException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path aside = dataDir.resolve(Database.FILE_NAME + ".damaged-" + stamp(now));
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = dataDir.resolve(Database.FILE_NAME + ".damaged-" + stamp(now) + "-" + n);
        }
        try {
            // The log first: were the main file renamed and the log left, a new file would be given it.
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path companion = Path.of(file + suffix);
                if (Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(companion, Path.of(aside + suffix));
                }
            }
            Files.move(file, aside);
            return Optional.of(aside);
        } catch (IOException e) {
            throw new StoreException(Reason.of(StoreReason.SET_ASIDE_FAILED, reason(e), file), e);
        }
    }

    /**
     * Puts {@code backup} in the notes file's place: checks it, copies it beside the notes file, sets the
     * damaged file aside, and renames the copy into place. The restored file is opened (and its schema
     * brought up to date) by the next {@link Database#open}. Threads: copies and renames files, so not the FX
     * thread; nothing may have the notes file open.
     *
     * @return the name the damaged file was given; empty when there was none
     * @throws StoreException when the backup does not pass the check, or could not be copied (nothing was
     *                        changed then)
     */
    public Optional<Path> restore(Backups.Backup backup, Instant now) throws StoreException {
        if (Backups.verify(backup.file()).isEmpty()) {
            throw new StoreException(Reason.of(StoreReason.BACKUP_DAMAGED, backup.file()), null);
        }
        Path copy = dataDir.resolve(Database.FILE_NAME + ".restoring-" + stamp(now));
        try {
            Files.copy(backup.file(), copy, StandardCopyOption.REPLACE_EXISTING);
            forgetIdentity(copy); // put back by the reader, for the same reader: no "copy" question (decision 0094)
            try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new StoreException(Reason.of(StoreReason.BACKUP_COPY_FAILED, String.valueOf(backup.day()), dataDir,
                    reason(e)), e);
        }
        Optional<Path> aside;
        try {
            aside = setAside(now);
        } catch (StoreException e) {
            deleteQuietly(copy);
            throw e;
        }
        try {
            try {
                Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(copy, file);
            }
            return aside;
        } catch (IOException e) {
            throw new StoreException(aside.map(a -> Reason.of(StoreReason.BACKUP_NOT_IN_PLACE_ASIDE, a, reason(e), copy,
                    file)).orElseGet(() -> Reason.of(StoreReason.BACKUP_NOT_IN_PLACE, reason(e), copy, file)), e);
        }
    }

    /** Why a file could not be copied or moved: a full disk, a read-only folder, else the system's words. */
    static Reason reason(Exception e) {
        if (Sqlite.isDiskFull(e)) {
            return Reason.of(StoreReason.IO_DISK_FULL);
        }
        if (Sqlite.isReadOnly(e)) {
            return Reason.of(StoreReason.IO_READ_ONLY);
        }
        return Reason.of(Reason.General.OTHER, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static void forgetIdentity(Path copy) {
        try (java.sql.Connection c = Sqlite.readWrite(copy)) {
            FileIdentity.forget(c);
        } catch (java.sql.SQLException e) {
            // Recovers: a backup from before the settings table has no identity to forget; else the next start asks
            // once who is reading, and "the same person" keeps everything. Logged for diagnosis.
            System.getLogger(DamagedDatabase.class.getName()).log(System.Logger.Level.INFO,
                    "The backup's file identity was not forgotten: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover copy beside the notes file is harmless and clearly named.
        }
    }
}
