package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Fresh tester t17a's M5: the window started where there is no display said only a Java stack trace. It says
 * why in a sentence, with what works instead, and ends with its own exit code; the reader runs in a child JVM
 * without DISPLAY, as a person's start from a console would.
 */
class NoDisplayTest {
    @TempDir
    Path scratch;

    @Test
    void aWindowWithNoDisplaySaysWhyInASentence() throws Exception {
        Path out = scratch.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpeeragogy.relaunch=false", "-D" + ProgramName.PROPERTY + "=peeragogy-reader", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--handbook", TestHandbooks.fixture().toString(),
                "--data-dir", scratch.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        String said = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(Gui.NO_WINDOW, p.exitValue(), said);
        assertTrue(said.contains("The reader's window cannot open: there is no display"), said);
        // Started as the package's launcher starts it: its command, not java -jar (t17a's N1).
        assertTrue(said.contains("Its commands work without one: peeragogy-reader --help lists them."), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), "a stack trace: " + said);
    }
}
