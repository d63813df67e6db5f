package org.peeragogy.reader.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.store.AnnotationStore;

/**
 * Deleting notes so that Undo can bring them back, the latest first, as they were (their own ids and dates): each
 * deletion and restoration goes through the window's ordered writer. FX thread.
 */
final class DeletedNotesViewModel {
    private final SaveQueue saves;
    private final AnnotationStore writes;
    private final Deque<Annotation> deleted = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Annotation> restored = new ReadOnlyObjectWrapper<>();

    DeletedNotesViewModel(SaveQueue saves, AnnotationStore writes) {
        this.saves = Objects.requireNonNull(saves);
        this.writes = Objects.requireNonNull(writes);
    }

    /** Deletes note {@code id}; {@code landed} runs on the FX thread once the deletion has (it can be undone then). */
    void delete(String id, Runnable landed) {
        AtomicReference<Annotation> before = new AtomicReference<>();
        saves.submit(() -> before.set(writes.delete(id)), () -> {
            deleted.push(before.get());
            canUndo.set(true);
            landed.run();
        });
    }

    /** The notes Undo can still bring back, the latest first. */
    List<Annotation> undoable() {
        return List.copyOf(deleted);
    }

    /** Makes {@code kept} (from {@link #undoable} of another window) undoable here, the first undone first. */
    void keep(List<Annotation> kept) {
        deleted.clear();
        deleted.addAll(kept);
        canUndo.set(!deleted.isEmpty());
    }

    /** Brings back the last deleted note, if any; {@code landed} runs on the FX thread once it is saved. */
    void undo(Runnable landed) {
        if (deleted.isEmpty()) {
            return;
        }
        Annotation restore = deleted.pop();
        canUndo.set(!deleted.isEmpty());
        AtomicReference<Annotation> back = new AtomicReference<>();
        saves.submit(() -> back.set(writes.restore(restore)), () -> {
            restored.set(null);
            restored.set(back.get());
            landed.run();
        });
    }

    /** The note Undo brought back last, as it is again; null until one is. */
    ReadOnlyObjectProperty<Annotation> restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
