package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.Reason;

/**
 * The daily automatic copies of the notes file: {@code <data-dir>/backups/reader-YYYY-MM-DD.db}, at most
 * one a day, the last {@value #KEEP} kept (docs/decisions/0010). Every method blocks on disk: call them
 * off the FX thread. Safe to use from two threads or two copies of the reader at once (a backup is
 * written under a name of its own and renamed into place whole).
 */
public final class Backups {
    /**
     * Daily copies kept. Damage is often noticed days late (a bad import, a failing disk), and copies are
     * made only on days the reader is opened, so five reach back a week or more of use, for five times
     * the file's size (about 1.5 MB each for 1,000 notes and the handbook's search index).
     */
    public static final int KEEP = 5;
    static final String FOLDER = "backups";
    private static final Pattern DAILY = Pattern.compile("reader-(\\d{4}-\\d{2}-\\d{2})\\.db");
    private static final String PART_PREFIX = ".reader-";
    private static final Duration STALE_PART = Duration.ofHours(1);

    /** One daily backup. */
    public record Backup(Path file, LocalDate day) {
    }

    /** A backup that opened and passed SQLite's check, with the number of notes in it. */
    public record Verified(Backup backup, int notes) {
    }

    private final Path dir;

    /** The backups of the notes file in {@code dataDir}. Any thread; no disk. */
    public Backups(Path dataDir) {
        this.dir = dataDir.resolve(FOLDER);
    }

    /** The folder they are kept in. Any thread; no disk. */
    public Path folder() {
        return dir;
    }

    /**
     * Makes today's backup of {@code db} unless there is one, then keeps only the latest {@value #KEEP}.
     * The copy is written with {@code VACUUM INTO} to a hidden name, checked, synced and renamed, so a
     * half-written backup is never taken for a whole one. Does nothing for a read-only database. Threads: not
     * the FX thread (it copies the whole file); any other, also while {@code db} is in use elsewhere.
     *
     * @return the backup made; empty when today's existed or the database is read-only
     * @throws StoreException when the copy could not be written or did not pass the check (the folder is
     *                        left as it was, except for old backups beyond the last {@value #KEEP})
     */
    public Optional<Backup> takeIfDue(Database db, LocalDate today) throws StoreException {
        if (db.readOnly()) {
            return Optional.empty();
        }
        Path target = dir.resolve("reader-" + today + ".db");
        // Today's file counts only when it is a backup that passes the check: an empty or damaged one (a stick pulled
        // out after the copy: fresh tester t31's F16) is replaced, not taken as the day's backup.
        if (Files.exists(target) && verify(target).isPresent()) {
            return Optional.empty();
        }
        Path part = null;
        try {
            Files.createDirectories(dir);
            deleteStaleParts();
            part = Files.createTempFile(dir, PART_PREFIX + today + "-", ".part");
            db.vacuumInto(part);
            if (verify(part).isEmpty()) {
                throw new StoreException(StoreReason.BACKUP_CHECK_FAILED, null);
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            part = null;
            prune();
            return Optional.of(new Backup(target, today));
        } catch (IOException | SQLException e) {
            // Not the notes file's own words ("… your notes can be read and exported but not saved"): only the copy
            // failed (fresh tester t31's F1, F3).
            throw new StoreException(Reason.of(StoreReason.BACKUP_NOT_MADE, dir, whyNot(e)), e);
        } finally {
            if (part != null) {
                deleteQuietly(part);
            }
        }
    }

    /**
     * Why the backups folder took no copy, from the folder as it stands (a file in its place; a folder that may not be
     * written, which access(2) reports also for an immutable one, whose error is EPERM), else from the error.
     */
    private Reason whyNot(Exception e) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Reason.of(StoreReason.IO_NOT_A_FOLDER);
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            return Reason.of(StoreReason.IO_READ_ONLY);
        }
        return DamagedDatabase.reason(e);
    }

    /**
     * The daily backups, newest first (by the day in their names); none when the folder is missing or cannot be
     * listed (never throws). Threads: lists a folder, so not the FX thread.
     */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = DAILY.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        out.add(new Backup(f, LocalDate.parse(m.group(1))));
                    } catch (DateTimeParseException ignored) {
                        // Not one of ours (reader-2026-13-45.db): left alone.
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Backup::day).reversed());
        return out;
    }

    /**
     * The newest backup that opens and passes {@code PRAGMA quick_check}; empty when none does (never throws).
     * Threads: opens and checks files, so not the FX thread.
     */
    public Optional<Verified> latestGood() {
        for (Backup b : list()) {
            Optional<Integer> notes = verify(b.file());
            if (notes.isPresent()) {
                return Optional.of(new Verified(b, notes.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Opens {@code file} read-only and checks it: SQLite's quick check, and a schema this version can
     * open. Returns the number of notes in it (not deleted), or empty when it is not a good backup.
     */
    static Optional<Integer> verify(Path file) {
        try {
            if (FileHeader.damage(file).isPresent()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        // Backups never change once renamed into place, so immutable=1: no lock, no -shm file beside them.
        try (Connection c = Sqlite.readOnly(file, true); Statement s = c.createStatement()) {
            if (!Sqlite.quickCheck(c).isEmpty()) {
                return Optional.empty();
            }
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            if (version < 1 || version > Database.MIGRATIONS.size()) {
                return Optional.empty();
            }
            if (version < 2) {
                return Optional.of(0); // before notes existed
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM annotation WHERE deleted_at IS NULL")) {
                return Optional.of(rs.getInt(1));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Deletes daily backups beyond the newest {@value #KEEP}. */
    private void prune() {
        List<Backup> all = list();
        for (int i = KEEP; i < all.size(); i++) {
            deleteQuietly(all.get(i).file());
        }
    }

    /** Parts left by a copy of the reader that stopped while writing one. */
    private void deleteStaleParts() throws IOException {
        Instant before = Instant.now().minus(STALE_PART);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PART_PREFIX + "*.part")) {
            for (Path f : files) {
                FileTime t = Files.getLastModifiedTime(f);
                if (t.toInstant().isBefore(before)) {
                    deleteQuietly(f);
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: a leftover hidden part is deleted next time.
        }
    }
}
