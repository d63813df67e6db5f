package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files written whole or not at all: a temporary file beside the target, synced, then moved over it. On
 * any failure the temporary file is deleted, so a failed export leaves nothing behind.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    interface Fill {
        void into(Path temp) throws Exception;
    }

    /** A temporary name in the target's folder (so the move is a rename on one file system); not created. */
    static Path tempBeside(Path target) throws ShareException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ShareException(Reason.of(ShareReason.NO_FOLDER_TO_WRITE_IN, target, dir));
        }
        if (Files.isDirectory(target)) {
            throw new ShareException(Reason.of(ShareReason.IS_A_FOLDER, target));
        }
        return dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    }

    static void write(Path target, Fill fill) throws ShareException {
        DataFolderFiles.refuseReplacing(target);
        OutputFile.check(target); // a file, new or existing: never a pipe or a device (t15d's N5)
        Path temp = tempBeside(target);
        try {
            fill.into(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ShareException e) {
            deleteWithJournals(temp);
            throw e;
        } catch (Exception e) {
            deleteWithJournals(temp);
            Path dir = temp.getParent();
            if (!Files.isWritable(dir)) {
                // A locked stick, a read-only mount, a folder without write permission: said as what it is, not
                // as "the file cannot be created there … check that the disk is not full" (t31's F10).
                throw new ShareException(Reason.of(ShareReason.FOLDER_READ_ONLY, target, dir), e);
            }
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(target)) {
                // A file made read-only (or immutable) in a folder that is not: said as such (t32's F5).
                throw new ShareException(Reason.of(ShareReason.FILE_READ_ONLY, target), e);
            }
            throw new ShareException(Reason.of(ShareReason.WRITE_FAILED, target, reason(e)), e);
        }
    }

    /**
     * A text file (W3C JSON-LD, Markdown): never over a notes file, nor, when {@code notJsonNotes}, over a W3C or
     * Hypothesis JSON file the reader imports ({@link DataFolderFiles#refuseReplacingNotes}).
     */
    static void writeString(Path target, String text, boolean notJsonNotes) throws ShareException {
        DataFolderFiles.refuseReplacingNotes(target, notJsonNotes);
        write(target, temp -> Files.writeString(temp, text, StandardOpenOption.CREATE_NEW));
    }

    static Reason reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Reason.of(ShareReason.PERMISSION_DENIED);
        }
        String m = e.getMessage();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            m = f.getReason();
        }
        if (m != null && (m.contains("SQLITE_FULL") || m.contains("No space left"))) {
            return Reason.of(org.peeragogy.reader.store.StoreReason.IO_DISK_FULL);
        }
        if (m != null && (m.contains("Read-only file system") || m.contains("SQLITE_READONLY"))) {
            return Reason.of(org.peeragogy.reader.store.StoreReason.IO_READ_ONLY);
        }
        if (m != null && m.contains("SQLITE_CANTOPEN")) {
            return Reason.of(ShareReason.CANNOT_CREATE);
        }
        if (m == null && e.getCause() instanceof Exception cause && cause != e) {
            return reason(cause);
        }
        return Reason.of(Reason.General.OTHER, m == null ? e.getClass().getSimpleName() : m);
    }

    /** The temporary file and any journal SQLite may have left beside it (VACUUM INTO writes SQLite files). */
    private static void deleteWithJournals(Path temp) {
        deleteQuietly(temp);
        deleteQuietly(Path.of(temp + "-journal"));
        deleteQuietly(Path.of(temp + "-wal"));
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: a leftover temporary file is hidden and harmless.
        }
    }
}
