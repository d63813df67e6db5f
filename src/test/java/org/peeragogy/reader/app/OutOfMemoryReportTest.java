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
    private final List<String> shown = new ArrayList<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** Runs a real thread named {@code name} that dies of {@code failure}, with the handler as the process has it. */
    private String endedBy(String name, RuntimeException failure) throws InterruptedException {
        return endedBy(name, () -> {
            throw failure;
        });
    }

    private String endedBy(String name, Runnable dies) throws InterruptedException {
        Thread t = new Thread(dies, name);
        t.setUncaughtExceptionHandler(new OutOfMemoryReport(r -> shown.add(r.english()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        t.start();
        t.join(10_000);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aThreadEndedByRunningOutOfMemoryIsToldToTheWindowInWords() throws Exception {
        String printed = endedBy("import", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).contains("ran out of memory"), shown.get(0));
        assertTrue(shown.get(0).contains("already saved is safe"), shown.get(0));
        assertTrue(printed.contains("ran out of memory"), printed);
    }

    @Test
    void anyOtherFailureIsPrintedAsJavaPrintsItAndNotShownAsMemory() throws Exception {
        String printed = endedBy("worker", new IllegalStateException("a bug"));
        assertEquals(List.of(), shown);
        assertTrue(printed.startsWith("Exception in thread \"worker\" java.lang.IllegalStateException: a bug"), printed);
    }
}
