package org.peeragogy.reader.ui.web;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * Which HTML a page is served with, and whether the highlights written into it are still the page's (decision 0089):
 * a page whose highlights are ready ({@link PageMarks#ready}) is served with them, and the first paint of an equal
 * list after it is not sent to the page, which already shows it. FX thread, but {@link #html}: a loader thread.
 */
final class ServedPage {
    private PageMarks marks = PageMarks.NONE;
    /** The page loading or shown with its highlights written in (null: served as rendered). */
    private volatile MarkedPage served;
    /** The highlights the page shows as served, until a paint changes them (null: none or changed). */
    private List<ChapterView.Highlight> painted;

    void use(PageMarks marks) {
        this.marks = Objects.requireNonNull(marks);
    }

    /** {@code page} is about to load: with its highlights when they are ready and current. */
    void loading(RenderedChapter page) {
        MarkedPage m = marks.ready(page).orElse(null);
        served = m;
        painted = m == null ? null : m.highlights();
    }

    /** The HTML to serve for {@code page} (any thread). */
    String html(RenderedChapter page) {
        MarkedPage m = served;
        return m != null && m.page() == page ? m.html() : page.html();
    }

    /** Whether painting {@code list} would change the page; after this, the page is taken to show {@code list}. */
    boolean changes(List<ChapterView.Highlight> list) {
        boolean same = list.equals(painted);
        painted = null;
        return !same;
    }

    /** The pages likely opened next have been asked for: their highlights are prepared too. */
    void ahead(List<CompletableFuture<RenderedChapter>> pages) {
        marks.ahead(pages);
    }
}
