package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void whatTheReaderSetsForItselfIsListedAndTakenOutForAProgramItStarts() {
        Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/ana"));
        OwnEnvironment.set(env, "GDK_GL", "disable");
        OwnEnvironment.set(env, "MALLOC_ARENA_MAX", "2");
        assertEquals("disable", env.get("GDK_GL"));
        assertEquals("GDK_GL MALLOC_ARENA_MAX", env.get(OwnEnvironment.NAMES));

        OwnEnvironment.removeFrom(env);
        assertEquals(Map.of("HOME", "/home/ana"), env);
    }

    @Test
    void aVariableThePersonSetIsNeitherChangedNorTakenAway() {
        Map<String, String> env = new HashMap<>(Map.of("GDK_GL", "always", "MALLOC_ARENA_MAX", "8"));
        OwnEnvironment.set(env, "GDK_GL", "disable");
        OwnEnvironment.set(env, "MALLOC_ARENA_MAX", "2");
        assertEquals("always", env.get("GDK_GL"));
        assertFalse(env.containsKey(OwnEnvironment.NAMES));

        OwnEnvironment.removeFrom(env);
        assertEquals(Map.of("GDK_GL", "always", "MALLOC_ARENA_MAX", "8"), env);
    }

    @Test
    void anEmptyValueCountsAsNotSet() {
        Map<String, String> env = new HashMap<>(Map.of("GSETTINGS_BACKEND", ""));
        OwnEnvironment.set(env, "GSETTINGS_BACKEND", "memory");
        assertEquals("memory", env.get("GSETTINGS_BACKEND"));
    }

    @Test
    void aListThatIsNotOfNamesRemovesNothingElse() {
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin", OwnEnvironment.NAMES, "PA=TH  ../x GDK_GL"));
        env.put("GDK_GL", "disable");
        OwnEnvironment.removeFrom(env);
        assertEquals(Map.of("PATH", "/usr/bin"), env);
    }

    /** A real child process: the browser the reader starts gets the person's environment, not the reader's. */
    @Test
    void theBrowserStartedFromTheReaderGetsThePersonsEnvironment() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path seen = dir.resolve("seen.txt");
        Path opener = bin.resolve("xdg-open");
        // Written whole, then renamed: the test reads it only once it is complete.
        Files.writeString(opener, "#!/bin/sh\nenv > \"$SEEN.part\"\necho \"url=$1\" >> \"$SEEN.part\"\nmv \"$SEEN.part\" \"$SEEN\"\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SystemBrowserChild.class.getName(), "https://peeragogy.org/")
                .redirectErrorStream(true);
        Map<String, String> env = child.environment();
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("SEEN", seen.toString());
        env.put("GDK_GL", "disable");
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("GSETTINGS_BACKEND", "dconf"); // the person's own: not listed
        env.put(OwnEnvironment.NAMES, "GDK_GL MALLOC_ARENA_MAX");
        Process p = child.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        List<String> lines = waitFor(seen, Duration.ofSeconds(30));
        assertTrue(lines.contains("url=https://peeragogy.org/"), lines.toString());
        assertTrue(lines.contains("GSETTINGS_BACKEND=dconf"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("GDK_GL=") || l.startsWith("MALLOC_ARENA_MAX=")
                || l.startsWith(OwnEnvironment.NAMES + "=")), lines.toString());
    }

    private static List<String> waitFor(Path file, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the browser was not started within " + limit);
            }
            Thread.sleep(20);
        }
        return Files.readAllLines(file);
    }
}
