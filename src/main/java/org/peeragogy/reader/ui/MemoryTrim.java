package org.peeragogy.reader.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Gives memory back once the reader has settled on a chapter (issue 17, decision 0036). Java started as
 * {@code java -jar} on a machine of some size keeps its heap as large as it ever grew (G1, with a maximum of a
 * quarter of the machine's memory): after every chapter had been shown twice, about 330 MiB committed for 110 MiB
 * in use. And JavaFX's WebKit collects the pages' JavaScript garbage only after a Java collection, which a large
 * young generation makes rare. So when a chapter has been shown and then {@link #QUIET} has passed without a key,
 * click, scroll or another chapter, and the heap holds more than {@link #SLACK_BYTES} committed beyond what is in
 * use, one full collection runs on a background thread, after letting the heap shrink to 30 % free
 * ({@code MaxHeapFreeRatio}, left as it is when given on the command line: the packaged launcher sizes its own
 * heap and is seldom over the slack). Never again until another chapter is shown, so an open window left alone
 * costs nothing.
 *
 * <p>The collection pauses every thread for about a tenth of a second: it waits for a pause in reading, never for
 * a chapter to open. FX thread for everything but the wait and the collection, which run as one
 * {@link BackgroundTasks} work.
 */
final class MemoryTrim {
    /** How long the reader stays on a chapter, without any input, before memory is given back. */
    static final Duration QUIET = Duration.ofSeconds(5);
    /** Committed heap beyond what is in use that is worth a collection: less, and the pause buys little. */
    static final long SLACK_BYTES = 64L << 20;
    /** The share of the heap left free after the collection ({@code MaxHeapFreeRatio}; Java's default is 70). */
    static final int MAX_FREE_PERCENT = 30;

    private final BackgroundTasks tasks;
    private final long quietNanos;
    private final Supplier<MemoryUsage> heap;
    private final Runnable collect;
    /** System.nanoTime() of the last input or chapter shown; read by the waiting thread. */
    private volatile long lastActivity = System.nanoTime();
    /** System.nanoTime() of the last chapter shown (FX thread). */
    private long lastShown;
    /** Whether a wait is under way (FX thread). */
    private boolean waiting;
    private int collections;

    MemoryTrim(BackgroundTasks tasks, Duration quiet, Supplier<MemoryUsage> heap, Runnable collect) {
        this.tasks = Objects.requireNonNull(tasks);
        this.quietNanos = quiet.toNanos();
        this.heap = Objects.requireNonNull(heap);
        this.collect = Objects.requireNonNull(collect);
    }

    /** Watches {@code scene}'s input (which delays the collection); {@link #chapterShown} arms it. */
    static MemoryTrim install(Scene scene, BackgroundTasks tasks) {
        MemoryTrim trim = new MemoryTrim(tasks, QUIET, () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage(),
                MemoryTrim::collect);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, trim::input);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, trim::input);
        scene.addEventFilter(ScrollEvent.SCROLL, trim::input);
        return trim;
    }

    /** A chapter has been laid out: memory is given back after the next quiet {@link #QUIET}. FX thread. */
    void chapterShown() {
        lastShown = System.nanoTime();
        lastActivity = lastShown;
        arm();
    }

    /** How many collections ran (for tests). FX thread. */
    int collections() {
        return collections;
    }

    private void input(Event e) {
        lastActivity = System.nanoTime();
    }

    private void arm() {
        if (waiting) {
            return; // the wait under way reads lastActivity, and ends after this chapter too
        }
        waiting = true;
        tasks.run("memory-trim", progress -> {
            long left;
            while ((left = lastActivity + quietNanos - System.nanoTime()) > 0) {
                Thread.sleep(Math.max(1, left / 1_000_000));
            }
            long started = System.nanoTime();
            MemoryUsage h = heap.get();
            boolean worth = h.getCommitted() - h.getUsed() > SLACK_BYTES;
            if (worth) {
                collect.run();
            }
            return worth ? started : -started;
        }, started -> {
            waiting = false;
            if (started > 0) {
                collections++;
            }
            if (lastShown - Math.abs(started) > 0) {
                arm(); // a chapter was shown while this one was collecting: its turn comes after the quiet
            }
        }, failed -> waiting = false); // interrupted: the window is closing
    }

    /** Lets the heap shrink (unless the launcher sized it), then collects: Java's heap, and with it WebKit's. */
    private static void collect() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption("MaxHeapFreeRatio").getOrigin() == VMOption.Origin.DEFAULT
                    && vm.getVMOption("MinHeapFreeRatio").getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption("MinHeapFreeRatio", "10"); // at most the maximum: set first
                vm.setVMOption("MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT));
            }
        } catch (RuntimeException e) {
            // Not HotSpot, or the options are not manageable there: the collection still frees what it can.
        }
        System.gc();
    }
}
