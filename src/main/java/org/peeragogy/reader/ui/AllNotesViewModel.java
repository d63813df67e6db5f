package org.peeragogy.reader.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Every note in the handbook, filtered by colour, tag, chapter and text, in book or time order.
 *
 * <p>Threads: every public method on the FX thread (or one test thread without a toolkit). The notes are
 * read on the {@code reads} executor given (in the window the thread that reads the chapter's notes: with
 * 10,000 notes one read took 0.7-1.2 s, issue 10) and shown on {@code onUi}; only while the All notes
 * window is open. Store failures are said through the problems callback, never thrown.
 */
public final class AllNotesViewModel {
    private static final System.Logger LOG = System.getLogger(AllNotesViewModel.class.getName());
    public enum Order { BOOK, NEWEST }

    private final AnnotationStore store;
    private final Supplier<Book> book;
    private final Consumer<String> problems;
    private final ObservableList<Annotation> shown = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<Annotation> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    /** Filters; empty or null means "any". */
    private final ObjectProperty<Annotation.Colour> colour = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty chapterId = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    /** The author filter, an author id ("" for everyone). */
    private final StringProperty author = new SimpleStringProperty("");
    /** The authors of the notes, by id, in the order of their names. */
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<String> authorsView = FXCollections.unmodifiableObservableList(authors);
    private Map<String, String> authorLabels = Map.of();
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.BOOK);
    private List<Annotation> all = List.of();
    private final Texts texts;

    private final java.util.concurrent.Executor reads;
    private final java.util.concurrent.Executor onUi;
    /** FX thread only: the newest read asked for; an older one that arrives late is dropped. */
    private int asked;
    private java.util.function.UnaryOperator<List<Annotation>> shownRule = java.util.function.UnaryOperator.identity();

    /** Reads at once on the calling thread (tests without a toolkit). */
    public AllNotesViewModel(AnnotationStore store, Supplier<Book> book, Consumer<String> problems, Texts texts) {
        this(store, book, problems, Runnable::run, Runnable::run, texts);
    }

    /**
     * Reads on {@code reads} (one thread that may use {@code store}), shows on {@code onUi} (the FX thread);
     * {@code texts} names a note's place in the window's language.
     */
    public AllNotesViewModel(AnnotationStore store, Supplier<Book> book, Consumer<String> problems,
                             java.util.concurrent.Executor reads, java.util.concurrent.Executor onUi, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.reads = Objects.requireNonNull(reads);
        this.onUi = Objects.requireNonNull(onUi);
        this.store = Objects.requireNonNull(store);
        this.book = Objects.requireNonNull(book);
        this.problems = Objects.requireNonNull(problems);
        colour.addListener((o, a, b) -> apply());
        tag.addListener((o, a, b) -> apply());
        chapterId.addListener((o, a, b) -> apply());
        text.addListener((o, a, b) -> apply());
        author.addListener((o, a, b) -> apply());
        order.addListener((o, a, b) -> apply());
    }

    /**
     * Which notes show, as a rule over the whole book's list run where they are read ({@link ShownNotesViewModel#apply}: a
     * blind first pass hides others' notes in chapters the reader has not written in, F16). FX thread.
     */
    public void setShown(java.util.function.UnaryOperator<List<Annotation>> rule) {
        shownRule = Objects.requireNonNull(rule);
    }

    /** Reads the notes again (after they changed), off the FX thread; the list changes when they are read. */
    public void refresh() {
        String identity = book.get().identity();
        int mine = ++asked;
        java.util.function.UnaryOperator<List<Annotation>> rule = shownRule;
        reads.execute(() -> {
            List<Annotation> read;
            StoreException failed = null;
            try {
                read = rule.apply(store.book(identity));
            } catch (StoreException e) {
                read = List.of();
                failed = e;
            }
            List<Annotation> notes = read;
            StoreException failure = failed;
            onUi.execute(() -> {
                if (mine != asked) {
                    return;
                }
                if (failure != null) {
                    problems.accept(texts.logged(LOG, "All notes", failure));
                }
                show(notes);
            });
        });
    }

    private void show(List<Annotation> notes) {
        all = notes;
        tags.setAll(all.stream().flatMap(a -> a.tags().stream()).distinct().sorted().toList());
        Map<String, String> names = new HashMap<>();
        all.forEach(a -> names.putIfAbsent(a.authorId(), a.author()));
        Map<String, Long> sameName = names.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(org.peeragogy.reader.book.AuthorNames::compared,
                        java.util.stream.Collectors.counting()));
        Map<String, String> labels = new HashMap<>();
        // Names that look alike ("Ana", "Ana" + ZWSP) count as one name, so both carry their ids.
        names.forEach((id, name) -> labels.put(id, sameName.get(org.peeragogy.reader.book.AuthorNames.compared(name)) > 1
                ? name + " (" + AuthorLabels.shortId(texts, id) + ")" : name)); // as everywhere, decision 0101
        authorLabels = labels;
        authors.setAll(names.keySet().stream().sorted(Comparator.comparing((String id) -> labels.get(id))
                .thenComparing(id -> id)).toList());
        apply();
    }

    private void apply() {
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        Map<String, Integer> chapterOrder = new HashMap<>();
        List<Chapter> chapters = book.get().chapters();
        for (int i = 0; i < chapters.size(); i++) {
            chapterOrder.put(chapters.get(i).id(), i);
        }
        Comparator<Annotation> byBook = Comparator
                .comparingInt((Annotation a) -> chapterOrder.getOrDefault(a.chapterId(), Integer.MAX_VALUE))
                .thenComparingInt(a -> a.anchor().map(t -> t.position().start()).orElse(-1))
                .thenComparing(Annotation::created);
        Comparator<Annotation> newest = Comparator.comparing(Annotation::updated).reversed();
        shown.setAll(all.stream()
                .filter(a -> colour.get() == null || a.colour() == colour.get())
                .filter(a -> isBlank(tag.get()) || a.tags().contains(tag.get()))
                .filter(a -> isBlank(chapterId.get()) || org.peeragogy.reader.book.ChapterIds.same(a.chapterId(), chapterId.get()))
                .filter(a -> isBlank(author.get()) || a.authorId().equals(author.get()))
                .filter(a -> needle.isEmpty() || (a.note() + "\n" + a.quote() + "\n" + String.join(" ", a.tags()))
                        .toLowerCase(Locale.ROOT).contains(needle))
                .sorted(order.get() == Order.NEWEST ? newest : byBook)
                .toList());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The title of the chapter a note belongs to, for listing it. */
    public String chapterTitle(Annotation a) {
        return book.get().chapter(a.chapterId()).map(Chapter::displayTitle)
                .orElse(texts.get("allNotes.notInHandbook"));
    }

    public ObservableList<Annotation> shown() {
        return shownView;
    }

    public ObservableList<String> tags() {
        return tagsView;
    }

    public ObjectProperty<Annotation.Colour> colourProperty() {
        return colour;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty chapterIdProperty() {
        return chapterId;
    }

    public StringProperty authorProperty() {
        return author;
    }

    /** The authors of the notes, by author id (for the filter); {@link #authorLabel} names each. */
    public ObservableList<String> authors() {
        return authorsView;
    }

    /** The author's name, and what tells them apart when another author has the same name. */
    public String authorLabel(String authorId) {
        return authorLabels.getOrDefault(authorId, authorId);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    public Optional<Annotation> first() {
        return shown.stream().findFirst();
    }
}
