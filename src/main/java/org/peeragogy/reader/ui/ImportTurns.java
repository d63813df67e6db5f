package org.peeragogy.reader.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Files and folders to import take turns (fresh tester t30's F4.5): one asked for while another import is under way
 * (its question open, its notes being written or taken back) waits, and is started once that one has ended, imported
 * or cancelled, in the order they came; so a second notes file handed to the window (a second start, a double-click)
 * while the first one's question is open is offered after it, never dropped. Where nothing can be saved (a read-only
 * data folder, t30's F4.4) each is refused at its turn, with why, before its file is read or anything asked. No
 * controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread (the UI executor of the sharing tasks). Never throws; what a start does is its own.
 */
final class ImportTurns {
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final Supplier<Optional<String>> locked;

    /**
     * @param locked why nothing can be imported now, in the window's words ("Notes cannot be imported here. This folder
     *               is read-only: …"), empty when it can; read at each turn, on the FX thread, so it must read no disk
     */
    ImportTurns(Supplier<Optional<String>> locked) {
        this.locked = Objects.requireNonNull(locked);
    }

    /**
     * Whether an import may start now. Not while {@code busy}: {@code again} then waits for its turn, after those
     * already waiting, and {@link #next} runs it. Never where nothing can be saved: {@code refused} is told why at once
     * (before anything is read or asked), then the next that waits has its turn.
     */
    boolean mayStart(boolean busy, Runnable again, Consumer<String> refused) {
        if (busy) {
            waiting.add(again);
            return false;
        }
        Optional<String> why = locked.get();
        if (why.isPresent()) {
            refused.accept(why.get());
            next();
            return false;
        }
        return true;
    }

    /** The import before has ended: the first that waits is started now (none: nothing happens). */
    void next() {
        Runnable first = waiting.poll();
        if (first != null) {
            first.run();
        }
    }
}
