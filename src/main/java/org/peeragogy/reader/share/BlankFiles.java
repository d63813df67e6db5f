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
public final class BlankFiles {
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
        int first;
        try {
            first = firstNotZero(file);
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        if (first < 0) {
            throw new ShareException(Reason.of(ImportReason.FILE_ALL_ZEROS, String.valueOf(size)));
        }
        if (first > ' ' && first < 0x7F) {
            return; // a visible letter: every notes file and JSON file, at once
        }
        if (size <= MAX_TEXT_CHECKED && noText(file)) {
            throw new ShareException(Reason.of(ImportReason.FILE_ONLY_SPACES));
        }
    }

    /**
     * Whether {@code file} holds no bytes, or zero bytes only: what a copy to a stick pulled out too soon leaves (the
     * rule {@link #refuseBlank} says as {@link ImportReason#FILE_EMPTY} and {@link ImportReason#FILE_ALL_ZEROS}, and
     * the group folder's own file, {@code group.OwnFile}, writes over). Reads it in 64 KiB pieces, up to its first byte
     * that is not zero; any thread but the FX thread.
     *
     * @param how {@link java.nio.file.LinkOption#NOFOLLOW_LINKS} to read no link
     * @throws IOException when it cannot be opened or read
     */
    public static boolean zerosOnly(Path file, java.nio.file.OpenOption... how) throws IOException {
        return firstNotZero(file, how) < 0;
    }

    /** The first byte of {@code file} that is not zero (1–255), or -1 when it holds none. */
    private static int firstNotZero(Path file, java.nio.file.OpenOption... how) throws IOException {
        try (InputStream in = Files.newInputStream(file, how)) {
            byte[] piece = new byte[PIECE];
            for (int n; (n = in.read(piece)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (piece[i] != 0) {
                        return piece[i] & 0xFF;
                    }
                }
            }
        }
        return -1;
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
