package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Fresh tester t33's F5: a second start from a terminal with no display, while a window is open on its data folder. It
 * needs none: the notes files it was given are handed over, and without one it says "already open" in its line only,
 * starting no toolkit for a dialog it cannot show. This test holds the data folder and watches for hand-overs as the
 * window does (DataDirLock, Handover); the second start is a real {@code java -jar}, its relaunch included.
 */
class SecondStartWithoutADisplayTest {
    @TempDir
    Path temp;
    private Path data;
    private DataDirLock lock;
    private Handover watching;
    private final BlockingQueue<Path> offered = new LinkedBlockingQueue<>();

    @BeforeEach
    void windowOpen() throws Exception {
        data = Files.createDirectories(temp.resolve("data"));
        DataDirLock.Taken taken = assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data));
        lock = taken.lock();
        watching = Handover.watch(taken.place(), offered::add);
    }

    @AfterEach
    void windowClosed() {
        watching.close();
        lock.close();
    }

    @Test
    void notesFilesOpenedWithNoDisplayAreHandedToTheOpenWindow() throws Exception {
        Path bo = Files.writeString(temp.resolve("Bo.peeranotes"), "{}");
        Path cy = Files.writeString(temp.resolve("Cy.peeranotes"), "{}");

        Ended second = startWithoutDisplay(bo.toString(), cy.toString());

        assertEquals(0, second.code(), second.err());
        assertEquals(bo.toAbsolutePath(), offered.poll(20, TimeUnit.SECONDS));
        assertEquals(cy.toAbsolutePath(), offered.poll(20, TimeUnit.SECONDS));
        assertTrue(second.err().contains("the notes file " + cy.toAbsolutePath() + " was handed to it"), second.err());
    }

    @Test
    void withNoDisplayAndNoFileTheSecondStartSaysAlreadyOpenInItsLineAlone() throws Exception {
        Ended second = startWithoutDisplay();

        assertEquals(Gui.ALREADY_OPEN, second.code(), second.err());
        assertEquals(DataDirLock.alreadyOpen(data), second.err().strip());
    }

    /** How a start ended: its exit code and what it said on its error stream. */
    private record Ended(int code, String err) {
    }

    /** {@code java -jar} on the data folder with {@code files}, no DISPLAY; waits up to 90 s for it to end. */
    private Ended startWithoutDisplay(String... files) throws Exception {
        Path jar = ClassPathJar.write(temp.resolve("reader.jar"));
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-jar", jar.toString(), "--handbook",
                TestHandbooks.fixture().toString(), "--data-dir", data.toString()));
        command.addAll(List.of(files));
        Path err = temp.resolve("second-err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the second start did not end within 90 s: " + Files.readString(err));
        }
        return new Ended(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
