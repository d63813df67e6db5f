package org.peeragogy.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * The ways a notes file is found damaged (issue 9), done to a real file for tests: each writes the file
 * as a reader might find it after a bad copy, a crash of the disk, or someone else's program.
 */
public enum Damage {
    /** Cut to half its size (a copy that stopped half way). */
    TRUNCATED_HALF,
    /** Cut to 100 bytes: the header and nothing else. */
    TRUNCATED_100,
    /** The first 16 bytes (SQLite's magic) overwritten. */
    BAD_HEADER,
    /** Random bytes of the same size. */
    GARBAGE,
    /** Three whole pages in the middle of the file inverted, the header left whole. */
    FLIPPED_MIDDLE,
    /** A folder named like the file, the file gone (kept beside as {@code reader.db.original}). */
    DIRECTORY;

    /** Damages {@code file} in place. */
    public void apply(Path file) throws IOException {
        byte[] good = Files.readAllBytes(file);
        switch (this) {
            case TRUNCATED_HALF -> Files.write(file, Arrays.copyOf(good, good.length / 2));
            case TRUNCATED_100 -> Files.write(file, Arrays.copyOf(good, 100));
            case BAD_HEADER -> {
                byte[] b = good.clone();
                Arrays.fill(b, 0, 16, (byte) 'X');
                Files.write(file, b);
            }
            case GARBAGE -> {
                byte[] b = new byte[good.length];
                new Random(9).nextBytes(b);
                Files.write(file, b);
            }
            case FLIPPED_MIDDLE -> {
                byte[] b = good.clone();
                int page = ((b[16] & 0xff) << 8) | (b[17] & 0xff);
                int pages = b.length / page;
                int first = pages / 2;
                for (int i = first * page; i < Math.min(b.length, (first + 3) * page); i++) {
                    b[i] ^= (byte) 0xff;
                }
                Files.write(file, b);
            }
            case DIRECTORY -> {
                Files.move(file, Path.of(file + ".original"));
                Files.createDirectory(file);
                Files.writeString(file.resolve("inside.txt"), "not a database");
            }
            default -> throw new IllegalStateException(name());
        }
    }

    /** A digest of what is at {@code path}: a file's bytes, or a folder's listing and files. */
    public static String hash(Path path) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (var files = Files.walk(path)) {
                    for (Path p : files.sorted().toList()) {
                        d.update(path.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        if (Files.isRegularFile(p)) {
                            d.update(Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                d.update(Files.readAllBytes(path));
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
