package org.peeragogy.reader.ui;

import java.util.concurrent.CancellationException;
import javafx.scene.control.Tab;
import org.peeragogy.reader.book.Handbook;

/**
 * The Search tab beside the page (its pane built when first opened: nothing of it is needed to show
 * the first chapter), opening a result at its passage with the words marked, and building the search
 * index in the background (through {@link BackgroundTasks}, progress to {@link SearchViewModel}). FX thread.
 */
final class SearchSide {
    private static final System.Logger LOG = System.getLogger(SearchSide.class.getName());

    private final SearchViewModel search;
    private final ReaderWindow.Indexer indexer;
    private final BackgroundTasks tasks;
    private final ReaderViewModel reader;
    private final ChapterPresenter presenter;
    private final Tab tab;
    private final Texts texts;
    private SearchPane pane;
    /** True while the tab is chosen without taking the keyboard ({@link #showAgain}). */
    private boolean quiet;
    private BackgroundTasks.Handle indexTask;

    SearchSide(SearchViewModel search, ReaderWindow.Indexer indexer, BackgroundTasks tasks, ReaderViewModel reader,
               ChapterPresenter presenter, Texts texts) {
        this.texts = texts;
        this.tab = new Tab(texts.get("search.tab"));
        this.search = search;
        this.indexer = indexer;
        this.tasks = tasks;
        this.reader = reader;
        this.presenter = presenter;
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && !quiet) {
                // After the click that chose the tab: its header takes the keyboard once the selection has changed
                // (fresh tester t37's F3: words typed after a click on the tab went nowhere).
                javafx.application.Platform.runLater(() -> pane().focus());
            }
        });
        tab.setClosable(false);
        search.markedProperty().addListener((o, was, now) -> {
            if (now.isEmpty()) { // a new query: the last one's marks go (the find bar's come back)
                presenter.clearSearchMarks();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** The words searched, when the Search tab is the one shown (a window opened again shows them again). */
    java.util.Optional<String> shownQuery() {
        return tab.isSelected() ? java.util.Optional.ofNullable(search.queryProperty().get()) : java.util.Optional.empty();
    }

    /** Shows the tab with the caret in its field. */
    void open() {
        tab.getTabPane().getSelectionModel().select(tab);
        pane().focus();
    }

    /**
     * Searches the handbook for {@code words} in the Search tab, shown with the caret in its field ("Find it in
     * this handbook" for a note that could not be placed).
     */
    void find(String words) {
        open();
        search(words);
    }

    /**
     * Shows {@code words} searched in the Search tab as a window opened again in another language does: the tab
     * chosen in its panel, which is not opened for it, and the keyboard left where it is (fresh tester 17a F19: a
     * closed drawer came back open over the text, the keyboard in its field).
     */
    void showAgain(String words) {
        pane();
        quiet = true;
        try {
            tab.getTabPane().getSelectionModel().select(tab);
        } finally {
            quiet = false;
        }
        search(words);
    }

    private void search(String words) {
        if (words.equals(search.queryProperty().get())) {
            search.search(); // the same words again
        } else {
            search.queryProperty().set(words); // searched at once
        }
    }

    private SearchPane pane() {
        if (pane == null) {
            pane = new SearchPane(search, this::openResult, texts);
            tab.setContent(pane.node());
        }
        return pane;
    }

    /** Opens a search result: its chapter at its passage, the searched words marked, a note shown. */
    private void openResult(SearchViewModel.Result hit) {
        presenter.showPlace(hit.chapterId(), hit.blockId(), search.open(hit), hit.annotationId().orElse(null));
    }

    /** Notes changed: results on show are searched again, so they list the notes as they are. */
    void notesChanged() {
        if (!search.results().isEmpty()) {
            search.search();
        }
    }

    /** Builds the search index of {@code handbook} in the background, stopping a build under way first. */
    void buildIndex(Handbook handbook) {
        stopIndexing();
        indexTask = tasks.run("search-index", progress -> {
            indexer.index(handbook, (done, total) -> {
                if (progress.cancelled()) {
                    throw new CancellationException("closing");
                }
                progress.update(done, total);
            });
            return Boolean.TRUE;
        }, (done, total) -> search.indexing((int) done, (int) total), ok -> search.indexing(1, 1), e -> {
            search.indexing(1, 1);
            reader.reportAlso(texts.format("problem.searchNotPrepared", texts.logged(LOG, "Reader window", e)));
        });
    }

    /**
     * Stops building the index without waiting: the build runs on its own connection and stops at
     * its next chapter; what it wrote is rolled back, and nothing of it is reported any more.
     */
    void stopIndexing() {
        if (indexTask != null) {
            indexTask.cancel();
            indexTask = null;
        }
    }
}
