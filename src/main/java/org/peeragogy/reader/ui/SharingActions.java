package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.ShareStore;

/** The window's dialogs for sharing notes: export, import with its preview, undo, and people. */
final class SharingActions {
    private static final System.Logger LOG = System.getLogger(SharingActions.class.getName());
    private static final List<String> EXPORT_FORMATS = List.of("Notes file, to share with other readers (.peeranotes)",
            "W3C Web Annotation JSON-LD, for other tools (.jsonld)", "Markdown, for people to read or print (.md)");

    private final Stage stage;
    private final SharingViewModel sharing;
    private final NotesViewModel notes;
    private final Consumer<String> report;
    private final Runnable notesChanged;

    /**
     * @param notesChanged called after an import, an undo or a change of who is shown, for the
     *                     views that list notes
     */
    SharingActions(Stage stage, SharingViewModel sharing, NotesViewModel notes, Consumer<String> report,
                   Runnable notesChanged) {
        this.stage = stage;
        this.sharing = sharing;
        this.notes = notes;
        this.report = report;
        this.notesChanged = notesChanged;
    }

    void exportNotes() {
        ChoiceDialog<String> formats = new ChoiceDialog<>(EXPORT_FORMATS.get(0), EXPORT_FORMATS);
        formats.initOwner(stage);
        formats.setTitle("Export notes");
        formats.setHeaderText("Export the notes of this handbook as:");
        formats.setContentText("Format:");
        Optional<String> chosen = formats.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        NoteSharing.Format format = NoteSharing.Format.values()[EXPORT_FORMATS.indexOf(chosen.get())];
        // Private notes (only their author could read them where they came from) go only when the reader
        // says so; counting them reads the database, so off the FX thread, then the question on it.
        Task<Integer> count = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                return sharing.privateCount();
            }
        };
        count.setOnSucceeded(e -> exportNotes(format, count.getValue() > 0 && includePrivate(count.getValue())));
        count.setOnFailed(e -> report.accept(Messages.logged(LOG, "Sharing notes", count.getException())));
        ReaderWindow.runInBackground(count, "export-private-count");
    }

    /** Asks whether the private notes go too; leaving them out is the default. */
    private boolean includePrivate(int privates) {
        ButtonType leaveOut = new ButtonType("Leave them out", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType include = new ButtonType("Include them", javafx.scene.control.ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, privates + (privates == 1 ? " note is" : " notes are")
                + " private: only " + (privates == 1 ? "its author" : "their authors") + " could read "
                + (privates == 1 ? "it" : "them") + " where " + (privates == 1 ? "it" : "they") + " came from. They"
                + " are left out of the export unless you include them; included, they are marked private in the"
                + " file.", leaveOut, include);
        ask.initOwner(stage);
        ask.setTitle("Private notes");
        ask.setHeaderText("Include the private notes?");
        ask.getDialogPane().setId("export-private");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(leaveOut)).setDefaultButton(true);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(include)).setDefaultButton(false);
        return ask.showAndWait().filter(b -> b == include).isPresent();
    }

    private void exportNotes(NoteSharing.Format format, boolean withPrivate) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export notes");
        chooser.setInitialFileName("notes-" + notes.authorName().orElse("me").replaceAll("[^\\p{L}\\p{N}]+", "-")
                + format.extension());
        File out = chooser.showSaveDialog(stage);
        if (out == null) {
            return;
        }
        Task<NoteSharing.Exported> task = new Task<>() {
            @Override
            protected NoteSharing.Exported call() throws Exception {
                return sharing.export(format, out.toPath(), ExportFilter.ALL.withPrivate(withPrivate));
            }
        };
        task.setOnSucceeded(e -> info("Notes exported", task.getValue().notes() + " notes written to "
                + task.getValue().file() + "."));
        task.setOnFailed(e -> report.accept(Messages.logged(LOG, "Sharing notes", task.getException())));
        ReaderWindow.runInBackground(task, "export");
    }

    void chooseNotesFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import notes");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Notes files", "*.peeranotes", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importNotes(file.toPath());
        }
    }

    /** Checks the file off the FX thread, shows what importing it would do, and imports on OK. */
    void importNotes(Path file) {
        if (sharing.workingProperty().get()) {
            report.accept("Notes are being imported or taken back; try again when that has finished.");
            return;
        }
        Task<NoteSharing.Preview> task = new Task<>() {
            @Override
            protected NoteSharing.Preview call() throws Exception {
                return sharing.preview(file);
            }
        };
        task.setOnSucceeded(e -> confirmImport(task.getValue()));
        task.setOnFailed(e -> report.accept(Messages.logged(LOG, "Sharing notes", task.getException())));
        ReaderWindow.runInBackground(task, "import-preview");
    }

    private void confirmImport(NoteSharing.Preview preview) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Import notes");
        alert.setHeaderText("Import the notes in " + preview.file().getFileName() + "?");
        alert.setContentText(preview.counts().changesNothing()
                ? "You already have everything in this file: importing it changes nothing."
                : preview.counts().summary() + ".\n\nNotes keep their authors. Notes that cannot be placed are kept"
                + " under \"Could not place\". File → Undo last import takes the whole import back.");
        if (!preview.remarks().isEmpty()) {
            // What the file holds that will not come in, item by item, so nothing is dropped unseen.
            javafx.scene.control.TextArea remarks = new javafx.scene.control.TextArea(String.join("\n", preview.remarks()));
            remarks.setEditable(false);
            remarks.setWrapText(true);
            remarks.setPrefRowCount(Math.min(8, preview.remarks().size()));
            remarks.setId("import-remarks");
            alert.getDialogPane().setExpandableContent(new javafx.scene.layout.VBox(4,
                    new javafx.scene.control.Label(preview.remarks().size() + " item(s) will not be imported as they are:"),
                    remarks));
            alert.getDialogPane().setExpanded(true);
        }
        alert.getDialogPane().setId("import-preview");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        Task<ShareStore.Applied> task = new Task<>() {
            @Override
            protected ShareStore.Applied call() throws Exception {
                return sharing.apply(preview);
            }
        };
        task.setOnSucceeded(e -> {
            sharing.finished();
            sharing.imported(task.getValue());
            refreshLayers();
        });
        task.setOnFailed(e -> {
            sharing.finished();
            report.accept(Messages.logged(LOG, "Sharing notes", task.getException()));
        });
        sharing.started();
        ReaderWindow.runInBackground(task, "import");
    }

    void undoImport() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Every note the import added, changed or deleted goes back"
                + " to how it was before it. Changes you made since to those same notes are taken back too.",
                ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Undo last import");
        alert.setHeaderText("Take back the whole last import?");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        java.util.OptionalLong batch = sharing.beginUndo();
        if (batch.isEmpty()) {
            return;
        }
        // Off the FX thread: taking back thousands of notes is one long transaction.
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                sharing.undoImport(batch.getAsLong());
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            sharing.finished();
            refreshLayers();
        });
        task.setOnFailed(e -> {
            sharing.finished();
            report.accept(Messages.logged(LOG, "Sharing notes", task.getException()));
        });
        ReaderWindow.runInBackground(task, "undo-import");
    }

    /** Shows or hides each person's notes. */
    void showPeople() {
        sharing.refreshAuthors();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("People");
        dialog.setHeaderText("Each person's notes are a layer: show or hide them.");
        VBox rows = new VBox(6);
        for (AuthorStore.Author a : sharing.authors()) {
            CheckBox box = new CheckBox(sharing.label(a));
            box.setSelected(a.visible());
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setStyle("-fx-background-color: " + a.colour() + "; -fx-background-radius: 7;");
            box.setGraphic(swatch);
            box.selectedProperty().addListener((o, was, now) -> {
                sharing.setVisible(a.id(), now);
                refreshLayers();
            });
            rows.getChildren().add(box);
        }
        if (rows.getChildren().isEmpty()) {
            rows.getChildren().add(new Label("No notes yet."));
        }
        dialog.getDialogPane().setContent(rows);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    /** Applies who is shown and which notes are in conflict, then everything that lists notes. */
    void refreshLayers() {
        sharing.refreshAuthors();
        notes.setLayers(sharing.hiddenAuthors(), sharing.conflicted());
        notesChanged.run();
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.show();
    }

}
