package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Shows every dialog the reader's windows open as a modal one is seen, without the window system's modality, so that a
 * dialog whose window another program destroyed cannot lock the reader out (fresh tester t36, as decision 0094 did for
 * the copied-notes question). A modal JavaFX dialog has the toolkit disable its owner (all the windows, for the default
 * application modality) below the window system; when another program destroyed the dialog's X window ({@code xdotool
 * windowclose}, a force-close tool, a crashed window manager), JavaFX was never told: JavaFX 21's GTK glass drops the
 * GDK_DESTROY of a window GDK has already marked destroyed ({@code is_window_enabled_for_event} in
 * GlassApplication.cpp), so the dialog stayed "showing", its owner disabled, the reader's window took no click, no key
 * and no close, and only {@code kill} ended it.
 *
 * <p>Here the dialog is not modal to the window system. While it is open, the other windows of the application that
 * were showing when it opened take no input of their own (a filter on each consumes it), and a click or a key pressed
 * in one of them, or its close box, brings the dialog back: its window is hidden and shown again, the same dialog with
 * everything typed in it, on a window made anew (whether the one on screen was alive or destroyed unseen: JavaFX cannot
 * tell). A dialog whose windows are hidden closes as if cancelled. FX thread only; nothing here touches the disk.
 */
public final class HeldDialogs {
    /** The dialogs open now, the last opened last; the last one is the one brought back. FX thread only. */
    private static final List<Dialog<?>> OPEN = new ArrayList<>();

    private HeldDialogs() {
    }

    /**
     * Shows {@code dialog}, which must not be showing yet nor modal by choice, and waits for its answer in a nested
     * event loop, as {@link Dialog#showAndWait} does; the answer (empty when cancelled).
     */
    static <R> Optional<R> showAndWait(Dialog<R> dialog) {
        Hold hold = new Hold(dialog, false);
        try {
            while (true) {
                Optional<R> answer = dialog.showAndWait();
                if (!hold.comingBack) {
                    return answer;
                }
                hold.comingBack = false; // hidden only to be shown again: asked again, as it was
            }
        } finally {
            hold.release();
        }
    }

    /** Shows {@code dialog} as {@link #showAndWait} does, and returns at once; the hold ends when it is closed. */
    static void show(Dialog<?> dialog) {
        Hold hold = new Hold(dialog, true);
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now && !hold.comingBack) {
                hold.release();
            }
        });
        dialog.show();
    }

    /**
     * Brings {@code stage} to the front and, over it, the dialog open now if there is one (a handed-over notes file
     * raises the reader's window: raised over an open dialog, the window took the clicks meant for the dialog). FX
     * thread.
     */
    public static void toFront(Stage stage) {
        stage.toFront();
        if (!OPEN.isEmpty() && OPEN.get(OPEN.size() - 1).getDialogPane().getScene() != null
                && OPEN.get(OPEN.size() - 1).getDialogPane().getScene().getWindow() instanceof Stage top
                && top.isShowing()) {
            top.toFront();
        }
    }

    /** The windows held back while one dialog is open, and how they give it back. */
    private static final class Hold {
        private final Dialog<?> dialog;
        private final boolean returnsAtOnce;
        private final List<Window> held = new ArrayList<>();
        private final EventHandler<InputEvent> input;
        private final EventHandler<WindowEvent> closing;
        private final EventHandler<WindowEvent> gone;
        /** True while the dialog's window is hidden only to be shown again. */
        boolean comingBack;
        /** True once the dialog was brought back: each showing after that is drawn whole and given the keyboard. */
        private boolean broughtBack;
        private boolean released;

        Hold(Dialog<?> dialog, boolean returnsAtOnce) {
            this.dialog = dialog;
            this.returnsAtOnce = returnsAtOnce;
            dialog.initModality(Modality.NONE); // the windows below are held by the filters here, not by the system
            this.input = e -> {
                e.consume(); // nothing is done in the windows below until the dialog is answered
                if (e.getEventType() == MouseEvent.MOUSE_PRESSED || e.getEventType() == KeyEvent.KEY_PRESSED) {
                    bringBack();
                }
            };
            this.closing = e -> {
                e.consume(); // their close boxes did nothing under a modal dialog; they bring it back
                bringBack();
            };
            this.gone = e -> {
                if (e.getSource() == dialog.getOwner()) {
                    hideDialog(); // a dialog goes with its window (an owned window stays when its owner is hidden)
                }
            };
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && !(w instanceof PopupWindow)) {
                    held.add(w);
                    w.addEventFilter(InputEvent.ANY, input);
                    w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
                    w.addEventHandler(WindowEvent.WINDOW_HIDDEN, gone);
                }
            }
            dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> {
                if (broughtBack) {
                    javafx.application.Platform.runLater(this::drawWhole);
                }
            });
            OPEN.add(dialog);
        }

        /**
         * A dialog shown again on a new window after another program destroyed its first one was never drawn (blank
         * white) and did not take the keyboard (fresh tester t39's F1): JavaFX saw nothing in it to paint (a change of its
         * root's opacity did not help; a change of size does). One pixel wider makes it paint the whole window; it is not
         * made narrower again, which would fight a window manager that sizes windows itself (matchbox keeps its own
         * size, and JavaFX follows it). Then it is raised and given the keyboard.
         */
        private void drawWhole() {
            if (released || !(dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) || !stage.isShowing()) {
                return;
            }
            stage.setWidth(stage.getWidth() + 1);
            stage.toFront();
            stage.requestFocus();
        }

        /** Shows the dialog again, on a new window, if it is the last one open (the one on top of any others). */
        private void bringBack() {
            if (released || OPEN.isEmpty() || OPEN.get(OPEN.size() - 1) != dialog
                    || !(dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) || !stage.isShowing()) {
                return;
            }
            comingBack = true;
            broughtBack = true;
            stage.hide(); // its window, alive or destroyed unseen, is let go; showAndWait's loop shows it anew
            if (returnsAtOnce) {
                comingBack = false;
                stage.show();
            }
        }

        private void hideDialog() {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                comingBack = false;
                dialog.getDialogPane().getScene().getWindow().hide();
            }
        }

        void release() {
            if (released) {
                return;
            }
            released = true;
            OPEN.remove(dialog);
            for (Window w : held) {
                w.removeEventFilter(InputEvent.ANY, input);
                w.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
                w.removeEventHandler(WindowEvent.WINDOW_HIDDEN, gone);
            }
        }
    }
}
