package org.peeragogy.reader.ui;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JavaFX's pulse timer as it is on Linux, but one that really stops while nothing animates (issue 17, decision 0095).
 * JavaFX asks its timer to pause when no animation ran and no pulse was asked for in 250 ms, and to resume when one
 * is (JDK-8189926, {@code QuantumToolkit.pauseTimer}/{@code resumeTimer}); GTK's timer does neither (its
 * {@code _pause}/{@code _resume} are empty), so the JavaFX thread woke 60 times a second in a window left alone.
 * This one runs the toolkit's runnable at a fixed rate on one daemon thread of its own, {@link #THREAD}, as OpenJFX's
 * {@code MonocleTimer} does; pausing cancels that schedule (after one run more, {@link #_pause}) and resuming starts
 * it again, at once.
 *
 * <p>The runnable is {@code QuantumToolkit.postPulse}, which is safe off the JavaFX thread: it reads atomic flags and
 * hands the pulse to the JavaFX thread ({@code Application.invokeLater}). Threads: every {@code _} method is called
 * with this timer's lock held ({@link com.sun.glass.ui.Timer}'s methods are synchronized); {@code _pause} from this
 * timer's own thread, {@code _resume} from any. Loaded only once {@link PulseTimerSwap} has found
 * {@code com.sun.glass.ui} exported to the reader (its superclass is JavaFX's).
 */
final class PausingTimer extends com.sun.glass.ui.Timer {
    /** The name of the timer's thread (under Linux's 15 letters: /proc shows it whole). */
    static final String THREAD = "pulse-timer";

    private final AtomicLong runs = new AtomicLong();
    private ScheduledThreadPoolExecutor scheduler;
    /** After a pause, one run more this much later (see {@link #_pause}). */
    static final long RECHECK_MILLIS = 100;

    private ScheduledFuture<?> task;
    private ScheduledFuture<?> recheck;
    /** True while the run after a pause runs (the timer's own thread only). */
    private boolean rechecking;
    private Runnable runnable;
    private int periodMillis;

    PausingTimer(Runnable runnable) {
        super(runnable);
    }

    /** Whether Glass's application is GTK's (the timer this one stands in for); false elsewhere. */
    static boolean onGtk() {
        com.sun.glass.ui.Application app = com.sun.glass.ui.Application.GetApplication();
        return app != null && "com.sun.glass.ui.gtk.GtkApplication".equals(app.getClass().getName());
    }

    @Override
    protected long _start(Runnable toRun, int period) {
        if (scheduler == null) {
            scheduler = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, THREAD);
                t.setDaemon(true);
                return t;
            });
            // A cancelled schedule leaves the queue at once: an idle thread then waits with no timeout at all.
            scheduler.setRemoveOnCancelPolicy(true);
        }
        this.runnable = () -> {
            runs.incrementAndGet();
            toRun.run();
        };
        this.periodMillis = Math.max(1, period);
        schedule();
        return 1; // non-zero: started
    }

    /** A vsync timer: GTK has none, and JavaFX asks for one only where the screen reports a refresh period. */
    @Override
    protected long _start(Runnable toRun) {
        throw new UnsupportedOperationException("no vsync timer on GTK");
    }

    @Override
    protected void _stop(long timer) {
        cancel();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    /**
     * Cancels the schedule, then runs once more {@link #RECHECK_MILLIS} later (not again after that one's own pause):
     * JavaFX decides to pause outside the lock that a pulse asked for meanwhile takes, so a request can come between
     * its check and the pause; the one run more sees it and posts the pulse, so the window never waits for the next
     * input to be painted.
     */
    @Override
    protected void _pause(long timer) {
        cancel();
        if (rechecking) {
            rechecking = false; // the run after the pause paused again: nothing more until resumed
            return;
        }
        if (scheduler != null) {
            Runnable toRun = runnable;
            recheck = scheduler.schedule(() -> {
                rechecking = true;
                try {
                    toRun.run();
                } finally {
                    rechecking = false;
                }
            }, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void _resume(long timer) {
        if (task == null && scheduler != null) {
            cancel(); // the run after a pause, if it is still to come
            schedule();
        }
    }

    /** Whether the timer is started and paused now, its run after the pause done (nothing scheduled). */
    synchronized boolean paused() {
        return isRunning() && task == null && (recheck == null || recheck.isDone());
    }

    /** How many times the timer has run the toolkit's runnable, since it started. Any thread. */
    long runs() {
        return runs.get();
    }

    private void schedule() {
        task = scheduler.scheduleAtFixedRate(runnable, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void cancel() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (recheck != null) {
            recheck.cancel(false);
            recheck = null;
        }
    }
}
