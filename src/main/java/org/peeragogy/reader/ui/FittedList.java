package org.peeragogy.reader.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog's list of entries that takes the room its entries need, up to the screen (try17w F8: the merge preview's
 * list was sized by how many files it held, 44 pixels each, so one file's long warning, "This file holds notes by
 * other people: …", was cut after a line and a half, and its check half hidden, with the screen unused). Once the
 * dialog is shown its list's height is its entries' at the list's width, no more than the screen leaves beside the
 * dialog's other parts; the dialog is sized to it and kept on the screen. FX thread.
 */
final class FittedList {
    /** The least a list is given, one entry's worth, in pixels. */
    private static final double LEAST = 44;

    private FittedList() {
    }

    /** Fits {@code scroll}, holding {@code rows}, to its entries each time {@code dialog} is shown. */
    static void fit(Dialog<?> dialog, ScrollPane scroll, Region rows) {
        dialog.setOnShown(e -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            double width = scroll.getViewportBounds().getWidth() > 0 ? scroll.getViewportBounds().getWidth()
                    : scroll.getPrefViewportWidth();
            double need = rows.prefHeight(width);
            Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                    Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            double others = w.getHeight() - scroll.getViewportBounds().getHeight();
            double room = screen.getHeight() - others;
            scroll.setPrefViewportHeight(Math.max(LEAST, Math.min(need, room)));
            w.sizeToScene();
            if (w.getY() + w.getHeight() > screen.getMaxY()) {
                w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
            }
        });
    }
}
