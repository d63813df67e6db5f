package org.peeragogy.reader.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked once, at the start, when the notes file is a copy of another reader's (fresh tester t34's F1, decision 0094):
 * whether whoever reads now is that person. In the window's language, over the window. The caller does the chosen work,
 * off the FX thread.
 */
public final class CopiedNotesDialog {
    /** What the reader chose: the person the notes were copied from, someone else, or not yet (closed: asked again). */
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
     * @param name the name of the reader the notes were copied from; blank when they gave none
     */
    public static Choice ask(Texts texts, Window owner, String name) {
        ButtonType same = new ButtonType(same(texts, name), ButtonBar.ButtonData.OTHER);
        ButtonType other = new ButtonType(someoneElse(texts), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("copied.text"), same, other);
        alert.initOwner(owner);
        alert.setTitle(texts.get("copied.title"));
        alert.setHeaderText(texts.format("copied.header", person(texts, name)));
        alert.getDialogPane().setId("copied-notes");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // No answer has the keyboard at first: Enter or Space pressed by reflex chose "I am Chen" (t35's F3). Tab
        // reaches either.
        alert.setOnShown(e -> alert.getDialogPane().requestFocus());
        Optional<ButtonType> chosen = alert.showAndWait();
        if (chosen.isEmpty()) {
            return Choice.NOT_YET;
        }
        return chosen.get() == same ? Choice.SAME : chosen.get() == other ? Choice.SOMEONE_ELSE : Choice.NOT_YET;
    }
}
