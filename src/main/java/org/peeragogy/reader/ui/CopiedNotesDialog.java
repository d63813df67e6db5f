package org.peeragogy.reader.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Asked once, at the start, when the notes file is a copy of another reader's (fresh tester t34's F1, decision 0094):
 * whether whoever reads now is that person. In the window's language, over the window. The caller does the chosen work,
 * off the FX thread.
 */
public final class CopiedNotesDialog {
    /** What the reader chose: the person the notes were copied from, someone else, or not yet (the window closed). */
    public enum Choice { SAME, SOMEONE_ELSE, NOT_YET }

    private CopiedNotesDialog() {
    }

    /** Who the notes were copied from, as the dialog says them: their name, else "another reader". Pure. */
    public static String person(Texts texts, String name) {
        return name == null || name.isBlank() ? texts.get("copied.nobody")
                : BidiMarks.isolated(org.peeragogy.reader.book.AuthorNames.visible(name));
    }

    /** Text of the button that says the reader is that person ("I am Chen"). */
    public static String same(Texts texts, String name) {
        return texts.format("copied.same", person(texts, name));
    }

    /** Text of the button that says the reader is someone else. */
    public static String someoneElse(Texts texts) {
        return texts.get("copied.someoneElse");
    }

    /**
     * Shows the question over {@code owner} and waits for the answer (a nested event loop on the FX thread; nothing
     * here touches the disk). Neither button is a cancel one, so Esc and the close box do not answer for the reader:
     * one of the two is chosen.
     *
     * <p>The reader is never locked out (fresh tester t35's F2). The question is no modal window: a modal one disables
     * {@code owner} in the window system, and when another program destroyed the question's window ({@code xdotool
     * windowclose}, a force-close tool, a crashed window manager) JavaFX was never told (GTK drops the notice of a
     * window destroyed from outside), so {@code owner} stayed disabled, took no input and could not be closed. Instead
     * {@code owner} takes no input of its own while the question is open: a click or a key in it brings the question
     * back, made anew (the one on screen, or a window destroyed unseen). A question hidden without an answer is asked
     * again. Closing {@code owner} works as ever; nothing is kept then ({@link Choice#NOT_YET}), and the next start
     * asks again.
     *
     * @param name the name of the reader the notes were copied from; blank when they gave none
     */
    public static Choice ask(Texts texts, Window owner, String name) {
        ButtonType same = new ButtonType(same(texts, name), ButtonBar.ButtonData.OTHER);
        ButtonType other = new ButtonType(someoneElse(texts), ButtonBar.ButtonData.OTHER);
        Alert[] shown = new Alert[1];
        EventHandler<InputEvent> held = e -> {
            e.consume(); // nothing is done in the window until the reader has said who they are
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED || e.getEventType() == KeyEvent.KEY_PRESSED) {
                shown[0].getDialogPane().getScene().getWindow().hide(); // then asked again, on top
            }
        };
        // The question goes with its window (a non-modal window owned by another stays when that one is hidden).
        EventHandler<WindowEvent> gone = e -> shown[0].getDialogPane().getScene().getWindow().hide();
        owner.addEventFilter(InputEvent.ANY, held);
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, gone);
        try {
            while (owner.isShowing()) {
                shown[0] = question(texts, owner, name, same, other);
                Optional<ButtonType> chosen = shown[0].showAndWait();
                if (chosen.isPresent() && (chosen.get() == same || chosen.get() == other)) {
                    return chosen.get() == same ? Choice.SAME : Choice.SOMEONE_ELSE;
                }
            }
            return Choice.NOT_YET;
        } finally {
            owner.removeEventFilter(InputEvent.ANY, held);
            owner.removeEventHandler(WindowEvent.WINDOW_HIDDEN, gone);
        }
    }

    private static Alert question(Texts texts, Window owner, String name, ButtonType same, ButtonType other) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("copied.text"), same, other);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE); // see ask: the owner's input is held back by its filter, not by the system
        alert.setTitle(texts.get("copied.title"));
        alert.setHeaderText(texts.format("copied.header", person(texts, name)));
        alert.getDialogPane().setId("copied-notes");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // No answer has the keyboard at first: Enter or Space pressed by reflex chose "I am Chen" (t35's F3). Tab
        // reaches either.
        alert.setOnShown(e -> alert.getDialogPane().requestFocus());
        return alert;
    }
}
