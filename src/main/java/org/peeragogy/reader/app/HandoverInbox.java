package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Notes files handed over by a second start ({@link Handover}), taken from the moment this process holds the data
 * folder rather than from the moment its window is shown. A second start waits {@link Handover#WAIT} (5 s) for its
 * request to be taken; a window still starting on a loaded machine (the jar reached its first chapter in 3.5–10 s on
 * this project's 2-core machine) took none in that time, and the file was refused as "already open" (helper h34a's
 * finding, session 34). Files taken before the window is shown wait here, in the order they came, and are given to it
 * once it is ({@link #deliverTo}). While the window asks who reads a copied notes file ({@link #hold}, fresh tester
 * t35's F4), they wait until it has been answered: offered meanwhile, a file was imported under the id of the person
 * the notes were copied from, and the import's remark called their notes the reader's own.
 *
 * <p>Threads: any. The consumer given to {@link #deliverTo} is called on the thread that calls it or {@link #release}
 * (for files that were waiting) and then on the watching thread, one file at a time.
 */
final class HandoverInbox implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HandoverInbox.class.getName());

    private final List<Path> waiting = new ArrayList<>();
    /** Where files go once the window is shown; null until then. Guarded by this. */
    private Consumer<Path> to;
    /** Files wait, even once the window is shown, until {@link #release}. Guarded by this. */
    private boolean held;
    private volatile Handover handover;

    private HandoverInbox() {
    }

    /**
     * Starts taking the requests written into {@code place}'s {@link Handover#FOLDER} (the data folder, or where its
     * lock is kept: {@link DataDirLock}). Empty when that folder cannot be made or watched: the window goes on
     * without hand-overs, and a second start says "already open". Does disk work.
     */
    static Optional<HandoverInbox> open(Path place) {
        HandoverInbox inbox = new HandoverInbox();
        try {
            inbox.handover = Handover.watch(place, inbox::arrived);
            return Optional.of(inbox);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Notes files opened by a second start cannot be handed over: " + e);
            return Optional.empty();
        }
    }

    private synchronized void arrived(Path file) {
        if (to == null || held) {
            waiting.add(file);
        } else {
            to.accept(file);
        }
    }

    /** Gives {@code consumer} every file taken so far, in order, then each as it comes. Once; any thread. */
    synchronized void deliverTo(Consumer<Path> consumer) {
        if (to != null) {
            throw new IllegalStateException("files are already delivered");
        }
        to = consumer;
        if (!held) {
            waiting.forEach(consumer);
            waiting.clear();
        }
    }

    /** Files taken from now on wait, and those waiting go on waiting, until {@link #release}. Any thread. */
    synchronized void hold() {
        held = true;
    }

    /**
     * Gives the files that waited to the consumer given to {@link #deliverTo} (if any yet), in the order they came, on
     * the calling thread; then each as it comes. Any thread.
     */
    synchronized void release() {
        held = false;
        if (to != null) {
            waiting.forEach(to);
            waiting.clear();
        }
    }

    /** Stops taking requests (a request written after this waits for its sender's time-out). Any thread. */
    @Override
    public void close() {
        Handover h = handover;
        if (h != null) {
            h.close();
        }
    }
}
