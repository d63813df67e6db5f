package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thread ended by running out of memory is said in words, in the window and on the error stream. */
class OutOfMemoryReportTest {
    @Test
    void aThreadEndedByRunningOutOfMemoryIsToldToTheWindowInWords() throws Exception {
        List<String> shown = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // A real thread that dies of it, with the handler as the process has it.
        Thread t = new Thread(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "import");
        t.setUncaughtExceptionHandler(new OutOfMemoryReport(shown::add, err));
        t.start();
        t.join(10_000);
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).contains("ran out of memory"), shown.get(0));
        assertTrue(shown.get(0).contains("already saved is safe"), shown.get(0));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("ran out of memory"));
    }

    @Test
    void anyOtherFailureIsPrintedAsJavaPrintsItAndNotShownAsMemory() throws Exception {
        List<String> shown = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Thread t = new Thread(() -> {
            throw new IllegalStateException("a bug");
        }, "worker");
        t.setUncaughtExceptionHandler(new OutOfMemoryReport(shown::add, err));
        t.start();
        t.join(10_000);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), shown);
        assertTrue(printed.startsWith("Exception in thread \"worker\" java.lang.IllegalStateException: a bug"), printed);
    }
}
