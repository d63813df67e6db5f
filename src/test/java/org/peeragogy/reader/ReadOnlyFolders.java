package org.peeragogy.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes folders and files really read-only for a test, and undoes it. Permissions (chmod) are the way
 * for an ordinary user, but do not stop root, which the project's machines run tests as; there the
 * file system's immutable attribute ({@code chattr +i}, ext4 and most Linux file systems, needs
 * CAP_LINUX_IMMUTABLE) refuses every write, even root's, with EPERM, and access(2) reports it. When
 * neither works the test is skipped, never faked.
 */
public final class ReadOnlyFolders implements AutoCloseable {
    private final List<Runnable> undo = new ArrayList<>();

    /** Makes {@code path} (a folder or a file) read-only, or skips the test. */
    public void protect(Path path) throws IOException {
        if (Files.isWritable(path)) {
            var was = Files.getPosixFilePermissions(path);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            undo.add(() -> {
                try {
                    Files.setPosixFilePermissions(path, was);
                } catch (IOException ignored) {
                    // The temporary folder's clean-up reports what is left.
                }
            });
        }
        if (Files.isWritable(path) && chattr("+i", path)) {
            undo.add(0, () -> chattr("-i", path));
        }
        Assumptions.assumeFalse(Files.isWritable(path),
                "cannot make " + path + " read-only here (root without chattr +i support)");
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes everything writable again (immutable attributes first, then permissions). */
    @Override
    public void close() {
        for (Runnable r : undo) {
            r.run();
        }
        undo.clear();
    }
}
