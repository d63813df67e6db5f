package org.peeragogy.reader.ui.web;

import java.util.Objects;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * The navigation guard of {@link ChapterView} (decision 0012): which loads of the WebView are the view's own, and what
 * becomes of every other (a refresh, a script setting the location, a form). Only the address {@link #load} asked for
 * may load; a blocked navigation is cancelled, never answered with a reload, so a page that keeps trying cannot make
 * the reader loop; a blocked navigation that took the chapter's own load down loads it again, once per open.
 *
 * <p>Threads: the FX thread (the engine's listeners run there).
 */
final class NavigationGuard {
    /** What the guard needs of its view. FX thread. */
    interface Owner {
        /** Whether the view is closed: nothing is done then. */
        boolean closed();

        /** The chapter shown or loading, to load again after a blocked navigation took its load down; null if none. */
        RenderedChapter current();

        /** Loads {@code chapter} again, as the view loads a chapter (through {@link #load}). */
        void reload(RenderedChapter chapter);

        /** The page asked for has its document and script: it may be told its words and where to scroll. */
        void documentReady();

        /** The first navigation stopped since the chapter was opened, to {@code url}. */
        void firstBlocked(String url);

        /** The page asked for could not be loaded; {@code cause} may be null. */
        void failed(Throwable cause);
    }

    private static final int MAX_RELOADS = 1;

    private final WebEngine engine;
    private final Owner owner;
    /** The page load() asked for, without a fragment; nothing else may load. */
    private String expectedPage = "";
    private int blockedNavigations;
    /**
     * Loads of the chapter again, since it was opened, after a blocked navigation took its load down
     * (a refresh timer of the page before firing while this one loads): one, never more.
     */
    private int reloadsAfterBlock;
    /** Whether the page load() asked for last has finished loading. */
    private boolean shown;
    /**
     * Whether the page load() asked for last has its document and script (from DOMContentLoaded on, before its images
     * have arrived): it has been told its words and where to scroll, and takes calls.
     */
    private boolean ready;
    /** A load the page started itself is under way (it will fail: see ChapterView's serve()). */
    private boolean foreignLoad;
    /** Loads the view asked for, and loads the engine started: one more started is the page's own. */
    private long loadsAsked;
    private long loadsStarted;

    NavigationGuard(WebEngine engine, Owner owner) {
        this.engine = Objects.requireNonNull(engine);
        this.owner = Objects.requireNonNull(owner);
        engine.getLoadWorker().stateProperty().addListener((obs, was, state) -> {
            if (!owner.closed()) {
                stateChanged(state);
            }
        });
        // The page is told its words and where to scroll as soon as its document is there (DOMContentLoaded), so its
        // text shows without waiting for its images (issue 17: up to 0.2 s on a chapter with pictures); the page keeps
        // the place asked for when they arrive (reader.js).
        engine.documentProperty().addListener((obs, was, now) -> {
            if (!owner.closed() && now != null && !ready && !shown && !foreignLoad && isExpected(engine.getLocation())
                    && engine.getLoadWorker().getState() == Worker.State.RUNNING) {
                documentReady();
            }
        });
        // The page script stops link clicks; this stops every other way a page could leave itself.
        engine.locationProperty().addListener((obs, was, now) -> {
            if (!owner.closed() && now != null && !now.isEmpty() && !isExpected(now)) {
                engine.getLoadWorker().cancel();
                blocked(now);
            }
        });
    }

    /** Loads {@code address}, the view's own page: the only one that may load until the next call. */
    void load(String address) {
        expectedPage = address;
        loadsAsked++;
        shown = false;
        ready = false;
        engine.load(address);
    }

    /** A chapter is opened: the counts of blocked navigations and reloads start again. */
    void opened() {
        blockedNavigations = 0;
        reloadsAfterBlock = 0;
    }

    /** Whether the page asked for last has its document and script, and takes calls. */
    boolean ready() {
        return ready;
    }

    /** How many times the page shown now (or the last one) tried to navigate away and was stopped. */
    int blockedNavigations() {
        return blockedNavigations;
    }

    private void stateChanged(Worker.State state) {
        if (state == Worker.State.SCHEDULED && ++loadsStarted > loadsAsked) {
            // A load the view did not ask for: the page reloading itself (a refresh to its own
            // address changes no location, so only the worker shows it). serve() hands each
            // page out once per load(), so this load finds nothing and fails, leaving the page
            // as it is; cancelling it instead could take the page's own load down with it.
            loadsStarted = loadsAsked;
            foreignLoad = true;
            blocked(engine.getLocation());
            return;
        }
        if (foreignLoad && (state == Worker.State.FAILED || state == Worker.State.CANCELLED
                || state == Worker.State.SUCCEEDED)) {
            foreignLoad = false;
            if (state != Worker.State.SUCCEEDED || isExpected(engine.getLocation()) && shown) {
                return;
            }
        }
        RenderedChapter c = owner.current();
        if (state == Worker.State.SUCCEEDED && !isExpected(engine.getLocation())) {
            // A navigation got past the cancel and loaded: put the chapter back, once per open.
            blocked(engine.getLocation());
            if (c != null && reloadsAfterBlock < MAX_RELOADS) {
                reloadsAfterBlock++;
                owner.reload(c);
            } else {
                expectedPage = "about:blank";
                loadsAsked++;
                engine.loadContent("");
            }
        } else if (state == Worker.State.SUCCEEDED) {
            shown = true;
            if (!ready) {
                documentReady();
            }
        } else if (state == Worker.State.CANCELLED && !shown && blockedNavigations > 0
                && reloadsAfterBlock < MAX_RELOADS && c != null) {
            // The blocked navigation (say, a refresh timer left by the page before) took our
            // own load down with it when cancelled: load the chapter again.
            reloadsAfterBlock++;
            Platform.runLater(() -> owner.reload(c));
        } else if (state == Worker.State.FAILED && !isExpected(engine.getLocation())) {
            blocked(engine.getLocation());
        } else if (state == Worker.State.FAILED) {
            owner.failed(engine.getLoadWorker().getException());
        }
    }

    private void documentReady() {
        ready = true;
        owner.documentReady();
    }

    private boolean isExpected(String url) {
        int hash = url.indexOf('#');
        return (hash < 0 ? url : url.substring(0, hash)).equals(expectedPage);
    }

    private void blocked(String url) {
        if (++blockedNavigations == 1) {
            owner.firstBlocked(url);
        }
    }
}
