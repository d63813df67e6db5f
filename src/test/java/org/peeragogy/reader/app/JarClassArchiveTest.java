package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's class archive (decision 0096) with a real JVM: a small jar made here is run as the relaunch runs the
 * reader's, with the options {@link JarClassArchive} gives.
 */
class JarClassArchiveTest {
    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String VM = System.getProperty("java.vm.version");

    @TempDir
    Path dir;

    @Test
    void theFirstWindowMakesTheArchiveAndTheNextLoadsItsClassesFromItPrintingNothing() throws Exception {
        Path jar = smallJar(dir.resolve("app"));
        Path cache = dir.resolve("cache");
        JarClassArchive first = JarClassArchive.of(jar, JAVA_HOME, VM, cache, 11).orElseThrow();
        assertTrue(first.options().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), "made at exit");
        assertEquals("hello\n", run(first.options(), jar, 0), "nothing printed but the program's own words");
        first.childEnded(0);
        assertTrue(Files.isRegularFile(first.archive()), "put in place");
        assertEquals(List.of(first.archive().getFileName().toString()), names(cache), "no half-made file left");

        JarClassArchive next = JarClassArchive.of(jar, JAVA_HOME, VM, cache, 12).orElseThrow();
        assertEquals(first.archive(), next.archive());
        assertTrue(next.options().contains("-XX:SharedArchiveFile=" + first.archive()), next.options().toString());
        List<String> strict = new ArrayList<>(next.options());
        strict.add("-Xshare:on"); // a JVM that cannot use the archive then refuses to start
        assertEquals("hello\n", run(strict, jar, 0));
        next.childEnded(0);
        assertEquals(List.of(first.archive().getFileName().toString()), names(cache), "the archive is kept as it was");
    }

    @Test
    void aChangedJarGetsANewArchiveAndItsOldOneGoesButAnotherJarsStays() throws Exception {
        Path jar = smallJar(dir.resolve("app"));
        Path other = smallJar(dir.resolve("other"));
        Path cache = dir.resolve("cache");
        made(jar, cache, 1);
        Path othersArchive = made(other, cache, 2);
        Path old = JarClassArchive.of(jar, JAVA_HOME, VM, cache, 3).orElseThrow().archive();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        JarClassArchive changed = JarClassArchive.of(jar, JAVA_HOME, VM, cache, 4).orElseThrow();
        assertNotEquals(old, changed.archive(), "a new version of the jar, a new archive");
        assertTrue(changed.options().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")));
        run(changed.options(), jar, 0);
        changed.childEnded(0);
        assertTrue(Files.isRegularFile(changed.archive()));
        assertFalse(Files.exists(old), "the same jar's old archive went");
        assertTrue(Files.isRegularFile(othersArchive), "another jar's archive stays");
    }

    @Test
    void aWindowThatEndedBadlyLeavesNoArchive() throws Exception {
        Path jar = smallJar(dir.resolve("app"));
        Path cache = dir.resolve("cache");
        JarClassArchive a = JarClassArchive.of(jar, JAVA_HOME, VM, cache, 5).orElseThrow();
        run(a.options(), jar, 3, "fail");
        a.childEnded(3);
        assertEquals(List.of(), names(cache), "neither the archive nor what the JVM wrote");
    }

    @Test
    void whatAKilledWindowBeganWritingLongAgoGoesAtTheNextFirstStartButNotWhatAnotherIsWritingNow() throws Exception {
        Path jar = smallJar(dir.resolve("app"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        JarClassArchive a = JarClassArchive.of(jar, JAVA_HOME, VM, cache, 8).orElseThrow();
        String stem = a.archive().getFileName().toString().replace(JarClassArchive.SUFFIX, "");
        Path killed = Files.writeString(cache.resolve(stem + ".41.tmp"), "half");
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis()
                - JarClassArchive.LEFT_OVER.toMillis() - 60_000));
        Path writing = Files.writeString(cache.resolve(stem + ".42.tmp"), "being written");
        a.options();
        assertFalse(Files.exists(killed), "left over from a JVM killed while writing");
        assertTrue(Files.exists(writing), "another first window writing its archive now");
    }

    /**
     * Fresh tester t39's F2: a read-only or full cache folder made the JVM print "Unable to create shared archive file"
     * at exit and end with 1. {@code /proc} is a folder no one can write a file in, root included, with no space.
     */
    @Test
    void aCacheFolderThatCannotBeWrittenAsksForNoArchiveAndTheRunEndsWellPrintingNothing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc");
        Path jar = smallJar(dir.resolve("app"));
        JarClassArchive a = JarClassArchive.of(jar, JAVA_HOME, VM, Path.of("/proc"), 9).orElseThrow();
        assertEquals(List.of(), a.options());
        assertEquals("hello\n", run(a.options(), jar, 0));
        a.childEnded(0);
    }

    @Test
    void noCacheFolderToBeHadMeansNoArchiveOptionsAndNoFailure() throws Exception {
        Path jar = smallJar(dir.resolve("app"));
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        JarClassArchive a = JarClassArchive.of(jar, JAVA_HOME, VM, file.resolve("cache"), 6).orElseThrow();
        assertEquals(List.of(), a.options());
        a.childEnded(0);
        assertTrue(JarClassArchive.of(dir.resolve("no.jar"), JAVA_HOME, VM, dir, 7).isEmpty(), "no jar, no archive");
    }

    @Test
    void theCacheFolderIsTheOneEachSystemExpects() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/home/ana/.cache/peeragogy-reader"), DataDirs.cacheFor("Linux", Map.of(), home));
        assertEquals(Path.of("/x/cache/peeragogy-reader"),
                DataDirs.cacheFor("Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), home));
        assertEquals(Path.of("/home/ana/.cache/peeragogy-reader"),
                DataDirs.cacheFor("Linux", Map.of("XDG_CACHE_HOME", "relative"), home), "XDG: a relative path is ignored");
        assertEquals(home.resolve("Library").resolve("Caches").resolve("Peeragogy Reader"),
                DataDirs.cacheFor("Mac OS X", Map.of(), home));
        assertEquals(Path.of("L").resolve("Peeragogy Reader").resolve("Cache"),
                DataDirs.cacheFor("Windows 11", Map.of("LOCALAPPDATA", "L"), home));
    }

    @Test
    void sharingThePersonChoseIsKept() {
        for (String chosen : List.of("-Xshare:off", "-XX:SharedArchiveFile=/a.jsa", "-XX:ArchiveClassesAtExit=/b.jsa",
                "-XX:+AutoCreateSharedArchive")) {
            assertTrue(JarRelaunch.choosesSharing(List.of("-Xmx1g", chosen)), chosen);
        }
        assertFalse(JarRelaunch.choosesSharing(List.of("-Xmx1g", "-Dfoo=bar")));
    }

    private Path made(Path jar, Path cache, long pid) throws Exception {
        JarClassArchive a = JarClassArchive.of(jar, JAVA_HOME, VM, cache, pid).orElseThrow();
        run(a.options(), jar, 0);
        a.childEnded(0);
        assertTrue(Files.isRegularFile(a.archive()));
        return a.archive();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs {@code java OPTIONS -jar JAR ARGS}, as the relaunch runs the reader; returns what it printed. */
    private static String run(List<String> options, Path jar, int expectedExit, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString()));
        cmd.addAll(options);
        cmd.addAll(List.of("-Xss1m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ended");
        assertEquals(expectedExit, p.exitValue(), out);
        return out;
    }

    /** A jar whose main prints "hello" and exits with 3 when given "fail", compiled here. */
    private static Path smallJar(Path folder) throws IOException {
        Path src = Files.createDirectories(folder.resolve("src").resolve("small"));
        Files.writeString(src.resolve("Hello.java"), """
                package small;
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello");
                        if (args.length > 0) {
                            System.exit(3);
                        }
                    }
                }
                """);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        tool("javac", "-d", classes.toString(), src.resolve("Hello.java").toString());
        Path jar = folder.resolve("small.jar");
        tool("jar", "--create", "--file", jar.toString(), "--main-class", "small.Hello", "-C", classes.toString(), ".");
        return jar;
    }

    private static void tool(String name, String... args) {
        int code = ToolProvider.findFirst(name).orElseThrow().run(System.out, System.err, args);
        assertEquals(0, code, name);
    }
}
