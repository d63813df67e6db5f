package org.peeragogy.reader.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peeragogy.reader.book.Annotation;

/**
 * The list of this chapter's notes beside the text, in text order with each reply under the note it answers
 * (issue 15: {@link ConversationViewModel}), the buttons to reply, ask, vote and mark an answer, and the ones that
 * lost their place.
 */
final class NotesPanel {
    interface Actions {
        void show(NoteItem item);

        void edit(NoteItem item);

        void delete(NoteItem item);

        void reattach(NoteItem item);

        /** "Find it in this handbook": search the handbook for the note's quote. */
        void find(NoteItem item);

        void chapterNote();

        void bookmark();

        /** Reply to the chosen note. */
        void reply();

        /** Ask a question on the selected text or the chapter. */
        void ask();

        /** Give or withdraw a +1 on the chosen note. */
        void vote();

        /** Mark the chosen reply as the answer to one's question. */
        void markAnswered();
    }

    private final VBox root;
    private final ListView<ConversationViewModel.Entry> list = new ListView<>();
    private String kept; // the id of the note last chosen, chosen again after the list is rebuilt (F15)
    private boolean restoring;

    NotesPanel(NotesViewModel vm, ConversationViewModel talk, Actions actions, Texts texts) {
        Label title = new Label(texts.get("notes.title"));
        title.getStyleClass().add("panel-title");
        Button chapterNote = new Button(texts.get("notes.chapterNote"));
        chapterNote.setId("chapter-note");
        chapterNote.setOnAction(e -> actions.chapterNote());
        Button bookmark = new Button(texts.get("notes.bookmark"));
        bookmark.setId("bookmark");
        bookmark.setOnAction(e -> actions.bookmark());
        VBox head = new VBox(6, title, new HBox(6, chapterNote, bookmark));

        list.setId("notes-list");
        keepChosenAcrossRebuilds(talk.entries());
        list.setCellFactory(v -> new EntryCell(texts, talk::by));
        // The one line that tells a new reader how to start wraps in the panel's width (it was cut to "…" in every
        // language, even at 1280×800; fresh tester 14b).
        Label empty = new Label(texts.get("notes.empty"));
        empty.setId("notes-empty");
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setPadding(new Insets(8));
        empty.setMinHeight(Region.USE_PREF_SIZE);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !restoring) {
                actions.show(now.item());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                actions.edit(list.getSelectionModel().getSelectedItem().item());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        CouldNotPlace couldNotPlace = new CouldNotPlace(vm, actions, texts);

        Button edit = new Button(texts.get("notes.edit"));
        edit.setId("edit-note");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> actions.edit(list.getSelectionModel().getSelectedItem().item()));
        ListView<NoteItem> orphans = couldNotPlace.list();
        Button delete = new Button(texts.get("button.delete"));
        delete.setId("delete-note");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .and(orphans.getSelectionModel().selectedItemProperty().isNull()));
        delete.setOnAction(e -> {
            ConversationViewModel.Entry entry = list.getSelectionModel().getSelectedItem();
            actions.delete(entry != null ? entry.item() : orphans.getSelectionModel().getSelectedItem());
        });
        HBox buttons = new HBox(6, edit, delete);
        // Delete on the chosen note does what its Delete button does, Undo bar and all (a fresh tester had to Tab
        // to the button; issue 14).
        deleteKey(list, () -> java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .map(ConversationViewModel.Entry::item), actions);

        root = new VBox(8);
        root.getChildren().addAll(head, list, buttons, talkButtons(talk, actions, texts));
        couldNotPlace.placeIn(root, 2); // between the list and its buttons, once a note has lost its place
        root.setPadding(new Insets(8));
        root.getStyleClass().add("notes-panel");
        root.setId("notes-panel");
        root.setMinWidth(220);
    }

    Node node() {
        return root;
    }

    /**
     * Delete on the chosen note of {@code l} does what the Delete button does, Undo bar and all (a fresh tester had
     * to Tab to the button; issue 14).
     */
    static void deleteKey(ListView<?> l, java.util.function.Supplier<java.util.Optional<NoteItem>> chosen,
                                  Actions actions) {
        l.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown()) {
                chosen.get().ifPresent(item -> {
                    actions.delete(item);
                    e.consume();
                });
            }
        });
    }

    /** The note chosen in the list, if any. */
    java.util.Optional<ConversationViewModel.Entry> chosen() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** While {@code on}, the empty list says why it may be empty: a blind first pass hides others' notes (F20). */
    void blindPass(javafx.beans.value.ObservableBooleanValue on, String empty, String emptyBlind) {
        Label said = (Label) list.getPlaceholder();
        said.setWrapText(true);
        said.textProperty().bind(Bindings.when(on).then(emptyBlind).otherwise(empty));
    }

    /** Adds a part below the notes (the Hotspots list). */
    void addBelow(Node part) {
        root.getChildren().add(part);
    }

    /**
     * Reply, Ask, +1 and Mark as answer (issue 15); their keys are in the Notes menu. +1 says "Withdraw +1" on a
     * note the reader voted for; Mark as answer is offered only on a reply under a question of the reader's.
     */
    private javafx.scene.layout.FlowPane talkButtons(ConversationViewModel talk, Actions actions, Texts texts) {
        var chosen = list.getSelectionModel().selectedItemProperty();
        Button reply = new Button(texts.get("talk.reply"));
        reply.setId("reply-note");
        reply.disableProperty().bind(chosen.isNull());
        reply.setOnAction(e -> actions.reply());
        Button ask = new Button(texts.get("talk.ask"));
        ask.setId("ask-question");
        ask.setAccessibleText(texts.get("talk.askName"));
        ask.setOnAction(e -> actions.ask());
        Button vote = new Button();
        vote.setId("vote-note");
        vote.textProperty().bind(Bindings.createStringBinding(() -> chosen.get() != null
                && chosen.get().talk().votedByMe() ? texts.get("talk.withdraw") : texts.get("talk.vote"), chosen));
        vote.setAccessibleText(texts.get("action.vote"));
        vote.disableProperty().bind(chosen.isNull());
        vote.setOnAction(e -> actions.vote());
        Button answer = new Button(texts.get("talk.markAnswer"));
        answer.setId("mark-answer");
        answer.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
                || talk.questionFor(chosen.get().annotation().id()).isEmpty(), chosen, talk.entries()));
        answer.setOnAction(e -> actions.markAnswered());
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(6, 6, reply, ask, vote, answer);
        row.setId("talk-buttons");
        return row;
    }

    /**
     * Each conversation action (reply, ask, vote, mark, edit, delete, undo) rebuilds the list, which loses the
     * choice; the note chosen before is chosen and scrolled to again (F15), without moving the page. The first
     * listener runs before the selection model's own (added by setItems), the second after it.
     */
    private void keepChosenAcrossRebuilds(javafx.collections.ObservableList<ConversationViewModel.Entry> entries) {
        entries.addListener((ListChangeListener<ConversationViewModel.Entry>) c -> {
            ConversationViewModel.Entry was = list.getSelectionModel().getSelectedItem();
            if (was != null) {
                kept = was.annotation().id();
            }
        });
        list.setItems(entries);
        WholeRepaint.afterChanges(list);
        entries.addListener((ListChangeListener<ConversationViewModel.Entry>) c -> {
            ConversationViewModel.Entry now = list.getSelectionModel().getSelectedItem(); // an index: maybe another
            if (kept != null && (now == null || !now.annotation().id().equals(kept))) {
                restoring = true;
                select(kept);
                restoring = false;
            }
        });
    }

    void select(String annotationId) {
        list.getItems().stream().filter(i -> i.annotation().id().equals(annotationId)).findFirst()
                .ifPresent(i -> {
                    list.getSelectionModel().select(i);
                    if (!SteadyRows.intoView(list, list.getItems().indexOf(i))) {
                        list.scrollTo(i);
                    }
                });
    }

    /**
     * A note at its depth in its thread, with what it says of the thread ("Question · open · 2 votes"). Note text is
     * set as a Label's text: it is only ever shown as text.
     */
    static final class EntryCell extends ListCell<ConversationViewModel.Entry> {
        /** How far a reply is set in from the note it answers, in pixels per level (at most six levels). */
        static final double INDENT = 16;
        private final Texts texts;
        /** The entry this cell's graphic shows: a list laid out again after a save hands most cells an equal one. */
        private ConversationViewModel.Entry shown;
        private final java.util.function.Function<Annotation, String> by; // "Chen (id 6943a51f)" (t15b F7)

        EntryCell(Texts texts, java.util.function.Function<Annotation, String> by) {
            this.texts = texts;
            this.by = by;
        }

        @Override
        protected void updateItem(ConversationViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                shown = null;
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (entry.equals(shown) && getGraphic() != null) {
                return; // building a note's labels is most of what a refresh costs the FX thread (issue 10)
            }
            shown = entry;
            NoteItem item = entry.item();
            Node note = describe(texts, item.annotation(), item.placement().kind().name().equals("FUZZY"),
                    item.conflict(), entry.depth() > 0, by.apply(item.annotation()));
            String said = entry.talk().text(texts);
            if (!said.isEmpty()) {
                Label talk = new Label(said);
                talk.getStyleClass().addAll("note-kind", "note-talk");
                talk.setWrapText(true);
                // Wraps within the panel's width rather than widening the cell (try17w F5: the Spanish "Pregunta ·
                // abierta · 2 votos · 2 respuestas" was cut and the list grew a horizontal scroll bar).
                talk.setMinWidth(0);
                talk.setPrefWidth(0);
                talk.setMaxWidth(Double.MAX_VALUE);
                note = new VBox(2, talk, note);
            }
            // A note a file said was the reader's says where it came from (decision 0032).
            String claim = claimOf(texts, item);
            if (!claim.isEmpty()) {
                note = new VBox(2, claimLabel(claim), note);
            }
            VBox box = new VBox(note);
            box.setPadding(new Insets(0, 0, 0, INDENT * Math.min(6, entry.depth())));
            setGraphic(box);
            setAccessibleText(NoteSpeech.of(texts, item.annotation(), item.elsewhere())
                    + (said.isEmpty() ? "" : " " + entry.talk().speech(texts)) + (claim.isEmpty() ? "" : " " + claim));
        }
    }

    /** "From FILE, which says you wrote it…" for a note a file claimed was the reader's; "" for any other. */
    static String claimOf(Texts texts, NoteItem item) {
        return item.claimedFrom().isEmpty() ? "" : texts.format("notes.claimedFrom", item.claimedFrom());
    }

    static Label claimLabel(String claim) {
        Label from = new Label(claim);
        from.setWrapText(true);
        from.getStyleClass().add("note-kind");
        from.setId("note-claimed-from");
        return from;
    }

    static Node describe(Texts texts, Annotation a, boolean approximate) {
        return describe(texts, a, approximate, false);
    }

    static Node describe(Texts texts, Annotation a, boolean approximate, boolean conflict) {
        return describe(texts, a, approximate, conflict, false, a.author());
    }

    /**
     * As above; {@code reply} true for a reply, which is no "Chapter note" (try17w F2: "Reply to Ana" had both); its
     * writer named {@code author} (the panel's "Chen (id 6943a51f)", t15b F7).
     */
    static Node describe(Texts texts, Annotation a, boolean approximate, boolean conflict, boolean reply,
                         String author) {
        boolean bookmark = a.kind() == Annotation.Kind.BOOKMARK;
        Region swatch = new Region();
        swatch.setMinSize(6, 10);
        swatch.setPrefWidth(6);
        if (bookmark) {
            // A bookmark has no colour: a ribbon, drawn as the page's margin mark is.
            swatch.getStyleClass().add("bookmark-mark");
            swatch.setMinSize(10, 14);
            swatch.setPrefWidth(10);
            swatch.setMaxHeight(16);
            swatch.setStyle("-fx-background-color: #5a6b7d; -fx-shape: \"M0,0 H10 V14 L5,10 L0,14 Z\";");
        } else {
            swatch.getStyleClass().add("note-swatch");
            swatch.setStyle("-fx-background-color: " + ColourSwatches.hex(a.colour()) + ";");
            // The colour named, not only shown (issue 14).
            swatch.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            swatch.setAccessibleText(texts.format("notes.swatch", a.colour().code()));
            WholeTips.onFirstHover(swatch, () -> ColourSwatches.described(texts, a.colour()));
        }
        VBox text = new VBox(2);
        String kind = switch (a.kind()) {
            case BOOKMARK -> texts.get("notes.kindBookmark");
            case CHAPTER_NOTE -> reply ? "" : texts.get("notes.kindChapterNote");
            case HIGHLIGHT -> "";
        };
        if (conflict) {
            kind = kind.isEmpty() ? texts.get("notes.conflict") : texts.format("notes.kindAndConflict", kind);
        }
        if (!kind.isEmpty()) {
            Label k = new Label(kind);
            k.getStyleClass().add("note-kind");
            text.getChildren().add(k);
        }
        if (!a.quote().isEmpty()) {
            String quote = NoteEditor.abbreviate(BidiMarks.shown(a.quote()), 160);
            Label q = new Label(approximate ? texts.format("notes.quoteMoved", quote) : texts.format("editor.quote", quote));
            q.setWrapText(true);
            q.getStyleClass().add("note-quote");
            QuoteText.apply(q, a.quote());
            text.getChildren().add(q);
        }
        if (!a.note().isEmpty()) {
            Label n = new Label(FoldedNote.shown(texts, BidiMarks.shown(a.note())));
            n.setWrapText(true);
            n.getStyleClass().add("note-text");
            text.getChildren().add(n);
        }
        String by = BidiMarks.isolated(AuthorLabels.shown(texts, author)); // "Anónimo" in Spanish (try17w F4)
        Label meta = new Label(a.tags().isEmpty() ? texts.format("notes.meta", by,
                texts.when(a.updated())) : texts.format("notes.metaTagged", String.join("  ", a.tags().stream()
                .map(BidiMarks::tag).toList()), by,
                texts.when(a.updated())));
        meta.getStyleClass().add("note-meta");
        meta.setWrapText(true); // many tags, a long name, or a language's longer date wrap rather than end in "…"
        text.getChildren().add(meta);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.prefWidthProperty().set(0);
        HBox row = new HBox(8, swatch, text);
        row.getStyleClass().add(bookmark ? "bookmark-entry" : "note-entry");
        if (!bookmark) {
            swatch.prefHeightProperty().bind(text.heightProperty());
        }
        return row;
    }

}
