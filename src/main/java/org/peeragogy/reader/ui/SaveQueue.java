package org.peeragogy.reader.ui;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one ordered writer for everything the window saves (reading position, settings, notes): a
 * single thread that runs each save in the order it was queued, so the FX thread never waits on the
 * disk. A save queued while another connection holds the write lock (an import of thousands of
 * notes, an index build) waits its turn on this thread and lands after it; a save refused because
 * the database stayed busy past SQLite's timeout is tried again, so none is lost.
 *
 * <p>Threads: {@link #submit} from any thread, returns at once. Saves run on the "saves" thread;
 * {@code done} callbacks and failures are handed to {@code onUi}. {@link #flush} and {@link #close}
 * wait, and are for the end of a session and for tests, not for the FX thread during reading.
 */
public final class SaveQueue implements AutoCloseable {
    /** One save: runs on the writer thread; throws when it could not be saved. */
    @FunctionalInterface
    public interface Save {
        void run() throws Exception;
    }

    static final int BUSY_RETRIES = 30;

    private final ExecutorService writer;
    private final Executor onUi;
    private static final System.Logger LOG = System.getLogger(SaveQueue.class.getName());
    private final Consumer<String> failures;
    /** How a failed save is said: in English until the window's words are known ({@link #sayFailuresWith}). */
    private volatile java.util.function.Function<Throwable, String> words = org.peeragogy.reader.book.Messages::of;

    /**
     * @param onUi     runs callbacks on the UI thread ({@code Platform::runLater})
     * @param failures told (on {@code onUi}) the message of a save that failed for good
     */
    public SaveQueue(Executor onUi, Consumer<String> failures) {
        this(onUi, failures, false);
    }

    private SaveQueue(Executor onUi, Consumer<String> failures, boolean inline) {
        this.onUi = Objects.requireNonNull(onUi);
        this.failures = Objects.requireNonNull(failures);
        this.inline = inline;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "saves");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs each save at once on the calling thread, callbacks too (for code and tests with no window). */
    public static SaveQueue inline(Consumer<String> failures) {
        return new SaveQueue(Runnable::run, failures, true);
    }

    private final boolean inline;

    /**
     * Says the failures of saves from now on with {@code words} (the window's {@code Texts::failure}, decision 0038):
     * the queue is made before the window's language is known, as choosing the language is saved through it. Any
     * thread.
     */
    public void sayFailuresWith(java.util.function.Function<Throwable, String> words) {
        this.words = Objects.requireNonNull(words);
    }

    /** Queues a save; returns at once. */
    public void submit(Save save) {
        submit(save, () -> { });
    }

    /** Queues a save and runs {@code done} on the UI thread once it is written. */
    public void submit(Save save, Runnable done) {
        Runnable job = () -> {
            String failed = runWithRetries(save);
            if (failed == null) {
                onUi.execute(done);
            } else {
                onUi.execute(() -> failures.accept(failed));
            }
        };
        if (inline) {
            job.run();
            return;
        }
        try {
            writer.execute(job);
        } catch (RejectedExecutionException e) {
            job.run(); // closed: the window is going away, and this save must still land
        }
    }

    /**
     * Pauses before a save that ran out of memory is tried again, in ms: what took the memory (an import, a merge,
     * an enormous chapter) has usually failed and let go of it by then, and the save itself is small.
     */
    static final long[] MEMORY_PAUSES_MS = {200, 1000, 3000};

    private String runWithRetries(Save save) {
        int outOfMemory = 0;
        for (int attempt = 0; ; attempt++) {
            try {
                save.run();
                return null;
            } catch (Exception e) {
                if (attempt < BUSY_RETRIES && busy(e) && !Thread.currentThread().isInterrupted()) {
                    continue; // SQLite waited its busy timeout; the other writer is still at work
                }
                org.peeragogy.reader.book.Messages.logged(LOG, "Saving", e);
                return words.apply(e);
            } catch (OutOfMemoryError e) {
                // The store rolled the save back whole (store.Transaction); what it saves is still in memory here.
                if (outOfMemory < MEMORY_PAUSES_MS.length && pause(MEMORY_PAUSES_MS[outOfMemory++])) {
                    continue;
                }
                org.peeragogy.reader.book.Messages.logged(LOG, "Saving", e);
                return words.apply(e);
            }
        }
    }

    /** Sleeps on the writer thread (nothing else may be written meanwhile: order is kept); false when interrupted. */
    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether SQLite gave up waiting for another connection's write lock (SQLITE_BUSY or LOCKED). */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ((s.getErrorCode() & 0xff) == 5 || (s.getErrorCode() & 0xff) == 6)) {
                return true;
            }
        }
        return false;
    }

    /** Waits until every save queued before this call is written; false when {@code timeout} passed first. */
    public boolean flush(Duration timeout) throws InterruptedException {
        if (inline) {
            return true;
        }
        CountDownLatch reached = new CountDownLatch(1);
        try {
            writer.execute(reached::countDown);
        } catch (RejectedExecutionException e) {
            return writer.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes what is queued (waiting up to a minute) and stops the writer. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
