package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Portable mode (issue 17): from a stick, the reader keeps its data in {@code data/} in its own top
 * folder, found from the launcher's path, and writes nowhere else.
 */
class PortableTest {

    @Test
    void theTopFolderIsTheAppImagesOnEachSystem() {
        assertEquals(Optional.of(Path.of("/stick/peeragogy-reader")),
                Portable.top("/stick/peeragogy-reader/bin/peeragogy-reader", Optional.empty()), "Linux: above bin/");
        assertEquals(Optional.of(Path.of("/stick/Peeragogy Reader")),
                Portable.top("/stick/Peeragogy Reader/Peeragogy Reader.exe", Optional.empty()), "Windows: the launcher's");
        assertEquals(Optional.of(Path.of("/stick")),
                Portable.top("/stick/Peeragogy Reader.app/Contents/MacOS/Peeragogy Reader", Optional.empty()),
                "macOS: beside the .app");
        assertEquals(Optional.of(Path.of("/stick")),
                Portable.top(null, Optional.of(Path.of("/stick/peeragogy-reader.jar"))), "the jar: its folder");
        assertEquals(Optional.empty(), Portable.top(null, Optional.empty()));
    }

    @Test
    void onWithTheMarkerOrWhenAskedOffOtherwise(@TempDir Path top) throws IOException {
        assertEquals(Optional.empty(), Portable.dataDir(false, Optional.of(top)));
        assertEquals(Optional.of(top.resolve("data")), Portable.dataDir(true, Optional.of(top)));
        Files.createFile(top.resolve("portable"));
        assertEquals(Optional.of(top.resolve("data")), Portable.dataDir(false, Optional.of(top)));
        assertEquals(Optional.empty(), Portable.dataDir(true, Optional.empty()), "no top folder known");
    }

    @Test
    void dataDirWinsOverPortable() throws Options.UsageException {
        assertEquals(Path.of("/elsewhere"), DataDirs.resolve(Options.parse("--portable", "--data-dir", "/elsewhere")));
    }

    /**
     * A read-only copy of the app with a writable data folder in it, started as the launcher starts it:
     * the note is saved in data/, nothing else in the copy changes, and nothing is written to the home
     * folder. (Run as root, the folder's missing write bits do not stop writes, so the snapshot is what
     * proves it.)
     */
    @Test
    void aReadOnlyCopyKeepsItsNotesInItsDataFolderAndWritesNowhereElse(@TempDir Path dir) throws Exception {
        Path top = Files.createDirectories(dir.resolve("stick").resolve("peeragogy-reader"));
        Path launcher = Files.createDirectories(top.resolve("bin")).resolve("peeragogy-reader");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.createFile(top.resolve("portable"));
        Path data = Files.createDirectories(top.resolve("data"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Map<String, Long> before = snapshot(top, data);
        readOnly(top, data);
        try {
            String id = run(launcher, home, "highlight", "gardens", "--quote", "how deep to sow beans");
            assertTrue(id.strip().matches("[0-9a-f-]{36}"), id);
            String notes = run(launcher, home, "notes");
            assertTrue(notes.contains("how deep to sow beans"), notes);
        } finally {
            writable(top);
        }
        assertTrue(Files.isRegularFile(data.resolve("reader.db")), "notes saved on the stick");
        assertEquals(before, snapshot(top, data), "nothing outside data/ changed");
        try (Stream<Path> written = Files.list(home)) {
            assertEquals(List.of(), written.toList(), "nothing written to the home folder");
        }
    }

    private static String run(Path launcher, Path home, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djpackage.app-path=" + launcher, "-Duser.home=" + home, "-Djava.io.tmpdir=" + home.getParent(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--handbook", TestHandbooks.fixture().toString()));
        cmd.addAll(List.of(command));
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_DATA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + Files.readString(err, StandardCharsets.UTF_8));
        return out;
    }

    /** Every path outside {@code data} with its size and modification time. */
    private static Map<String, Long> snapshot(Path top, Path data) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!p.startsWith(data)) {
                    files.put(top.relativize(p) + " size", Files.isDirectory(p) ? -1 : Files.size(p));
                    files.put(top.relativize(p) + " time", Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return files;
    }

    private static void readOnly(Path top, Path data) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!p.startsWith(data)) {
                    p.toFile().setWritable(false, false);
                }
            }
        }
    }

    private static void writable(Path top) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                p.toFile().setWritable(true, true);
            }
        }
    }
}
