package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: memory is given back in a pause after a chapter is shown, once, and only when the heap holds enough
 * unused memory to be worth the pause. The "UI thread" here is this test's thread, draining the callbacks the
 * background work hands over, so the trim's own state is only touched as it is in the window.
 */
class MemoryTrimTest {
    private static final Duration QUIET = Duration.ofMillis(300);
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final AtomicInteger collected = new AtomicInteger();
    private final AtomicLong usedBytes = new AtomicLong(100L << 20);

    /** A heap of 400 MiB committed; {@link #usedBytes} in use. */
    private MemoryTrim trim(BackgroundTasks tasks) {
        return new MemoryTrim(tasks, QUIET, () -> new MemoryUsage(0, usedBytes.get(), 400L << 20, 400L << 20),
                collected::incrementAndGet);
    }

    /** Runs the callbacks handed to the UI until {@code trim} has no wait under way (bounded: 10 s). */
    private void untilSettled(MemoryTrim trim, int expectedCallbacks) throws InterruptedException {
        for (int i = 0; i < expectedCallbacks; i++) {
            Runnable r = ui.poll(10, TimeUnit.SECONDS);
            assertTrue(r != null, "the trim's wait ended and handed its result to the UI");
            r.run();
        }
    }

    @Test
    void aChapterShownIsFollowedByOneCollectionAfterTheQuietAndNoneWhileTheWindowIsLeftAlone() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks(ui::add)) {
            MemoryTrim trim = trim(tasks);
            long t0 = System.nanoTime();
            trim.chapterShown();
            untilSettled(trim, 1);
            assertTrue(System.nanoTime() - t0 >= QUIET.toNanos(), "not before the quiet had passed");
            assertEquals(1, collected.get());
            assertEquals(1, trim.collections());
            // Left alone: nothing more is asked of the collector, however long the window stays open.
            assertEquals(null, ui.poll(3 * QUIET.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(1, collected.get());
        }
    }

    @Test
    void chaptersShownInQuickSuccessionGiveOneCollectionAfterTheLast() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks(ui::add)) {
            MemoryTrim trim = trim(tasks);
            long t0 = System.nanoTime();
            long last = t0;
            for (int i = 0; i < 5; i++) {
                if (i > 0) {
                    Thread.sleep(QUIET.toMillis() / 3); // a reader paging through: each chapter delays the collection
                }
                last = System.nanoTime();
                trim.chapterShown();
            }
            untilSettled(trim, 1);
            assertTrue(System.nanoTime() - last >= QUIET.toNanos(), "counted from the last chapter");
            assertTrue(System.nanoTime() - t0 >= QUIET.toNanos() * 2, "not from the first");
            assertEquals(1, collected.get());
        }
    }

    @Test
    void aHeapWithLittleUnusedRoomIsLeftAlone() throws Exception {
        usedBytes.set((400L << 20) - MemoryTrim.SLACK_BYTES + (1 << 20)); // 63 MiB unused: a pause would buy little
        try (BackgroundTasks tasks = new BackgroundTasks(ui::add)) {
            MemoryTrim trim = trim(tasks);
            trim.chapterShown();
            untilSettled(trim, 1);
            assertEquals(0, collected.get());
            assertEquals(0, trim.collections());
        }
    }
}
