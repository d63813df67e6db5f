package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a failure is shown in one plain line, logged once with its stack trace, and --debug prints it. */
class ErrorReportingTest {
    private static final String EXCEPTION_LINE = "org.peeragogy.reader.content.HandbookException: ";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A command that fails deep inside: adding a "zip" that is not one. */
    private int addBrokenZip(boolean debug) throws Exception {
        Path notZip = Files.writeString(dir.resolve("broken.zip"), "not a zip at all");
        String data = dir.resolve("data").toString();
        Options options = debug ? Options.parse("--data-dir", data, "--debug", "add-handbook", notZip.toString())
                : Options.parse("--data-dir", data, "add-handbook", notZip.toString());
        return Main.command(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String log() throws Exception {
        return Files.readString(dir.resolve("data").resolve("logs").resolve("reader-0.log"), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aFailedCommandShowsOnePlainLineAndTheLogFileHasItsStackTraceExactlyOnce() throws Exception {
        assertEquals(1, addBrokenZip(false));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("could not be read as a zip archive"), shown);
        assertFalse(shown.contains("\tat "), "no stack trace without --debug: " + shown);
        String log = log();
        assertEquals(1, count(log, EXCEPTION_LINE), log);
        assertTrue(log.contains("\tat org.peeragogy.reader.content.HandbookLibrary"), log);
        assertTrue(log.contains("Caused by: "), "the cause is logged too: " + log);
    }

    @Test
    void debugPrintsTheStackTraceOnTheCommandLine() throws Exception {
        assertEquals(1, addBrokenZip(true));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, count(shown, EXCEPTION_LINE), shown);
        assertTrue(shown.contains("\tat org.peeragogy.reader.content.HandbookLibrary"), shown);
        assertEquals(1, count(log(), EXCEPTION_LINE));
    }

    @Test
    void debugIsAGlobalSwitchWithoutAValue() throws Exception {
        assertTrue(Options.parse("--debug", "chapters").debug());
        assertFalse(Options.parse("chapters").debug());
        assertTrue(Options.parse("--debug").isWindow());
    }
}
