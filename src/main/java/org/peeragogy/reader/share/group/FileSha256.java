package org.peeragogy.reader.share.group;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file's SHA-256, by which the group folder knows a version of a file (what was looked at, what the reader wrote,
 * whether an offered file is still as it was seen). Threads: not the FX thread (reads the whole file).
 */
final class FileSha256 {
    private FileSha256() {
    }

    /** The file's SHA-256 in lower-case hex; empty when it cannot be read just now. */
    static Optional<String> of(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
            return Optional.of(HexFormat.of().formatHex(md.digest()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
