package org.peeragogy.reader.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notes panel's "Could not place (N)" part ({@code #could-not-place}): the notes that lost their place, with
 * Find it in this handbook and Re-attach. Shown only while there are such notes; it joins the panel when the first
 * one comes (issue 17, decision 0082), as a hidden part was styled and laid out before the first chapter was shown,
 * its list and its titled pane the only ones of their kind there. FX thread.
 */
final class CouldNotPlace {
    private final ListView<NoteItem> orphans = new ListView<>();
    private final TitledPane pane;
    private final NotesViewModel vm;

    CouldNotPlace(NotesViewModel vm, NotesPanel.Actions actions, Texts texts) {
        this.vm = vm;
        orphans.setId("orphans-list");
        orphans.setItems(vm.orphans());
        WholeRepaint.afterChanges(orphans);
        orphans.setCellFactory(v -> new ItemCell(texts));
        orphans.setPrefHeight(140);
        Button reattach = new Button(texts.get("notes.reattach"));
        reattach.setId("reattach");
        reattach.disableProperty().bind(orphans.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> vm.selectionProperty().get().isEmpty(), vm.selectionProperty())));
        reattach.setOnAction(e -> actions.reattach(orphans.getSelectionModel().getSelectedItem()));
        // Searches the handbook for the note's quote; the note stays listed here on every chapter meanwhile.
        Button find = new Button(texts.get("notes.findInHandbook"));
        find.setId("find-in-handbook");
        find.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            NoteItem item = orphans.getSelectionModel().getSelectedItem();
            return item == null || !NotesViewModel.findable(item);
        }, orphans.getSelectionModel().selectedItemProperty()));
        find.setOnAction(e -> actions.find(orphans.getSelectionModel().getSelectedItem()));
        Label orphanHelp = new Label(texts.get("notes.orphanHelp"));
        orphanHelp.setWrapText(true);
        pane = new TitledPane("", new VBox(6, orphanHelp, orphans, new HBox(6, find, reattach)));
        pane.setId("could-not-place");
        pane.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("notes.couldNotPlace", vm.orphans().size()), vm.orphans()));
        pane.visibleProperty().bind(Bindings.isNotEmpty(vm.orphans()));
        pane.managedProperty().bind(pane.visibleProperty());
        // On a short window the notes list gives up its room first: these keep the height they need to be used.
        pane.setMinHeight(Region.USE_PREF_SIZE);
        NotesPanel.deleteKey(orphans, () -> java.util.Optional.ofNullable(orphans.getSelectionModel().getSelectedItem()),
                actions);
    }

    /**
     * Puts the part into the notes panel's {@code panel} at {@code index} now when a note has lost its place, else
     * when the first one does; from then on it is there, hidden whenever there is none (its visibility is bound).
     */
    void placeIn(VBox panel, int index) {
        if (!vm.orphans().isEmpty()) {
            panel.getChildren().add(index, pane);
        } else {
            vm.orphans().addListener(new ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends NoteItem> c) {
                    if (!vm.orphans().isEmpty()) {
                        vm.orphans().removeListener(this);
                        panel.getChildren().add(index, pane);
                        WholeRepaint.of(panel.getScene()); // as its list's change did while it was in the panel
                    }
                }
            });
        }
    }

    /** The list of the notes that lost their place (whether or not it is in the panel yet). */
    ListView<NoteItem> list() {
        return orphans;
    }

    /** Note text is set as a Label's text: it is only ever shown as text. */
    static final class ItemCell extends ListCell<NoteItem> {
        private final Texts texts;
        /** The item this cell's graphic shows: a list re-read after a save hands most cells an equal item. */
        private NoteItem shown;

        ItemCell(Texts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(NoteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                shown = null;
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            if (item.equals(shown) && getGraphic() != null) {
                // Building a note's labels (and CSS for them) is most of what a refresh cost the FX thread
                // with a chapter of many notes (StallBenchmark's late-pulse samples; issue 10).
                return;
            }
            shown = item;
            javafx.scene.Node note = NotesPanel.describe(texts, item.annotation(),
                    item.placement().kind().name().equals("FUZZY"), item.conflict());
            if (item.elsewhere()) {
                Label from = new Label(item.annotation().chapterId().equals(org.peeragogy.reader.book.ChapterIds.UNPLACED)
                        ? texts.get("notes.fromOtherPage") : texts.get("notes.fromOtherChapter"));
                from.getStyleClass().add("note-kind");
                note = new VBox(2, from, note);
            }
            // A note a file said was the reader's says where it came from (decision 0032).
            String claim = NotesPanel.claimOf(texts, item);
            if (!claim.isEmpty()) {
                note = new VBox(2, NotesPanel.claimLabel(claim), note);
            }
            setGraphic(note);
            setText(null);
            // quote, note, author, date; then where a note that says it is the reader's came from
            setAccessibleText(NoteSpeech.of(texts, item.annotation(), item.elsewhere()) + (claim.isEmpty() ? "" : " " + claim));
        }
    }
}
