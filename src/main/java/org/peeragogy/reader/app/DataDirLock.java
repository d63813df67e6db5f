package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One reader window per data folder: an exclusive lock ({@link FileChannel#tryLock}) on {@code reader.lock} in the
 * data folder, held while the window runs and released by the operating system when the process ends, however it
 * ends. A hostile try-out of issue 16 started the reader twice on one profile: the two windows raced on the group
 * folder's staging file and its record of the reader's own files, left three files of the reader's in the group and
 * a "could not be written" that never cleared. SQLite's own locking keeps the notes file whole, but not the files
 * beside it.
 *
 * <p>Where the data folder cannot hold the lock file (a read-only profile, a stick mounted read-only), it is kept in a
 * place of the user's own for that folder ({@link LockPlace}), with the hand-over requests ({@link Handover}): fresh
 * tester t33's F3 (decision 0093).
 *
 * <p>Threads: any. {@link #take} does disk work.
 */
final class DataDirLock implements AutoCloseable {
    /** The lock file's name in the data folder (empty; its lock is what counts). */
    static final String FILE = "reader.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** What trying the lock found. */
    sealed interface Outcome permits Held, Taken, NoLock {
    }

    /**
     * Another process holds the data folder (or this one does: the window takes it once per process, since a
     * second try in one process may give the operating system's lock back, POSIX record locks being per process).
     * {@code place}: the folder that holds the lock, where hand-over requests go (the data folder, or its
     * {@link LockPlace}).
     */
    record Held(Path dataDir, Path place) implements Outcome {
    }

    /** The lock is this process's until {@link DataDirLock#close}; {@code place} as {@link Held}'s. */
    record Taken(DataDirLock lock, Path place) implements Outcome {
    }

    /**
     * No lock could be made (a read-only data folder, a file system without locks): the reader goes on without one,
     * as it opens a read-only folder (issue 9: never locked out of the book).
     */
    record NoLock(String why) implements Outcome {
    }

    /**
     * Tries the lock on {@code dataDir} (made when missing), in the data folder, else in its {@link LockPlace};
     * never waits. {@link NoLock} when neither can hold it.
     */
    static Outcome take(Path dataDir) {
        Outcome here = take(dataDir, dataDir);
        if (!(here instanceof NoLock)) {
            return here;
        }
        Optional<Path> place = LockPlace.of(dataDir);
        if (place.isEmpty()) {
            return here;
        }
        Outcome there = take(dataDir, place.get());
        return there instanceof NoLock ? here : there;
    }

    /** Tries the lock on {@code dataDir} with its lock file in {@code place} (made when missing). */
    private static Outcome take(Path dataDir, Path place) {
        FileChannel ch = null;
        try {
            Files.createDirectories(dataDir);
            ch = FileChannel.open(place.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                return new Held(dataDir, place);
            }
            return new Taken(new DataDirLock(ch, l), place);
        } catch (OverlappingFileLockException e) {
            // This process holds it already. The channel is left open: closing any channel on the file releases
            // this process's lock on it (POSIX record locks). The window takes the lock once per process.
            return new Held(dataDir, place);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            closeQuietly(ch);
            return new NoLock(String.valueOf(e.getMessage()));
        }
    }

    /** "Peeragogy Reader is already open with this data folder (DIR). …", in English, for the terminal. */
    static String alreadyOpen(Path dataDir) {
        return "Peeragogy Reader is already open with this data folder (" + dataDir.toAbsolutePath() + "). Use the"
                + " window that is open, or close it and start the reader again; two windows on one data folder would"
                + " overwrite each other's group folder files. Nothing was changed.";
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // the lock was never taken; nothing to give back
            }
        }
    }

    /** Whether this lock still holds (for tests). */
    boolean held() {
        return lock.isValid();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // released when the channel closes, below
        }
        closeQuietly(channel);
    }
}
