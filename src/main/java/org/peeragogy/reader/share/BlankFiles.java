package org.peeragogy.reader.share;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peeragogy.reader.book.Reason;

/**
 * A file to import with nothing in it, said as such before any format reads it (fresh tester t30's F4.2: an empty
 * {@code .peeranotes} was called JSON that "ends too early", and a file of zero bytes, what a copy to a stick pulled
 * out too soon leaves, JSON with an "unexpected character U+0000"). Three kinds, each its own reason: no bytes at
 * all ({@link ImportReason#FILE_EMPTY}), only zero bytes ({@link ImportReason#FILE_ALL_ZEROS}), and no visible
 * character, up to 1 MiB: spaces and line breaks of any script, zero bytes, byte order marks
 * ({@link ImportReason#FILE_ONLY_SPACES}).
 *
 * <p>Threads: any but the FX thread (it reads the disk). Reads the file in 64 KiB pieces and stops at its first byte
 * that is not zero, which for a real notes file or JSON is its first; then, for a file of up to 1 MiB, reads it whole
 * and stops at its first visible character.
 */
final class BlankFiles {
    private static final int PIECE = 64 * 1024;
    /** The largest file read whole to look for text (bytes): a file of nothing but spaces is seldom larger. */
    private static final long MAX_TEXT_CHECKED = 1L << 20;

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
        try (InputStream in = Files.newInputStream(file)) {
            byte[] piece = new byte[PIECE];
            int first = in.read(piece);
            if (first > 0 && piece[0] > ' ' && piece[0] < 0x7F) {
                return; // a visible letter at once: every notes file and JSON file
            }
            for (int n = first; n > 0; n = in.read(piece)) {
                for (int i = 0; i < n; i++) {
                    zeros &= piece[i] == 0;
                }
                if (!zeros) {
                    break;
                }
            }
            if (zeros) {
                throw new ShareException(Reason.of(ImportReason.FILE_ALL_ZEROS, String.valueOf(size)));
            }
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        if (size <= MAX_TEXT_CHECKED && noText(file)) {
            throw new ShareException(Reason.of(ImportReason.FILE_ONLY_SPACES));
        }
    }

    /**
     * Whether {@code file}, read as UTF-8, holds no visible character: only white space of any script (no-break and
     * em spaces too), zero bytes, and byte order or zero-width marks (fresh tester t31's F4: a file Notepad saved
     * "empty" as UTF-8 holds its mark alone). Bytes that are not UTF-8 are text here, left to the formats to name.
     */
    private static boolean noText(Path file) throws ShareException {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        return text.codePoints().allMatch(c -> c == 0 || c == 0xFEFF || c == 0x200B || Character.isWhitespace(c)
                || Character.isSpaceChar(c));
    }
}
