package org.peeragogy.reader.ui.web;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.web.WebView;
import org.peeragogy.reader.book.Handbook;

/**
 * Every message from the page to the host ({@link PageMessages.Receiver}), checked by {@link PageGuard} before the
 * window's {@link PageListener} hears of it: a chapter link to a chapter the handbook has, at most so many of them and
 * of outside links (the first refusal of a chapter opened is said once, in the window's language), fractions in 0..1,
 * page pixels turned into the screen's. {@code laidOut} goes back to {@link ChapterView#pageLaidOut}, which knows the
 * chapter shown. Called by WebKit on the FX thread.
 */
final class PageReceiver implements PageMessages.Receiver {
    private final ChapterView view;
    private final PageListener listener;
    private final PageTexts texts;
    private final WebView webView;
    private final PageGuard guard = new PageGuard(() -> System.nanoTime() / 1_000_000);
    private boolean refusalShown;

    PageReceiver(ChapterView view, PageListener listener, PageTexts texts, WebView webView) {
        this.view = view;
        this.listener = listener;
        this.texts = texts;
        this.webView = webView;
    }

    /** A chapter is being opened: its first refused request is said again. */
    void opened() {
        refusalShown = false;
    }

    @Override
    public void openChapter(String chapterId, String fragment) {
        Handbook h = view.handbook();
        if (guard.chapterChange(chapterId, fragment) && h.book().chapter(chapterId).isPresent()) {
            listener.chapterLinkClicked(chapterId, fragment);
        } else {
            refusedOnce();
        }
    }

    @Override
    public void openExternal(String url) {
        guard.outsideLink(url).ifPresentOrElse(listener::externalLinkClicked, this::refusedOnce);
    }

    private void refusedOnce() {
        if (!refusalShown) {
            refusalShown = true;
            listener.pageBlocked(texts.get("page.tooManyLinks"));
        }
    }

    @Override
    public void scrolled(double fraction) {
        listener.scrolled(PageGuard.fraction(fraction));
    }

    @Override
    public void walkedAway(double fraction) {
        listener.walkedAway(PageGuard.fraction(fraction));
    }

    @Override
    public void walkedBack(double fraction) {
        listener.walkedBack(PageGuard.fraction(fraction));
    }

    @Override
    public void laidOut(String chapterId, double fraction) {
        view.pageLaidOut(chapterId, PageGuard.fraction(fraction));
    }

    @Override
    public void selected(int start, int end, double left, double top, double right, double bottom) {
        int from = Math.max(-1, start);
        listener.selected(from, Math.max(from, end), toScreen(left, top, right, bottom));
    }

    @Override
    public void highlightClicked(String id, double left, double top, double right, double bottom) {
        if (id.length() <= PageGuard.MAX_NAME) {
            listener.highlightClicked(id, toScreen(left, top, right, bottom));
        }
    }

    private Bounds toScreen(double left, double top, double right, double bottom) {
        left = PageGuard.coordinate(left);
        top = PageGuard.coordinate(top);
        right = PageGuard.coordinate(right);
        bottom = PageGuard.coordinate(bottom);
        // Page pixels are the view's pixels times its zoom (the font scale does not change them).
        double z = webView.getZoom();
        Bounds local = new BoundingBox(left * z, top * z, Math.max(0, right - left) * z, Math.max(0, bottom - top) * z);
        Bounds screen = webView.localToScreen(local);
        return screen == null ? local : screen;
    }
}
