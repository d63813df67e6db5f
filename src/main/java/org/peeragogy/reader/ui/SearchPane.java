package org.peeragogy.reader.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The search box and its results, grouped by chapter, matched words in bold (as text, never markup). */
final class SearchPane {
    private final VBox root;
    private final TextField field = new TextField();

    SearchPane(SearchViewModel vm, Consumer<SearchViewModel.Result> open, Texts texts) {
        field.setId("search-field");
        field.setPromptText(texts.get("search.prompt"));
        // Each key searches at once (the view-model runs only the newest query; issue 17).
        field.textProperty().bindBidirectional(vm.queryProperty());

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.indexingProperty());
        progress.visibleProperty().bind(vm.indexingProperty().greaterThanOrEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Label indexing = new Label(texts.get("search.preparing"));
        indexing.visibleProperty().bind(progress.visibleProperty());
        indexing.managedProperty().bind(progress.visibleProperty());

        Label status = new Label();
        status.setId("search-status");
        status.textProperty().bind(vm.statusProperty());

        ListView<SearchViewModel.Result> list = new ListView<>(vm.results());
        WholeRepaint.soonAfterChanges(list);
        list.setId("search-results");
        list.setPlaceholder(new Label(""));
        list.setCellFactory(v -> new HitCell(texts));
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        // Down from the box goes on from the result opened last (the first when none is chosen).
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                int at = list.getSelectionModel().getSelectedIndex();
                list.getSelectionModel().select(at < 0 ? 0 : Math.min(at + 1, list.getItems().size() - 1));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                open.accept(list.getItems().get(0));
            }
        });
        // Results refreshed with the opened one still there (a note saved changes them): keep its place.
        vm.results().addListener((javafx.collections.ListChangeListener<SearchViewModel.Result>) c -> {
            int at = vm.indexOf(vm.openedProperty().get());
            if (at >= 0 && list.getSelectionModel().getSelectedIndex() != at) {
                list.getSelectionModel().select(at);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, field, indexing, progress, status, list);
        root.setPadding(new Insets(6));
    }

    Node node() {
        return root;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /**
     * One hit: the chapter's title when it starts a new chapter's group, a "Note" label, the snippet. The cell keeps
     * its box, title and label from one hit to the next and makes only the snippet anew: the first results of a window
     * were laid out in 36–88 ms of the FX thread, and over 60 searches this method was over a quarter of the layout's
     * time (async-profiler; issue 17, decision 0083). The title's tooltip is made only for a title cut short
     * ({@link WholeTips}): made for every cell, it was most of the time to make one.
     */
    private static final class HitCell extends ListCell<SearchViewModel.Result> {
        private final Texts texts;
        private final VBox box = new VBox(2);
        /** Whole in its tooltip when the side panel cuts it short, as in the contents; no tooltip otherwise. */
        private final Label title = WholeTips.label();
        private final Label note = new Label();

        HitCell(Texts texts) {
            this.texts = texts;
            title.getStyleClass().add("search-chapter");
            note.getStyleClass().add("note-kind");
            box.setMaxWidth(Double.MAX_VALUE);
            box.prefWidthProperty().set(0);
        }

        @Override
        protected void updateItem(SearchViewModel.Result hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            // Read as one sentence: the chapter, whether it is a note, the words around the match.
            String words = hit.snippet().replace(String.valueOf(SearchViewModel.MATCH_START), "")
                    .replace(String.valueOf(SearchViewModel.MATCH_END), "");
            // Another person's note says whose it is (F17: an imported note was called "Your note").
            String by = BidiMarks.isolated(org.peeragogy.reader.book.AuthorNames.clean(hit.by()));
            // A bookmark says it is one (it was "Your note": fresh tester 14c).
            String kind = !hit.note() ? "" : hit.bookmark() ? (by.isEmpty() ? texts.get("search.yourBookmark")
                    : texts.format("search.bookmarkBy", by)) : by.isEmpty() ? texts.get("search.yourNote")
                    : texts.format("search.noteBy", by);
            setAccessibleText(!hit.note() ? texts.format("search.speech", hit.title(), words)
                    : by.isEmpty() ? texts.format(hit.bookmark() ? "search.speechBookmark" : "search.speechNote",
                    hit.title(), words) : texts.format(hit.bookmark() ? "search.speechBookmarkBy" : "search.speechNoteBy",
                    hit.title(), by, words));
            java.util.List<Node> parts = new java.util.ArrayList<>(3);
            int i = getIndex();
            SearchViewModel.Result previous = i > 0 && i - 1 < getListView().getItems().size() ? getListView().getItems().get(i - 1) : null;
            if (previous == null || !previous.chapterId().equals(hit.chapterId())) {
                title.setText(hit.title());
                parts.add(title);
            }
            if (hit.note()) {
                note.setText(kind);
                parts.add(note);
            }
            parts.add(snippet(hit.snippet()));
            box.getChildren().setAll(parts);
            if (getGraphic() != box) {
                setGraphic(box);
            }
        }
    }

    /** The snippet as text nodes: marked words bold. */
    static TextFlow snippet(String snippet) {
        TextFlow flow = new TextFlow();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == SearchViewModel.MATCH_START || c == SearchViewModel.MATCH_END) {
                add(flow, run.toString(), bold);
                run.setLength(0);
                bold = c == SearchViewModel.MATCH_START;
            } else {
                run.append(c == '\n' ? ' ' : c);
            }
        }
        add(flow, run.toString(), bold);
        return flow;
    }

    private static void add(TextFlow flow, String s, boolean bold) {
        if (s.isEmpty()) {
            return;
        }
        Text t = new Text(s);
        t.getStyleClass().add(bold ? "search-match" : "search-text");
        if (bold) {
            t.setFont(Font.font(null, FontWeight.BOLD, Font.getDefault().getSize()));
        }
        flow.getChildren().add(t);
    }
}
