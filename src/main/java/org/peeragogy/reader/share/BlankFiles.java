package org.peeragogy.reader.share;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peeragogy.reader.book.Reason;

/**
 * A file to import with nothing in it, said as such before any format reads it (fresh tester t30's F4.2: an empty
 * {@code .peeranotes} was called JSON that "ends too early", and a file of zero bytes, what a copy to a stick pulled
 * out too soon leaves, JSON with an "unexpected character U+0000"). Three kinds, each its own reason: no bytes at
 * all ({@link ImportReason#FILE_EMPTY}), only zero bytes ({@link ImportReason#FILE_ALL_ZEROS}), and only spaces,
 * tabs and line breaks ({@link ImportReason#FILE_ONLY_SPACES}).
 *
 * <p>Threads: any but the FX thread (it reads the disk). Reads the file in 64 KiB pieces and stops at its first byte
 * that is neither zero nor a space, which for a real notes file or JSON is its first.
 */
final class BlankFiles {
    private static final int PIECE = 64 * 1024;

    private BlankFiles() {
    }

    /**
     * Refuses {@code file} when it holds nothing.
     *
     * @param size the file's size in bytes, as the caller read it
     * @throws ShareException the kind of nothing it holds, or {@link ShareReason#CANNOT_READ}
     */
    static void refuseBlank(Path file, long size) throws ShareException {
        if (size == 0) {
            throw new ShareException(Reason.of(ImportReason.FILE_EMPTY));
        }
        boolean zeros = true;
        boolean spaces = true;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] piece = new byte[PIECE];
            for (int n; (n = in.read(piece)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = piece[i];
                    zeros &= b == 0;
                    spaces &= b == ' ' || b == '\t' || b == '\n' || b == '\r';
                    if (!zeros && !spaces) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        throw new ShareException(zeros ? Reason.of(ImportReason.FILE_ALL_ZEROS, size)
                : Reason.of(ImportReason.FILE_ONLY_SPACES));
    }
}
