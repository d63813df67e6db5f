package org.peeragogy.reader.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The people whose notes are here, as layers: each with a colour and a name the window can tell apart from
 * another's, shown or hidden (decision 0017's author ids). Part of {@link SharingViewModel}, which makes it
 * ({@link SharingViewModel#layers}) and re-reads the people when sharing work ends. No controls.
 *
 * <p>Threads: as {@link SharingViewModel}: the methods that say "FX thread" are called there; the writes and the
 * large reads run through {@link BackgroundTasks} on a connection of their own, and failures are reported through
 * the {@code problems} consumer, never thrown.
 */
public final class PeopleViewModel {
    private static final System.Logger LOG = System.getLogger(PeopleViewModel.class.getName());

    /**
     * One person whose notes are here: a layer with a colour (CSS colour), shown or hidden. {@code id} is their
     * author id (decision 0017); {@code name} is how the window names the layer ({@link #label}).
     */
    public record Person(String id, String name, String colour, boolean visible) {
    }

    private final Supplier<NoteSharing> sharing;
    private final SharingViewModel.OwnConnection own;
    private final Consumer<String> problems;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ObservableList<AuthorStore.Author> authors = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<AuthorStore.Author> authorsView = FXCollections.unmodifiableObservableList(authors);

    PeopleViewModel(Supplier<NoteSharing> sharing, SharingViewModel.OwnConnection own, Consumer<String> problems,
                    BackgroundTasks tasks, Texts texts) {
        this.sharing = Objects.requireNonNull(sharing);
        this.own = Objects.requireNonNull(own);
        this.problems = Objects.requireNonNull(problems);
        this.tasks = Objects.requireNonNull(tasks);
        this.texts = Objects.requireNonNull(texts);
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
        // "Ann (id 0835edf4)", as the Group view and the digest say it (decision 0101).
        return !shared ? a.name() : BidiMarks.isolated(a.name()) + " (" + (!a.nickname().isEmpty()
                ? BidiMarks.isolated(a.nickname()) : AuthorLabels.shortId(texts, a.id())) + ")";
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
     * Reads the people and the notes kept in two versions on a connection of its own in the background (with
     * thousands of conflicts that read took seconds on the FX thread; issue 10), and, on the FX thread,
     * updates the people and hands {@code done} the hidden author ids, the ids of notes in two versions and the
     * notes claimed from files. FX thread; returns at once and never throws: a failure is reported and
     * {@code done} is not called.
     */
    public void readLayers(LayersRead done) {
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

    /** The people as last read, unmodifiable; changes on the FX thread. */
    public ObservableList<AuthorStore.Author> authors() {
        return authorsView;
    }
}
