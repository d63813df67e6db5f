package org.peeragogy.reader.ui;

import org.peeragogy.reader.share.group.Arrival;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.group.ComputerName;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupFolderSession;
import org.peeragogy.reader.share.group.GroupHandout;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;

/**
 * The group folder in the window (issue 16): which folder and group, the folder's state in a line, and what
 * arrived. A watch ({@code watches}: change events and polling) wakes it; each wake runs one
 * {@link GroupFolderSession#tick} in the background (the reader's own file written a few seconds after a
 * change, the others' files looked at), on a database connection of its own. Files of people accepted once
 * are merged at once when the reader chose so; the others wait for the reader ({@link #arrivalsProperty()}),
 * who previews or merges them ({@link #merge}). Which folder is chosen, and whether a folder may be one, is its
 * {@link GroupFolderChoiceViewModel}'s. No controls.
 *
 * <p>Threads: every method on the FX thread except {@link #wake}, which any thread may call. The FX thread
 * never waits on the disk: everything that reads or writes it runs in {@link BackgroundTasks} (the choice's
 * settings through the {@link SaveQueue}). Failures are reported through {@code problems}, never thrown.
 */
public final class GroupFolderViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GroupFolderViewModel.class.getName());

    /** Work on the reader's database with sharing for the open handbook, on a connection of its own. */
    @FunctionalInterface
    public interface Job<T> {
        T with(Database db, NoteSharing sharing, String book) throws Exception;
    }

    /** Runs a job on a connection opened for it (closed after); off the FX thread. */
    @FunctionalInterface
    public interface Connection {
        <T> T run(Job<T> job) throws Exception;
    }

    /** What one wake found and did: merged without asking, and what waits for the reader. */
    private record Result(GroupFolderSession.Tick tick, GroupArrivalsViewModel.Merged merged, List<Arrival> waiting,
                          Optional<GroupHandout> known, java.util.Set<String> acceptedFiles, String me) {
    }

    private final Connection connection;
    private final GroupFolderChoiceViewModel choice;
    private final BackgroundTasks tasks;
    private final Executor onUi;
    private final Consumer<String> problems;
    private final Path staging;
    private final ComputerName computer;
    private final Duration debounce;
    private final BiFunction<Path, Runnable, AutoCloseable> watches;
    private final GroupFolderStatusViewModel status;
    private final ReadOnlyObjectWrapper<List<Arrival>> arrivals = new ReadOnlyObjectWrapper<>(List.of());
    /** Waiting files (name and hash) whose person the reader accepted once and whose notes are all theirs. */
    private final java.util.Set<String> acceptedFiles = new java.util.HashSet<>();
    /** True while a merge the reader asked for runs (issue 16's try-out w8: 22 s of nothing on a 52 MB file). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper merging = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<String>> mergedWithoutAsking = new ReadOnlyObjectWrapper<>(List.of());
    private final GroupDigestViewModel digest;
    private final GroupPeopleViewModel people;
    /** Volatile: read by the last write at the JVM's exit (a shutdown hook) as well as on the FX thread. */
    private volatile GroupFolderSession session;
    private AutoCloseable watch;
    private boolean ticking;
    private boolean again;
    private final Texts texts;

    /**
     * @param choice   which folder is chosen, kept in the settings, and the rule a chosen folder must keep
     * @param onUi     runs on the FX thread ({@code Platform::runLater}; a queue in tests)
     * @param staging  the folder in the data folder where the reader's own file is made
     * @param computer this computer's name, asked once for the process (not at every write of the reader's file)
     * @param debounce how long notes stay unchanged before the reader's file is written again
     * @param watches  starts a watch of a folder that calls the runnable on change and every poll
     *                 ({@code FolderWatch} in the window); closed when the folder changes or the window closes
     */
    public GroupFolderViewModel(Connection connection, GroupFolderChoiceViewModel choice, BackgroundTasks tasks, Executor onUi,
                                Consumer<String> problems, Path staging, ComputerName computer, Duration debounce,
                                BiFunction<Path, Runnable, AutoCloseable> watches, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.connection = Objects.requireNonNull(connection);
        this.choice = Objects.requireNonNull(choice);
        this.tasks = Objects.requireNonNull(tasks);
        this.onUi = Objects.requireNonNull(onUi);
        this.problems = Objects.requireNonNull(problems);
        this.staging = Objects.requireNonNull(staging);
        this.computer = Objects.requireNonNull(computer);
        this.debounce = Objects.requireNonNull(debounce);
        this.watches = Objects.requireNonNull(watches);
        this.status = new GroupFolderStatusViewModel(texts, Clock.systemUTC());
        this.digest = new GroupDigestViewModel(tasks, problems, texts);
        // Their acceptance taken back: their files that wait ask first again.
        this.people = new GroupPeopleViewModel(connection, tasks, problems, texts, ids -> arrivals.get().stream()
                .filter(a -> ids.contains(a.seen().authorId())).forEach(a -> acceptedFiles.remove(key(a))));
        arrivals.addListener((o, was, now) -> status.waiting(now.size()));
    }

    /** Reads the group folder chosen before (in the background) and starts watching it. FX thread. */
    public void start() {
        choice.read(this::use);
    }

    /**
     * The reader chose a group folder (its {@link GroupFolderChoiceViewModel#refusal} checked first): it is kept (through the
     * save queue) and watched from now on; their file is written there at once. {@code mergeAccepted}: merge the
     * files of people accepted once without asking. FX thread.
     */
    public void choose(Path dir, String groupName, boolean mergeAccepted) {
        use(choice.keep(dir, groupName, mergeAccepted));
    }

    private void use(GroupFolderChoiceViewModel.Chosen chosen) {
        closeWatch();
        arrivals.set(List.of());
        digest.clear();
        session = new GroupFolderSession(new GroupFolder(chosen.folder(), staging, computer), debounce, Clock.systemUTC());
        status.looking(chosen.group(), chosen.folder());
        watch = watches.apply(chosen.folder(), this::wake);
    }

    /** Which folder is chosen, and whether a folder may be one (the rule {@code group-folder set} keeps). FX thread. */
    GroupFolderChoiceViewModel choice() {
        return choice;
    }

    /**
     * The reader stops using the group folder (after a workshop the stick went home; a try-out found every start
     * after it saying "not reachable" for good): it is forgotten (the settings emptied through the save queue), no
     * longer watched or written, and the line goes. The notes merged from it stay, and the folder is left as it is.
     * FX thread.
     */
    public void stop() {
        if (!choice.forget()) {
            return;
        }
        closeWatch();
        // The newest change goes in first, as at Quit (t16c's F5: Stop using… left it out of the folder).
        Runnable last = lastWrite();
        tasks.run("group-folder-last-write", p -> {
            last.run();
            return null;
        }, r -> { }, e -> problems.accept(texts.logged(LOG, "The group folder", e)));
        session = null;
        arrivals.set(List.of());
        acceptedFiles.clear();
        digest.clear();
        status.none();
    }

    /** Something may have changed (an event, a poll, a note saved): a look is made soon. Any thread. */
    public void wake() {
        onUi.execute(this::tick);
    }

    private void tick() {
        if (session == null) {
            return;
        }
        if (ticking) {
            again = true;
            return;
        }
        ticking = true;
        GroupFolderSession s = session;
        boolean merge = choice.mergeAccepted();
        boolean knowHandout = digest.known();
        tasks.run("group-folder", p -> connection.run((db, sharing, book) -> {
            GroupFolderSession.Tick t = s.tick(db, sharing, book);
            List<Arrival> accepted = new ArrayList<>();
            List<Arrival> waiting = new ArrayList<>();
            java.util.Set<String> known = new java.util.HashSet<>();
            for (Arrival a : t.scan().arrivals()) {
                boolean ok = s.folder().accepted(db, a);
                if (merge && ok) {
                    accepted.add(a);
                } else {
                    waiting.add(a);
                    if (ok) {
                        known.add(key(a));
                    }
                }
            }
            // One import for all of them: one Undo takes back what the notice names.
            return new Result(t, GroupArrivalsViewModel.Merged.of(texts, accepted, s.folder().mergeAll(db, sharing, accepted, false)), waiting,
                    knowHandout || !t.scan().reachable() ? Optional.empty() : GroupDigestViewModel.last(db, s.folder().folder()),
                    known, db.settings().readerId());
        }), r -> {
            ticking = false;
            if (s == session) {
                show(r);
            }
            if (again) {
                again = false;
                tick();
            }
        }, e -> {
            ticking = false;
            status.failed(texts.logged(LOG, "The group folder", e));
        });
    }

    private void show(Result r) {
        GroupFolder.Scan scan = r.tick().scan();
        if (!r.merged().parts().isEmpty()) {
            mergedWithoutAsking.set(List.of()); // so that the same words twice in a row are said twice
            mergedWithoutAsking.set(r.merged().parts());
        }
        digest.looked(scan.handouts(), r.known());
        List<Arrival> now = new ArrayList<>(arrivals.get());
        if (scan.reachable()) {
            // A file taken out of the folder, or changed since it was offered, no longer waits (a hostile try-out
            // found a removed file offered, and merged from memory, for good): what a look lists is what waits.
            java.util.Set<String> there = new java.util.HashSet<>();
            scan.files().forEach(f -> there.add(f.name() + '\n' + f.sha256()));
            now.removeIf(a -> !there.contains(key(a)));
        }
        acceptedFiles.addAll(r.acceptedFiles());
        for (Arrival a : r.waiting()) {
            now.removeIf(o -> o.seen().name().equals(a.seen().name()));
            now.add(a);
        }
        if (!now.equals(arrivals.get())) {
            arrivals.set(List.copyOf(now));
        }
        java.util.Set<String> waitingNow = new java.util.HashSet<>();
        now.forEach(a -> waitingNow.add(key(a)));
        acceptedFiles.retainAll(waitingNow);
        status.looked(r.tick(), arrivals.get().size(), r.me());
    }

    private static String key(Arrival a) {
        return a.seen().name() + '\n' + a.seen().sha256();
    }

    /**
     * Whether this waiting file may be merged without a preview: its person was accepted once (merged by hand, not
     * undone) and every note in it is theirs ({@code share.group.Authorship}). A stranger's file, or one that holds
     * notes by other people than its name says, is merged only from the preview (issue 16: "files from people never
     * accepted always ask"). FX thread.
     */
    public boolean accepted(Arrival a) {
        return acceptedFiles.contains(key(a));
    }

    /**
     * Merges these arrivals (the reader chose Merge, or OK in the preview) as one undoable import, and accepts
     * their people; {@code done} gets what was merged, on the FX thread. FX thread.
     */
    public void merge(List<Arrival> chosen, Consumer<GroupArrivalsViewModel.Merged> done) {
        GroupFolderSession s = session;
        if (chosen.isEmpty()) {
            return;
        }
        if (s == null) {
            // The folder was given up meanwhile (Stop using…, t16c's F5: the notice's Merge then said "Merging 1
            // file…" for good): it ends at once, nothing merged, each file named as not merged.
            done.accept(new GroupArrivalsViewModel.Merged(List.of(), false,
                    chosen.stream().map(Arrival::fileName).toList(), true));
            return;
        }
        List<Arrival> list = List.copyOf(chosen);
        List<Arrival> rest = new ArrayList<>(arrivals.get());
        // By file and version: one with what it held back taken is the same file (t15f's F2: it stayed waiting).
        java.util.Set<String> taken = new java.util.HashSet<>();
        list.forEach(a -> taken.add(key(a)));
        rest.removeIf(a -> taken.contains(key(a)));
        arrivals.set(List.copyOf(rest));
        merging.set(true);
        status.merging(list.size());
        tasks.run("group-folder-merge", p -> connection.run((db, sharing, book) -> {
            // Read again just before merging: a file taken out of the folder or changed since it was offered is
            // never merged from what was read before (issue 16's try-out merged a removed file from memory).
            List<Arrival> there = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            boolean away = !java.nio.file.Files.isDirectory(s.folder().folder()); // the stick out, the share offline
            for (Arrival a : list) {
                if (!away && s.folder().stillAsSeen(a)) {
                    there.add(a);
                } else {
                    gone.add(a.fileName());
                    // Offered again by the next look that finds it as it was (the stick back): a look offers only
                    // what is new or changed, and this file had left the list of what waits (it was never offered
                    // again in the session once Merge had been pressed while the stick was out).
                    db.groupFolder().record(a.seen().with(GroupFolderStore.State.UNDONE, a.seen().summary()));
                }
            }
            GroupArrivalsViewModel.Merged m = GroupArrivalsViewModel.Merged.of(texts, there, s.folder().mergeAll(db, sharing, there, true));
            return new GroupArrivalsViewModel.Merged(m.parts(), m.undoable(), gone, away);
        }), m -> {
            merged();
            done.accept(m);
        }, e -> {
            merged();
            problems.accept(texts.logged(LOG, "Merging from the group folder", e));
        });
    }

    /** The people whose files merge without asking, to see and take back. FX thread. */
    GroupPeopleViewModel people() {
        return people;
    }

    private void merged() {
        merging.set(false);
        status.merging(0);
    }

    /**
     * True while a merge the reader asked for runs (the notice says "Merging…", the line too; Notes → Files waiting…
     * is disabled meanwhile). Read and bind on the FX thread.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty mergingProperty() {
        return merging.getReadOnlyProperty();
    }


    /** The facilitator's digests in the folder: the one that arrived, the one to open again. FX thread. */
    GroupDigestViewModel digest() {
        return digest;
    }

    /** The group folder, when one is chosen ({@link GroupFolderChoiceViewModel#folderProperty}). Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<Path>> folderProperty() {
        return choice.folderProperty();
    }

    /** The group's name ({@link GroupFolderChoiceViewModel#groupProperty}). Read and bind on the FX thread. */
    public ReadOnlyStringProperty groupProperty() {
        return choice.groupProperty();
    }

    /** The folder's state for the window's line: its words, whether it is trouble, what to say, why. FX thread. */
    public GroupFolderStatusViewModel status() {
        return status;
    }

    /** Files that bring something new and wait for the reader. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<List<Arrival>> arrivalsProperty() {
        return arrivals.getReadOnlyProperty();
    }

    /**
     * What was last merged without asking (people accepted once), one line each; empty for a moment before
     * each new list. FX thread.
     */
    public ReadOnlyObjectProperty<List<String>> mergedWithoutAskingProperty() {
        return mergedWithoutAsking.getReadOnlyProperty();
    }

    private void closeWatch() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the group folder's watch", e);
            }
            watch = null;
        }
    }

    /**
     * What closing the window must still do (t16's M1): write the reader's file into the group folder if their
     * newest change is not in it yet ({@link GroupFolderSession#writeIfChanged}). Take it before {@link #close};
     * run it off the FX thread (or once the window is gone) after the reader's saves are written. Failures are
     * logged: the next start writes the file. Any thread (the JVM's shutdown hook takes it on a SIGTERM).
     */
    public Runnable lastWrite() {
        GroupFolderSession s = session;
        return s == null ? () -> { } : () -> {
            try {
                connection.run((db, sharing, book) -> s.writeIfChanged(db, sharing, book));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "The group folder's last write", e);
            }
        };
    }

    /** Stops watching, and deletes the copy of the digest opened last. FX thread. */
    @Override
    public void close() {
        closeWatch();
        session = null;
        digest.close();
    }
}
