package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.peeragogy.reader.book.Annotation;

/**
 * The dialog to write or change a note: colour, text (kept as plain text) and tags.
 * The caret starts in the note; Ctrl+Enter (or Enter outside the text) saves; Tab leaves the text;
 * Esc, Cancel and the window's × ask before throwing typed text away. Exactly one colour is always chosen. Someone else's
 * note is shown read-only with its author. Limits are checked here, with a message, before saving.
 */
final class NoteEditor {
    /** What the reader chose; {@code delete} when they pressed Delete. */
    record Result(Annotation.Colour colour, String note, List<String> tags, boolean delete) {
    }

    /**
     * What to show. {@code needsText}: a chapter note, which is not saved empty; {@code otherAuthor}:
     * the note is someone else's, shown read-only with their name.
     */
    record Request(String title, String quote, Annotation.Colour colour, String note, List<String> tags,
                   boolean existing, boolean needsText, Optional<String> otherAuthor) {
    }

    private NoteEditor() {
    }

    static Optional<Result> show(Window owner, Request r, Texts texts) {
        boolean readOnly = r.otherAuthor().isPresent();
        DialogButtons buttons = DialogButtons.of(texts);
        ButtonType deleteButton = new ButtonType(texts.get("button.delete"), ButtonBar.ButtonData.LEFT);
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(readOnly ? texts.format("editor.noteBy", BidiMarks.isolated(r.otherAuthor().get())) : r.title());
        dialog.setHeaderText(null);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("note-editor");

        ToggleGroup colours = new ToggleGroup();
        HBox swatches = new HBox(6);
        for (Annotation.Colour c : Annotation.Colour.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("colour-" + c.code());
            b.setUserData(c);
            b.setToggleGroup(colours);
            b.setStyle(ColourSwatches.style(c));
            b.getStyleClass().add("colour-choice");
            b.setAccessibleText(texts.format("editor.colour", ColourSwatches.label(texts, c)));
            b.setTooltip(new javafx.scene.control.Tooltip(ColourSwatches.described(texts, c)));
            b.setDisable(readOnly);
            swatches.getChildren().add(b);
        }
        // Exactly one colour: choosing the chosen one again keeps it, and the name carries a check mark.
        colours.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
                return;
            }
            for (var t : colours.getToggles()) {
                ToggleButton b = (ToggleButton) t;
                String name = ColourSwatches.label(texts, (Annotation.Colour) b.getUserData());
                b.setText(b.isSelected() ? texts.format("editor.colourChosen", name) : name);
            }
        });
        colours.getToggles().stream().filter(t -> t.getUserData() == r.colour()).findFirst()
                .ifPresent(t -> t.setSelected(true));

        Label quoted = new Label(r.quote().isEmpty() ? "" : texts.format("editor.quote", abbreviate(r.quote(), 300)));
        quoted.setWrapText(true);
        quoted.setMaxWidth(460);
        quoted.setVisible(!r.quote().isEmpty());
        quoted.setManaged(!r.quote().isEmpty());
        quoted.getStyleClass().add("note-quote"); // italic, upright when the reader avoids italics
        Label author = new Label(r.otherAuthor().map(a -> texts.format("editor.byOther", BidiMarks.isolated(a))).orElse(""));
        author.setId("note-author");
        author.setVisible(readOnly);
        author.setManaged(readOnly);
        TextArea text = new TextArea(r.note());
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setEditable(!readOnly);
        text.setPromptText(r.needsText() ? texts.get("editor.promptChapter") : texts.get("editor.prompt"));
        TagChips tags = new TagChips(r.tags(), !readOnly, texts);
        // Tab leaves the note (Shift+Tab goes back to the colours) instead of typing a tab.
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                Node to = e.isShiftDown() ? (Node) Optional.ofNullable(colours.getSelectedToggle()).orElse(
                        colours.getToggles().get(0)) : tags.field().isVisible() ? tags.field() : pane.lookupButton(buttons.close());
                if (to != null) {
                    to.requestFocus();
                }
            }
        });
        Label message = new Label();
        message.setId("note-message");
        message.setWrapText(true);
        message.setMaxWidth(460);
        // Its lines all shown (a one-line message was cut with "…", losing "has 260."; fresh tester 14c m1), the
        // dialog growing to hold them.
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()) {
                pane.getScene().getWindow().sizeToScene();
            }
        }));
        message.getStyleClass().add("error-message");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        text.textProperty().addListener((o, was, now) -> {
            if (now.length() > Annotation.MAX_NOTE) {
                message.setText(NoteRulesViewModel.noteTooLong(texts, now.length()));
            } else if (message.getText().equals(NoteRulesViewModel.noteTooLong(texts, was.length()))
                    || (!now.isBlank() && message.getText().equals(NoteRulesViewModel.chapterNoteEmpty(texts)))) {
                message.setText("");
            }
        });
        // A problem said goes when it is mended: a tag over the limit removed (fresh tester 14c m1).
        tags.onChange(() -> {
            if (!message.getText().isEmpty() && !NoteRulesViewModel.problem(texts, text.getText(), tags.tags(), r.needsText())
                    .map(message.getText()::equals).orElse(false)) {
                message.setText("");
            }
        });
        VBox box = new VBox(8, author, quoted, swatches, text, tags.node(), message);
        box.setPadding(new Insets(10));
        box.setPrefWidth(480);
        pane.setContent(box);
        if (readOnly) {
            pane.getButtonTypes().add(buttons.close());
        } else {
            pane.getButtonTypes().addAll(buttons.cancel(), buttons.ok());
            if (r.existing()) {
                pane.getButtonTypes().add(deleteButton);
            }
            Node ok = pane.lookupButton(buttons.ok());
            ok.addEventFilter(ActionEvent.ACTION, e -> {
                Optional<String> problem = NoteRulesViewModel.problem(texts, text.getText(), tags.tags(), r.needsText());
                problem.ifPresent(p -> {
                    message.setText(p);
                    e.consume();
                });
            });
            boolean[] discarded = {false};
            pane.lookupButton(buttons.cancel()).addEventFilter(ActionEvent.ACTION, e -> {
                boolean typed = !text.getText().equals(r.note()) || !tags.tags().equals(r.tags());
                if (typed && !discard(pane.getScene().getWindow(), texts)) {
                    e.consume();
                } else {
                    discarded[0] = true;
                }
            });
            // The window's × asks as Esc does. A filter on the dialog's window: consuming its close request there
            // keeps the window open (the dialog's own handler, which would close it, never hears of it). Added once: a
            // dialog brought back (HeldDialogs) is shown again on the same stage.
            dialog.setOnShown(e -> {
                if (pane.getScene().getWindow().getProperties().putIfAbsent("peeragogy.asksAtClose", true) == null) {
                    pane.getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close -> {
                        boolean typed = !text.getText().equals(r.note()) || !tags.tags().equals(r.tags());
                        if (!discarded[0] && typed && !discard(pane.getScene().getWindow(), texts)) {
                            close.consume();
                        }
                    });
                }
            });
            // Ctrl+Enter saves from anywhere; Enter saves when it is not typing a line or a tag.
            pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() != KeyCode.ENTER) {
                    return;
                }
                Node focus = pane.getScene().getFocusOwner();
                if (!e.isShortcutDown() && focus instanceof javafx.scene.control.Button) {
                    return; // Enter on Cancel or Delete is theirs
                }
                boolean typing = focus instanceof TextInputControl input && input.isEditable()
                        && (input == text || !input.getText().isBlank());
                if (e.isShortcutDown() || !typing) {
                    e.consume();
                    if (e.isShortcutDown() && focus == tags.field()) {
                        tags.addTyped();
                    }
                    ((javafx.scene.control.Button) ok).fire();
                }
            });
        }
        // The caret starts in the note, after the dialog has settled its own focus.
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> {
            text.requestFocus();
            text.positionCaret(text.getLength());
        }));
        dialog.setResultConverter(button -> {
            Annotation.Colour chosen = colours.getSelectedToggle() == null ? r.colour()
                    : (Annotation.Colour) colours.getSelectedToggle().getUserData();
            if (button == buttons.ok()) {
                return new Result(chosen, text.getText(), tags.tags(), false);
            }
            if (button == deleteButton) {
                return new Result(chosen, r.note(), r.tags(), true);
            }
            return null;
        });
        return HeldDialogs.showAndWait(dialog);
    }

    /** What is being written, which the question names: a note, a question or a reply. */
    enum Writing {
        NOTE, QUESTION, REPLY
    }

    /** Asks whether to throw away what was typed in a note; true to discard. */
    static boolean discard(Window owner, Texts texts) {
        return discard(owner, texts, Writing.NOTE);
    }

    /**
     * Asks whether to throw away what was typed in {@code what}; true to discard. "Keep writing" is the default
     * button, so Enter (as Esc) keeps what was typed: only a click or Space on "Discard" throws it away (a fresh
     * tester pressed Enter and lost the text; issue 14).
     */
    static boolean discard(Window owner, Texts texts, Writing what) {
        ButtonType discard = new ButtonType(texts.get("editor.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(texts.get("editor.keepWriting"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = switch (what) {
            case NOTE -> texts.get("editor.discardText");
            case QUESTION -> texts.get("talk.discardQuestionText");
            case REPLY -> texts.get("talk.discardReplyText");
        };
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, discard, keep);
        ask.initOwner(owner);
        ask.setTitle(switch (what) {
            case NOTE -> texts.get("editor.discardTitle");
            case QUESTION -> texts.get("talk.discardQuestionTitle");
            case REPLY -> texts.get("talk.discardReplyTitle");
        });
        ask.setHeaderText(texts.get("editor.discardHeader"));
        ask.getDialogPane().setId("discard-note");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return HeldDialogs.showAndWait(ask).filter(b -> b == discard).isPresent();
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
