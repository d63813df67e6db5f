package org.peeragogy.reader.ui.web;

import javafx.scene.web.WebView;

/**
 * WebKit made ready while the JavaFX thread has nothing else to do (issue 17, decision 0082). At start JavaFX is
 * often up before the notes file and the handbook are open, and the window cannot be built before they are. The
 * first WebView of a process loads WebKit's native library, starts WebCore, reads the system's fonts and loads the
 * controls' style sheet (Modena, for the view's scroll bars): made here and let go, it leaves the window's own view
 * only itself to make. Nothing is loaded into it and nothing is shown; the garbage collector disposes of its page.
 * FX thread.
 */
public final class WebKitWarmUp {
    private WebKitWarmUp() {
    }

    /** Makes a WebView and drops it. FX thread. */
    public static void run() {
        new WebView();
    }
}
