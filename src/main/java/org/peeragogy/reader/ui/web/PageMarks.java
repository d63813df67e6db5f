package org.peeragogy.reader.ui.web;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * Where {@link ChapterView} gets pages with their highlights already written in (issue 17, decision 0089): the
 * window's notes prepare them, off the FX thread, for the pages rendered ahead, so a jump's first picture shows its
 * highlights. Implemented above {@code ui.web} (it reads and anchors notes); the markup is {@link MarkedPage}'s.
 */
public interface PageMarks {
    /** None: every page is served as rendered and painted after it is shown. */
    PageMarks NONE = new PageMarks() {
        @Override
        public void ahead(List<CompletableFuture<RenderedChapter>> pages) {
        }

        @Override
        public Optional<MarkedPage> ready(RenderedChapter page) {
            return Optional.empty();
        }
    };

    /**
     * The pages likely opened next, nearest first (some still being rendered): prepare their highlights, off the FX
     * thread, giving way to the work of the page shown. Replaces the list given before. FX thread.
     */
    void ahead(List<CompletableFuture<RenderedChapter>> pages);

    /**
     * {@code page} with its highlights written in, as they are now (never older than the notes saved); empty when
     * none are ready. FX thread, never waits.
     */
    Optional<MarkedPage> ready(RenderedChapter page);

    /** Whether this chapter's page is prepared, current, with highlights to show (tests, benchmarks). FX thread. */
    default boolean prepared(String chapterId) {
        return false;
    }
}
