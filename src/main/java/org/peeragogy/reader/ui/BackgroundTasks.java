package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way the window runs work that touches the disk or takes long (in the spirit of JabRef's
 * {@code TaskExecutor}/{@code BackgroundTask}): the work runs on a pool of daemon threads, and its
 * progress, result or failure are handed to the {@code onUi} executor, which is
 * {@code Platform::runLater} in the application and a plain executor in tests, so this class needs
 * no toolkit. Work must not read JavaFX properties: take what it needs before {@link #run}.
 *
 * <p>Threads: {@link #run} from any thread (the FX thread in the window); callbacks run on
 * {@code onUi}, in the order success-or-failure after every progress report. Never throws from the
 * work into the caller: a failure (any {@link Throwable} but a cancellation) goes to the failure
 * callback.
 */
public final class BackgroundTasks implements AutoCloseable {
    /** Work for a background thread; may report progress and should stop when {@code progress.cancelled()}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the work tells and is told: how far it is (delivered on the UI, coalesced) and whether to stop. */
    public interface Progress {
        void update(long done, long total);

        boolean cancelled();
    }

    /** A running task: it can be cancelled (its thread is interrupted; no callback runs afterwards). */
    public static final class Handle {
        private volatile boolean cancelled;
        private volatile Future<?> future;

        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** Whether the work has finished (or was cancelled before it started). */
        public boolean isDone() {
            Future<?> f = future;
            return f != null && f.isDone();
        }
    }

    private final ExecutorService pool;
    private final Executor onUi;

    /** @param onUi runs callbacks on the UI thread ({@code Platform::runLater}) */
    public BackgroundTasks(Executor onUi) {
        this(Executors.newCachedThreadPool(daemons()), onUi);
    }

    BackgroundTasks(ExecutorService pool, Executor onUi) {
        this.pool = Objects.requireNonNull(pool);
        this.onUi = Objects.requireNonNull(onUi);
    }

    /** Runs {@code then} on the UI executor, after what is queued there now; on the UI thread, it returns at once. */
    void later(Runnable then) {
        onUi.execute(then);
    }

    /** Runs {@code work} off the calling thread; results arrive on the UI executor. */
    public <T> Handle run(String name, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return run(name, work, (done, total) -> { }, onSuccess, onFailure);
    }

    /** As {@link #run(String, Work, Consumer, Consumer)}, with progress {@code (done, total)} on the UI executor. */
    public <T> Handle run(String name, Work<T> work, ProgressListener onProgress, Consumer<? super T> onSuccess,
                          Consumer<Throwable> onFailure) {
        Handle handle = new Handle();
        AtomicReference<long[]> pending = new AtomicReference<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                if (pending.getAndSet(new long[] {done, total}) == null) {
                    onUi.execute(() -> {
                        long[] last = pending.getAndSet(null);
                        if (last != null && !handle.cancelled) {
                            onProgress.update(last[0], last[1]);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return handle.cancelled || Thread.currentThread().isInterrupted();
            }
        };
        handle.future = pool.submit(() -> {
            String was = Thread.currentThread().getName();
            Thread.currentThread().setName(name);
            try {
                T value = work.call(progress);
                onUi.execute(() -> {
                    if (!handle.cancelled) {
                        onSuccess.accept(value);
                    }
                });
            } catch (Throwable e) {
                onUi.execute(() -> {
                    if (!handle.cancelled) {
                        onFailure.accept(e);
                    }
                });
            } finally {
                Thread.currentThread().setName(was);
            }
        });
        return handle;
    }

    /** Receives progress on the UI thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(long done, long total);
    }

    /** Interrupts running work and lets no new work start; does not wait. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * After {@link #close}, waits up to {@code millis} ms for work still running to end; whether it did. For code that
     * removes what that work may still touch (a test's temporary data folder: a look at the group folder opening its
     * own connection as the folder was deleted left `reader.db-wal` behind). Any thread but the FX thread.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitClosed(long millis) throws InterruptedException {
        return pool.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
