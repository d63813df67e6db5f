package org.peeragogy.reader.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Notes → Group (issue 15): the facilitator's view of the whole group. Above, per chapter its people, highlights,
 * notes, open and answered questions ({@code #group-chapters}; choosing a row shows that chapter's threads); below,
 * the threads ({@code #group-threads}) sorted by votes, by how many people marked the passage, or by time, and
 * filtered by person, tag, chapter and open questions. Enter or a double click on a thread goes to its passage.
 * Esc closes the window. Talks to {@link GroupViewModel} only. FX thread.
 */
final class GroupWindow {
    private final Stage stage = new Stage();
    private final GroupViewModel vm;
    private final Texts texts;
    /** The person filter's names by author id, and the count they were made from. */
    private java.util.Map<String, String> personLabels = java.util.Map.of();
    private GroupFigures labelsOf;

    /** @param open goes to a thread's passage (its first note) */
    GroupWindow(Window owner, GroupViewModel vm, Consumer<GroupFigures.ThreadRow> open, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        stage.initOwner(owner);
        stage.setTitle(texts.get("groupView.title"));

        TableView<GroupFigures.ChapterRow> chapters = new TableView<>();
        chapters.setId("group-chapters");
        chapters.setPlaceholder(new Label(texts.get("groupView.noNotes")));
        TableColumn<GroupFigures.ChapterRow, String> title = column(texts.get("groupView.colChapter"),
                c -> c.title(texts), 240);
        title.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }

            // The whole title on hover where the column cuts it short; one tooltip per cell, made when first cut
            // (a new one at every update made a window with a scene each time: WholeTips).
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                WholeTips.wholeWhenCut(this);
            }
        });
        chapters.getColumns().add(title);
        chapters.getColumns().add(column(texts.get("groupView.colPeople"), c -> c.people(), 60));
        chapters.getColumns().add(column(texts.get("groupView.colHighlights"), c -> c.highlights(), 80));
        chapters.getColumns().add(column(texts.get("groupView.colNotes"), c -> c.notes(), 60));
        chapters.getColumns().add(column(texts.get("groupView.colOpen"), c -> c.open(), 110));
        chapters.getColumns().add(column(texts.get("groupView.colAnswered"), c -> c.answered(), 80));
        // The columns share the table's width, the chapter's title giving way once the figures are as narrow as their
        // headings (tester's F19: in Spanish the headings' widths passed the window's and "Respondidas" went under a
        // scroll bar); a title cut short keeps its whole text on hover (its cells' tooltip).
        title.setMinWidth(80);
        chapters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ListWindows.pagesFromTheKeyboardsRow(chapters);
        chapters.setPrefHeight(200);
        // At 1024×600 the window's other parts took its room and the table showed two rows, its last column cut
        // (fresh tester 14c m9): it keeps its heading and five rows or more, and its columns share its width.
        chapters.setMinHeight(156);
        chapters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        chapters.setAccessibleText(texts.get("groupView.chaptersName"));
        vm.figuresProperty().addListener((o, was, now) -> chapters.getItems().setAll(now.chapters()));
        chapters.getItems().setAll(vm.figuresProperty().get().chapters());
        WholeRepaint.afterChanges(chapters);
        chapters.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.chapterProperty().set(now.chapterId());
            }
        });

        ComboBox<GroupFigures.Sort> sort = new ComboBox<>(FXCollections.observableArrayList(GroupFigures.Sort.values()));
        sort.setId("group-sort");
        sort.setConverter(converter(s -> texts.get(switch (s == null ? GroupFigures.Sort.VOTES : s) {
            case VOTES -> "groupView.sortVotes";
            case PEOPLE -> "groupView.sortPeople";
            case TIME -> "groupView.sortTime";
        })));
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setAccessibleText(texts.get("groupView.sortName"));

        ComboBox<String> person = filter("group-person", texts.get("groupView.personName"), id -> id.isEmpty()
                ? texts.get("groupView.everyone") : personLabel(id), f -> f.people().stream().map(GroupFigures.Person::id)
                .toList());
        UserTextChoices.hold(person, this::wholeId);
        person.valueProperty().addListener((o, was, now) -> vm.personProperty().set(now == null ? "" : now));
        ComboBox<String> tag = filter("group-tag", texts.get("groupView.tagName"), t -> t.isEmpty()
                ? texts.get("groupView.anyTag") : texts.format("groupView.tag", BidiMarks.isolated(t)), GroupFigures::tags);
        tag.valueProperty().addListener((o, was, now) -> vm.tagProperty().set(now == null ? "" : now));
        ComboBox<String> chapter = filter("group-chapter", texts.get("groupView.chapterName"), id -> id.isEmpty()
                ? texts.get("groupView.anyChapter") : vm.figuresProperty().get().chapter(id).map(c -> c.title(texts))
                .orElse(id), f -> f.chapters().stream().map(GroupFigures.ChapterRow::chapterId).toList());
        chapter.valueProperty().addListener((o, was, now) -> vm.chapterProperty().set(now == null ? "" : now));
        vm.chapterProperty().addListener((o, was, now) -> chapter.setValue(now));
        CheckBox openOnly = new CheckBox(texts.get("groupView.openOnly"));
        openOnly.setId("group-open");
        openOnly.selectedProperty().bindBidirectional(vm.openOnlyProperty());
        FlowPane filters = new FlowPane(6, 6, sort, person, tag, chapter, openOnly);
        filters.setId("group-filters");

        ListView<GroupFigures.ThreadRow> threads = new ListView<>(vm.threads());
        WholeRepaint.afterChanges(threads);
        threads.setId("group-threads");
        // With a blind first pass the table counts notes whose threads the list keeps back: the list says so (t15b F11).
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(Bindings.createStringBinding(() -> vm.figuresProperty().get().blindThreads() == 0
                ? texts.get("groupView.noThreads")
                : texts.format("groupView.noThreadsBlind", vm.figuresProperty().get().blindThreads()),
                vm.figuresProperty()));
        threads.setPlaceholder(none);
        threads.setCellFactory(v -> new ThreadCell(texts));
        ListWindows.opensChosen(threads, open);
        VBox.setVgrow(threads, Priority.ALWAYS);
        Label count = new Label();
        count.setId("group-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.figuresProperty().get().blindThreads() == 0
                ? texts.format("groupView.count", vm.threads().size())
                : texts.format("groupView.countBlind", vm.threads().size(), vm.figuresProperty().get().blindThreads()),
                vm.threads(), vm.figuresProperty()));
        Label perChapter = new Label(texts.get("groupView.perChapter"));
        perChapter.getStyleClass().add("panel-title");
        Label conversations = new Label(texts.get("groupView.threads"));
        conversations.getStyleClass().add("panel-title");
        // Says what the People column counts when an anonymous asker is in it (decision 0065), as the digest does.
        Label anonymous = new Label(texts.get("groupView.anonymousCounted"));
        anonymous.setId("group-anonymous");
        anonymous.setWrapText(true);
        anonymous.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.figuresProperty().get()
                .anonymousAskers(), vm.figuresProperty()));
        anonymous.managedProperty().bind(anonymous.visibleProperty());
        // The files' words (second versions, notes a file says are yours): apart, counted nowhere, as in the digest
        // (t15d's F1: a W3C file's question under the facilitator's id was listed "By Fay" and counted as hers).
        Label apart = new Label();
        apart.setId("group-apart");
        apart.setWrapText(true);
        // Whole, never cut to one line with "…" on a short screen: the thread list above gives up the room.
        apart.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        apart.textProperty().bind(Bindings.createStringBinding(() -> apartText(texts, vm.apart()), vm.apart()));
        apart.visibleProperty().bind(Bindings.isNotEmpty(vm.apart()));
        apart.managedProperty().bind(apart.visibleProperty());
        VBox root = new VBox(8, perChapter, chapters, anonymous, conversations, filters, threads, count, apart);
        root.setPadding(new Insets(10));
        OnScreen.besideScene(stage, owner, root, 760, 680);
        ListWindows.closeOnEsc(stage);
    }

    /**
     * A person's name as the person filter shows it, by author id (the id itself when not counted): looked up in a map
     * made once per count, as the box asks for each line it draws (with 10,000 people, a search of the list per line
     * was 10,000 × 10,000 comparisons).
     */
    private String personLabel(String id) {
        GroupFigures now = vm.figuresProperty().get();
        if (labelsOf != now) {
            java.util.Map<String, String> labels = new java.util.HashMap<>();
            for (GroupFigures.Person p : now.people()) {
                labels.putIfAbsent(p.id(), BidiMarks.isolated(AuthorLabels.shown(texts, p.name())));
            }
            personLabels = labels;
            labelsOf = now;
        }
        return personLabels.getOrDefault(id, id);
    }

    /**
     * A person's whole id, for the tooltip, where the person filter shows its start ("Ann (id 0835edf4)": two people
     * share the name, decision 0101); else "", as for an anonymous asker, whose id is not shown.
     */
    private String wholeId(String id) {
        return id == null || id.isEmpty() || !personLabel(id).contains("(" + org.peeragogy.reader.book.AuthorIds
                .shortLabel(id)) ? "" : id;
    }

    /** A filter's box: "" (any) then the choices counted last, kept when they are counted again. */
    private ComboBox<String> filter(String id, String name, Function<String, String> label,
                                    Function<GroupFigures, List<String>> choices) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(name);
        box.setConverter(converter(v -> label.apply(v == null ? "" : v)));
        Consumer<GroupFigures> fill = f -> UserTextChoices.offer(box, choices.apply(f));
        vm.figuresProperty().addListener((o, was, now) -> fill.accept(now));
        fill.accept(vm.figuresProperty().get());
        UserTextChoices.hold(box); // names, tags and titles: cut with "…" past a width, whole in the tooltip (14c M1)
        return box;
    }

    private static <T> TableColumn<GroupFigures.ChapterRow, T> column(String title,
                                                                      Function<GroupFigures.ChapterRow, T> value,
                                                                      double width) {
        TableColumn<GroupFigures.ChapterRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        // Never narrower than its heading (in the headings' bold, with room for the sort arrow): never "Open questi…".
        javafx.scene.text.Text heading = new javafx.scene.text.Text(title);
        heading.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize()));
        c.setMinWidth(Math.ceil(heading.getLayoutBounds().getWidth()) + 28);
        c.setPrefWidth(Math.max(width, c.getMinWidth()));
        return c;
    }

    /** A thread: where and what (question open or answered), the first note's quote and text, then its figures. */
    private static final class ThreadCell extends ListCell<GroupFigures.ThreadRow> {
        private final Texts texts;

        ThreadCell(Texts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(GroupFigures.ThreadRow t, boolean empty) {
            super.updateItem(t, empty);
            setText(null);
            if (empty || t == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String kind = texts.get(t.question() ? (t.open() ? "talk.questionOpen" : "talk.questionAnswered")
                    : "groupView.thread");
            Label where = new Label(texts.format("groupView.where", t.chapterTitle(texts), kind));
            where.getStyleClass().add("note-kind");
            VBox box = new VBox(2, where);
            if (!t.quote().isEmpty()) {
                Label q = new Label(texts.format("editor.quote", NoteEditor.abbreviate(BidiMarks.shown(t.quote()), 160)));
                q.setWrapText(true);
                q.getStyleClass().add("note-quote");
                box.getChildren().add(q);
            }
            String said = t.text(texts);
            if (!said.isEmpty()) {
                Label n = new Label(NoteEditor.abbreviate(said, 300));
                n.setWrapText(true);
                n.getStyleClass().add("note-text");
                box.getChildren().add(n);
            }
            Label meta = new Label(figures(texts, t));
            meta.getStyleClass().add("note-meta");
            meta.setWrapText(true); // a long name and the figures wrap rather than lose the date (14c M1)
            box.getChildren().add(meta);
            box.setPrefWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            // Each line said in turn, as a sentence each (the where, the quote, the note, the figures).
            setAccessibleText(String.join(". ", box.getChildren().stream().map(n -> ((Label) n).getText())
                    .map(x -> x.replace("  ·  ", ", ").replace(" · ", ", ")).toList()) + ".");
        }

        static String figures(Texts texts, GroupFigures.ThreadRow t) {
            // A thread with no passage (a whole-chapter note, a placeholder) counts the people who wrote in it (t15b N5).
            String figures = texts.format(t.quote().isEmpty() ? "groupView.figuresNoPassage" : "groupView.figures",
                    t.votes(), t.people(), t.replies(), texts.when(t.latest()));
            return t.by().isEmpty() ? figures : texts.format("groupView.by",
                    BidiMarks.isolated(AuthorLabels.shown(texts, t.by()))) + "  ·  " + figures;
        }
    }

    /** The most of the files' words listed by name; the rest are counted. */
    private static final int APART_LISTED = 3;

    /** "Kept apart, counted nowhere (1): …" with each of the files' words on a line of its own; "" for none. */
    static String apartText(Texts texts, List<GroupViewModel.Apart> apart) {
        if (apart.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(texts.format("groupView.apart", apart.size()));
        apart.stream().limit(APART_LISTED).forEach(a -> b.append('\n').append(texts.format(a.claimed()
                ? "groupView.apartClaimed" : "groupView.apartVersion", a.chapterTitle(),
                a.from().isEmpty() ? texts.get("groupView.apartSomeFile") : BidiMarks.isolated(a.from()),
                BidiMarks.isolated(AuthorLabels.shown(texts, a.by())),
                BidiMarks.isolated(NoteEditor.abbreviate(BidiMarks.shown(a.text()), 100)))));
        if (apart.size() > APART_LISTED) {
            b.append('\n').append(texts.format("groupView.apartMore", apart.size() - APART_LISTED));
        }
        return b.toString();
    }

    /** Shows the window, counting the notes afresh. */
    void show() {
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return AllNotesWindow.converter(f::apply);
    }
}
