package org.peeragogy.reader.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Sharing notes as files: export, import with a preview and one-step undo, and people as layers
 * that can be shown or hidden. The file work itself is in {@code share}. In the window, export,
 * preview, import and undo run through {@link BackgroundTasks} ({@link #startExport}, {@link #startPreview},
 * {@link #startImport}, {@link #startUndo}), and {@link #workingProperty()} and
 * {@link #exportingProperty()} say what runs, so that the view disables those actions by binding
 * meanwhile (decision 0013). No controls.
 *
 * <p>Threads: the methods that say "FX thread" are called there (the UI executor of the tasks); those
 * that say "off the FX thread" read or write files and many notes and block. Failures of the
 * background work are logged and reported through the {@code problems} consumer, never thrown.
 */
public final class SharingViewModel {
    private static final System.Logger LOG = System.getLogger(SharingViewModel.class.getName());
    /** Work that reads or writes files and many notes, given its own database connection. */
    @FunctionalInterface
    public interface Work<T> {
        T with(NoteSharing sharing) throws ShareException;
    }

    /**
     * Runs work on a connection of its own, so that it can run off the FX thread while the window's
     * connection keeps saving notes (SQLite serialises the two writers).
     */
    public interface OwnConnection {
        <T> T run(Work<T> work) throws ShareException;
    }

    /**
     * The newest import not taken back, as the notes file keeps it (so it can be undone after a restart, as
     * with the command line's {@code undo-import}): its batch, the file's name, what it brought (the import's
     * summary, "3 new, 1 updated, …") and when.
     */
    public record LastImport(long batch, String source, String summary, Instant importedAt) {
    }

    /**
     * One person whose notes are here: a layer with a colour (CSS colour), shown or hidden. {@code id} is their
     * author id (decision 0017); {@code name} is how the window names the layer ({@link #label}).
     */
    public record Person(String id, String name, String colour, boolean visible) {
    }

    private final Supplier<NoteSharing> sharing;
    private final OwnConnection own;
    private final Consumer<String> problems;
    private final ObservableList<AuthorStore.Author> authors = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<AuthorStore.Author> authorsView = FXCollections.unmodifiableObservableList(authors);
    private final ReadOnlyBooleanWrapper canUndoImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Optional<LastImport>> lastImport =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Texts texts;

    /**
     * Without a window: the {@code start…} methods run their work on a background thread and deliver
     * results there too. Any thread; throws NullPointerException for a null argument.
     */
    public SharingViewModel(Supplier<NoteSharing> sharing, OwnConnection own, Consumer<String> problems, Texts texts) {
        this(sharing, own, problems, new BackgroundTasks(Runnable::run), texts);
    }

    /**
     * Any thread; throws NullPointerException for a null argument.
     *
     * @param tasks runs the export, preview, import and undo, with results on the FX thread
     * @param texts the window's words (what an import would do, who a layer is)
     */
    public SharingViewModel(Supplier<NoteSharing> sharing, OwnConnection own, Consumer<String> problems,
                            BackgroundTasks tasks, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.sharing = Objects.requireNonNull(sharing);
        this.own = Objects.requireNonNull(own);
        this.problems = Objects.requireNonNull(problems);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /**
     * Exports the notes in the background; {@code done} gets what was written, on the FX thread.
     * {@link #exportingProperty()} is true meanwhile. A failure is reported. FX thread.
     */
    public void startExport(NoteSharing.Format format, Path out, ExportFilter filter,
                            Consumer<org.peeragogy.reader.share.Exported> done) {
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        tasks.run("export", p -> export(format, out, filter), exported -> {
            exporting.set(false);
            done.accept(exported);
        }, e -> {
            exporting.set(false);
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * Reads and checks a notes file in the background and hands what importing it would do to
     * {@code ready}, on the FX thread; the caller then calls {@link #startImport} or {@link #cancelImport}.
     * {@link #workingProperty()} is true from here until the import ends or is cancelled. While other
     * sharing work runs, says so through the problems consumer and starts nothing. A failure is reported.
     * FX thread.
     */
    public void startPreview(Path file, Consumer<NoteSharing.Preview> ready) {
        startReading("import-preview", s -> s.preview(file), ready);
    }

    /**
     * Reads and checks every notes file of {@code folder} (a USB stick's worth, issue 15: {@code share.FolderImport})
     * in the background and hands the one preview of them all to {@code ready}, on the FX thread; then
     * {@link #startFolderImport} or {@link #cancelImport}, as {@link #startPreview}. A folder with no file that can be
     * imported is reported. FX thread.
     */
    public void startFolderPreview(Path folder, Consumer<FolderPreview> ready) {
        startReading("import-folder-preview", s -> s.previewFolder(folder), ready);
    }

    private <T> void startReading(String name, Work<T> read, Consumer<T> ready) {
        if (working.get()) {
            problems.accept(texts.get("problem.importRunning"));
            return;
        }
        working.set(true);
        tasks.run(name, p -> own.run(read), ready, e -> {
            finished();
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * What importing {@code preview} would do, in words for the reader: "3 new, 1 updated, …", or that it
     * changes nothing. Any thread.
     */
    public static String describe(Texts texts, NoteSharing.Preview preview) {
        // The plan, not only the notes' counts: a file whose only news is a vote changes something (issue 15).
        if (!preview.plan().changesNothing()) {
            return texts.format("import.describe", ImportWords.full(texts, counts(preview.counts(), preview.plan().votes())));
        }
        // Nothing comes in as it is, but what it carries for others is asked next: not "you have everything" (fresh
        // testers t15e's F5, t15d's N7: said right before the question to take 2 changes and 2 votes).
        int changes = preview.forOthers().changesLeftOut().size();
        int votes = preview.forOthers().votesLeftOut().size();
        if (changes + votes == 0) {
            // A new name alone is news (t15f's M2): not "you have everything".
            return texts.get(preview.renames() ? "import.renamesOnly" : "import.changesNothing");
        }
        String held = changes == 0 ? texts.format("import.heldVotes", votes)
                : votes == 0 ? texts.format("import.heldChanges", changes)
                : texts.format("import.heldBoth", texts.format("import.heldChanges", changes),
                texts.format("import.heldVotes", votes));
        return texts.format("import.heldBackOnly", held);
    }

    /** What an import of {@code preview} brought, said once it has landed: "Imported from ben.peeranotes: 1 new.". Any thread. */
    public static String imported(Texts texts, NoteSharing.Preview preview) {
        return texts.format("import.done", BidiMarks.isolated(String.valueOf(preview.file().getFileName())), brought(texts, preview));
    }

    /** What an import of {@code preview} brought: "1 new, 2 unchanged", or "no changes". Any thread. */
    static String brought(Texts texts, NoteSharing.Preview preview) {
        String brought = ImportWords.changes(texts, counts(preview.counts(), preview.plan().votes()), true);
        return brought.isEmpty() ? texts.get("import.nothing") : brought;
    }

    /** An import's counts (and {@code votes}) for {@link ImportWords}. Any thread. */
    static ImportWords.Counts counts(ShareStore.Counts c, int votes) {
        return new ImportWords.Counts(c.added(), c.updated(), c.deleted(), c.unchanged(), c.conflicts(), c.unplaced(),
                c.tombstones(), votes);
    }

    /** The reader did not import what {@link #startPreview} showed: the actions are enabled again. FX thread. */
    public void cancelImport() {
        finished();
    }

    /**
     * Imports what {@code preview} showed, all or nothing, in the background; then the import can be
     * undone and {@code done} runs, on the FX thread. A failure is reported (nothing was imported).
     * FX thread, after {@link #startPreview} handed the preview over.
     */
    public void startImport(NoteSharing.Preview preview, Runnable done) {
        startApplying("import", s -> s.apply(preview), done);
    }

    /**
     * Imports the folder {@code preview} showed as one batch, all or nothing, in the background (one Undo takes it
     * back); then {@code done} runs on the FX thread. A failure is reported (nothing was imported). FX thread, after
     * {@link #startFolderPreview} handed the preview over.
     */
    public void startFolderImport(FolderPreview preview, Runnable done) {
        startApplying("import-folder", s -> s.apply(preview), done);
    }

    private void startApplying(String name, Work<ShareStore.Applied> apply, Runnable done) {
        working.set(true);
        tasks.run(name, p -> own.run(apply), applied -> {
            finished();
            imported(applied);
            done.run();
        }, e -> {
            finished();
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * Takes the last import back in the background (one long transaction); {@code done} runs on the FX
     * thread after it. A failure is reported (nothing was taken back, and the import can no longer be
     * undone from the window). Does nothing when there is no import to undo or other sharing work runs.
     * FX thread.
     */
    public void startUndo(Runnable done) {
        if (working.get()) {
            return;
        }
        OptionalLong batch = beginUndo();
        if (batch.isEmpty()) {
            return;
        }
        tasks.run("undo-import", p -> {
            undoImport(batch.getAsLong());
            return Boolean.TRUE;
        }, ok -> {
            finished();
            done.run();
        }, e -> {
            finished();
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * Writes the notes to a file, on a connection of its own. Off the FX thread (it blocks).
     *
     * @throws ShareException when the file cannot be written or the notes read, with a message for the reader
     */
    public org.peeragogy.reader.share.Exported export(NoteSharing.Format format, Path out, ExportFilter filter) throws ShareException {
        return own.run(s -> s.export(format, out, filter));
    }

    /**
     * Reads and checks a file and says what importing it would do; changes nothing. Off the FX thread (it
     * blocks).
     *
     * @throws ShareException when the file cannot be read or is not a notes file we understand
     */
    public NoteSharing.Preview preview(Path file) throws ShareException {
        return own.run(s -> s.preview(file));
    }

    /**
     * Imports all or nothing. Off the FX thread (it blocks), then {@link #imported} on it.
     *
     * @throws ShareException when it could not be saved (nothing was)
     */
    public ShareStore.Applied apply(NoteSharing.Preview preview) throws ShareException {
        return own.run(s -> s.apply(preview));
    }

    /**
     * An import finished: it can now be undone in one step. FX thread; never throws (a failure to re-read the
     * people is reported).
     */
    public void imported(ShareStore.Applied applied) {
        if (applied.batchId().isPresent()) {
            readLastImport();
        }
        refreshAuthors();
    }

    /**
     * Reads the newest import not taken back from the notes file (one small read of the window's connection),
     * so that Undo last import names it, after a restart too. FX thread; never throws: a failure is reported
     * and undo is then not offered.
     */
    public void readLastImport() {
        Optional<LastImport> last = Optional.empty();
        try {
            last = lastImportOf(sharing.get());
        } catch (StoreException e) {
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        }
        lastImport.set(last);
        canUndoImport.set(last.isPresent());
    }

    private static Optional<LastImport> lastImportOf(NoteSharing s) throws StoreException {
        try {
            return s.imports().stream().filter(b -> b.undone().isEmpty()).findFirst()
                    .map(b -> new LastImport(b.id(), Path.of(b.source()).getFileName() == null
                            ? b.source() : Path.of(b.source()).getFileName().toString(),
                            b.summary(), b.importedAt()));
        } catch (InvalidPathException e) {
            LOG.log(System.Logger.Level.DEBUG, "An import's source is not a path", e);
            return Optional.empty();
        }
    }

    /** What the window's layers need, read together off the FX thread. */
    private record Layers(List<AuthorStore.Author> authors, Set<String> conflicted, Map<String, String> claimed) {
    }

    /**
     * What {@link #readLayers} hands the window: the hidden author ids, the ids of notes in two versions, and the
     * notes a file said were the reader's, by id, to the file's name (decision 0032).
     */
    @FunctionalInterface
    public interface LayersRead {
        void read(Set<String> hidden, Set<String> conflicted, Map<String, String> claimed);
    }

    /**
     * Reads the newest import at once (a few rows: Undo on the notice that follows an import must find it),
     * then the people and the notes kept in two versions on a connection of its own in the background (with
     * thousands of conflicts that read took seconds on the FX thread; issue 10), and, on the FX thread,
     * updates the people and hands {@code done} the hidden author ids, the ids of notes in two versions and the
     * notes claimed from files. FX thread; returns at once and never throws: a failure is reported and
     * {@code done} is not called.
     */
    public void readLayers(LayersRead done) {
        readLastImport();
        tasks.run("layers", p -> own.run(s -> {
            try {
                return new Layers(s.authors().list(), s.conflictedIds(), s.claimed());
            } catch (StoreException e) {
                throw ShareException.of(e);
            }
        }), layers -> {
            authors.setAll(layers.authors());
            done.read(hiddenAuthors(), layers.conflicted(), layers.claimed());
        }, e -> problems.accept(texts.logged(LOG, "Sharing notes", e)));
    }

    /**
     * An import's summary as the notes file recorded it, in the window's words without its nothing-counts: "3 new,
     * 1 updated" ({@link ImportWords#stored}); "no changes" (in the window's language) when every count is 0. Any
     * thread.
     */
    public static String shortSummary(Texts texts, String summary) {
        String kept = ImportWords.stored(texts, summary);
        return kept.isEmpty() ? texts.get("import.nothing") : kept;
    }

    /** The newest import not taken back, as last read. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<LastImport>> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    /**
     * Reverts the last import of this session as a whole, on the calling thread (code without a window;
     * it blocks). Never throws: a failure is reported through the problems consumer.
     */
    public void undoLastImport() {
        OptionalLong batch = beginUndo();
        if (batch.isEmpty()) {
            return;
        }
        try {
            undoImport(batch.getAsLong());
        } catch (ShareException e) {
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        }
        finished();
    }

    /**
     * Starts undoing the last import: returns its batch (empty when there is none) and marks the
     * sharing work as running. FX thread; then {@link #undoImport} off it and {@link #finished} on it.
     * Never throws.
     */
    public OptionalLong beginUndo() {
        OptionalLong batch = lastImport.get().map(l -> OptionalLong.of(l.batch())).orElse(OptionalLong.empty());
        if (batch.isPresent()) {
            lastImport.set(Optional.empty());
            canUndoImport.set(false);
            working.set(true);
        }
        return batch;
    }

    /**
     * Takes an import back, all or nothing, on a connection of its own. Off the FX thread (it blocks).
     *
     * @throws ShareException when it could not be taken back (nothing changed)
     */
    public void undoImport(long batch) throws ShareException {
        own.run(s -> {
            s.undoImport(batch);
            return null;
        });
    }

    /**
     * Sharing work ended (well or not): the actions are enabled again, and the people re-read. FX thread;
     * never throws (a failure to read the people is reported).
     */
    public void finished() {
        working.set(false);
        refreshAuthors();
    }

    /**
     * True while an import (from its preview until it is applied or cancelled) or its undo runs: the window
     * disables Import notes and Undo last import meanwhile. Read and bind on the FX thread.
     */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while an export runs: the window disables Export notes meanwhile. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The people whose notes are here, as last read ({@link #refreshAuthors}). FX thread; never throws. */
    public List<Person> people() {
        return authors.stream().map(a -> new Person(a.id(), label(a), a.colour(), a.visible())).toList();
    }

    /**
     * Reads the people whose notes are here, each a layer with a colour (one small read of the window's
     * connection). FX thread; never throws: a failure is reported and the list kept.
     */
    public void refreshAuthors() {
        try {
            authors.setAll(sharing.get().authors().list());
        } catch (StoreException e) {
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        }
    }

    /**
     * Shows or hides one person's notes, by author id, in the background, then re-reads the people. FX
     * thread; returns at once and never throws: a failure is reported.
     */
    public void setVisible(String authorId, boolean visible) {
        setVisible(authorId, visible, () -> { });
    }

    /** As {@link #setVisible(String, boolean)}, then runs {@code done} on the FX thread once it is written. */
    public void setVisible(String authorId, boolean visible, Runnable done) {
        // On a connection of its own, off the FX thread: written there, it froze the window for up to the
        // busy timeout while an import held the file, and then was lost (found by a fresh tester).
        tasks.run("people", p -> own.run(s -> {
            try {
                s.authors().setVisible(authorId, visible);
            } catch (StoreException e) {
                throw ShareException.of(e);
            }
            return Boolean.TRUE;
        }), written -> {
            refreshAuthors();
            done.run();
        }, e -> {
            problems.accept(texts.logged(LOG, "Sharing notes", e));
            refreshAuthors();
            done.run();
        });
    }

    /** The author ids of the people whose notes are hidden, as last read. FX thread; never throws. */
    public Set<String> hiddenAuthors() {
        Set<String> hidden = new HashSet<>();
        authors.stream().filter(a -> !a.visible()).forEach(a -> hidden.add(a.id()));
        return hidden;
    }

    /**
     * How a layer is named in the window: the person's name, "(you)" for the reader, and, when another
     * layer has the same name, what tells them apart (their nickname or id), so two people called Ana are
     * two lines that can be told apart. FX thread; never throws.
     */
    public String label(AuthorStore.Author a) {
        return label(texts, a, authors);
    }

    static String label(Texts texts, AuthorStore.Author a, List<AuthorStore.Author> all) {
        if (a.mine()) {
            return texts.format("people.you", BidiMarks.isolated(a.name()));
        }
        boolean shared = all.stream().anyMatch(o -> !o.id().equals(a.id()) && o.name().equals(a.name()));
        return !shared ? a.name() : BidiMarks.isolated(a.name()) + " · " + (!a.nickname().isEmpty() ? BidiMarks.isolated(a.nickname())
                : AuthorLabels.shortId(texts, a.id()));
    }

    /**
     * How many of the handbook's notes are marked private (only their author could read them where they came
     * from), for the export's question. Reads the database on a connection of its own: off the FX thread.
     *
     * @throws ShareException when the notes cannot be read
     */
    public int privateCount() throws ShareException {
        return own.run(s -> {
            try {
                return s.privateCount();
            } catch (StoreException e) {
                throw ShareException.of(e);
            }
        });
    }

    /**
     * Counts the private notes in the background ({@link #privateCount}) and hands the count to {@code ready}
     * on the FX thread, before an export asks whether they go too. {@link #exportingProperty()} is true while
     * it counts (it is part of the export). A failure is reported and {@code ready} is not called. FX thread.
     */
    public void startPrivateCount(Consumer<Integer> ready) {
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        tasks.run("export-private-count", p -> privateCount(), count -> {
            exporting.set(false);
            ready.accept(count);
        }, e -> {
            exporting.set(false);
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        });
    }

    /** The people as last read, unmodifiable; changes on the FX thread. */
    public ObservableList<AuthorStore.Author> authors() {
        return authorsView;
    }

    /** True when the last import (of this session or one before) can be undone. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty canUndoImportProperty() {
        return canUndoImport.getReadOnlyProperty();
    }
}
