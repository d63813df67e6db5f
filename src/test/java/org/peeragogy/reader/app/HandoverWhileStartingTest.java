package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * Real processes: a notes file opened while the first start holds the data folder but its window is not shown yet is
 * taken, and offered once the window is. The reader's window was watching for hand-overs only from its show, and a
 * second start waits 5 s: a start still under way on a loaded machine (the jar took 3.5–10 s to its chapter here), or
 * one waiting at the damaged-notes question as here, refused the file as "already open".
 */
@Tag("ui")
class HandoverWhileStartingTest {
    @TempDir
    Path temp;
    private Process window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.destroy();
            if (!window.waitFor(30, TimeUnit.SECONDS)) {
                window.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aFileHandedOverWhileTheFirstStartAsksAboutItsDamagedNotesIsTakenNotRefused() throws Exception {
        Path book = StartPlaceTest.threeChapters(temp.resolve("book"));
        Path data = temp.resolve("data");
        try (Handbook h = Handbooks.open(book)) {
            NotesFixture.write(data, h.book().identity(), "a", 3);
        }
        Damage.BAD_HEADER.apply(data.resolve("reader.db"));
        Path windowErr = temp.resolve("window-err.txt");
        window = WindowProcess.open(book, data, windowErr);
        // Bounded: the first start has said its notes file is damaged, and waits at the question (no window shown).
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!read(windowErr).contains("damaged")) {
            assertTrue(window.isAlive(), () -> "the first start ended: " + read(windowErr));
            assertTrue(System.nanoTime() < end, () -> "the first start never asked: " + read(windowErr));
            Thread.sleep(100);
        }
        Path file = Files.writeString(temp.resolve("Bo.peeranotes"), "{}");

        Path err = temp.resolve("second-err.txt");
        Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--handbook", book.toString(),
                "--data-dir", data.toString(), file.toString())).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(second.waitFor(90, TimeUnit.SECONDS), "the second start did not end");

        assertEquals(0, second.exitValue(), read(err));
        assertTrue(read(err).contains("the notes file " + file.toAbsolutePath() + " was handed to it"), read(err));
        assertTrue(window.isAlive(), "the first start still waits at its question");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(" + e + ")";
        }
    }
}
