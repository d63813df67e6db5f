package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FindViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    private final FindViewModel vm = new FindViewModel(TEXTS);

    @Test
    void typingFindsAndCountsMatches() {
        vm.chapterShown("Peer learning and peer support for peers.");
        vm.queryProperty().set("pee");
        assertEquals(3, vm.matchesProperty().get().size());
        assertEquals("1 of 3", vm.countProperty().get());
    }

    @Test
    void nextAndPreviousWrapAround() {
        vm.chapterShown("a b a b a");
        vm.queryProperty().set("a");
        vm.previous();
        assertEquals("3 of 3", vm.countProperty().get());
        vm.next();
        assertEquals(0, vm.currentProperty().get());
    }

    @Test
    void noMatchesSaysSo() {
        vm.chapterShown("nothing here");
        vm.queryProperty().set("wrapper");
        assertEquals("No matches", vm.countProperty().get());
        assertEquals(-1, vm.currentProperty().get());
        vm.next();
        assertEquals(-1, vm.currentProperty().get());
    }

    @Test
    void aNewChapterIsSearchedForTheSameWords() {
        vm.chapterShown("one wrapper");
        vm.queryProperty().set("wrapper");
        vm.chapterShown("wrapper, wrapper, wrapper");
        assertEquals("1 of 3", vm.countProperty().get());
    }
}
