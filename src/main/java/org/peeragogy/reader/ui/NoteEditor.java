package org.peeragogy.reader.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.peeragogy.reader.book.Annotation;

/** The dialog to write or change a note: colour, text (kept as plain text) and tags. */
final class NoteEditor {
    /** What the reader chose; {@code delete} when they pressed Delete. */
    record Result(Annotation.Colour colour, String note, List<String> tags, boolean delete) {
    }

    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.LEFT);

    private NoteEditor() {
    }

    /**
     * @param quote    the highlighted text, shown for context ("" for a chapter note)
     * @param existing the annotation being changed, if any (then Delete is offered)
     */
    static Optional<Result> show(Window owner, String title, String quote, Annotation.Colour colour, String note,
                                 List<String> tags, boolean existing) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ToggleGroup colours = new ToggleGroup();
        HBox swatches = new HBox(6);
        for (Annotation.Colour c : Annotation.Colour.values()) {
            ToggleButton b = new ToggleButton(ColourSwatches.label(c));
            b.setId("colour-" + c.code());
            b.setUserData(c);
            b.setToggleGroup(colours);
            b.setStyle(ColourSwatches.style(c));
            b.setSelected(c == colour);
            swatches.getChildren().add(b);
        }
        Label quoted = new Label(quote.isEmpty() ? "" : "“" + abbreviate(quote, 300) + "”");
        quoted.setWrapText(true);
        quoted.setMaxWidth(460);
        quoted.setVisible(!quote.isEmpty());
        quoted.setManaged(!quote.isEmpty());
        quoted.setStyle("-fx-font-style: italic;");
        TextArea text = new TextArea(note);
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText("Your note (plain text)");
        TextField tagField = new TextField(String.join(", ", tags));
        tagField.setId("note-tags");
        tagField.setPromptText("Tags, separated by commas");
        VBox box = new VBox(8, quoted, swatches, text, tagField);
        box.setPadding(new Insets(10));
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        if (existing) {
            dialog.getDialogPane().getButtonTypes().add(DELETE);
        }
        dialog.setOnShown(e -> text.requestFocus());
        dialog.setResultConverter(button -> {
            Annotation.Colour chosen = colours.getSelectedToggle() == null ? colour
                    : (Annotation.Colour) colours.getSelectedToggle().getUserData();
            if (button == ButtonType.OK) {
                return new Result(chosen, text.getText(), parseTags(tagField.getText()), false);
            }
            if (button == DELETE) {
                return new Result(chosen, note, tags, true);
            }
            return null;
        });
        return dialog.showAndWait();
    }

    static List<String> parseTags(String s) {
        return Arrays.stream(s.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
