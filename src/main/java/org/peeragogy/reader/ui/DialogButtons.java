package org.peeragogy.reader.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * The dialogs' OK, Cancel and Close in the window's language (decision 0030): JavaFX's own
 * {@link ButtonType#OK} and the others are worded in the system's language, whatever the window's. Each has the
 * same {@link ButtonData} as JavaFX's, so dialogs that answer by it (a text input's, a choice's) work as before.
 */
record DialogButtons(ButtonType ok, ButtonType cancel, ButtonType close) {
    static DialogButtons of(Texts texts) {
        return new DialogButtons(new ButtonType(texts.get("button.ok"), ButtonData.OK_DONE),
                new ButtonType(texts.get("button.cancel"), ButtonData.CANCEL_CLOSE),
                new ButtonType(texts.get("button.close"), ButtonData.CANCEL_CLOSE));
    }

    /** Gives {@code pane} Cancel and OK in place of JavaFX's (a text input's or a choice's dialog). */
    void okCancel(DialogPane pane) {
        pane.getButtonTypes().setAll(cancel, ok);
    }
}
