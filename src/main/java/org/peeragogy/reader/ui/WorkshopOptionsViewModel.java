package org.peeragogy.reader.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The options a group chooses for its workshop (issue 15, decision 0031), kept per group (decision 0054):
 * <ul>
 *   <li>a <b>blind first pass</b>: in a chapter, others' notes stay hidden until the reader has written a note
 *       of their own there (a highlight, a note, a question or a reply; a bookmark is not writing), so that
 *       everyone's first reading is their own;</li>
 *   <li><b>asking anonymously</b> allowed: the question dialog offers it, saying plainly that whoever collects the
 *       reader's file can still tell it came from them.</li>
 * </ul>
 * Each is the choice of the group the reader is in (its group folder's name, {@link #followGroup}): a reader who
 * changes group has that group's choice, a group that has not chosen has the one kept without a group, and in no
 * group they are kept as before ({@code SettingsStore.workshopOption}, which the group view and the digest read).
 * Each is saved through the window's {@link SaveQueue}. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread; the blind pass's rule itself runs where the chapter's notes are read. Every group's
 * choices are read once, when made; a setting that cannot be read is off; one that cannot be saved is said.
 */
public final class WorkshopOptionsViewModel {
    private static final System.Logger LOG = System.getLogger(WorkshopOptionsViewModel.class.getName());
    /** The setting of the blind first pass: "true" when on. */
    public static final String BLIND = SettingsStore.BLIND_FIRST_PASS;
    /** The setting of asking anonymously: "true" when allowed. */
    public static final String ANONYMOUS = SettingsStore.ANONYMOUS_QUESTIONS;

    private final SettingsStore writes;
    private final ShownNotesViewModel shown;
    private final NotesViewModel notes;
    private final SaveQueue saves;
    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anonymous = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper group = new ReadOnlyStringWrapper("");
    /** Every group's choices by setting key ({@code SettingsStore.workshopKey}), as read and as set since. */
    private final Map<String, String> kept = new HashMap<>();

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
            kept.putAll(reads.startingWith("workshop."));
            group.set(reads.get(SettingsStore.GROUP_NAME).orElse("").strip());
        } catch (StoreException e) {
            Objects.requireNonNull(problems).accept(texts.logged(LOG, "Workshop options", e));
        }
        blind.set(on(BLIND));
        anonymous.set(on(ANONYMOUS));
        shown.setBlind(blind.get());
        if (blind.get()) {
            notes.setShown(shown::apply);
        }
    }

    /** Whether {@code option} is on in the group the reader is in now (see the class). */
    private boolean on(String option) {
        String own = kept.get(SettingsStore.workshopKey(option, group.get()));
        return "true".equals(own != null ? own : kept.get(option));
    }

    /**
     * Follows the group the reader is in ({@code GroupFolderViewModel.groupProperty()}: "" in none): each change
     * (a group folder chosen or stopped) brings that group's choices, and the chapter's notes show again at once when the blind pass changes. FX thread.
     */
    public void followGroup(ObservableStringValue name) {
        // Only its changes: the group folder's is "" until its settings are read in the background, and the group
        // read here when made is already the one they will say.
        name.addListener((o, was, now) -> inGroup(now));
    }

    private void inGroup(String name) {
        String now = name == null ? "" : name.strip();
        if (now.equals(group.get())) {
            return;
        }
        group.set(now);
        anonymous.set(on(ANONYMOUS));
        showBlind(on(BLIND));
    }

    /** Turns the blind first pass on or off for this group; the chapter's notes show again at once. FX thread. */
    public void setBlind(boolean on) {
        if (on == blind.get()) {
            return;
        }
        save(BLIND, on);
        showBlind(on);
    }

    private void showBlind(boolean on) {
        if (on == blind.get()) {
            return;
        }
        blind.set(on);
        shown.setBlind(on);
        notes.setShown(on ? shown::apply : java.util.function.UnaryOperator.identity());
    }

    /** Allows asking anonymously in this group, or not. FX thread. */
    public void setAnonymousAllowed(boolean on) {
        if (on != anonymous.get()) {
            anonymous.set(on);
            save(ANONYMOUS, on);
        }
    }

    private void save(String option, boolean on) {
        String key = SettingsStore.workshopKey(option, group.get());
        kept.put(key, Boolean.toString(on));
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

    /** The group whose choices these are; "" in no group. Read and bind on the FX thread. */
    public ReadOnlyStringProperty groupProperty() {
        return group.getReadOnlyProperty();
    }
}
