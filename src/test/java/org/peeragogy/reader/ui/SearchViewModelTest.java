package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.store.SearchHit;

/** The search view-model with the query running inline (the window runs it on a background thread). */
class SearchViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    private final List<String> asked = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor inline = Runnable::run;

    private SearchHit hit(String chapter) {
        return new SearchHit(SearchHit.Kind.CHAPTER, chapter, "b1", Optional.empty(), chapter, "a \u0002word\u0003", -1);
    }

    @Test
    void resultsArriveForTheQuery() {
        SearchViewModel vm = new SearchViewModel(q -> {
            asked.add(q);
            return List.of(hit("wiki"), hit("forums"));
        }, inline, inline, TEXTS);
        vm.queryProperty().set("wiki");
        assertEquals(List.of("wiki"), asked);
        assertEquals(2, vm.results().size());
        assertEquals("2 results", vm.statusProperty().get());
    }

    @Test
    void onlyTheNewestQueryIsShown() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(hit(q)), queued::add, inline, TEXTS);
        vm.queryProperty().set("old");
        vm.queryProperty().set("new");
        queued.forEach(Runnable::run);
        assertEquals(List.of("new"), vm.results().stream().map(SearchViewModel.Result::chapterId).toList());
    }

    /**
     * Issue 17: each key searches at once, with no pause after the last one, and a query overtaken by a newer
     * one before the background thread reaches it is never run: the thread runs only the newest.
     */
    @Test
    void everyChangeOfTheQueryIsSearchedAtOnceAndOnlyTheNewestRuns() {
        SearchViewModel vm = new SearchViewModel(q -> {
            asked.add(q);
            return List.of(hit(q));
        }, queued::add, inline, TEXTS);
        for (String typed : List.of("p", "pe", "pee", "peer")) {
            vm.queryProperty().set(typed);
        }
        assertEquals(4, queued.size(), "every key queued its query without waiting");
        queued.forEach(Runnable::run);
        assertEquals(List.of("peer"), asked, "the overtaken queries never reached the database");
        assertEquals(List.of("peer"), vm.results().stream().map(SearchViewModel.Result::chapterId).toList());
    }

    /** A query overtaken while it ran is not shown: the results on screen are always the newest query's. */
    @Test
    void resultsOfAQueryOvertakenWhileItRanAreNotShown() {
        List<Runnable> published = new ArrayList<>();
        SearchViewModel vm = new SearchViewModel(q -> List.of(hit(q)), inline, published::add, TEXTS);
        vm.queryProperty().set("pe"); // ran at once, its results wait for the FX thread
        vm.queryProperty().set("peer");
        published.forEach(Runnable::run);
        assertEquals(List.of("peer"), vm.results().stream().map(SearchViewModel.Result::chapterId).toList());
    }

    @Test
    void aFailingSearchSaysSoWithoutResults() {
        SearchViewModel vm = new SearchViewModel(q -> {
            throw new IllegalStateException("disk gone");
        }, inline, inline, TEXTS);
        vm.queryProperty().set("x");
        assertTrue(vm.statusProperty().get().startsWith("Search failed: disk gone"));
        assertEquals(List.of(), vm.results());
    }

    @Test
    void blankQueryClearsResultsWithoutSearching() {
        SearchViewModel vm = new SearchViewModel(q -> {
            asked.add(q);
            return List.of(hit("x"));
        }, inline, inline, TEXTS);
        vm.queryProperty().set("   ");
        assertEquals(List.of(), asked);
        assertEquals(List.of(), vm.results());
    }

    @Test
    void termsAreTheWordsOfTheQuery() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(), inline, inline, TEXTS);
        vm.queryProperty().set("\"wrapper role\" AND collab* -x");
        assertEquals(List.of("wrapper", "role", "AND", "collab", "x"), vm.terms());
    }

    @Test
    void searchRunsAgainWhenTheIndexIsReady() {
        SearchViewModel vm = new SearchViewModel(q -> {
            asked.add(q);
            return List.of();
        }, inline, inline, TEXTS);
        vm.queryProperty().set("wiki");
        vm.indexing(3, 10);
        assertEquals(0.3, vm.indexingProperty().get(), 1e-9);
        vm.indexing(10, 10);
        assertEquals(-1, vm.indexingProperty().get(), 1e-9);
        assertEquals(List.of("wiki", "wiki"), asked, "as typed, and again once the whole handbook is indexed");
    }

    @Test
    void theSameResultsAgainLeaveTheListUntouchedSoItsSelectionStays() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(hit("wiki"), hit("forums")), inline, inline, TEXTS);
        vm.queryProperty().set("w");
        int[] changes = {0};
        vm.results().addListener((javafx.collections.ListChangeListener<SearchViewModel.Result>) c -> changes[0]++);
        vm.search();
        assertEquals(0, changes[0]);
    }

    @Test
    void anOpenedResultIsMarkedUntilTheQueryChanges() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(hit("wiki"), hit("forums")), inline, inline, TEXTS);
        vm.queryProperty().set("wrapper role");
        SearchViewModel.Result second = vm.results().get(1);
        assertEquals(List.of("wrapper", "role"), vm.open(second));
        assertEquals(List.of("wrapper", "role"), vm.markedProperty().get());
        assertEquals(1, vm.indexOf(vm.openedProperty().get()));
        vm.queryProperty().set("wrapper role");
        assertEquals(List.of("wrapper", "role"), vm.markedProperty().get(), "the same query keeps its marks");
        vm.queryProperty().set("wrapper roles");
        assertEquals(List.of(), vm.markedProperty().get());
        assertEquals(null, vm.openedProperty().get());
    }

    @Test
    void aSearchAfterTheWindowClosedIsNotRun() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(hit("wiki")), r -> {
            throw new java.util.concurrent.RejectedExecutionException("stopped");
        }, inline, TEXTS);
        vm.queryProperty().set("wiki");
        assertEquals(List.of(), vm.results());
    }
}
