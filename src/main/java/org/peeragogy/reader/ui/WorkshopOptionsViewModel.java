package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The options a group chooses for its workshop (issue 15, decision 0031), kept in the reader's profile:
 * <ul>
 *   <li>a <b>blind first pass</b>: in a chapter, others' notes stay hidden until the reader has written a note
 *       of their own there (a highlight, a note, a question or a reply; a bookmark is not writing), so that
 *       everyone's first reading is their own;</li>
 *   <li><b>asking anonymously</b> allowed: the question dialog offers it, saying plainly that whoever collects the
 *       reader's file can still tell it came from them.</li>
 * </ul>
 * Each is saved through the window's {@link SaveQueue}. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread; the blind pass's rule itself runs where the chapter's notes are read. A setting
 * that cannot be read is off; one that cannot be saved is said.
 */
public final class WorkshopOptionsViewModel {
    private static final System.Logger LOG = System.getLogger(WorkshopOptionsViewModel.class.getName());
    /** The setting of the blind first pass: "true" when on. */
    public static final String BLIND = org.peeragogy.reader.store.SettingsStore.BLIND_FIRST_PASS;
    /** The setting of asking anonymously: "true" when allowed. */
    public static final String ANONYMOUS = "workshop.anonymous-questions";

    private final SettingsStore writes;
    private final ShownNotesViewModel shown;
    private final NotesViewModel notes;
    private final SaveQueue saves;
    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anonymous = new ReadOnlyBooleanWrapper();

    /**
     * Reads both options (one small read of the window's connection). FX thread; throws NullPointerException for
     * a null argument.
     *
     * @param writes       the writer's settings, used on {@code saves}
     * @param shown  the one rule of what shows, which this turns on and off for every view of notes
     */
    public WorkshopOptionsViewModel(SettingsStore reads, SettingsStore writes, ShownNotesViewModel shown,
                                    NotesViewModel notes, SaveQueue saves, Consumer<String> problems) {
        this(reads, writes, shown, notes, saves, problems, Texts.of(java.util.Locale.ENGLISH));
    }

    /** As above; {@code texts} says a failure in the window's language. */
    public WorkshopOptionsViewModel(SettingsStore reads, SettingsStore writes, ShownNotesViewModel shown,
                                    NotesViewModel notes, SaveQueue saves, Consumer<String> problems, Texts texts) {
        Objects.requireNonNull(reads);
        this.writes = Objects.requireNonNull(writes);
        this.shown = Objects.requireNonNull(shown);
        this.notes = Objects.requireNonNull(notes);
        this.saves = Objects.requireNonNull(saves);
        try {
            blind.set(reads.get(BLIND).map("true"::equals).orElse(false));
            anonymous.set(reads.get(ANONYMOUS).map("true"::equals).orElse(false));
        } catch (StoreException e) {
            Objects.requireNonNull(problems).accept(texts.logged(LOG, "Workshop options", e));
        }
        shown.setBlind(blind.get());
        if (blind.get()) {
            notes.setShown(shown::apply);
        }
    }

    /** Turns the blind first pass on or off; the chapter's notes show again at once. FX thread. */
    public void setBlind(boolean on) {
        if (on == blind.get()) {
            return;
        }
        blind.set(on);
        save(BLIND, on);
        shown.setBlind(on);
        notes.setShown(on ? shown::apply : java.util.function.UnaryOperator.identity());
    }

    /** Allows asking anonymously, or not. FX thread. */
    public void setAnonymousAllowed(boolean on) {
        if (on != anonymous.get()) {
            anonymous.set(on);
            save(ANONYMOUS, on);
        }
    }

    private void save(String key, boolean on) {
        saves.submit(() -> writes.put(key, Boolean.toString(on)));
    }

    /** True while the blind first pass is on. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty blindProperty() {
        return blind.getReadOnlyProperty();
    }

    /** True while asking anonymously is allowed. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty anonymousProperty() {
        return anonymous.getReadOnlyProperty();
    }
}
