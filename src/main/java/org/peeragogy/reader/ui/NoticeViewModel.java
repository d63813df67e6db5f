package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A short message saying what just happened ("Note deleted", "Imported 3 notes from ben.peeranotes"), with
 * what can be done about it now: Undo where undo exists, Show file after an export. One at a time, the
 * newest replacing the one before; it goes when the reader dismisses it, takes one of its choices, or moves
 * to another chapter or handbook (it would be stale there). No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread. Nothing here throws; a choice's own action reports its failures itself.
 */
public final class NoticeViewModel {
    /** Something the reader can do about a notice: its button's id ("notice-undo"), label and action. */
    public record Choice(String id, String label, Runnable action) {
        public Choice {
            Objects.requireNonNull(id);
            Objects.requireNonNull(label);
            Objects.requireNonNull(action);
        }
    }

    /** What happened, in a sentence, and the choices it offers (none: it can only be dismissed). */
    public record Notice(String text, List<Choice> choices) {
        public Notice {
            Objects.requireNonNull(text);
            choices = List.copyOf(choices);
        }
    }

    /** The Undo choice's button id. */
    public static final String UNDO = "notice-undo";
    /** The Show file choice's button id. */
    public static final String SHOW_FILE = "notice-show-file";

    private final ReadOnlyObjectWrapper<Optional<Notice>> notice = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** Follows the reader: a notice goes when the chapter or the handbook changes. FX thread. */
    public NoticeViewModel(ReaderViewModel reader) {
        reader.chapterProperty().addListener((o, was, now) -> clear());
        reader.handbookProperty().addListener((o, was, now) -> clear());
    }

    /** Shows {@code text} with these choices, replacing any notice on show. FX thread. */
    public void show(String text, Choice... choices) {
        notice.set(Optional.of(new Notice(text, List.of(choices))));
    }

    /** The reader took {@code choice}: the notice goes, then the choice runs. FX thread. */
    public void choose(Choice choice) {
        clear();
        choice.action().run();
    }

    /** The notice goes. FX thread. */
    public void clear() {
        notice.set(Optional.empty());
    }

    /** The notice on show, if any. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<Notice>> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
