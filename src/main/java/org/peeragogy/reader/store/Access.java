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

    /** Whether the disk holding {@code dir} has less than 1 MiB left for the reader (false when it cannot be told). */
    static boolean noRoom(Path dir) {
        try {
            return java.nio.file.Files.getFileStore(dir).getUsableSpace() < 1 << 20;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }
}
