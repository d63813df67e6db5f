package org.peeragogy.reader.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog to write a reply or a question (issue 15): what it answers or asks about, quoted; the text (plain
 * text); for a question, when the group allows it, "Ask anonymously", saying plainly what that does and does not
 * hide. The caret starts in the text; Ctrl+Enter saves; Cancel or Esc asks before throwing typed text away. An
 * empty or overlong text is said here, before saving. FX thread.
 */
final class ConversationDialog {
    /**
     * What to show: a title, what it is about ("" for nothing), whether to offer asking anonymously, and whether it
     * is a question (else a reply), which the question before throwing typed text away names.
     */
    record Request(String title, String about, String prompt, boolean offerAnonymous, boolean question) {
    }

    /** What was written, and whether it is to be asked anonymously. */
    record Written(String text, boolean anonymous) {
    }

    private ConversationDialog() {
    }

    /** {@code texts}: the dialog's words ("Ask anonymously" and what it says plainly of it, talk.anonymousWarning). */
    static Optional<Written> show(Window owner, Request r, Texts texts) {
        DialogButtons buttons = DialogButtons.of(texts);
        Dialog<Written> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(r.title());
        dialog.setHeaderText(null);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("conversation-dialog");
        Label about = new Label(r.about());
        about.setWrapText(true);
        about.setMaxWidth(460);
        about.setVisible(!r.about().isEmpty());
        about.setManaged(!r.about().isEmpty());
        about.getStyleClass().add("note-quote");
        TextArea text = new TextArea();
        text.setId("conversation-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(r.prompt());
        text.setAccessibleText(r.title());
        CheckBox anonymous = new CheckBox(texts.get("talk.anonymously"));
        anonymous.setId("ask-anonymously");
        Label warning = new Label(texts.get("talk.anonymousWarning"));
        warning.setId("anonymous-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(460);
        anonymous.setAccessibleHelp(warning.getText());
        for (Node n : new Node[] {anonymous, warning}) {
            n.setVisible(r.offerAnonymous());
            n.setManaged(r.offerAnonymous());
        }
        Label message = new Label();
        message.setId("conversation-message");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.getStyleClass().add("error-message");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        text.textProperty().addListener((o, was, now) -> message.setText(""));
        // Tab leaves the text instead of typing a tab.
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                Node to = r.offerAnonymous() ? anonymous : pane.lookupButton(buttons.ok());
                if (!e.isShiftDown() && to != null) {
                    to.requestFocus();
                }
            }
        });
        VBox box = new VBox(8, about, text, anonymous, warning, message);
        box.setPadding(new Insets(10));
        box.setPrefWidth(480);
        pane.setContent(box);
        pane.getButtonTypes().addAll(buttons.cancel(), buttons.ok());
        Node ok = pane.lookupButton(buttons.ok());
        ok.addEventFilter(ActionEvent.ACTION, e -> ConversationViewModel.problem(texts, text.getText()).ifPresent(p -> {
            message.setText(p);
            e.consume();
        }));
        pane.lookupButton(buttons.cancel()).addEventFilter(ActionEvent.ACTION, e -> {
            if (!text.getText().isBlank() && !NoteEditor.discard(pane.getScene().getWindow(), texts,
                    r.question() ? NoteEditor.Writing.QUESTION : NoteEditor.Writing.REPLY)) {
                e.consume();
            }
        });
        // Ctrl+Enter saves from anywhere in the dialog.
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ((javafx.scene.control.Button) ok).fire();
            }
        });
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(text::requestFocus));
        dialog.setResultConverter(b -> b == buttons.ok()
                ? new Written(text.getText().strip(), r.offerAnonymous() && anonymous.isSelected()) : null);
        return HeldDialogs.showAndWait(dialog);
    }
}
