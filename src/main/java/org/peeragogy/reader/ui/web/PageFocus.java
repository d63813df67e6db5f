package org.peeragogy.reader.ui.web;

import javafx.scene.Node;

/**
 * The keyboard into the page, but never before the page asked for is shown. Enter on a chapter in the contents
 * opens it and puts the keyboard in its text; given to the page still shown, the focus painted a frame of its own
 * before the new page's, and the new page came 0.1 s later: 0.24 s by Enter against 0.11 s by a click (the
 * side-by-side harness, 2026-12-03, docs/performance.md). Asked for while a page is on its way, the focus waits for
 * that page's layout (or its failure). FX thread.
 */
final class PageFocus {
    private final Node page;
    /** A page was asked for and has not been laid out (nor failed) yet. */
    private boolean awaited;
    /** The keyboard was asked for while {@link #awaited}. */
    private boolean wanted;

    PageFocus(Node page) {
        this.page = page;
    }

    /** Another page is on its way. */
    void asked() {
        awaited = true;
    }

    /** The page asked for is laid out, or will not be: the keyboard goes to it if it was asked for meanwhile. */
    void arrived() {
        awaited = false;
        if (wanted) {
            wanted = false;
            page.requestFocus();
        }
    }

    /** Puts the keyboard in the page now, or once the page on its way has arrived. */
    void focus() {
        if (awaited) {
            wanted = true;
        } else {
            page.requestFocus();
        }
    }
}
