package org.peeragogy.reader.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.BlindFirstPass;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.FileWords;

/**
 * The facilitator's view of the whole group (issue 15, decision 0031): Notes → Group (per chapter its people,
 * highlights, notes, open and answered questions; the threads sorted by votes, people or time and filtered by
 * person, tag, chapter and open questions), the contents' "5 people · 2 open questions" and the Hotspots list's
 * busiest chapters. Every note of the handbook is read and counted ({@link GroupFigures}) in the background on a
 * connection of its own; sorting and filtering what was counted is done on the FX thread. People hidden as layers
 * are left out, as in the page; with a blind first pass the threads of chapters the reader has not written in are
 * not listed (their counts are). The files' words (second versions, notes a file says are the reader's: {@code
 * store.FileWords}, decision 0079) are counted nowhere and listed apart ({@link #apart()}), as in the digest. No
 * controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread; the reading runs through {@link BackgroundTasks}. A failure is said through the
 * problems consumer, and the figures read last stay.
 */
public final class GroupViewModel {
    private static final System.Logger LOG = System.getLogger(GroupViewModel.class.getName());

    /** Runs work on a database connection of its own, opened for it and closed after. */
    public interface Connection {
        <T> T run(Job<T> job) throws Exception;
    }

    /** Work on that connection. */
    @FunctionalInterface
    public interface Job<T> {
        T with(Database db) throws Exception;
    }

    private final Connection own;
    private final Supplier<Book> book;
    private final BackgroundTasks tasks;
    private final Consumer<String> problems;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<GroupFigures> figures = new ReadOnlyObjectWrapper<>(GroupFigures.EMPTY);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ObservableList<GroupFigures.ThreadRow> threads = FXCollections.observableArrayList();
    private final ObservableList<Apart> apart = FXCollections.observableArrayList();
    private final ObservableList<Apart> apartView = FXCollections.unmodifiableObservableList(apart);
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<GroupFigures.ThreadRow> threadsView = FXCollections.unmodifiableObservableList(threads);
    private final ObjectProperty<GroupFigures.Sort> sort = new SimpleObjectProperty<>(GroupFigures.Sort.VOTES);
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty chapter = new SimpleStringProperty("");
    private final BooleanProperty openOnly = new SimpleBooleanProperty();
    /** Asked again while a count ran: count once more when it ends. */
    private boolean again;

    /**
     * FX thread; throws NullPointerException for a null argument.
     *
     * @param book the open handbook, read on the FX thread when a count starts
     */
    public GroupViewModel(Connection own, Supplier<Book> book, BackgroundTasks tasks, Consumer<String> problems,
                          Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.own = Objects.requireNonNull(own);
        this.book = Objects.requireNonNull(book);
        this.tasks = Objects.requireNonNull(tasks);
        this.problems = Objects.requireNonNull(problems);
        sort.addListener((o, was, now) -> apply());
        person.addListener((o, was, now) -> apply());
        tag.addListener((o, was, now) -> apply());
        chapter.addListener((o, was, now) -> apply());
        openOnly.addListener((o, was, now) -> apply());
    }

    /**
     * Counts every note of the open handbook again, in the background; while a count runs, one more follows it.
     * FX thread.
     */
    public void refresh() {
        if (working.get()) {
            again = true;
            return;
        }
        working.set(true);
        Book shown = book.get();
        try {
            tasks.run("group-view", p -> own.run(db -> count(db, shown)), counted -> {
                apart.setAll(counted.apart());
                figures.set(counted.figures());
                apply();
                finished();
            }, e -> {
                problems.accept(texts.logged(LOG, "The group view", e));
                finished();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window is closing (its background work has stopped; a last save's refresh asks): nothing to show.
            LOG.log(System.Logger.Level.DEBUG, "Not counted: the window is closing", e);
            working.set(false);
        }
    }

    private void finished() {
        working.set(false);
        if (again) {
            again = false;
            refresh();
        }
    }

    /**
     * A note that is a file's words, not its writer's (a second version kept from a file, or a note a file says is
     * the reader's, not saved by her since: {@code store.FileWords}), listed apart and counted nowhere, as in the
     * digest (fresh tester t15d's F1).
     *
     * @param chapterTitle its chapter's title, or that this edition has no such chapter
     * @param text         what it says (its quote when it has no text)
     * @param by           the name it carries
     * @param from         the file it came from, by name ("" when not recorded)
     * @param claimed      true for a note a file says is the reader's; false for a second version of a note
     */
    public record Apart(String chapterTitle, String text, String by, String from, boolean claimed) {
    }

    /** What one count gives: the figures, and the files' words left out of them. */
    record Counted(GroupFigures figures, List<Apart> apart) {
    }

    /**
     * Reads and counts the notes of {@code shown} on {@code db}: people hidden as layers left out, the files' words
     * set apart ({@code store.FileWords}), a blind first pass applied to the threads. Off the FX thread (it reads
     * every note). Throws what the reads throw.
     */
    static Counted count(Database db, Book shown) throws Exception {
        Set<String> hidden = new HashSet<>();
        for (AuthorStore.Author a : db.authors().list()) {
            if (!a.visible()) {
                hidden.add(a.id());
            }
        }
        List<Annotation> all = db.annotations().everything().stream()
                .filter(a -> a.book().equals(shown.identity()) && !hidden.contains(a.authorId())).toList();
        // Not anyone's notes: counted nowhere, listed apart, as the digest does (t15d's F1).
        FileWords.Outcome words = FileWords.split(all, FileWords.of(db, shown.identity()));
        GroupFigures figures = figures(db, shown, words.counted());
        Set<String> listed = new HashSet<>();
        figures.chapters().forEach(c -> listed.add(c.chapterId()));
        Predicate<Annotation> mine = BlindFirstPass.mine(db.settings(), db.conversation());
        boolean blind = BlindFirstPass.on(db.settings());
        Set<String> wrote = org.peeragogy.reader.book.BlindPass.chaptersWritten(words.counted(), mine);
        List<Apart> apart = words.apart().stream()
                // The blind first pass holds here too: others' words only where the reader wrote.
                .filter(a -> !blind || mine.test(a) || wrote.contains(org.peeragogy.reader.book.ChapterIds.composed(
                        a.chapterId())))
                .map(a -> new Apart(shown.chapter(a.chapterId()).map(org.peeragogy.reader.book.Chapter::displayTitle)
                        .orElse(a.chapterId()), a.note().isBlank() ? a.quote() : a.note(), a.author(),
                        words.words().get(a.id()).from(), words.words().get(a.id()).claimed())).toList();
        return new Counted(figures, apart);
    }

    private static GroupFigures figures(Database db, Book shown, List<Annotation> notes) throws Exception {
        Conversation talk = db.conversation().of(shown.identity());
        // The reader's anonymous id is the reader in their own counts (t15b's N9: "6 people" counting herself twice).
        String me = db.settings().readerId();
        Optional<String> anon = db.conversation().anonymousId();
        java.util.function.UnaryOperator<String> person = id -> anon.map(id::equals).orElse(false) ? me : id;
        if (!BlindFirstPass.on(db.settings())) { // the group's choice (decision 0054)
            return GroupFigures.build(shown, notes, talk.links(), talk.votes(), c -> false, db.authors().firstKnown(),
                    person);
        }
        Predicate<Annotation> mine = BlindFirstPass.mine(db.settings(), db.conversation());
        Set<String> wrote = org.peeragogy.reader.book.BlindPass.chaptersWritten(notes, mine);
        Predicate<String> hiddenThreads = c -> !wrote.contains(org.peeragogy.reader.book.ChapterIds.composed(c));
        // Names and tags only of the notes the reader is shown (N4): the person filter listed everyone.
        Set<String> seen = new HashSet<>();
        Set<String> seenTags = new HashSet<>();
        BlindFirstPass.split(notes, mine).shown().stream().filter(a -> !a.isDeleted()).forEach(a -> {
            seen.add(a.authorId());
            seenTags.addAll(a.tags());
        });
        return GroupFigures.build(shown, notes, talk.links(), talk.votes(), hiddenThreads, db.authors().firstKnown(),
                person).seenOnly(seen, seenTags);
    }

    private void apply() {
        threads.setAll(figures.get().threads(new GroupFigures.Filter(person.get(), tag.get(), chapter.get(),
                openOnly.get()), sort.get()));
    }

    /** "5 people · 2 open questions" for a chapter, "" when it has no notes (as last counted). FX thread. */
    public String summary(String chapterId) {
        return figures.get().chapter(chapterId).map(c -> c.summary(texts)).orElse("");
    }

    /** What was counted last; replaced whole after each count. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<GroupFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /**
     * The files' words among the notes, as counted last: listed apart, counted nowhere (decisions 0032, 0071); changes
     * on the FX thread.
     */
    public ObservableList<Apart> apart() {
        return apartView;
    }

    /** The threads that pass the filters, in the order chosen; changes on the FX thread. */
    public ObservableList<GroupFigures.ThreadRow> threads() {
        return threadsView;
    }

    /** True while a count runs. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ObjectProperty<GroupFigures.Sort> sortProperty() {
        return sort;
    }

    /** The person filter, an author id; "" for everyone. */
    public StringProperty personProperty() {
        return person;
    }

    /** The tag filter; "" for any. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** The chapter filter, a chapter id; "" for any. */
    public StringProperty chapterProperty() {
        return chapter;
    }

    /** Only open questions. */
    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }
}
