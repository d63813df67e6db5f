package org.peeragogy.reader.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the first 100 bytes of a database file say, read before SQLite sees it, so that the common kinds
 * of damage get a precise name (https://sqlite.org/fileformat.html#the_database_header).
 */
final class FileHeader {
    static final int SIZE = 100;
    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FileHeader() {
    }

    /**
     * The damage a file shows without opening it, if any: not a regular file, empty, shorter than a
     * header, wrong first bytes, or shorter than the page count its header gives. Empty for a file that
     * does not exist or looks whole (SQLite's own checks come next).
     */
    static Optional<OpenFailure.Kind> damage(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(OpenFailure.Kind.NOT_A_FILE);
        }
        long size = Files.size(file);
        if (size == 0) {
            return Optional.of(OpenFailure.Kind.EMPTY);
        }
        byte[] h;
        try (InputStream in = Files.newInputStream(file)) {
            h = in.readNBytes(SIZE);
        }
        if (h.length < SIZE) {
            return Optional.of(h.length >= MAGIC.length && hasMagic(h) ? OpenFailure.Kind.TRUNCATED
                    : OpenFailure.Kind.NOT_A_DATABASE);
        }
        if (!hasMagic(h)) {
            return Optional.of(OpenFailure.Kind.NOT_A_DATABASE);
        }
        return expectedSize(h).filter(expected -> expected > size).map(e -> OpenFailure.Kind.TRUNCATED);
    }

    /**
     * The header's figures for the log (issue 12: the reader is told "it ends too early", the log keeps
     * "header says 11 pages of 4096 bytes, the file has 8192"); "" when there is no header to read.
     */
    static String details(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            long size = Files.size(file);
            byte[] h;
            try (InputStream in = Files.newInputStream(file)) {
                h = in.readNBytes(SIZE);
            }
            ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(h, SIZE));
            return "the file has " + size + " bytes" + (h.length < SIZE ? ", less than a header"
                    : ", its header says " + (b.getInt(28) & 0xffffffffL) + " pages of "
                    + pageSize(h).map(String::valueOf).orElse("an impossible number of") + " bytes");
        } catch (IOException e) {
            return "the header could not be read again: " + e.getMessage();
        }
    }

    static boolean hasMagic(byte[] h) {
        return h.length >= MAGIC.length && Arrays.equals(h, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The page size the header gives, if it is one SQLite allows (a power of two, 512 to 65536). */
    static Optional<Integer> pageSize(byte[] h) {
        if (h.length < 18) {
            return Optional.empty();
        }
        int size = ((h[16] & 0xff) << 8) | (h[17] & 0xff);
        if (size == 1) {
            size = 65536;
        }
        return size >= 512 && Integer.bitCount(size) == 1 ? Optional.of(size) : Optional.empty();
    }

    /**
     * The file size in bytes the header promises: pages × page size, when the header's page count is
     * valid (non-zero, and the change counter at offset 24 equals the one at 92, as SQLite requires).
     * A healthy file is never shorter than this; in WAL mode it may be longer.
     */
    static Optional<Long> expectedSize(byte[] h) {
        if (h.length < SIZE) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(h);
        long pages = b.getInt(28) & 0xffffffffL;
        if (pages == 0 || b.getInt(24) != b.getInt(92)) {
            return Optional.empty();
        }
        return pageSize(h).map(p -> pages * p);
    }
}
