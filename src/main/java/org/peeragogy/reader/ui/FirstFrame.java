package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The window's first frame holds the chapter, its bars and empty places for the contents and the notes panel, each
 * as wide as the panel it waits for; the panels take their places once the first chapter has been laid out, and are
 * painted in the frame after it (issue 17, decision 0092). Styling and laying out those two panels (the contents tree,
 * the tabs, the notes' lists) was the largest part of the window's first show, and the reader waited for it before
 * any text. The chapter is laid out once, at its own width: the places keep the dividers where the panels will be.
 * FX thread.
 */
final class FirstFrame {
    /** At the latest the panels come after this, should no chapter ever be laid out (a page that fails to load). */
    static final long LONGEST_MS = 5_000;

    private final List<Runnable> later = new ArrayList<>();
    private final BiConsumer<Node, Node> put;
    private boolean complete;

    /** @param put puts a panel (the second) where its place (the first) stands in the window */
    FirstFrame(BiConsumer<Node, Node> put) {
        this.put = put;
    }

    /**
     * An empty place for {@code panel}, {@code width} wide (the panel's remembered width) and at least as wide as the panel
     * asks to be; replaced by the panel at {@link #complete}.
     */
    Region placeFor(Region panel, double width) {
        Region place = new StackPane();
        place.setMinWidth(panel.getMinWidth());
        place.setPrefWidth(width);
        later.add(() -> put.accept(place, panel));
        return place;
    }

    /** Completes the window at the latest {@link #LONGEST_MS} from now. */
    void completeAtTheLatest() {
        CompletableFuture.delayedExecutor(LONGEST_MS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(this::complete));
    }

    /** Puts every panel in its place (once; later calls do nothing). FX thread. */
    void complete() {
        if (complete) {
            return;
        }
        complete = true;
        later.forEach(Runnable::run);
        later.clear();
    }
}
