package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupFolderRule;
import org.peeragogy.reader.share.group.MountRecord;
import org.peeragogy.reader.store.SettingsStore;

/**
 * Which group folder the reader chose (issue 16), and whether a folder may be one: the folder, the group's name and
 * whether files of people accepted once merge without asking, kept in the reader's settings; and the rule
 * {@code group-folder set} keeps ({@link GroupFolderRule#choiceRefusal}: not the data folder, not the handbook's
 * folder, a folder that is there and can be written to), checked in the background, in the command line's words.
 * What is done with the folder (watching, writing, merging) is {@link GroupFolderViewModel}'s, which owns this. No
 * controls.
 *
 * <p>Threads: every method on the FX thread. The FX thread never waits on the disk: the settings are read and the
 * rule checked in {@link BackgroundTasks}, and written through the {@link SaveQueue}. Failures go to
 * {@code problems}, never thrown.
 */
public final class GroupFolderChoiceViewModel {
    private static final System.Logger LOG = System.getLogger(GroupFolderChoiceViewModel.class.getName());

    /**
     * A group folder chosen.
     *
     * @param folder        absolute and normalised, as the reader chose it (links kept: the folder is where it is now)
     * @param group         the group's name, never blank
     * @param mergeAccepted merge the files of people accepted once without asking
     */
    record Chosen(Path folder, String group, boolean mergeAccepted) {
    }

    private final GroupFolderViewModel.Connection connection;
    private final BackgroundTasks tasks;
    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final Consumer<String> problems;
    private final Path dataFolder;
    private final Supplier<Optional<Path>> handbook;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Optional<Path>> folder = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper group = new ReadOnlyStringWrapper("");
    private boolean mergeAccepted;
    /** Handing on the folder read is held back ({@link #hold}); the handing on waits in {@link #heldBack}. FX thread. */
    private boolean holding;
    private Runnable heldBack;

    /**
     * @param connection    reads the settings, on a connection of its own, in the background
     * @param saves         writes the choice, in order with the window's other saves
     * @param writeSettings the settings on the writer's connection
     * @param dataFolder    the reader's data folder: never a group folder, nor inside one
     * @param handbook      where the handbook shown is read from ({@link GroupFolderRule#handbookLocation}), asked at
     *                      each check (the reader may switch handbooks); called on a background thread
     */
    public GroupFolderChoiceViewModel(GroupFolderViewModel.Connection connection, BackgroundTasks tasks, SaveQueue saves,
                             SettingsStore writeSettings, Consumer<String> problems, Path dataFolder,
                             Supplier<Optional<Path>> handbook, Texts texts) {
        this.connection = Objects.requireNonNull(connection);
        this.tasks = Objects.requireNonNull(tasks);
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        this.problems = Objects.requireNonNull(problems);
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.handbook = Objects.requireNonNull(handbook);
        this.texts = Objects.requireNonNull(texts);
    }

    /**
     * Holds back handing on the folder chosen before (so nothing is written there or read from it) until
     * {@link #release}: a copied notes file whose reader has not said who they are would write its notes there under
     * the first reader's id (fresh tester t35's F1, decision 0094). FX thread.
     */
    public void hold() {
        holding = true;
    }

    /** Hands on the folder read while held, if any, and holds nothing back from now on. FX thread. */
    public void release() {
        holding = false;
        Runnable r = heldBack;
        heldBack = null;
        if (r != null) {
            r.run();
        }
    }

    /**
     * Reads the folder chosen before, in the background; {@code then} gets it (when there is one) on the FX thread.
     * A folder that is, or is now, the handbook's own folder or inside it (chosen by a window that did not refuse it,
     * or a link re-pointed since) is shown as chosen but not handed on, so nothing is written among the chapters, and
     * the reader is told why and what to do. (The data folder is refused at every write, by {@code OwnFile}.)
     */
    void read(Consumer<Chosen> then) {
        tasks.run("group-folder-settings", p -> connection.run((db, sharing, book) -> {
            String dir = db.settings().get(GroupFolder.FOLDER_SETTING).orElse("");
            return new Read(dir, db.settings().get(GroupFolder.GROUP_SETTING).orElse(""),
                    Boolean.parseBoolean(db.settings().get(GroupFolder.MERGE_ACCEPTED_SETTING).orElse("false")),
                    dir.isEmpty() ? Optional.empty() : GroupFolderRule.refusal(Path.of(dir), dataFolder, handbook.get())
                            .filter(r -> r.code() == GroupReason.GROUP_CHOSEN_HANDBOOK_FOLDER));
        }), r -> {
            if (r.dir().isEmpty()) {
                return;
            }
            Chosen c = set(Path.of(r.dir()), r.group(), r.merge());
            if (r.refused().isPresent()) {
                problems.accept(texts.format("group.refusedChosen", texts.reason(r.refused().get())));
            } else if (holding) {
                heldBack = () -> then.accept(c);
            } else {
                then.accept(c);
            }
        }, e -> problems.accept(texts.logged(LOG, "The group folder", e)));
    }

    /** The settings as read, and why the folder in them can no longer be used. */
    private record Read(String dir, String group, boolean merge, Optional<Reason> refused) {
    }

    /**
     * Why {@code dir} cannot be the group folder, as {@code group-folder set} refuses it
     * ({@link GroupFolderRule#choiceRefusal}): not there, the data folder (inside it, holding it), the handbook's folder
     * (inside it), links followed, or read-only; checked in the background, and {@code then} gets the reason (empty: it
     * may be) on the FX thread.
     */
    public void refusal(Path dir, Consumer<Optional<Reason>> then) {
        tasks.run("group-folder-check", p -> GroupFolderRule.choiceRefusal(dir, dataFolder, handbook.get()), then,
                e -> problems.accept(texts.logged(LOG, "The group folder", e)));
    }

    /**
     * The reader chose {@code dir} (checked by {@link #refusal} first): kept through the save queue, the mount record
     * forgotten (chosen as it is now). A blank {@code groupName} is the folder's name.
     */
    Chosen keep(Path dir, String groupName, boolean merge) {
        String name = org.peeragogy.reader.share.group.GroupFolderRule.groupName(groupName, dir);
        Path abs = dir.toAbsolutePath().normalize();
        saves.submit(() -> {
            writeSettings.put(GroupFolder.FOLDER_SETTING, abs.toString());
            writeSettings.put(GroupFolder.GROUP_SETTING, name);
            writeSettings.put(GroupFolder.MERGE_ACCEPTED_SETTING, Boolean.toString(merge));
            writeSettings.put(MountRecord.SETTING, "");
        });
        return set(abs, name, merge);
    }

    /** Forgets the folder (the settings emptied through the save queue); false when none was chosen. */
    boolean forget() {
        if (folder.get().isEmpty()) {
            return false;
        }
        saves.submit(() -> {
            writeSettings.put(GroupFolder.FOLDER_SETTING, "");
            writeSettings.put(GroupFolder.GROUP_SETTING, "");
        });
        folder.set(Optional.empty());
        group.set("");
        return true;
    }

    private Chosen set(Path dir, String name, boolean merge) {
        folder.set(Optional.of(dir));
        group.set(name);
        mergeAccepted = merge;
        return new Chosen(dir, name, merge);
    }

    /** Whether files of people accepted once merge without asking. */
    boolean mergeAccepted() {
        return mergeAccepted;
    }

    /** The group folder, when one is chosen. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<Path>> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The group's name. Read and bind on the FX thread. */
    public ReadOnlyStringProperty groupProperty() {
        return group.getReadOnlyProperty();
    }
}
