package org.peeragogy.reader.ui.web;

import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps JavaFX making frames for a moment after each key, click or scroll in the page, so that what the input changed
 * in the page is painted at once (fresh tester 17a's F3: a footnote's pop-over opened by Enter showed only at the next
 * key, and stayed drawn after Esc until the next key).
 *
 * <p>Why: the reader runs WebKit's timers on a thread of their own ({@code com.sun.webkit.platformticks=false},
 * app.ProcessSettings, so that a window left alone costs no CPU). WebKit then lays out and paints what a key's script
 * changed in a timer it hands to the JavaFX thread, and nothing asks for the frame that would put it on the screen:
 * the WebView copies its page only at a frame, and an idle window makes none (measured in a child JVM with that
 * setting, PopoverPaintedWhenIdleTest; with WebKit's default timers, which ask for a frame 60 times a second, the
 * pop-over showed at once). A running {@link AnimationTimer} asks for a frame each 1/60 s; it runs {@link #FOR_NANOS}
 * after the last input and stops, so an untouched window still makes no frames. Decision 0051.
 *
 * <p>FX thread.
 */
final class FramesAfterInput {
    /** How long frames go on after the last input: 0.5 s, well past WebKit's next timer on a loaded machine. */
    static final long FOR_NANOS = 500_000_000L;

    private long until;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (System.nanoTime() > until) {
                stop();
            }
        }
    };

    private FramesAfterInput() {
    }

    /**
     * Watches every key of the window {@code page} is in (a key in the notes list or a menu's shortcut also changes
     * the page: a passage outlined, a highlight drawn) and {@code page}'s own mouse buttons and scrolling, as they
     * arrive, before anyone's handlers.
     */
    static void install(Node page) {
        FramesAfterInput f = new FramesAfterInput();
        EventHandler<Event> keep = e -> f.keep();
        page.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.ANY, keep);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.ANY, keep);
            }
        });
        if (page.getScene() != null) {
            page.getScene().addEventFilter(KeyEvent.ANY, keep);
        }
        page.addEventFilter(MouseEvent.MOUSE_PRESSED, keep);
        page.addEventFilter(MouseEvent.MOUSE_RELEASED, keep);
        page.addEventFilter(ScrollEvent.SCROLL, keep);
    }

    private void keep() {
        until = System.nanoTime() + FOR_NANOS;
        frames.start();
    }
}
