package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/** A --smoke start is unattended (CI, the package checks): when it cannot show its chapter it ends, never waits on a dialog. */
@Tag("ui")
class SmokeStartTest {
    @TempDir
    Path dir;

    private record Ended(boolean exited, int code, String err) {
    }

    private Ended smoke(Path dataDir, String chapter, String... jvm) throws Exception {
        Path err = dir.resolve("err.txt");
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--handbook", TestHandbooks.fixture().toString(), "--data-dir", dataDir.toString(), "--smoke", chapter));
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean exited = p.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Ended(exited, exited ? p.exitValue() : -1, Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aDamagedNotesFileEndsASmokeStartWithItsReasonInsteadOfAskingWhatToDo() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("reader.db"), "this is not a database, it is a shopping list".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        Ended e = smoke(data, "welcome");
        assertTrue(e.exited(), "the smoke start was still waiting after 90 s: " + e.err());
        assertEquals(1, e.code(), e.err());
        assertTrue(e.err().contains("start the reader without --smoke"), e.err());
    }

    @Test
    void aSmokeStartThatNeverShowsItsChapterGivesUpAfterItsTimeLimit() throws Exception {
        // A one-millisecond limit is shorter than any start: the watchdog, not the window, ends this one.
        Ended e = smoke(Files.createDirectories(dir.resolve("data")), "welcome", "-Dpeeragogy.smoke.timeoutMs=1");
        assertTrue(e.exited(), e.err());
        assertEquals(3, e.code(), e.err());
        assertTrue(e.err().contains("was not shown within 1 ms"), e.err());
    }
}
