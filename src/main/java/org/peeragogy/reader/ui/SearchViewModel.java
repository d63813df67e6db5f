package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.store.SearchHit;

/**
 * Search across the handbook and the reader's notes, with results as the reader types. Every change of
 * the query is searched at once, with no pause after the last key (issue 17: results on screen within
 * 0.07 s of it): queries run on a background executor, newest wins (a query overtaken before it starts is
 * never run, and results of one overtaken while it ran are never shown), so typing never waits for the
 * database and the list changes only for the newest. No controls.
 *
 * <p>Threads: every public method on the FX thread (or one test thread); queries run on the executor
 * given, results and failures arrive on the UI executor given.
 */
public final class SearchViewModel {
    private static final System.Logger LOG = System.getLogger(SearchViewModel.class.getName());

    /** Runs one query; any text is safe to pass. */
    @FunctionalInterface
    public interface Searcher {
        List<SearchHit> search(String query) throws Exception;
    }

    public static final int LIMIT = 60;
    /** Starts a matched word in a {@link Result#snippet()} (U+0002, never part of indexed text). */
    public static final char MATCH_START = SearchHit.MATCH_START;
    /** Ends a matched word in a {@link Result#snippet()} (U+0003). */
    public static final char MATCH_END = SearchHit.MATCH_END;

    /** Turns hits into the results shown (which notes show, and whose they are: {@link ShownNotesViewModel#results}). */
    @FunctionalInterface
    public interface Shown {
        List<Result> results(List<SearchHit> hits) throws Exception;
    }

    /**
     * One result as the view shows it ({@code store.SearchHit} without the rank).
     *
     * @param note         a note (else a passage of the handbook)
     * @param by           for a note, the name of whoever wrote it; "" for the reader's own and for passages
     * @param blockId      the page block to scroll to; "" for the top of the chapter
     * @param annotationId the note's id for a note, empty for a passage
     * @param snippet      plain text with every matched word between {@link #MATCH_START} and {@link #MATCH_END}
     * @param bookmark     the note is a bookmark (listed as one, not as "Your note": fresh tester 14c)
     */
    public record Result(boolean note, String chapterId, String blockId, Optional<String> annotationId, String title,
                         String snippet, String by, boolean bookmark) {
        /** A hit as a result; {@code by} as above; not a bookmark. */
        public static Result of(SearchHit hit, String by) {
            return of(hit, by, false);
        }

        /** A hit as a result; {@code by} and {@code bookmark} as above. */
        public static Result of(SearchHit hit, String by, boolean bookmark) {
            return new Result(hit.kind() == SearchHit.Kind.NOTE, hit.chapterId(), hit.blockId(), hit.annotationId(),
                    hit.title(), hit.snippet(), Objects.requireNonNull(by), bookmark);
        }
    }

    private final Searcher searcher;
    private final Shown shown;
    private final Executor background;
    private final Executor ui;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<Result> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper indexing = new ReadOnlyDoubleWrapper(-1);
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<Result> opened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> marked = new ReadOnlyObjectWrapper<>(List.of());
    /** The query whose words are marked in the page (null: none). */
    private String markedQuery;
    private final Texts texts;

    /**
     * @param background where queries run (one thread is enough)
     * @param ui         where results are published (the FX thread)
     */
    public SearchViewModel(Searcher searcher, Executor background, Executor ui, Texts texts) {
        this(searcher, hits -> hits.stream().map(h -> Result.of(h, "")).toList(), background, ui, texts);
    }

    /** As above; {@code shown} decides which hits show and whose notes they are (run on {@code background}). */
    public SearchViewModel(Searcher searcher, Shown shown, Executor background, Executor ui, Texts texts) {
        this.shown = Objects.requireNonNull(shown);
        this.texts = Objects.requireNonNull(texts);
        this.searcher = Objects.requireNonNull(searcher);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        // A new query takes the previous one's marks out of the page (issue 12), and is searched at once.
        query.addListener((o, was, now) -> {
            if (markedQuery != null && !markedQuery.equals(now)) {
                markedQuery = null;
                opened.set(null);
                marked.set(List.of());
            }
            search();
        });
    }

    /**
     * The reader opened {@code hit}: it becomes the result the list keeps its place at, and the query's
     * words become the ones {@link #markedProperty()} says are marked in the page. Returns those words.
     * Call on the FX thread.
     */
    public List<String> open(Result hit) {
        opened.set(Objects.requireNonNull(hit));
        markedQuery = query.get();
        List<String> words = terms();
        marked.set(words);
        return words;
    }

    /** The result opened last, or null; the list selects it again when the results are refreshed. */
    public ReadOnlyObjectProperty<Result> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /**
     * The words of the opened result's query that are marked in the page; it becomes empty when the query
     * changes, and the window then takes the marks away.
     */
    public ReadOnlyObjectProperty<List<String>> markedProperty() {
        return marked.getReadOnlyProperty();
    }

    /** Where {@code hit} (or the same place: kind, chapter, block and note) is in the results, else -1. */
    public int indexOf(Result hit) {
        if (hit == null) {
            return -1;
        }
        for (int i = 0; i < results.size(); i++) {
            Result h = results.get(i);
            if (h.note() == hit.note() && h.chapterId().equals(hit.chapterId()) && h.blockId().equals(hit.blockId())
                    && h.annotationId().equals(hit.annotationId())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs the current query on the background executor; results arrive on the UI executor. Called for every
     * change of {@link #queryProperty()}, and to search the same words again (notes changed, the index was
     * built). FX thread; never throws: a failed query says so in {@link #statusProperty()}.
     */
    public void search() {
        String q = query.get() == null ? "" : query.get();
        long mine = generation.incrementAndGet();
        if (q.isBlank()) {
            results.clear();
            status.set("");
            return;
        }
        try {
            background.execute(() -> run(q, mine));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The window is closing (its search thread is stopped): a query typed just before has nowhere to run.
            LOG.log(System.Logger.Level.DEBUG, "Search after the window closed: not run");
        }
    }

    private void run(String q, long mine) {
        if (mine != generation.get()) {
            return; // a newer query is already on its way
        }
        List<Result> hits;
        String message;
        try {
            hits = shown.results(searcher.search(q));
            message = hits.isEmpty() ? texts.get("search.nothing") : texts.format("search.results", hits.size());
        } catch (Exception e) {
            hits = List.of();
            message = texts.format("search.failed", texts.logged(LOG, "Search", e));
        }
        List<Result> found = hits;
        String said = message;
        ui.execute(() -> {
            if (mine == generation.get()) {
                // The same results again (a refresh after a note was saved) leave the list as it is, so
                // its selection and scroll stay where the reader is.
                if (!results.equals(found)) {
                    results.setAll(found);
                }
                status.set(indexing.get() >= 0 ? texts.format("search.stillIndexing", said) : said);
            }
        });
    }

    /** The handbook's index is being built: {@code done} of {@code total} chapters. FX thread; never throws. */
    public void indexing(int done, int total) {
        indexing.set(total <= 0 || done >= total ? -1 : done / (double) total);
        if (indexing.get() < 0 && !(query.get() == null || query.get().isBlank())) {
            search();
        }
    }

    /** The words searched for, as typed. Read, write and bind on the FX thread. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The results of the latest query, best first, unmodifiable; changes on the FX thread. */
    public ObservableList<Result> results() {
        return resultsView;
    }

    /** "12 results", "Nothing found" or why the search failed. Read and bind on the FX thread. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Progress of building the index, 0..1, or -1 when it is not being built. Read and bind on the FX thread. */
    public ReadOnlyDoubleProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    /** The words of the query, for marking them in the chapter. FX thread; never throws. */
    public List<String> terms() {
        String q = query.get() == null ? "" : query.get();
        return java.util.Arrays.stream(q.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isBlank()).distinct().toList();
    }
}
