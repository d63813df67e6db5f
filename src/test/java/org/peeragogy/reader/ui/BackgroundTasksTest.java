package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Background work without a toolkit: results, failures and progress arrive on the "UI" executor. */
class BackgroundTasksTest {
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    private Runnable nextOnUi() throws InterruptedException {
        Runnable r = ui.poll(10, TimeUnit.SECONDS);
        assertTrue(r != null, "nothing was delivered to the UI");
        return r;
    }

    @Test
    void workRunsOffTheCallingThreadAndItsResultIsDeliveredOnTheUiExecutor() throws Exception {
        Thread caller = Thread.currentThread();
        List<Object> got = new ArrayList<>();
        try (BackgroundTasks tasks = new BackgroundTasks(ui::add)) {
            tasks.run("answer", p -> {
                assertNotEquals(caller, Thread.currentThread());
                return 42;
            }, got::add, got::add);
            assertTrue(got.isEmpty());
            nextOnUi().run();
        }
        assertEquals(List.of(42), got);
    }

    @Test
    void aFailureGoesToTheFailureCallbackOnTheUi() throws Exception {
        List<Throwable> failed = new ArrayList<>();
        try (BackgroundTasks tasks = new BackgroundTasks(ui::add)) {
            tasks.run("fails", p -> {
                throw new java.io.IOException("no disk");
            }, v -> { }, failed::add);
            nextOnUi().run();
        }
        assertEquals("no disk", failed.get(0).getMessage());
    }

    @Test
    void progressIsCoalescedAndACancelledTaskDeliversNothing() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (BackgroundTasks tasks = new BackgroundTasks(pool, ui::add)) {
            BackgroundTasks.Handle h = tasks.run("long", p -> {
                for (int i = 1; i <= 1000; i++) {
                    p.update(i, 1000);
                }
                reported.countDown();
                while (!p.cancelled()) {
                    Thread.onSpinWait();
                }
                stopped.countDown();
                return "finished";
            }, (d, t) -> seen.add(d + "/" + t), v -> seen.add("success"), e -> seen.add("failure"));
            assertTrue(reported.await(10, TimeUnit.SECONDS));
            h.cancel();
            assertTrue(stopped.await(10, TimeUnit.SECONDS));
            assertTrue(h.isCancelled());
            // Once the work's thread has ended, all it handed to the UI is queued: drain it, no waiting a while.
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "the cancelled work's thread did not end");
            Runnable r;
            while ((r = ui.poll()) != null) {
                r.run();
            }
        }
        assertTrue(ui.size() <= 1000);
        assertFalse(seen.contains("success"));
        assertFalse(seen.contains("failure"));
    }
}
