package org.peeragogy.reader.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.content.BrowserPage;
import org.peeragogy.reader.digest.Handouts;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.group.GroupHandout;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.StoreException;

/**
 * A facilitator's digest in the group folder (issue 16: "a participant opens it from the notice"): the one that
 * arrived last ({@link #handoutProperty}, a new version each time), the one seen last to open again
 * ({@link #latestHandoutProperty}, this session's or one recorded before), and the opening of a copy made for reading.
 * Split out of {@link GroupFolderViewModel}, which hands it what each look found.
 *
 * <p>Threads: the FX thread, except {@link #last}, which reads the database and the folder. Failures are reported
 * through {@code problems}, never thrown.
 */
final class GroupDigestViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GroupDigestViewModel.class.getName());

    private final BackgroundTasks tasks;
    private final Consumer<String> problems;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Optional<GroupHandout>> handout = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<GroupHandout>> latestHandout =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    /** The folder of the digest opened last: a copy of the reader's, deleted when the next is made or at close. */
    private Path handoutCopy;

    GroupDigestViewModel(BackgroundTasks tasks, Consumer<String> problems, Texts texts) {
        this.tasks = Objects.requireNonNull(tasks);
        this.problems = Objects.requireNonNull(problems);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Whether a digest is known in the folder already (a look need not read the one recorded before). FX thread. */
    boolean known() {
        return latestHandout.get().isPresent();
    }

    /**
     * What a look found: {@code arrived}, the digests new or changed since the last look (the last of them is
     * offered); {@code recorded}, one seen in an earlier session, used when none is known yet. FX thread.
     */
    void looked(List<GroupHandout> arrived, Optional<GroupHandout> recorded) {
        if (!arrived.isEmpty()) {
            GroupHandout last = arrived.get(arrived.size() - 1);
            latestHandout.set(Optional.of(last));
            handout.set(Optional.of(last));
        } else if (recorded.isPresent() && latestHandout.get().isEmpty()) {
            latestHandout.set(recorded);
        }
    }

    /** Another folder, or none: no digest known. FX thread. */
    void clear() {
        handout.set(Optional.empty());
        latestHandout.set(Optional.empty());
    }

    /**
     * The digest seen last in the folder (a version offered in an earlier session, still there), so that it can be
     * opened again after a restart; empty when there is none. Off the FX thread (reads the database and the folder).
     *
     * @throws StoreException when the database cannot be read
     */
    static Optional<GroupHandout> last(Database db, Path folder) throws StoreException {
        return db.groupFolder().seen(folder.toString()).values().stream()
                .filter(f -> f.state() == GroupFolderStore.State.HANDOUT)
                .map(f -> new GroupHandout(f.name(), folder.resolve(f.name()), f.modified()))
                .filter(h -> Files.isRegularFile(h.file()))
                .max(Comparator.comparing(GroupHandout::modified));
    }

    /**
     * Opens a facilitator's digest that arrived in the folder: a copy made for reading in a folder only the reader
     * may read ({@code digest.Handouts}: an HTML digest without anything active), handed to {@code open} on the FX
     * thread (the window gives it to the system). A failure is said through {@code problems}. FX thread.
     */
    void open(GroupHandout h, Consumer<Path> open) {
        Path before = handoutCopy;
        tasks.run("group-folder-digest", p -> {
            BrowserCopyViewModel.delete(before);
            Path folderForIt = BrowserPage.privateFolder();
            try {
                return Handouts.copyForReading(h.file(), folderForIt);
            } catch (ShareException | RuntimeException e) {
                BrowserCopyViewModel.delete(folderForIt);
                throw e;
            }
        }, copy -> {
            handoutCopy = copy.getParent();
            try {
                open.accept(copy);
            } catch (RuntimeException e) {
                // No program to open it (no browser on this system): the copy is there, so the reader can open it.
                // Said in plain words; the system's own ("Cannot run program "xdg-open": error=2…") goes to the log
                // only (t16's N8).
                LOG.log(System.Logger.Level.WARNING, "Opening the group's digest", e);
                problems.accept(texts.format("group.digestNoProgram", h.name(), copy.toString()));
            }
        }, e -> problems.accept(texts.logged(LOG, "Opening the group's digest", e)));
    }

    /** The digest that arrived last in the group folder (a new version each time). Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<GroupHandout>> handoutProperty() {
        return handout.getReadOnlyProperty();
    }

    /**
     * The digest seen last in the group folder, to open again after its notice went (Notes → Open the group's
     * digest), this session's or one offered before. Read and bind on the FX thread.
     */
    public ReadOnlyObjectProperty<Optional<GroupHandout>> latestHandoutProperty() {
        return latestHandout.getReadOnlyProperty();
    }


    /** Deletes the copy of the digest opened last. FX thread. */
    @Override
    public void close() {
        BrowserCopyViewModel.delete(handoutCopy);
    }
}
