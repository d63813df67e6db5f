package org.peeragogy.reader.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.MouseEvent;

/**
 * A menu that drops under a mouse pointer left resting (a keyboard user's, opening the menu by its Alt key) is not
 * steered by it: JavaFX's menu gives the keyboard to the item the pointer enters, and a menu appearing under the
 * pointer counts as entered, so Down ×8 reached a different item from one time to the next (fresh tester 17a F16).
 * Until the pointer really moves (to a position other than where the menu found it) or is pressed, the menu's popup
 * takes no "entered"; then the item under the pointer is entered as the toolkit would have done. The main window's
 * {@link WindowThemes} calls {@link #watch} for each menu popup it owns as it is shown. FX thread.
 */
final class RestingPointer {
    /** The key, in a popup scene's properties, of its watch: run again each time the popup is shown. */
    private static final String WATCH = "peeragogy.restingPointer";

    private RestingPointer() {
    }

    /** Watches {@code menu}'s popup from now until the pointer moves; again each time it is shown. */
    static void watch(ContextMenu menu) {
        Scene popup = menu.getScene();
        if (popup == null) {
            return;
        }
        if (popup.getProperties().get(WATCH) instanceof Runnable again) {
            again.run();
            return;
        }
        double[] rest = {Double.NaN, Double.NaN};
        boolean[] resting = {true};
        popup.getProperties().put(WATCH, (Runnable) () -> {
            rest[0] = Double.NaN;
            resting[0] = true;
        });
        popup.addEventFilter(MouseEvent.ANY, e -> {
            if (!resting[0]) {
                return;
            }
            if (Double.isNaN(rest[0])) {
                rest[0] = e.getScreenX();
                rest[1] = e.getScreenY();
            }
            boolean moved = Math.abs(e.getScreenX() - rest[0]) > 1 || Math.abs(e.getScreenY() - rest[1]) > 1;
            if (moved || e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                resting[0] = false;
                enterItemUnder(e);
            } else if (e.getEventType() == MouseEvent.MOUSE_ENTERED_TARGET
                    || e.getEventType() == MouseEvent.MOUSE_ENTERED) {
                e.consume();
            }
        });
    }

    /** The item under a pointer that moved at last is entered, as the toolkit would have done. */
    private static void enterItemUnder(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("menu-item")) {
                Event.fireEvent(n, e.copyFor(n, n, MouseEvent.MOUSE_ENTERED));
                return;
            }
        }
    }
}
