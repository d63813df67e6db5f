package org.peeragogy.reader.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real {@link Dialogs}: JavaFX alerts, choosers and dialogs owned by the reader window. FX thread only. */
final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Texts texts;
    private final DialogButtons buttons;

    FxDialogs(Window owner, Texts texts) {
        this.owner = Objects.requireNonNull(owner);
        this.texts = Objects.requireNonNull(texts);
        this.buttons = DialogButtons.of(texts);
    }

    @Override
    public boolean confirm(Question q) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, q.text(), buttons.cancel(), buttons.ok());
        alert.initOwner(owner);
        alert.setTitle(q.title());
        alert.setHeaderText(q.header());
        if (!q.details().isEmpty()) {
            // What the reader should see item by item (an import's skipped items), so nothing goes unseen.
            TextArea lines = new TextArea(String.join("\n", q.details()));
            lines.setEditable(false);
            lines.setWrapText(true);
            lines.setPrefRowCount(Math.min(8, q.details().size()));
            lines.getStyleClass().add("dialog-details");
            if (q.paneId() != null) {
                lines.setId(q.paneId() + "-details");
            }
            alert.getDialogPane().setExpandableContent(new VBox(4, new Label(q.detailsLabel()), lines));
            alert.getDialogPane().setExpanded(true); // kept shown: reader-window.css hides JavaFX's own toggle
        }
        if (q.paneId() != null) {
            alert.getDialogPane().setId(q.paneId());
        }
        return HeldDialogs.showAndWait(alert).filter(b -> b == buttons.ok()).isPresent();
    }

    @Override
    public Optional<List<Integer>> pick(Question q, List<String> items, List<Boolean> checked) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(q.title());
        dialog.setHeaderText(q.header());
        VBox rows = new VBox(6);
        List<CheckBox> boxes = new java.util.ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            CheckBox box = LiteralLabels.checkBox(items.get(k));
            box.setWrapText(true);
            box.setMaxWidth(560);
            box.setSelected(checked.get(k));
            box.setId((q.paneId() == null ? "pick" : q.paneId()) + "-item-" + k);
            boxes.add(box);
            rows.getChildren().add(box);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 44.0 * items.size()));
        scroll.setPrefViewportWidth(580);
        scroll.setId((q.paneId() == null ? "pick" : q.paneId()) + "-list");
        FittedList.fit(dialog, scroll, rows);
        Label text = new Label(q.text());
        text.setWrapText(true);
        text.setMaxWidth(580);
        dialog.getDialogPane().setContent(q.text().isEmpty() ? scroll : new VBox(8, text, scroll));
        dialog.getDialogPane().getButtonTypes().addAll(buttons.cancel(), buttons.ok());
        if (q.paneId() != null) {
            dialog.getDialogPane().setId(q.paneId());
        }
        dialog.setResizable(true);
        // Enter is OK from a check too (a check box keeps Enter from the default button); Space ticks.
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShiftDown() && !e.isControlDown()
                    && !e.isAltDown() && e.getTarget() instanceof CheckBox) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(buttons.ok())).fire();
                e.consume();
            }
        });
        if (!boxes.isEmpty()) {
            javafx.application.Platform.runLater(boxes.get(0)::requestFocus); // the keyboard starts on the first file
        }
        if (HeldDialogs.showAndWait(dialog).filter(b -> b == buttons.ok()).isEmpty()) {
            return Optional.empty();
        }
        List<Integer> ticked = new java.util.ArrayList<>();
        for (int k = 0; k < boxes.size(); k++) {
            if (boxes.get(k).isSelected()) {
                ticked.add(k);
            }
        }
        return Optional.of(ticked);
    }

    @Override
    public boolean twoWays(Question q, String yes, String no) {
        ButtonType no1 = new ButtonType(no, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType yes1 = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, q.text(), no1, yes1);
        ask.initOwner(owner);
        ask.setTitle(q.title());
        ask.setHeaderText(q.header());
        if (q.paneId() != null) {
            ask.getDialogPane().setId(q.paneId());
        }
        // "No" is the default: Enter, Esc and closing the dialog all choose it.
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(no1)).setDefaultButton(true);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(yes1)).setDefaultButton(false);
        return HeldDialogs.showAndWait(ask).filter(b -> b == yes1).isPresent();
    }

    @Override
    public void inform(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, buttons.ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        HeldDialogs.show(alert);
    }

    @Override
    public void explain(Question q) {
        Alert alert = new Alert(Alert.AlertType.WARNING, q.text(), buttons.ok());
        alert.initOwner(owner);
        alert.setTitle(q.title());
        alert.setHeaderText(q.header());
        if (q.paneId() != null) {
            alert.getDialogPane().setId(q.paneId());
        }
        alert.setResizable(true);
        HeldDialogs.showAndWait(alert);
    }

    @Override
    public void informList(String title, String id, List<String> paragraphs) {
        informList(title, id, new javafx.beans.property.SimpleObjectProperty<>(paragraphs), "");
    }

    @Override
    public void informList(String title, String id, javafx.beans.value.ObservableValue<List<String>> paragraphs,
                           String whenNone) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, buttons.ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        java.util.function.Function<List<String>, String> said = p -> p.isEmpty() ? whenNone : String.join("\n\n", p);
        TextArea lines = new TextArea(said.apply(paragraphs.getValue()));
        // Follows what it tells while open, and lets go of it when closed.
        javafx.beans.value.ChangeListener<List<String>> follow = (o, was, now) -> lines.setText(said.apply(now));
        paragraphs.addListener(follow);
        alert.setOnHidden(e -> paragraphs.removeListener(follow));
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefColumnCount(48);
        lines.setPrefRowCount(Math.min(12, Math.max(3, paragraphs.getValue().size() * 2)));
        lines.getStyleClass().add("dialog-details");
        lines.setId(id + "-text");
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().setId(id);
        alert.setResizable(true);
        HeldDialogs.show(alert);
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        buttons.okCancel(dialog.getDialogPane());
        // Ctrl+Enter takes it, as it saves the note dialog (t34's F8: it did nothing here); Enter does too.
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()
                    && dialog.getDialogPane().lookupButton(buttons.ok()) instanceof javafx.scene.control.Button ok) {
                e.consume();
                ok.fire();
            }
        });
        dialog.getEditor().setAccessibleText(label.replaceAll(":$", ""));
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        return HeldDialogs.showAndWait(dialog);
    }

    @Override
    public Optional<String> choose(String title, String header, String label, List<String> options) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(options.get(0), options);
        buttons.okCancel(dialog.getDialogPane());
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        // The list says what it chooses (issue 14: a screen reader names it by its label).
        if (dialog.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.Control list) {
            list.setAccessibleText(label.replaceAll(":$", ""));
            list.setAccessibleHelp(header);
        }
        return HeldDialogs.showAndWait(dialog);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return path(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> chooseFile(String title, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (Filter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        return path(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<NoteEditor.Result> editNote(NoteEditor.Request request) {
        return NoteEditor.show(owner, request, texts);
    }

    @Override
    public Optional<ConversationDialog.Written> write(ConversationDialog.Request request) {
        return ConversationDialog.show(owner, request, texts);
    }

    @Override
    public void people(List<PeopleViewModel.Person> people, BiConsumer<String, Boolean> setVisible) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("people.title"));
        dialog.setHeaderText(texts.get("people.header"));
        VBox rows = new VBox(6);
        for (PeopleViewModel.Person p : people) {
            CheckBox box = LiteralLabels.checkBox(p.name());
            box.setSelected(p.visible());
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setStyle("-fx-background-color: " + p.colour() + "; -fx-background-radius: 7;");
            box.setGraphic(swatch);
            box.setAccessibleText(texts.format("people.notesBy", p.name())); // the layer is named; its colour is not its meaning
            box.selectedProperty().addListener((o, was, now) -> setVisible.accept(p.id(), now));
            rows.getChildren().add(box);
        }
        if (rows.getChildren().isEmpty()) {
            rows.getChildren().add(new Label(texts.get("people.none")));
        }
        dialog.getDialogPane().setContent(rows);
        dialog.getDialogPane().getButtonTypes().add(buttons.close());
        HeldDialogs.showAndWait(dialog);
    }

    private static Optional<Path> path(File chosen) {
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
