package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files and the system's file notifications: a second start's notes files are taken from the moment the first
 * start holds the data folder, before its window is shown (a window still starting on a loaded machine took none within
 * the sender's 5 s, and the file was refused as "already open").
 */
class HandoverInboxTest {
    @TempDir
    Path data;

    private final BlockingQueue<Path> offered = new LinkedBlockingQueue<>();

    @Test
    void filesHandedOverBeforeTheWindowIsShownAreTakenAtOnceAndGivenToItInOrderWhenItIs() throws Exception {
        Path first = data.resolveSibling("first.peeranotes").toAbsolutePath();
        Path second = data.resolveSibling("second.peeranotes").toAbsolutePath();
        try (HandoverInbox inbox = HandoverInbox.open(data).orElseThrow()) {
            // No window yet: the sender is still told its file was taken, within its wait.
            assertTrue(Handover.send(data, first, Duration.ofSeconds(20)), "the first file was not taken");
            assertTrue(Handover.send(data, second, Duration.ofSeconds(20)), "the second file was not taken");
            assertEquals(null, offered.poll(200, TimeUnit.MILLISECONDS), "a file was offered before the window was shown");

            inbox.deliverTo(offered::add);
            assertEquals(List.of(first, second), List.of(offered.take(), offered.take()));

            Path third = data.resolveSibling("third.peeranotes").toAbsolutePath();
            assertTrue(Handover.send(data, third, Duration.ofSeconds(20)));
            assertEquals(third, offered.poll(20, TimeUnit.SECONDS), "a file handed over once the window was shown");
        }
    }

    /**
     * Fresh tester t35's F4: while the window asks who reads a copied notes file, files handed over are taken (the
     * sender is told so) but wait, even once the window is shown, until the question is answered; then they are given
     * in the order they came, and later ones as they come.
     */
    @Test
    void filesTakenWhileHeldWaitUntilReleasedAndAreThenGivenInOrder() throws Exception {
        Path first = data.resolveSibling("first.peeranotes").toAbsolutePath();
        Path second = data.resolveSibling("second.peeranotes").toAbsolutePath();
        try (HandoverInbox inbox = HandoverInbox.open(data).orElseThrow()) {
            assertTrue(Handover.send(data, first, Duration.ofSeconds(20)), "the first file was not taken");
            inbox.hold();
            inbox.deliverTo(offered::add);
            assertTrue(Handover.send(data, second, Duration.ofSeconds(20)), "the second file was not taken");
            assertEquals(null, offered.poll(200, TimeUnit.MILLISECONDS), "a file was given while held");

            inbox.release();
            assertEquals(List.of(first, second), List.of(offered.take(), offered.take()));
            Path third = data.resolveSibling("third.peeranotes").toAbsolutePath();
            assertTrue(Handover.send(data, third, Duration.ofSeconds(20)));
            assertEquals(third, offered.poll(20, TimeUnit.SECONDS), "a file handed over once released");
        }
    }

    @Test
    void aClosedInboxTakesNothing() throws Exception {
        HandoverInbox.open(data).orElseThrow().close();
        assertFalse(Handover.send(data, data.resolve("x.peeranotes"), Duration.ofMillis(300)));
    }
}
