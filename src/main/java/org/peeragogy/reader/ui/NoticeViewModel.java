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
 * to another chapter or handbook (it would be stale there). A standing notice ({@link #stand}: files waiting in the
 * group folder) comes back when another goes, until the reader dismisses it (decision 0068). No controls; runs
 * without a toolkit.
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
    /** The notice shown last by {@link #show} or {@link #showBesideStanding}, until it goes. */
    private Optional<Notice> own = Optional.empty();
    /** Whether {@link #own} says the standing notice with it (a group folder's notice). */
    private boolean ownFolds;
    /** What stands while it is true: the files waiting in the group folder ({@link #stand}). */
    private Optional<Notice> standing = Optional.empty();
    /** The reader dismissed the standing notice, or took one of its choices: away until something new stands. */
    private boolean standingAway;

    /**
     * Follows the reader: a notice goes when the chapter or the handbook changes; a standing one stays over a change of
     * chapter (the files wait in the folder, not in the chapter) and goes with the handbook (they were the other
     * handbook's) until something new stands. FX thread.
     */
    public NoticeViewModel(ReaderViewModel reader) {
        reader.chapterProperty().addListener((o, was, now) -> clearOwn());
        reader.handbookProperty().addListener((o, was, now) -> {
            standingAway = true;
            clearOwn();
        });
    }

    /**
     * Shows {@code text} with these choices, replacing any notice on show (a standing one comes back after); returns
     * the notice, for {@link #withdraw}. FX thread.
     */
    public Notice show(String text, Choice... choices) {
        Notice shown = new Notice(text, List.of(choices));
        own = Optional.of(shown);
        ownFolds = false;
        update();
        return shown;
    }

    /**
     * Takes {@code shown} (as {@link #show} returned it) away if it is still on show: it would be read as news of what
     * follows it (t30's F4.1: "Imported …" stayed above the refusal of the next file). A standing notice stays. FX
     * thread.
     */
    public void withdraw(Notice shown) {
        if (own.isPresent() && own.get() == shown) {
            clearOwn();
        }
    }

    /**
     * As {@link #show}, with the standing notice said under it, its choices after this one's (decision 0068: a
     * group folder's later notice, "Merged from the group folder: Ben 1 new", does not hide who still waits). FX thread.
     */
    public void showBesideStanding(String text, Choice... choices) {
        own = Optional.of(new Notice(text, List.of(choices)));
        ownFolds = true;
        update();
    }

    /**
     * What stands while it is true (the files that wait in the group folder, t16's F5 and F8): shown whenever no other
     * notice is, and under a notice shown by {@link #showBesideStanding}; changed in place wherever it is shown, so
     * its words follow what it says (F6). {@code fresh}: it says something new (a file arrived), so it is shown now
     * even if the reader had dismissed it, replacing a notice shown by {@link #show}. Empty: nothing stands. FX thread.
     */
    public void stand(Optional<Notice> what, boolean fresh) {
        standing = Objects.requireNonNull(what);
        if (fresh && what.isPresent()) {
            standingAway = false;
            if (!ownFolds) {
                own = Optional.empty();
            }
        }
        update();
    }

    /**
     * The reader took {@code choice}: the notice goes (a standing notice comes back unless the choice was one of its
     * own), then the choice runs. FX thread.
     */
    public void choose(Choice choice) {
        if (standingShown() && standing.get().choices().contains(choice)) {
            standingAway = true;
        }
        own = Optional.empty();
        update();
        choice.action().run();
    }

    /** The reader dismissed the notice: it goes, a standing notice said in it as well. FX thread. */
    public void clear() {
        if (standingShown()) {
            standingAway = true;
        }
        own = Optional.empty();
        update();
    }

    private void clearOwn() {
        own = Optional.empty();
        update();
    }

    /** Whether the notice on show says the standing notice. */
    private boolean standingShown() {
        return standing.isPresent() && !standingAway && (own.isEmpty() || ownFolds);
    }

    private void update() {
        Optional<Notice> now = own.isEmpty() ? (standingShown() ? standing : Optional.empty())
                : standingShown() ? Optional.of(new Notice(own.get().text() + "\n" + standing.get().text(),
                java.util.stream.Stream.concat(own.get().choices().stream(), standing.get().choices().stream()).toList()))
                : own;
        notice.set(now);
    }

    /** The notice on show, if any. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<Notice>> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
