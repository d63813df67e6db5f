package org.peeragogy.reader.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.peeragogy.reader.book.Reason;

/**
 * Whether the notes file can be written, decided before it is opened. {@link Files#isWritable} asks the
 * system (access(2)), which also answers "no" for a read-only mount or an immutable file or folder, even
 * for root.
 *
 * @param readOnly  open it read-only
 * @param immutable open it with SQLite's {@code immutable=1}: the folder is read-only and has no
 *                  {@code -shm} file, which SQLite cannot make there but needs for a WAL database (a
 *                  {@code -wal} file left by a crash is then not read: its last changes are not seen)
 * @param reason    why it is read-only, in words for the reader; null when writable
 */
record Access(boolean readOnly, boolean immutable, Reason reason) {
    static final Access WRITABLE = new Access(false, false, null);

    static Access of(Path dir, Path file) {
        if (!Files.isWritable(dir)) {
            // An -shm file left by a copy that has the file open lets SQLite see its latest writes.
            Access a = readOnlyFolder(dir.toAbsolutePath());
            return Files.exists(Path.of(file + "-shm")) ? new Access(true, false, a.reason()) : a;
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return new Access(true, false, Reason.of(StoreReason.READ_ONLY_FILE, file.toAbsolutePath()));
        }
        return WRITABLE;
    }

    static Access readOnlyFolder(Path dir) {
        return new Access(true, true, Reason.of(StoreReason.READ_ONLY_FOLDER, dir));
    }

    /**
     * Read-only, for the package's seed read in place of a notes file that could not be made in {@code dir}, with
     * why that was in words for the reader (fresh tester t34's F2: always "This folder is read-only" before): its
     * disk is full (the seed's size and the free space, in KB, rounded up), {@code dir} is a file, it cannot be made
     * (the system's words), or it is read-only.
     */
    static Access standIn(Path dir, Path seed, StoreException why) {
        Path abs = dir.toAbsolutePath();
        boolean noFolder = why.reason().code() == StoreReason.NO_DATA_FOLDER;
        if (why instanceof OpenFailure f && f.kind() == OpenFailure.Kind.DISK_FULL
                || noFolder && String.valueOf(why.reason().args().get(1)).contains("No space left on device")) {
            long needed = size(seed);
            long free = usable(abs);
            return new Access(true, true, Reason.of(StoreReason.NEW_DISK_FULL_READ_ONLY, abs, kb(needed), kb(free)));
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            return new Access(true, true, Reason.of(StoreReason.NEW_NOT_A_FOLDER_READ_ONLY, abs));
        }
        if (noFolder && Files.isWritable(existing(abs))) { // a read-only stick or folder above is said as such
            return new Access(true, true, Reason.of(StoreReason.NEW_NO_FOLDER_READ_ONLY, abs, why.reason().args().get(1)));
        }
        return readOnlyFolder(abs);
    }

    private static long kb(long bytes) {
        return Math.max(0, (bytes + 1023) / 1024);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** {@code dir}, or its nearest folder above that is there. */
    private static Path existing(Path dir) {
        Path there = dir;
        while (there.getParent() != null && !Files.exists(there)) {
            there = there.getParent();
        }
        return there;
    }

    private static long usable(Path dir) {
        try {
            return Files.getFileStore(existing(dir)).getUsableSpace();
        } catch (java.io.IOException | SecurityException e) {
            return 0;
        }
    }

    /** Whether the disk holding {@code dir} has less than 1 MiB left for the reader (false when it cannot be told). */
    static boolean noRoom(Path dir) {
        try {
            return java.nio.file.Files.getFileStore(dir).getUsableSpace() < 1 << 20;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }
}
