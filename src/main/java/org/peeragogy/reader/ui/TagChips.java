package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Tags edited as separate items: each tag is a chip that can be removed, and the field adds exactly
 * what was typed as one tag (Enter). Text is never split, so a tag may hold a comma (issue 11).
 */
final class TagChips {
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField field = new TextField();
    /** The widest a chip's text is drawn, in px (about 25 average characters at the dialog's font). */
    static final double CHIP_TEXT_MAX = 220;
    private final VBox root;
    private final boolean editable;
    private final Texts texts;

    TagChips(List<String> initial, boolean editable, Texts texts) {
        this.editable = editable;
        this.texts = texts;
        tags.setAll(initial);
        chips.setId("note-tag-chips");
        field.setId("note-tags");
        field.setPromptText(texts.get("editor.tagPrompt"));
        field.setVisible(editable);
        field.setManaged(editable);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !field.getText().isBlank()) {
                addTyped();
                e.consume();
            }
        });
        tags.addListener((javafx.collections.ListChangeListener<String>) c -> redraw());
        redraw();
        root = new VBox(4, chips, field);
        chips.setMinWidth(0);
        chips.prefWrapLengthProperty().bind(root.widthProperty());
    }

    Node node() {
        return root;
    }

    TextField field() {
        return field;
    }

    /** Runs {@code then} after each change of the chips (a tag added or removed). FX thread. */
    void onChange(Runnable then) {
        tags.addListener((javafx.collections.ListChangeListener<String>) c -> then.run());
    }

    /** Adds what is typed in the field as one tag (stripped), and empties the field. */
    void addTyped() {
        String t = field.getText().strip();
        if (!t.isEmpty() && !tags.contains(t)) {
            tags.add(t);
        }
        field.clear();
    }

    /** The tags as chosen, including any still typed in the field. */
    List<String> tags() {
        List<String> all = new ArrayList<>(tags);
        String typed = field.getText().strip();
        if (!typed.isEmpty() && !all.contains(typed)) {
            all.add(typed);
        }
        return List.copyOf(all);
    }

    private void redraw() {
        List<Node> nodes = new ArrayList<>();
        for (String t : tags) {
            Label name = WholeTips.label();
            name.setText(t);
            name.getStyleClass().add("tag-chip-text");
            // A tag may be 200 characters: a long one is cut with an ellipsis, whole in its tooltip (made only for a
            // tag cut short: WholeTips) and to screen readers, so that it never widens the dialog past its buttons
            // (a fresh tester's finding).
            name.setMaxWidth(CHIP_TEXT_MAX);
            name.setMinWidth(0);
            name.setAccessibleText(t);
            HBox chip = new HBox(2, name);
            chip.getStyleClass().add("tag-chip");
            if (editable) {
                Button remove = new Button("×");
                remove.getStyleClass().add("tag-chip-remove");
                remove.setAccessibleText(texts.format("editor.removeTag", t));
                remove.setOnAction(e -> tags.remove(t));
                chip.getChildren().add(remove);
            }
            nodes.add(chip);
        }
        chips.getChildren().setAll(nodes);
        chips.setVisible(!tags.isEmpty());
        chips.setManaged(!tags.isEmpty());
    }
}
