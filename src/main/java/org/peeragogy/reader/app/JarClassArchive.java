package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The class-data archive of a {@code java -jar} window (issue 17, decision 0096): HotSpot's dynamic CDS archive
 * (JEP 350, in every JDK from 13), kept in the user's cache folder and made by the first window of a jar on a
 * runtime, used by every later one. A jar cannot ship one: an archive holds the classes as one JDK build loaded them
 * and is refused by any other build. With it, {@code java -jar} reached the Foreword laid out in 1.45–2.02 s instead of
 * 1.92–2.32 s (7 pairs, a quiet machine, docs/performance.md "The jar's class archive").
 *
 * <p>The file is named by the jar's path and by what the archive depends on (the runtime's folder and version, the
 * jar's and its {@code javafx/} jars' sizes and times), so a changed jar or runtime makes a new archive instead of
 * the JVM's "Unable to use shared archive" warning; the archives of the same jar's other versions are removed then.
 * The first window's JVM writes its archive at exit into a file of this process's own, which is renamed into place
 * only when the window ended well: two first starts at once never leave a half-written archive. Logs of CDS are off
 * in the child, so nothing is printed either way; a file that cannot be read, written or used costs only the speed.
 *
 * <p>Threads: the main thread of the parent JVM. Nothing here throws.
 */
final class JarClassArchive {
    static final String PREFIX = "jar-";
    static final String SUFFIX = ".jsa";
    /** The child's CDS logs off: a refused or stale archive must not print on a normal start (issue 17). */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** How old a half-written archive must be to be taken for one whose JVM was killed while writing it. */
    static final java.time.Duration LEFT_OVER = java.time.Duration.ofMinutes(10);
    /** Free space asked of the cache's file system before an archive is written: about 30 MB, with room to spare. */
    static final long ROOM = 256L * 1024 * 1024;

    private final Path dir;
    private final String jarKey;
    private final Path archive;
    private final Path making;
    private final boolean exists;

    private JarClassArchive(Path dir, String jarKey, String versionKey, long pid) {
        this.dir = dir;
        this.jarKey = jarKey;
        this.archive = dir.resolve(PREFIX + jarKey + "-" + versionKey + SUFFIX);
        this.making = dir.resolve(PREFIX + jarKey + "-" + versionKey + "." + pid + ".tmp");
        this.exists = Files.isRegularFile(archive) && Files.isReadable(archive);
    }

    /**
     * The archive for {@code jar} run by the runtime at {@code javaHome}, kept in {@code cacheDir}; empty when the
     * jar cannot be read.
     *
     * @param vmVersion {@code java.vm.version}: the JDK build, which an archive is bound to
     * @param pid       this process's id, naming the file the first window writes
     */
    static Optional<JarClassArchive> of(Path jar, String javaHome, String vmVersion, Path cacheDir, long pid) {
        try {
            Path absolute = jar.toAbsolutePath().normalize();
            TreeMap<String, String> parts = new TreeMap<>();
            parts.put("java.home", javaHome);
            parts.put("java.vm.version", vmVersion);
            parts.put("jar", stamp(absolute));
            Path fx = absolute.getParent() == null ? null : absolute.getParent().resolve("javafx");
            if (fx != null && Files.isDirectory(fx)) {
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(fx, "*.jar")) {
                    for (Path p : jars) {
                        parts.put("javafx/" + p.getFileName(), stamp(p));
                    }
                }
            }
            return Optional.of(new JarClassArchive(cacheDir, key(absolute.toString()), key(parts.toString()), pid));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The archive used or made. */
    Path archive() {
        return archive;
    }

    /**
     * The child JVM's options: the archive when it exists, else the file the child writes its archive to at exit
     * (its folder made first); empty when that folder cannot be made.
     */
    List<String> options() {
        List<String> options = new ArrayList<>(QUIET);
        if (exists) {
            options.add("-XX:SharedArchiveFile=" + archive);
            return options;
        }
        try {
            Files.createDirectories(dir);
            removeLeftOver();
            if (!writable(dir)) {
                return List.of();
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        options.add("-XX:ArchiveClassesAtExit=" + making);
        return options;
    }

    /**
     * The child ended with {@code exitCode}: an archive it wrote is put in place when the window ended well (0) and
     * the same jar's older archives are removed; else what it wrote is removed.
     */
    void childEnded(int exitCode) {
        if (exists || !Files.isRegularFile(making)) {
            return;
        }
        try {
            if (exitCode == 0 && Files.size(making) > 0) {
                Files.move(making, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers();
            } else {
                Files.deleteIfExists(making);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(making);
            } catch (IOException | RuntimeException again) {
                // Left in the cache folder: it is never used, only its space is lost.
            }
        }
    }

    /**
     * Whether the JVM can write an archive here at exit: a file can be made in {@code dir} and its file system has
     * {@link #ROOM} free. A JVM that cannot write the archive it was asked for prints errors and ends with 1 (fresh
     * tester t39's F2: a read-only cache folder, a full disk), so it is not asked to.
     */
    private static boolean writable(Path dir) throws IOException {
        if (Files.getFileStore(dir).getUsableSpace() < ROOM) {
            return false;
        }
        Path probe;
        try {
            probe = Files.createTempFile(dir, "probe-", ".tmp");
        } catch (IOException | SecurityException e) {
            return false;
        }
        Files.deleteIfExists(probe);
        return true;
    }

    /**
     * What a window of this jar began writing more than {@link #LEFT_OVER} ago and never finished (its JVM was killed
     * while it wrote at exit): a JVM writes its archive in seconds.
     */
    private void removeLeftOver() throws IOException {
        long before = System.currentTimeMillis() - LEFT_OVER.toMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + jarKey + "-*.tmp")) {
            for (Path p : files) {
                if (Files.getLastModifiedTime(p).toMillis() < before) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The archives of this jar's path made for another version of it or another runtime. */
    private void removeOthers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + jarKey + "-*" + SUFFIX)) {
            for (Path p : files) {
                if (!p.equals(archive)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String stamp(Path p) throws IOException {
        return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
    }

    private static String key(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
