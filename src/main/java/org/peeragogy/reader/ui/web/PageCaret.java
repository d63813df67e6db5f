package org.peeragogy.reader.ui.web;

/**
 * The keyboard's caret in the chapter page (issue 14): caret browsing (the arrows move a caret, Shift and
 * Shift+Ctrl with them select by character and word, as in a browser's caret browsing), selecting the
 * sentence or the paragraph at the caret, and putting the caret at a place. A selection made so is
 * reported to {@link PageListener#selected} exactly as a mouse selection is, so highlighting and
 * notes act on it the same way. The page's side is reader.js's "caret browsing" section; the messages are
 * declared in {@link PageMessages}. FX thread.
 */
public final class PageCaret {
    private final ChapterView view;
    private boolean on;

    PageCaret(ChapterView view) {
        this.view = view;
    }

    /** Turns caret browsing on or off, for this page and every page shown after it. */
    public void setBrowsing(boolean browsing) {
        on = browsing;
        // Before the first chapter there is no page to tell (asking the empty engine for one was its first script, on
        // the way to the first chapter: decision 0082); each page is told as it loads (pageLoaded).
        if (view.current().isPresent()) {
            view.call(PageMessages.Call.SET_CARET, browsing);
        }
    }

    public boolean browsing() {
        return on;
    }

    /** Selects the sentence at the caret (the first line on screen when there is none); again, its paragraph. */
    public void selectSentence() {
        view.call(PageMessages.Call.SELECT_SENTENCE);
    }

    /** Selects the paragraph, list item, heading or cell at the caret. */
    public void selectParagraph() {
        view.call(PageMessages.Call.SELECT_PARAGRAPH);
    }

    /** Puts the caret at this text offset of the chapter, scrolling it into view only when it is off screen. */
    public void place(int offset) {
        view.call(PageMessages.Call.PLACE_CARET, offset);
    }

    /** The caret's text offset, -1 when it is not in the chapter (or no page is shown). */
    public int offset() {
        return view.call(PageMessages.Call.CARET_OFFSET).filter(Number.class::isInstance)
                .map(n -> ((Number) n).intValue()).orElse(-1);
    }

    void pageLoaded() {
        if (on) {
            view.call(PageMessages.Call.SET_CARET, true);
        }
    }
}
