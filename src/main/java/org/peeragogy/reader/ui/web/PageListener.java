package org.peeragogy.reader.ui.web;

import javafx.geometry.Bounds;

/** What the page tells the window ({@link ChapterView}). Called on the FX thread. */
public interface PageListener {
    void chapterLinkClicked(String chapterId, String fragment);

    void externalLinkClicked(String url);

    void scrolled(double fraction);

    /** The chapter is loaded, scrolled to where it was asked to be, and painted. */
    void laidOut(String chapterId, double fraction);

    void failed(String message);

    /** Text is selected in the chapter ({@code start < 0}: the selection went away). */
    default void selected(int start, int end, Bounds onScreen) {
    }

    /** A highlight was clicked. */
    default void highlightClicked(String annotationId, Bounds onScreen) {
    }

    /**
     * Tab walked the page's links away from where the reader was reading, {@code fraction} (0..1) of the page
     * (fresh tester 17a's F2: Back then returns there); {@link #walkedBack} when Esc returned to it.
     */
    default void walkedAway(double fraction) {
    }

    /** Esc took the keyboard from the links back to the place {@link #walkedAway} told of. */
    default void walkedBack(double fraction) {
    }

    /**
     * The page tried something the reader does not allow (opening another page, asking too
     * often); it was stopped. Said at most once per chapter opened, in words for the reader.
     */
    default void pageBlocked(String message) {
    }

    /**
     * A file the handbook listed when it was opened is no longer there (the package removed, the stick pulled
     * while the window is open): said once per handbook, in words for the reader.
     */
    default void filesGone(String message) {
    }
}
