package org.peeragogy.reader.ui;

import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window and dialog the reader window opens fits the screen it opens on (issue 14: "no clipped label at
 * 1024×600"). A fresh tester found the Group window (760 × 680) and the reader's guide (900 × 640) taller than a
 * 1024 × 600 screen, placed at a negative y with their first and last lines off it. Each window is made at most as
 * large as the visual bounds (the screen less its panels and docks) of its owner's screen, less {@link #MARGIN}, and
 * is placed inside them, each time it is shown; dialogs that size themselves to their content are held to the same.
 * The windows kept open beside the text ({@link #besideScene}) are held below the owner's menu bar and toolbar.
 * FX thread.
 */
final class OnScreen {
    /** Room left around a window, in pixels, for its title bar and a border a window manager adds (each side). */
    static final double MARGIN = 16;
    /** The key, in a window's properties, that says it is kept on screen already (installed once per window). */
    private static final String KEPT = "peeragogy.onScreen";
    /** The key, in a window's properties, that says it stands beside the text, below its owner's bars. */
    private static final String BESIDE = "peeragogy.besideText";
    /** Pixels a window beside the text needs below its owner's bars, else it may cover them. */
    static final double BESIDE_LEAST = 300;

    private OnScreen() {
    }

    /**
     * Gives {@code stage}, a window of its own kept open beside the reader's text (All notes, Notes → Group, the
     * keyboard shortcuts, the reader's guide), a scene of {@code root} at {@code width} × {@code height} (pixels),
     * smaller where the screen {@code owner} is on has less room below the owner's menu bar and toolbar; {@link #keep}
     * keeps it there, so those bars stay whole and usable beside it (fresh tester 17a F11: at 1024 × 600 All notes and
     * Group covered them). Where the room below the bars is less than {@link #BESIDE_LEAST} pixels high, the whole
     * screen is the room.
     */
    static void besideScene(Stage stage, Window owner, Parent root, double width, double height) {
        stage.getProperties().put(BESIDE, Boolean.TRUE);
        Rectangle2D room = room(screenFor(stage, owner));
        stage.setScene(new Scene(root, Math.min(width, room.getWidth()), Math.min(height, room.getHeight())));
    }

    /** The screen's visual bounds {@code w} is held to: below the owner's bars for a window beside the text. */
    private static Rectangle2D screenFor(Window w, Window owner) {
        Rectangle2D screen = screenOf(owner);
        if (!w.getProperties().containsKey(BESIDE) || owner == null || owner.getScene() == null) {
            return screen;
        }
        double below = screen.getMinY();
        for (String bar : new String[] {".menu-bar", ".tool-bar"}) {
            Node n = owner.getScene().lookup(bar);
            javafx.geometry.Bounds b = n == null || !n.isVisible() ? null : n.localToScreen(n.getLayoutBounds());
            if (b != null) {
                below = Math.max(below, b.getMaxY());
            }
        }
        // room() leaves its margin above, for the window's title bar: the margin is taken from under the bars.
        double top = below - Math.min(MARGIN, Math.min(screen.getWidth(), screen.getHeight()) / 8);
        return screen.getMaxY() - top < BESIDE_LEAST ? screen
                : new Rectangle2D(screen.getMinX(), top, screen.getWidth(), screen.getMaxY() - top);
    }

    /**
     * Keeps {@code w} on its owner's screen each time it is shown: no larger than the screen's visual bounds less
     * the margin, and inside them. Popups (menus, tooltips, lists of a combo box) are the toolkit's to place and are
     * left alone. Installs once per window.
     */
    static void keep(Window w, Window owner) {
        if (w instanceof PopupWindow || w.getProperties().containsKey(KEPT)) {
            return;
        }
        w.getProperties().put(KEPT, Boolean.TRUE);
        EventHandler<WindowEvent> fit = e -> fit(w, owner);
        w.addEventHandler(WindowEvent.WINDOW_SHOWN, fit);
        // A dialog sizes itself to its content again after it is shown (a choice dialog with a long header asked
        // for 1,216 px): held to the screen each time it grows past it, once the growing is done. Past the screen
        // itself, not the room less the margins: a window manager that sizes windows itself (matchbox maximizes each
        // to the screen) kept its size when shrunk, JavaFX laid the scene out in the size asked for, 24 × 73 px short
        // of the window, and the two went on resizing it in turn (fresh tester t36).
        javafx.beans.InvalidationListener grew = o -> {
            if (w.isShowing() && tooLarge(w, owner)) {
                javafx.application.Platform.runLater(() -> fit(w, owner));
            }
        };
        w.widthProperty().addListener(grew);
        w.heightProperty().addListener(grew);
        if (w.isShowing()) {
            fit(w, owner);
        }
    }

    private static boolean tooLarge(Window w, Window owner) {
        Rectangle2D screen = screenOf(owner);
        return w.getWidth() > screen.getWidth() + 0.5 || w.getHeight() > screen.getHeight() + 0.5;
    }

    /** Shrinks and moves {@code w} as {@link #place} says, where it is not there already. */
    static void fit(Window w, Window owner) {
        if (Double.isNaN(w.getWidth()) || Double.isNaN(w.getHeight())) {
            return;
        }
        Rectangle2D at = place(screenFor(w, owner), w.getX(), w.getY(), w.getWidth(), w.getHeight());
        if (at.getWidth() < w.getWidth() && w.getScene() != null
                && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
            pane.setPrefWidth(at.getWidth()); // its header and text wrap in that width rather than being cut
        }
        if (at.getWidth() < w.getWidth()) {
            w.setWidth(at.getWidth());
        }
        if (at.getHeight() < w.getHeight()) {
            w.setHeight(at.getHeight());
        }
        if (at.getMinX() != w.getX()) {
            w.setX(at.getMinX());
        }
        if (at.getMinY() != w.getY()) {
            w.setY(at.getMinY());
        }
    }

    /**
     * Where a window at {@code x, y} of {@code width × height} goes on a screen whose visual bounds are {@code
     * screen}: its size at most the bounds less {@link #MARGIN} a side, moved the least that puts it inside them
     * with that margin (a window placed at NaN, not yet placed, is centred). Pure.
     */
    static Rectangle2D place(Rectangle2D screen, double x, double y, double width, double height) {
        Rectangle2D room = room(screen);
        double w = Math.min(width, room.getWidth());
        double h = Math.min(height, room.getHeight());
        double nx = Double.isNaN(x) ? room.getMinX() + (room.getWidth() - w) / 2 : clamp(x, room.getMinX(), room.getMaxX() - w);
        double ny = Double.isNaN(y) ? room.getMinY() + (room.getHeight() - h) / 2 : clamp(y, room.getMinY(), room.getMaxY() - h);
        return new Rectangle2D(nx, ny, w, h);
    }

    /** The visual bounds of the screen the middle of {@code owner} is on; the primary screen's when none. */
    static Rectangle2D screenOf(Window owner) {
        if (owner == null || Double.isNaN(owner.getX()) || Double.isNaN(owner.getWidth())) {
            return Screen.getPrimary().getVisualBounds();
        }
        double cx = owner.getX() + owner.getWidth() / 2;
        double cy = owner.getY() + owner.getHeight() / 2;
        return Screen.getScreensForRectangle(cx, cy, 1, 1).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
    }

    private static Rectangle2D room(Rectangle2D screen) {
        double m = Math.min(MARGIN, Math.min(screen.getWidth(), screen.getHeight()) / 8);
        return new Rectangle2D(screen.getMinX() + m, screen.getMinY() + m, Math.max(1, screen.getWidth() - 2 * m),
                Math.max(1, screen.getHeight() - 2 * m));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
