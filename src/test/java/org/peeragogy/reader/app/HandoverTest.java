package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files and the system's file notifications: a second start hands its notes file to the open window. */
class HandoverTest {
    @TempDir
    Path data;

    private final BlockingQueue<Path> offered = new LinkedBlockingQueue<>();

    @Test
    void theOpenWindowTakesTheFileAndTheSecondStartIsToldSo() throws Exception {
        Path file = data.resolveSibling(data.getFileName() + "-Bo's notes ä.peeranotes");
        try (Handover watching = Handover.watch(data, offered::add)) {
            assertTrue(Handover.send(data, file, Duration.ofSeconds(20)));
            assertEquals(file.toAbsolutePath(), offered.poll(20, TimeUnit.SECONDS));
        }
        assertEquals(0, requests());
    }

    @Test
    void withNoWindowWatchingTheSecondStartGivesUpAndLeavesNothingBehind() throws Exception {
        assertFalse(Handover.send(data, data.resolve("x.peeranotes"), Duration.ofMillis(300)));
        assertEquals(0, requests());
    }

    @Test
    void aClosedWindowTakesNothing() throws Exception {
        Handover.watch(data, offered::add).close();
        assertFalse(Handover.send(data, data.resolve("x.peeranotes"), Duration.ofMillis(300)));
        assertEquals(null, offered.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void aRequestWaitingWhenTheWindowOpensIsTakenUnlessItIsStale() throws Exception {
        Path folder = Files.createDirectories(data.resolve(Handover.FOLDER));
        Path fresh = Files.writeString(folder.resolve("fresh" + Handover.SUFFIX), "/tmp/fresh.peeranotes");
        Path stale = Files.writeString(folder.resolve("stale" + Handover.SUFFIX), "/tmp/stale.peeranotes");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Handover.WAIT).minusSeconds(1)));
        try (Handover watching = Handover.watch(data, offered::add)) {
            assertEquals(Path.of("/tmp/fresh.peeranotes"), offered.poll(20, TimeUnit.SECONDS));
            WaitFor.until(Duration.ofSeconds(20), () -> !Files.exists(stale) && !Files.exists(fresh));
            assertEquals(null, offered.poll(200, TimeUnit.MILLISECONDS));
        }
    }

    /** Anyone who can write in the data folder can write a request: what it says is checked before it is used. */
    @Test
    void aRequestThatIsNotAnAbsolutePathIsDeletedAndIgnored() throws Exception {
        Path folder = Files.createDirectories(data.resolve(Handover.FOLDER));
        Path relative = Files.writeString(folder.resolve("relative" + Handover.SUFFIX), "notes.peeranotes");
        Path nul = Files.writeString(folder.resolve("nul" + Handover.SUFFIX), "/tmp/a\0b");
        Path huge = Files.writeString(folder.resolve("huge" + Handover.SUFFIX), "/" + "a".repeat(Handover.MAX_BYTES));
        Path binary = Files.write(folder.resolve("binary" + Handover.SUFFIX), new byte[] {'/', (byte) 0xC3, (byte) 0x28});
        Path directory = Files.createDirectories(folder.resolve("dir" + Handover.SUFFIX));
        Path link = Files.createSymbolicLink(folder.resolve("link" + Handover.SUFFIX), relative);
        Path other = Files.writeString(folder.resolve("notes.txt"), "/tmp/other");
        for (Path request : new Path[] {relative, nul, huge, binary, link}) {
            assertTrue(Handover.take(request).isEmpty(), request.toString());
            assertFalse(Files.exists(request, java.nio.file.LinkOption.NOFOLLOW_LINKS), request + " was left");
        }
        assertTrue(Handover.take(directory).isEmpty());
        assertTrue(Files.exists(other), "a file that is not a request is left alone");
        assertEquals(Path.of("/tmp/ok ä.peeranotes"), Handover.take(Files.writeString(folder.resolve("ok" + Handover.SUFFIX),
                "/tmp/ok ä.peeranotes", StandardCharsets.UTF_8)).orElseThrow());
    }

    private long requests() throws Exception {
        try (var s = Files.list(data.resolve(Handover.FOLDER))) {
            return s.count();
        }
    }

    /** A bounded wait for a condition on the disk. */
    private static final class WaitFor {
        static void until(Duration limit, java.util.function.BooleanSupplier done) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("not within " + limit);
                }
                Thread.sleep(20);
            }
        }
    }
}
