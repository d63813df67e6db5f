package org.peeragogy.reader.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Files and folders to import take turns (fresh tester t30's F4.5): one asked for while another import is under way
 * (its question open, its notes being written or taken back) waits, and is started once that one has ended, imported
 * or cancelled, in the order they came; so a second notes file handed to the window (a second start, a double-click)
 * while the first one's question is open is offered after it, never dropped. Where nothing can be saved (a read-only
 * data folder, t30's F4.4) each is refused before its file is read or anything asked; those handed at once (a drop of
 * several files, files handed in the same turn of the FX thread) are refused together, told once, naming each file;
 * any that come while that is being told wait for it and are told together after it, never over it. No controls;
 * runs without a toolkit.
 *
 * <p>Threads: the FX thread (the UI executor of the sharing tasks). Never throws; what a start does is its own.
 */
final class ImportTurns {
    /**
     * A file (or folder) that cannot be imported, and why.
     *
     * @param name the file's name, as the reader knows it (no folder)
     * @param why  why, in the window's words
     */
    record Refused(String name, String why) {
    }

    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final Supplier<Optional<String>> locked;
    private final Executor later;
    private final List<Refused> gathered = new ArrayList<>();
    private Consumer<List<Refused>> teller;
    private boolean telling;

    /**
     * @param locked why nothing can be imported now, in the window's words ("Notes cannot be imported here. This folder
     *               is read-only: …"), empty when it can; read at each turn, on the FX thread, so it must read no disk
     * @param later  runs on the FX thread after what is queued there now ({@code Platform::runLater}): the files handed
     *               in this turn are refused together
     */
    ImportTurns(Supplier<Optional<String>> locked, Executor later) {
        this.locked = Objects.requireNonNull(locked);
        this.later = Objects.requireNonNull(later);
    }

    /**
     * Whether an import of {@code name} may start now. Not while {@code busy}: {@code again} then waits for its turn,
     * after those already waiting, and {@link #next} runs it. Never where nothing can be saved: it is refused before
     * anything is read or asked, and {@code refused} (the first one's, of the files refused together) is told every
     * file refused with it, at {@code later}; then the next that waits has its turn.
     */
    boolean mayStart(boolean busy, String name, Runnable again, Consumer<List<Refused>> refused) {
        if (busy) {
            waiting.add(again);
            return false;
        }
        Optional<String> why = locked.get();
        if (why.isPresent()) {
            gathered.add(new Refused(name, why.get()));
            if (teller == null) {
                teller = refused;
                if (!telling) {
                    later.execute(this::tell);
                }
            }
            next();
            return false;
        }
        return true;
    }

    /** Tells the files refused together, once; those refused meanwhile are told after it, together. */
    private void tell() {
        List<Refused> all = List.copyOf(gathered);
        Consumer<List<Refused>> to = teller;
        gathered.clear();
        teller = null;
        telling = true;
        try {
            to.accept(all);
        } finally {
            telling = false;
        }
        if (teller != null) {
            later.execute(this::tell);
        }
    }

    /** The import before has ended: the first that waits is started now (none: nothing happens). */
    void next() {
        Runnable first = waiting.poll();
        if (first != null) {
            first.run();
        }
    }
}
