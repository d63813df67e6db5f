package org.peeragogy.reader.ui;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The reader window's place and size on the screen: restored from {@link WindowBoundsViewModel} (fitted to
 * the screen it opens on), and saved each time the window has been moved or resized and then left alone for
 * {@link #SETTLE}, through the view-model's {@link SaveQueue}, so a window that is killed, logged out of or
 * crashes opens where it was (it was saved only on a clean close; found by a fresh tester), and a drag makes
 * one write rather than one per pixel. Also saved at close.
 *
 * <p>Threads: the FX thread. Nothing here throws; a failed save reaches the reader through the queue.
 */
final class WindowPlace {
    /** How long the window must stay put before its place is written. */
    static final Duration SETTLE = Duration.millis(500);

    private final Stage stage;
    private final WindowBoundsViewModel bounds;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private boolean closed;

    WindowPlace(Stage stage, WindowBoundsViewModel bounds) {
        this.stage = Objects.requireNonNull(stage);
        this.bounds = Objects.requireNonNull(bounds);
        settle.setOnFinished(e -> save());
    }

    /**
     * Puts the window where it was left, never larger than the screen it opens on (found by a tester: the
     * first window, 1280 × 800, on an 800 × 600 netbook, or a size saved on a bigger monitor, put the menus and
     * status line off-screen); from then on every move or resize is saved once the window settles.
     */
    void restore() {
        WindowBoundsViewModel.Bounds b = bounds.saved();
        Rectangle2D screen = Screen.getScreensForRectangle(Math.max(0, b.x()), Math.max(0, b.y()), 1, 1).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(Math.max(480, b.width()), screen.getWidth());
        double height = Math.min(Math.max(360, b.height()), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (b.x() >= 0 && b.y() >= 0) {
            stage.setX(Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - height)));
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
        InvalidationListener moved = o -> {
            if (!closed) {
                settle.playFromStart();
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    /**
     * Queues the window's place and size on the writer, unless it is minimised, maximised or full screen (the
     * size to come back to is the one it had before) or not yet shown.
     */
    void save() {
        settle.stop();
        if (closed || stage.isIconified() || stage.isMaximized() || stage.isFullScreen() || stage.getWidth() <= 0
                || Double.isNaN(stage.getX())) {
            return;
        }
        bounds.save(new WindowBoundsViewModel.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    /** Saves the window's place a last time (the window is closing) and saves nothing after. */
    void close() {
        save();
        closed = true;
    }
}
