package org.peeragogy.reader.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The window's Back and Forward: the places left behind by following a link or a contents entry, nearest first.
 * A {@link Kept} copy of it carries over to the window opened again in another interface language (decision 0030,
 * amended by 0038), so the switch loses neither. No controls; runs without a toolkit. FX thread.
 */
public final class History {
    private final Deque<ReaderViewModel.Location> back = new ArrayDeque<>();
    private final Deque<ReaderViewModel.Location> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();

    /** Back and forward as they were, each nearest place first. Immutable. */
    public record Kept(List<ReaderViewModel.Location> back, List<ReaderViewModel.Location> forward) {
        public Kept {
            back = List.copyOf(back);
            forward = List.copyOf(forward);
        }
    }

    /** Forgets both ways (a new start, another handbook). */
    void clear() {
        back.clear();
        forward.clear();
        update();
    }

    /** Leaving {@code here} for a new place: it goes on the back stack, and forward is forgotten. */
    void left(ReaderViewModel.Location here) {
        back.push(here);
        forward.clear();
        update();
    }

    /** Forgets the newest place of the back stack when it is {@code place} (the reader came back to it). */
    void dropNewest(ReaderViewModel.Location place) {
        if (place.equals(back.peek())) {
            back.pop();
            update();
        }
    }

    /** Back: the place to show, {@code here} going on the forward stack; empty at the start of the history. */
    Optional<ReaderViewModel.Location> back(ReaderViewModel.Location here) {
        return step(back, forward, here);
    }

    /** Forward: the place to show, {@code here} going on the back stack; empty at its end. */
    Optional<ReaderViewModel.Location> forward(ReaderViewModel.Location here) {
        return step(forward, back, here);
    }

    private Optional<ReaderViewModel.Location> step(Deque<ReaderViewModel.Location> from,
                                                    Deque<ReaderViewModel.Location> to, ReaderViewModel.Location here) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (here != null) {
            to.push(here);
        }
        ReaderViewModel.Location next = from.pop();
        update();
        return Optional.of(next);
    }

    /** Both ways as they are now. */
    Kept kept() {
        return new Kept(List.copyOf(back), List.copyOf(forward));
    }

    /** Replaces both ways with {@code kept}, leaving out the places {@code exists} refuses (a chapter gone). */
    void restore(Kept kept, Predicate<ReaderViewModel.Location> exists) {
        back.clear();
        forward.clear();
        kept.back().stream().filter(exists).forEach(back::addLast);
        kept.forward().stream().filter(exists).forEach(forward::addLast);
        update();
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
