package org.peeragogy.reader.ui;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;

/** Every note in the handbook, with filters; choosing one goes to its place. */
final class AllNotesWindow {
    private final Stage stage = new Stage();
    private final AllNotesViewModel vm;

    AllNotesWindow(Window owner, AllNotesViewModel vm, Iterable<Chapter> chapters, Texts texts,
                   Consumer<Annotation> open) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(texts.format("main.title", texts.get("allNotes.title")));

        ComboBox<Annotation.Colour> colour = new ComboBox<>();
        colour.getItems().add(null);
        colour.getItems().addAll(Annotation.Colour.values());
        colour.setConverter(converter(c -> c == null ? texts.get("allNotes.anyColour") : ColourSwatches.label(texts, c)));
        colour.valueProperty().bindBidirectional(vm.colourProperty());
        colour.setAccessibleText(texts.get("allNotes.filterColour"));

        ComboBox<String> tag = new ComboBox<>();
        tag.setPromptText(texts.get("allNotes.anyTag"));
        tag.setId("filter-tag");
        vm.tags().addListener((javafx.collections.ListChangeListener<String>) c -> UserTextChoices.offer(tag, vm.tags()));
        tag.setConverter(converter(t -> t == null || t.isEmpty() ? texts.get("allNotes.anyTag") : BidiMarks.tag(t)));
        tag.valueProperty().addListener((o, a, b) -> vm.tagProperty().set(b == null ? "" : b));

        ComboBox<String> chapter = new ComboBox<>();
        chapter.setId("filter-chapter");
        chapter.getItems().add("");
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (Chapter c : chapters) {
            chapter.getItems().add(c.id());
            titles.put(c.id(), c.displayTitle());
        }
        chapter.setConverter(converter(id -> id == null || id.isEmpty() ? texts.get("allNotes.anyChapter")
                : titles.getOrDefault(id, id)));
        chapter.valueProperty().addListener((o, a, b) -> vm.chapterIdProperty().set(b == null ? "" : b));

        ComboBox<String> author = new ComboBox<>();
        author.setId("filter-author");
        vm.authors().addListener((javafx.collections.ListChangeListener<String>) c -> UserTextChoices.offer(author,
                vm.authors()));
        author.setConverter(converter(a -> a == null || a.isEmpty() ? texts.get("allNotes.everyone")
                : BidiMarks.isolated(vm.authorLabel(a))));
        author.valueProperty().addListener((o, a, b) -> vm.authorProperty().set(b == null ? "" : b));

        TextField text = new TextField();
        text.setId("filter-text");
        text.setPromptText(texts.get("allNotes.words"));
        text.textProperty().bindBidirectional(vm.textProperty());

        ComboBox<AllNotesViewModel.Order> order = new ComboBox<>(FXCollections.observableArrayList(
                AllNotesViewModel.Order.values()));
        order.setConverter(converter(o -> o == AllNotesViewModel.Order.NEWEST ? texts.get("allNotes.newest")
                : texts.get("allNotes.bookOrder")));
        order.valueProperty().bindBidirectional(vm.orderProperty());
        order.setAccessibleText(texts.get("allNotes.order"));

        ListView<Annotation> list = new ListView<>(vm.shown());
        WholeRepaint.afterChanges(list);
        list.setId("all-notes-list");
        list.setPlaceholder(new Label(texts.get("allNotes.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    setAccessibleText(texts.format("allNotes.speech", vm.chapterTitle(a), NoteSpeech.of(texts, a, false)));
                    Label where = new Label(vm.chapterTitle(a));
                    where.getStyleClass().add("note-kind");
                    setGraphic(new VBox(2, where, NotesPanel.describe(texts, a, false)));
                }
                setText(null);
            }
        });
        ListWindows.opensChosen(list, open);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label count = new Label();
        count.setId("all-notes-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> count(texts, vm.shown()), vm.shown()));
        // The filters keep their whole labels ("Any colour", "Everyone"…): each box is as wide as its longest
        // choice and, where the window is too narrow for one row, they wrap to a second (at 640 px a row of
        // them was cut to "An…", "…" and "E…"; found by a fresh tester).
        for (ComboBox<?> box : java.util.List.of(colour, order)) {
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // Tags, names and chapter titles are cut with "…" past a width, whole in their tooltips (14c M1).
        UserTextChoices.hold(tag);
        UserTextChoices.hold(chapter);
        UserTextChoices.hold(author);
        colour.setId("filter-colour");
        order.setId("filter-order");
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(6, 6, colour, tag, chapter, author, order);
        filters.setId("all-notes-filters");
        VBox root = new VBox(8, filters, text, list, count);
        root.setPadding(new Insets(10));
        OnScreen.besideScene(stage, owner, root, 640, 600);
        ListWindows.closeOnEsc(stage);
    }

    /** True while the window is on screen; a closed one is read afresh when it is shown again. */
    boolean isShowing() {
        return stage.isShowing();
    }

    void show() {
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    /**
     * "2 notes, 1 bookmark": bookmarks counted apart from the notes and highlights (fresh tester 17a's F10: two
     * highlights and a bookmark were "3 notes"); "2 notes" when there is no bookmark.
     */
    static String count(Texts texts, java.util.List<Annotation> shown) {
        long bookmarks = shown.stream().filter(a -> a.kind() == Annotation.Kind.BOOKMARK).count();
        return bookmarks == 0 ? texts.format("allNotes.count", shown.size())
                : texts.format("allNotes.countAndBookmarks", shown.size() - bookmarks, bookmarks);
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
