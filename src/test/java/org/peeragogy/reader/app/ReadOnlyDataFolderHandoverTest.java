package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.ReadOnlyFolders;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * Fresh tester t33's F3 and F5, with real processes: a window open on a read-only data folder (a profile made read-only,
 * a stick mounted read-only), and a second start given a notes file from a terminal with no display, as
 * {@code java -jar} (its relaunch included). It opened a window of its own, which with no display ended with "The
 * reader's window cannot open" (exit 5); the file is handed to the window that is open.
 */
@Tag("ui")
class ReadOnlyDataFolderHandoverTest {
    @TempDir
    Path temp;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();
    private Process window;

    @AfterEach
    void closeWindow() throws Exception {
        try {
            if (window != null) {
                window.destroy();
                if (!window.waitFor(30, TimeUnit.SECONDS)) {
                    window.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            readOnly.close();
        }
    }

    @Test
    void aNotesFileOpenedWithNoDisplayIsHandedToTheWindowOpenOnAReadOnlyDataFolder() throws Exception {
        Path book = StartPlaceTest.threeChapters(temp.resolve("book"));
        Path data = temp.resolve("data");
        try (Handbook h = Handbooks.open(book)) {
            NotesFixture.write(data, h.book().identity(), "a", 3);
        }
        readOnly.protect(data);
        // The user's runtime folder, as a desktop session sets it (XDG_RUNTIME_DIR): the test's own.
        Path run = Files.createDirectory(temp.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", run.toString());
        window = WindowProcess.open(env, book, data, temp.resolve("window-err.txt"));
        Path requests = run.resolve(LockPlace.FOLDER).resolve(LockPlace.key(data.toRealPath())).resolve(Handover.FOLDER);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.isDirectory(requests)) {
            assertTrue(window.isAlive(), () -> "the window ended: " + read(temp.resolve("window-err.txt")));
            assertTrue(System.nanoTime() < end, () -> "the window never watched " + requests + ": "
                    + read(temp.resolve("window-err.txt")));
            Thread.sleep(100);
        }
        Path file = Files.writeString(temp.resolve("Bo.peeranotes"), "{}");

        Ended second = startWithoutDisplay(env, "--handbook", book.toString(), "--data-dir", data.toString(),
                file.toString());

        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("the notes file " + file.toAbsolutePath() + " was handed to it"), second.err());
        assertTrue(window.isAlive(), "the window open before is still the one open");
    }

    /** How a start ended: its exit code and what it said on its error stream. */
    private record Ended(int code, String err) {
    }

    /** {@code java -jar} with {@code args}, {@code env} added and no DISPLAY; waits up to 90 s for it to end. */
    private Ended startWithoutDisplay(Map<String, String> env, String... args) throws Exception {
        Path jar = ClassPathJar.write(temp.resolve("reader.jar"));
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path err = temp.resolve("second-err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the second start did not end within 90 s: " + read(err));
        }
        return new Ended(p.exitValue(), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(" + e + ")";
        }
    }
}
