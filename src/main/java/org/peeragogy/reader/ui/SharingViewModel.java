package org.peeragogy.reader.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Sharing notes as files: export, import with a preview and one-step undo, and people as layers
 * that can be shown or hidden ({@link PeopleViewModel}, {@link #layers}). The file work itself is in {@code share}. In the window, export,
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

    private final Supplier<NoteSharing> sharing;
    private final OwnConnection own;
    private final Consumer<String> problems;
    private final ReadOnlyBooleanWrapper canUndoImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Optional<LastImport>> lastImport = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Texts texts;
    private final PeopleViewModel people;
    private final ImportTurns turns;

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
        this.people = new PeopleViewModel(sharing, own, problems, tasks, texts);
        this.turns = new ImportTurns(() -> sharing.get().readOnlyReason().map(r -> texts.format("import.readOnly",
                texts.reason(r))), tasks::later);
    }

    /** The people whose notes are here, as layers shown or hidden. Any thread (the object; its methods say theirs). */
    public PeopleViewModel layers() {
        return people;
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
     * Reads and checks a notes file in the background and hands what importing it would do to {@code ready}, on the FX
     * thread; then {@link #startImport} or {@link #cancelImport}. Why it cannot be imported goes to {@code refused}
     * (FX thread; the next file waits until it returns), unread where nothing can be saved (t30's F4.4), told with the
     * files refused at once, each named ({@link ImportTurns}). {@link #workingProperty()} is true until the import ends
     * or is cancelled. Asked while other sharing work runs, it waits its turn ({@link ImportTurns}, t30's F4.5). FX thread.
     */
    void startPreview(Path file, Consumer<NoteSharing.Preview> ready, Consumer<List<ImportTurns.Refused>> refused) {
        startReading("import-preview", file, s -> s.preview(file), ready, refused);
    }

    /**
     * Reads and checks every notes file of {@code folder} (a USB stick's worth, issue 15: {@code share.FolderImport})
     * in the background and hands the one preview of them all to {@code ready}, on the FX thread; then
     * {@link #startFolderImport} or {@link #cancelImport}, as {@link #startPreview}. A folder with no file that can be
     * imported is reported. FX thread.
     */
    public void startFolderPreview(Path folder, Consumer<FolderPreview> ready) {
        startReading("import-folder-preview", folder, s -> s.previewFolder(folder), ready,
                all -> all.forEach(r -> problems.accept(r.why())));
    }

    private <T> void startReading(String name, Path file, Work<T> read, Consumer<T> ready, Consumer<List<ImportTurns.Refused>> refused) {
        String shown = String.valueOf(file.getFileName());
        if (!turns.mayStart(working.get(), shown, () -> startReading(name, file, read, ready, refused), refused)) {
            return; // waits its turn, or was refused at once: nothing can be saved (t30's F4.4)
        }
        working.set(true);
        tasks.run(name, p -> own.run(read), ready, e -> {
            refused.accept(List.of(new ImportTurns.Refused(shown, texts.logged(LOG, "Sharing notes", e))));
            finished();
        });
    }

    /** The reader did not import what {@link #startPreview} showed: the actions are enabled again. FX thread. */
    public void cancelImport() {
        finished();
    }

    /**
     * Imports what {@code preview} showed, all or nothing, in the background; then the import can be undone and
     * {@code done} runs, on the FX thread. A failure is reported (nothing was imported). FX thread, after the preview.
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
     * Takes the last import back in the background (one long transaction); {@code done} runs on the FX thread after
     * it. A failure is reported (nothing was taken back, and the import can no longer be undone from the window). Does
     * nothing when there is no import to undo or other sharing work runs. FX thread.
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
     * Reads and checks a file and says what importing it would do; changes nothing. Off the FX thread (it blocks).
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
        people.refreshAuthors();
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

    /**
     * Reads the newest import at once (a few rows: Undo on the notice that follows an import must find it), then
     * the layers ({@link PeopleViewModel#readLayers}). FX thread; returns at once and never throws.
     */
    public void readLayers(PeopleViewModel.LayersRead done) {
        readLastImport();
        people.readLayers(done);
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
     * Sharing work ended (well or not): the actions are enabled again, the people re-read, and the file or folder
     * that waits its turn, if any, is read. FX thread; never throws (a failure to read the people is reported).
     */
    public void finished() {
        working.set(false);
        people.refreshAuthors();
        turns.next();
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
     * Counts the private notes ({@link #privateCount}) and reads the file's name ({@link NoteSharing#ownName}) off the
     * FX thread, then hands both to {@code ready} on it; {@link #exportingProperty()} is true meanwhile (it is part of the
     * export). A failure is reported and {@code ready} is not called. FX thread.
     */
    public void startPrivateCount(java.util.function.BiConsumer<Integer, String> ready) {
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        tasks.run("export-private-count", p -> java.util.Map.entry(privateCount(), own.run(NoteSharing::ownName)), found -> {
            exporting.set(false);
            ready.accept(found.getKey(), found.getValue());
        }, e -> {
            exporting.set(false);
            problems.accept(texts.logged(LOG, "Sharing notes", e));
        });
    }

    /** True when the last import (of this session or one before) can be undone. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty canUndoImportProperty() {
        return canUndoImport.getReadOnlyProperty();
    }
}
