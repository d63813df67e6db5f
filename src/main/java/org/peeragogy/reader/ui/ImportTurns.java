package org.peeragogy.reader.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Files and folders to import take turns (fresh tester t30's F4.5): one asked for while another import is under way
 * (its question open, its notes being written or taken back) waits, and is started once that one has ended, imported
 * or cancelled, in the order they came; so a second notes file handed to the window (a second start, a double-click)
 * while the first one's question is open is offered after it, never dropped. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread (the UI executor of the sharing tasks). Never throws; what a start does is its own.
 */
final class ImportTurns {
    private final Deque<Runnable> waiting = new ArrayDeque<>();

    /** {@code start} waits for its turn, after those already waiting. */
    void await(Runnable start) {
        waiting.add(start);
    }

    /** The import before has ended: the first that waits is started now (none: nothing happens). */
    void next() {
        Runnable first = waiting.poll();
        if (first != null) {
            first.run();
        }
    }
}
