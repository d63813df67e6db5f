package org.peeragogy.reader.share;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files written whole or not at all: a temporary file beside the target, synced, then moved over it. */
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
            throw new ShareException("Cannot write " + target + ": the folder " + dir + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new ShareException("Cannot write " + target + ": it is a folder. Give a file name.");
        }
        return dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    }

    static void write(Path target, Fill fill) throws ShareException {
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
            deleteQuietly(temp);
            throw e;
        } catch (Exception e) {
            deleteQuietly(temp);
            throw new ShareException("Could not write " + target + ": " + reason(e)
                    + ". Nothing was written; check that the disk is not full and the folder is writable.", e);
        }
    }

    static void writeString(Path target, String text) throws ShareException {
        write(target, temp -> Files.writeString(temp, text, StandardOpenOption.CREATE_NEW));
    }

    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        if (m != null && (m.contains("SQLITE_FULL") || m.contains("No space left"))) {
            return "the disk is full";
        }
        if (m != null && m.contains("SQLITE_CANTOPEN")) {
            return "the file cannot be created there";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: a leftover temporary file is hidden and harmless.
        }
    }
}
