package org.peeragogy.reader.share;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing a file the way exports are written ({@link AtomicFiles}), for writers outside this package (the
 * digest): into a temporary file beside the target, forced to disk, then renamed over it, so a failure leaves
 * the old file (or none) and never half a file. Any thread but the FX thread (it writes to disk).
 */
public final class SafeWrite {
    /** Fills the stream with the file's bytes; may throw anything, which then fails the write. */
    @FunctionalInterface
    public interface Bytes {
        void into(OutputStream out) throws Exception;
    }

    private SafeWrite() {
    }

    /**
     * @throws ShareException with a message saying what was wrong (a missing folder, a folder given as the file, a
     *                        full disk, a notes file or a file of a data folder given as the file) and that nothing
     *                        was written
     */
    public static void write(Path target, Bytes bytes) throws ShareException {
        // A digest never replaces someone's notes file, SQLite or JSON (t15b's M1).
        DataFolderFiles.refuseReplacingNotes(target, true);
        AtomicFiles.write(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                bytes.into(out);
            }
        });
    }
}
