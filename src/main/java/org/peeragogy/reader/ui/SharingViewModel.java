package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Messages;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.share.ExportFilter;
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
    private final ReadOnlyBooleanWrapper canUndoImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Optional<LastImport>> lastImport =
            new ReadOnlyObjectWrapper<>(Optional.empty());

    /**
     * Without a window: the {@code start…} methods run their work on a background thread and deliver
     * results there too. Any thread; throws NullPointerException for a null argument.
     */
    public SharingViewModel(Supplier<NoteSharing> sharing, OwnConnection own, Consumer<String> problems) {
        this(sharing, own, problems, new BackgroundTasks(Runnable::run));
    }

    /**
     * Any thread; throws NullPointerException for a null argument.
     *
     * @param tasks runs the export, preview, import and undo, with results on the FX thread
     */
    public SharingViewModel(Supplier<NoteSharing> sharing, OwnConnection own, Consumer<String> problems,
                            BackgroundTasks tasks) {
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
                            Consumer<NoteSharing.Exported> done) {
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        tasks.run("export", p -> export(format, out, filter), exported -> {
            exporting.set(false);
            done.accept(exported);
        }, e -> {
            exporting.set(false);
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
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
        if (working.get()) {
            problems.accept("Notes are being imported or taken back; try again when that has finished.");
            return;
        }
        working.set(true);
        tasks.run("import-preview", p -> preview(file), ready, e -> {
            finished();
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * What importing {@code preview} would do, in words for the reader: "3 new, 1 updated, …", or that it
     * changes nothing. Any thread.
     */
    public static String describe(NoteSharing.Preview preview) {
        return preview.counts().changesNothing()
                ? "You already have everything in this file: importing it changes nothing."
                : preview.counts().summary() + ".\n\nNotes keep their authors. Notes that cannot be placed are kept"
                + " under \"Could not place\". File → Undo last import takes the whole import back.";
    }

    /** What an import of {@code preview} brought, said once it has landed: "Imported from ben.peeranotes: 1 new.". Any thread. */
    public static String imported(NoteSharing.Preview preview) {
        return "Imported from " + preview.file().getFileName() + ": " + shortSummary(preview.counts().summary()) + ".";
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
        working.set(true);
        tasks.run("import", p -> apply(preview), applied -> {
            finished();
            imported(applied);
            done.run();
        }, e -> {
            finished();
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
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
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * Writes the notes to a file, on a connection of its own. Off the FX thread (it blocks); throws
     * ShareException when the file cannot be written or the notes read, with a message for the reader.
     */
    public NoteSharing.Exported export(NoteSharing.Format format, Path out, ExportFilter filter) throws ShareException {
        return own.run(s -> s.export(format, out, filter));
    }

    /**
     * Reads and checks a file and says what importing it would do; changes nothing. Off the FX thread (it
     * blocks); throws ShareException when the file cannot be read or is not a notes file we understand.
     */
    public NoteSharing.Preview preview(Path file) throws ShareException {
        return own.run(s -> s.preview(file));
    }

    /**
     * Imports all or nothing. Off the FX thread (it blocks), then {@link #imported} on it; throws
     * ShareException when it could not be saved (nothing was).
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
            last = sharing.get().imports().stream().filter(b -> b.undone().isEmpty()).findFirst()
                    .map(b -> new LastImport(b.id(), Path.of(b.source()).getFileName() == null
                            ? b.source() : Path.of(b.source()).getFileName().toString(),
                            b.summary(), b.importedAt()));
        } catch (StoreException | InvalidPathException e) {
            if (e instanceof StoreException) {
                problems.accept(Messages.logged(LOG, "Sharing notes", e));
            } else {
                LOG.log(System.Logger.Level.DEBUG, "An import's source is not a path", e);
            }
        }
        lastImport.set(last);
        canUndoImport.set(last.isPresent());
    }

    /**
     * An import's summary without its nothing-counts: "3 new, 1 updated" of "3 new, 1 updated, 0 deleted, …";
     * "no changes" when every count is 0. Any thread.
     */
    public static String shortSummary(String summary) {
        String kept = Arrays.stream(summary.split(",\\s*")).map(String::strip)
                .filter(p -> !p.isEmpty() && !p.startsWith("0 ")).collect(Collectors.joining(", "));
        return kept.isEmpty() ? "no changes" : kept;
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
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
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
     * Takes an import back, all or nothing, on a connection of its own. Off the FX thread (it blocks);
     * throws ShareException when it could not be taken back (nothing changed).
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
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
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
                throw new ShareException(e.getMessage(), e);
            }
            return Boolean.TRUE;
        }), written -> {
            refreshAuthors();
            done.run();
        }, e -> {
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
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
        return label(a, authors);
    }

    static String label(AuthorStore.Author a, List<AuthorStore.Author> all) {
        StringBuilder b = new StringBuilder(a.name());
        if (a.mine()) {
            b.append(" (you)");
        }
        boolean shared = all.stream().anyMatch(o -> !o.id().equals(a.id()) && o.name().equals(a.name()));
        if (shared && !a.mine()) {
            b.append(" · ").append(!a.nickname().isEmpty() ? a.nickname() : AuthorLabels.shortId(a.id()));
        }
        return b.toString();
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
                throw new ShareException(e.getMessage(), e);
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
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
        });
    }

    /**
     * Ids of notes that exist in two versions after an import (the note and the other side's copy). FX
     * thread (it reads the window's connection); never throws: a failure is reported and the set is empty.
     */
    public Set<String> conflicted() {
        Set<String> ids = new HashSet<>();
        try {
            List<ShareStore.Conflict> conflicts = sharing.get().conflicts();
            for (ShareStore.Conflict c : conflicts) {
                ids.add(c.original().id());
                ids.add(c.copy().id());
            }
        } catch (StoreException e) {
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
        }
        return ids;
    }

    /**
     * Notes a file said were the reader's, not saved by them since, by id, to the file they came from (decision
     * 0032). FX thread (it reads the window's connection, as {@link #conflicted} does); never throws: a failure
     * is reported and the map is empty.
     */
    public Map<String, String> claimed() {
        try {
            return sharing.get().claimed();
        } catch (StoreException e) {
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
            return Map.of();
        }
    }

    /** The people as last read, unmodifiable; changes on the FX thread. */
    public ObservableList<AuthorStore.Author> authors() {
        return FXCollections.unmodifiableObservableList(authors);
    }

    /** True when the last import (of this session or one before) can be undone. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty canUndoImportProperty() {
        return canUndoImport.getReadOnlyProperty();
    }
}
