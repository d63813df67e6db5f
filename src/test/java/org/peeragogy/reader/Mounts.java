package org.peeragogy.reader;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real file system mounted at a folder, as a stick is at its mount point: a 4 MB tmpfs. Needs mount permission
 * (root in the CI container); tests skip themselves where {@link #mount} says false.
 */
public final class Mounts {
    private Mounts() {
    }

    /** Mounts a tmpfs at {@code at}; false when this system does not let the test do it. */
    public static boolean mount(Path at) throws Exception {
        return run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", at.toString());
    }

    /** As {@link #mount}, with the mount's options too ("noexec": a drive that lets no program on it run). */
    public static boolean mount(Path at, String options) throws Exception {
        return run("mount", "-t", "tmpfs", "-o", "size=4m," + options, "tmpfs", at.toString());
    }

    /** Unmounts what is mounted at {@code at}; false when nothing was, or it may not. */
    public static boolean unmount(Path at) throws Exception {
        return run("umount", at.toString());
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
