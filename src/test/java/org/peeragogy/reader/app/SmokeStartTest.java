package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/** A --smoke start is unattended (CI, the package checks): when it cannot show its chapter it ends, never waits on a dialog. */
@Tag("ui")
class SmokeStartTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedNotesFileEndsASmokeStartWithItsReasonInsteadOfAskingWhatToDo() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("reader.db"), "this is not a database, it is a shopping list".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        WindowProcess.Ended e = WindowProcess.smoke(TestHandbooks.fixture(), data, "welcome", dir);
        assertTrue(e.exited(), "the smoke start was still waiting after 90 s: " + e.err());
        assertEquals(1, e.code(), e.err());
        assertTrue(e.err().contains("start the reader without --smoke"), e.err());
    }

    @Test
    void aSmokeStartThatNeverShowsItsChapterGivesUpAfterItsTimeLimit() throws Exception {
        // A one-millisecond limit is shorter than any start: the watchdog, not the window, ends this one.
        WindowProcess.Ended e = WindowProcess.smoke(TestHandbooks.fixture(), Files.createDirectories(dir.resolve("data")),
                "welcome", dir, "-Dpeeragogy.smoke.timeoutMs=1");
        assertTrue(e.exited(), e.err());
        assertEquals(3, e.code(), e.err());
        assertTrue(e.err().contains("was not shown within 1 ms"), e.err());
    }

    @Test
    void aSmokeStartPrintsEachMilestoneOfItsStartOnce() throws Exception {
        WindowProcess.Ended e = WindowProcess.smoke(TestHandbooks.fixture(), Files.createDirectories(dir.resolve("data")),
                "welcome", dir);
        assertEquals(0, e.code(), e.err());
        String line = e.out().lines().filter(l -> l.startsWith("start-timeline-ms ")).findFirst().orElseThrow(
                () -> new AssertionError("no start-timeline-ms line in: " + e.out()));
        java.util.Map<String, Long> at = new java.util.HashMap<>();
        for (String pair : line.substring("start-timeline-ms ".length()).split(" ")) {
            String[] kv = pair.split("=");
            assertEquals(null, at.put(kv[0], Long.parseLong(kv[1])), "marked twice: " + line);
        }
        assertEquals(java.util.Set.of("launch", "toolkit", "prepared", "window-shown", "chapter-laid-out"), at.keySet(),
                line);
        // The window needs both JavaFX and the opened notes file and handbook; its chapter needs the window.
        assertTrue(at.get("launch") <= at.get("toolkit") && at.get("launch") <= at.get("prepared"), line);
        assertTrue(at.get("toolkit") <= at.get("window-shown") && at.get("prepared") <= at.get("window-shown"), line);
        assertTrue(at.get("window-shown") <= at.get("chapter-laid-out"), line);
        long first = Long.parseLong(e.out().replaceAll("(?s).*first-chapter-ms=(\\d+).*", "$1"));
        assertTrue(first <= at.get("chapter-laid-out"), line);
    }
}
