package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ReadingPositions;

/** Saves made while another connection holds the write lock are queued, never block, and all land in order. */
class SaveQueueTest {
    @TempDir
    Path dataDir;

    /** Runs what the queue handed to the "UI" (this thread), as the FX thread would. */
    private static void drain(LinkedBlockingQueue<Runnable> ui) {
        Runnable r;
        while ((r = ui.poll()) != null) {
            r.run();
        }
    }

    @Test
    void savesQueuedDuringALongImportReturnAtOnceAndLandAfterItInOrder() throws Exception {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        List<Integer> doneOrder = new ArrayList<>();
        CountDownLatch lockHeld = new CountDownLatch(1);
        CountDownLatch enqueued = new CountDownLatch(1);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try (Database db = Database.open(dataDir);
             SaveQueue saves = new SaveQueue(ui::add, problems::add)) {
            // The "import": another connection that holds the write lock, writing many rows in one
            // transaction, until the window's side has queued its saves.
            Future<Boolean> importing = importer.submit(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("reader.db"))) {
                    try (Statement s = c.createStatement()) {
                        s.execute("BEGIN IMMEDIATE");
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)")) {
                        for (int i = 0; i < 10_000; i++) {
                            p.setString(1, "imported." + i);
                            p.setString(2, "x");
                            p.executeUpdate();
                        }
                    }
                    lockHeld.countDown();
                    boolean queuedWhileHeld = enqueued.await(30, TimeUnit.SECONDS);
                    try (Statement s = c.createStatement()) {
                        s.execute("COMMIT");
                    }
                    return queuedWhileHeld;
                }
            });
            assertTrue(lockHeld.await(30, TimeUnit.SECONDS));

            // The window's side: 200 saves, as scrolling, settings and notes would make them.
            for (int i = 1; i <= 200; i++) {
                int n = i;
                saves.submit(() -> {
                    db.settings().put("order." + n, String.valueOf(n));
                    db.settings().put("last", String.valueOf(n));
                    db.readingPositions().put("book", new ReadingPositions.Position("chapter-" + n, n / 200.0));
                }, () -> doneOrder.add(n));
            }
            enqueued.countDown(); // reached only if no submit waited for the lock

            assertTrue(importing.get(30, TimeUnit.SECONDS), "the saves were queued while the import held the lock");
            assertTrue(saves.flush(Duration.ofSeconds(60)));
            drain(ui);
            assertEquals(List.of(), problems);
            assertEquals(Optional.of("200"), db.settings().get("last"));
            assertEquals(Optional.of("x"), db.settings().get("imported.9999"));
            for (int i = 1; i <= 200; i++) {
                assertEquals(Optional.of(String.valueOf(i)), db.settings().get("order." + i));
            }
            assertEquals("chapter-200", db.readingPositions().get("book").orElseThrow().chapterId());
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                expected.add(i);
            }
            assertEquals(expected, doneOrder);
        } finally {
            importer.shutdownNow();
        }
    }

    @Test
    void aSaveThatFailsIsReportedOnTheUiAndTheNextSavesStillRun() throws Exception {
        List<String> problems = new ArrayList<>();
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        List<String> done = new ArrayList<>();
        try (SaveQueue saves = new SaveQueue(ui::add, problems::add)) {
            saves.submit(() -> {
                throw new IllegalStateException("The disk is full. Free some space.");
            }, () -> done.add("first"));
            saves.submit(() -> { }, () -> done.add("second"));
            assertTrue(saves.flush(Duration.ofSeconds(10)));
        }
        drain(ui);
        assertEquals(List.of("The disk is full. Free some space."), problems);
        assertEquals(List.of("second"), done);
    }

    @Test
    void aSaveThatRanOutOfMemoryIsTriedAgainAndLandsInItsTurn() throws Exception {
        // Memory taken by something else (an import of thousands of notes) that lets go of it: the note is
        // still in memory on the writer thread, so it is written once there is room, before the saves after it.
        List<String> problems = new ArrayList<>();
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        List<String> done = new ArrayList<>();
        int[] tries = new int[1];
        try (Database db = Database.open(dataDir);
             SaveQueue saves = new SaveQueue(ui::add, problems::add)) {
            saves.submit(() -> {
                if (tries[0]++ < 2) {
                    throw new OutOfMemoryError("Java heap space");
                }
                db.settings().put("note", "kept");
            }, () -> done.add("note"));
            saves.submit(() -> db.settings().put("after", "yes"), () -> done.add("after"));
            assertTrue(saves.flush(Duration.ofSeconds(30)));
            drain(ui);
            assertEquals(List.of(), problems);
            assertEquals(List.of("note", "after"), done);
            assertEquals(3, tries[0]);
            assertEquals(Optional.of("kept"), db.settings().get("note"));
        }
    }

    @Test
    void aSaveThatKeepsRunningOutOfMemoryIsReportedInWordsAndTheQueueGoesOn() throws Exception {
        List<String> problems = new ArrayList<>();
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        List<String> done = new ArrayList<>();
        int[] tries = new int[1];
        try (SaveQueue saves = new SaveQueue(ui::add, problems::add)) {
            saves.submit(() -> {
                tries[0]++;
                throw new OutOfMemoryError("Java heap space");
            }, () -> done.add("never"));
            saves.submit(() -> { }, () -> done.add("next"));
            assertTrue(saves.flush(Duration.ofSeconds(30)));
        }
        drain(ui);
        assertEquals(SaveQueue.MEMORY_PAUSES_MS.length + 1, tries[0]);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("ran out of memory"), problems.get(0));
        assertEquals(List.of("next"), done);
    }
}
