package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Messages;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * that can be shown or hidden. The file work itself is in {@code share}; the view runs these calls
 * off the FX thread where they read or write files. No controls.
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

    private final Supplier<NoteSharing> sharing;
    private final OwnConnection own;
    private final Consumer<String> problems;
    private final ObservableList<AuthorStore.Author> authors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndoImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private OptionalLong lastImport = OptionalLong.empty();

    public SharingViewModel(Supplier<NoteSharing> sharing, OwnConnection own, Consumer<String> problems) {
        this.sharing = Objects.requireNonNull(sharing);
        this.own = Objects.requireNonNull(own);
        this.problems = Objects.requireNonNull(problems);
    }

    /** Writes the notes to a file; call off the FX thread. */
    public NoteSharing.Exported export(NoteSharing.Format format, Path out, ExportFilter filter) throws ShareException {
        return own.run(s -> s.export(format, out, filter));
    }

    /** Reads and checks a file and says what importing it would do; changes nothing. Call off the FX thread. */
    public NoteSharing.Preview preview(Path file) throws ShareException {
        return own.run(s -> s.preview(file));
    }

    /** Imports all or nothing; call off the FX thread, then {@link #imported} on it. */
    public ShareStore.Applied apply(NoteSharing.Preview preview) throws ShareException {
        return own.run(s -> s.apply(preview));
    }

    /** An import finished: it can now be undone in one step. Call on the FX thread. */
    public void imported(ShareStore.Applied applied) {
        if (applied.batchId().isPresent()) {
            lastImport = applied.batchId();
            canUndoImport.set(true);
        }
        refreshAuthors();
    }

    /** Reverts the last import of this session as a whole, on the calling thread (no window). */
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
     */
    public OptionalLong beginUndo() {
        OptionalLong batch = lastImport;
        if (batch.isPresent()) {
            lastImport = OptionalLong.empty();
            canUndoImport.set(false);
            working.set(true);
        }
        return batch;
    }

    /** Takes an import back, all or nothing, on a connection of its own. Off the FX thread; throws ShareException. */
    public void undoImport(long batch) throws ShareException {
        own.run(s -> {
            s.undoImport(batch);
            return null;
        });
    }

    /** Marks sharing work (an import or its undo) as running, so that no second one starts. FX thread. */
    public void started() {
        working.set(true);
    }

    /** Sharing work ended (well or not): the actions are enabled again, and the people re-read. FX thread. */
    public void finished() {
        working.set(false);
        refreshAuthors();
    }

    /** True while an import or its undo runs: the window disables both actions meanwhile. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Reads the people whose notes are here, each a layer with a colour. */
    public void refreshAuthors() {
        try {
            authors.setAll(sharing.get().authors().list());
        } catch (StoreException e) {
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
        }
    }

    /** Shows or hides a person's notes, by author id. */
    public void setVisible(String authorId, boolean visible) {
        try {
            sharing.get().authors().setVisible(authorId, visible);
        } catch (StoreException e) {
            problems.accept(Messages.logged(LOG, "Sharing notes", e));
        }
        refreshAuthors();
    }

    /** The author ids whose notes are hidden. */
    public Set<String> hiddenAuthors() {
        Set<String> hidden = new HashSet<>();
        authors.stream().filter(a -> !a.visible()).forEach(a -> hidden.add(a.id()));
        return hidden;
    }

    /**
     * How a layer is named in the window: the person's name, "(you)" for the reader, and, when another
     * layer has the same name, what tells them apart (their nickname or id), so two people called Ana are
     * two lines that can be told apart.
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

    /** Ids of notes that exist in two versions after an import (the note and the other side's copy). */
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

    public ObservableList<AuthorStore.Author> authors() {
        return FXCollections.unmodifiableObservableList(authors);
    }

    public ReadOnlyBooleanProperty canUndoImportProperty() {
        return canUndoImport.getReadOnlyProperty();
    }
}
