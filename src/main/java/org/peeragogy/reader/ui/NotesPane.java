package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The notes beside the page and everything that makes them: the notes panel, the toolbar under a
 * selection, highlighting, a note on the selection or the chapter, a bookmark, editing and deleting,
 * finding an unplaced note in the handbook (the Search tab) and re-attaching it, the All notes window, and asking the reader's name before their first
 * note. Asks through {@link Dialogs}; works through {@link NotesViewModel}. FX thread.
 */
final class NotesPane {
    private final Stage stage;
    /** The last deletion's notice, while the reader may still want its Undo (the window opened again shows it). */
    private NoticeViewModel.Notice deletedNotice;
    private final NotesViewModel notes;
    private final AllNotesViewModel allNotes;
    private final ReaderViewModel reader;
    private final ChapterView page;
    private final ChapterPresenter presenter;
    private final Dialogs dialogs;
    private final NoticeViewModel notices;
    private final NotesPanel panel;
    private final SelectionToolbar toolbar;
    private final Consumer<String> findInHandbook;
    private final ConversationViewModel talk;
    private final ConversationActions conversation;
    private AllNotesWindow allNotesWindow;
    private final Texts texts;
    private final NoteDeletionViewModel deletion;

    /**
     * @param findInHandbook searches the handbook for these words in the Search tab ({@link SearchSide#find})
     * @param talk           the notes as threads, replies, questions and votes (issue 15)
     */
    NotesPane(Stage stage, NotesViewModel notes, AllNotesViewModel allNotes, ReaderViewModel reader, ChapterView page,
              ChapterPresenter presenter, Dialogs dialogs, NoticeViewModel notices,
              Consumer<String> findInHandbook, Texts texts, ConversationViewModel talk,
              WorkshopOptionsViewModel options) {
        this.texts = texts;
        this.talk = talk;
        this.deletion = new NoteDeletionViewModel(texts, talk::isMine, talk::by);
        this.findInHandbook = findInHandbook;
        this.stage = stage;
        this.notes = notes;
        this.allNotes = allNotes;
        this.reader = reader;
        this.page = page;
        this.presenter = presenter;
        this.dialogs = dialogs;
        this.notices = notices;
        this.panel = new NotesPanel(notes, talk, new PanelActions(), texts);
        this.conversation = new ConversationActions(dialogs, talk, notes, options, notices, () -> askName(false),
                panel::chosen, page::clearSelection, reader::report, texts);
        this.toolbar = new SelectionToolbar(new ToolbarActions(), texts);
        notes.paintVersionProperty().addListener((o, was, now) -> notesChanged());
    }

    Node node() {
        return panel.node();
    }

    /** Reply, ask, vote and mark an answer (issue 15): their rows of the window's table of actions. */
    ConversationActions conversation() {
        return conversation;
    }

    /** Adds a part below the notes in the panel (the Hotspots list). */
    void addToPanel(Node part) {
        panel.addBelow(part);
    }

    /** The empty notes list says so while a blind first pass is on. */
    void blindPass(javafx.beans.value.ObservableBooleanValue on) {
        panel.blindPass(on, texts.get("notes.empty"), texts.get("notes.emptyBlind"));
    }

    /** The reader selected text in the page (offsets into its text; where it is on the screen). */
    void selected(int start, int end, Bounds onScreen) {
        notes.select(start, end);
        if (notes.selectionProperty().get().isPresent()) {
            toolbar.showFor(stage, onScreen);
        } else {
            toolbar.hide();
        }
    }

    /** The reader clicked a highlight in the page: it is selected in the panel and opened to edit. */
    void highlightClicked(String annotationId) {
        panel.select(annotationId);
        notes.item(annotationId).ifPresent(this::edit);
    }

    /** Selects a note in the panel, which shows it in the page. */
    void select(String annotationId) {
        panel.select(annotationId);
    }

    void hideToolbar() {
        toolbar.hide();
    }

    /**
     * Notes changed (saved, imported, shown or hidden): the All notes window, when on screen, lists them
     * again. A closed one is not kept up to date (that re-read every note of the book on the FX thread at
     * each save: 0.6–2.7 s with 10,000 notes); {@link AllNotesWindow#show} reads them when it opens.
     */
    void notesChanged() {
        if (allNotesWindow != null && allNotesWindow.isShowing()) {
            allNotes.refresh();
        }
    }

    void highlightSelection(Annotation.Colour colour) {
        if (notes.selectionProperty().get().isEmpty() || !askName(false)) {
            return;
        }
        // The same words highlighted already: their colour changes (fresh tester 17a's N3: a second highlight stacked).
        Optional<NoteItem> same = notes.mineOnSelection();
        if (same.isPresent()) {
            Annotation a = same.get().annotation();
            notes.edit(a.id(), colour, a.note(), a.tags());
        } else {
            notes.highlight(colour, "", List.of());
        }
        page.clearSelection();
        toolbar.hide();
    }

    void noteOnSelection() {
        Optional<NoteSelection> s = notes.selectionProperty().get();
        if (s.isEmpty()) {
            chapterNote();
            return;
        }
        if (!askName(false)) {
            return;
        }
        toolbar.hide();
        // A note on these words already: it opens to be changed, as a click on it does (17a's F12: an empty new note).
        Optional<NoteItem> same = notes.mineOnSelection();
        if (same.isPresent()) {
            page.clearSelection();
            edit(same.get());
            return;
        }
        dialogs.editNote(new NoteEditor.Request(texts.get("editor.titleSelection"), s.get().text(),
                        Annotation.Colour.YELLOW, "", List.of(), false, false, Optional.empty()))
                .ifPresent(r -> {
                    notes.highlight(r.colour(), r.note(), r.tags());
                    page.clearSelection();
                });
    }

    void chapterNote() {
        if (!askName(false)) {
            return;
        }
        dialogs.editNote(new NoteEditor.Request(texts.get("editor.titleChapter"), "", Annotation.Colour.YELLOW, "",
                        List.of(), false, true, Optional.empty()))
                .ifPresent(r -> notes.chapterNote(r.note(), r.tags()));
    }

    void bookmark() {
        if (askName(false)) {
            notes.bookmark(page.visibleOffset());
        }
    }

    private void edit(NoteItem item) {
        Annotation a = item.annotation();
        // The reader's anonymous questions are theirs to change too (decision 0031).
        Optional<String> other = talk.isMine(a) ? Optional.empty() : Optional.of(a.author());
        dialogs.editNote(new NoteEditor.Request(texts.get("editor.titleEdit"), a.quote(), a.colour(), a.note(), a.tags(), true,
                a.kind() == Annotation.Kind.CHAPTER_NOTE, other)).ifPresent(r -> {
            if (r.delete()) {
                delete(a);
            } else {
                notes.edit(a.id(), r.colour(), r.note(), r.tags());
            }
        });
    }

    /**
     * Deletes a note, then says so with Undo (the deletion can be taken back in this session). Someone else's note is
     * asked about first, naming them (a tester deleted Alice's highlight as Bob without a word of whose it was); Cancel
     * or Esc leaves it.
     */
    private void delete(Annotation a) {
        // Asked before the deletion: a reply or a question is said as one (fresh tester 19a's N-4: "Chapter note
        // deleted" for a reply), and the conversation no longer holds it afterwards.
        Optional<ConversationViewModel.Talk> said = talk.entry(a.id()).map(ConversationViewModel.Entry::talk);
        NoteDeletionViewModel.What what = NoteDeletionViewModel.what(a, said.map(ConversationViewModel.Talk::question)
                .orElse(false), said.map(t -> !t.question() && t.parentShape() != null).orElse(false));
        Optional<Dialogs.Question> ask = deletion.question(a, what);
        if (ask.isPresent() && !dialogs.twoWays(ask.get(), deletion.deleteButton(), deletion.cancelButton())) {
            return;
        }
        notes.delete(a.id(), () -> sayDeleted(a, what));
    }

    /** The notice that {@code a} was deleted, with Undo; remembered so the window opened again can show it too. */
    void sayDeleted(Annotation a) {
        sayDeleted(a, NoteDeletionViewModel.what(a, false, false));
    }

    /** As {@link #sayDeleted(Annotation)}, said as {@code what} (a reply, a question), naming its author if not the reader. */
    private void sayDeleted(Annotation a, NoteDeletionViewModel.What what) {
        notices.show(deletion.deleted(a, what),
                new NoticeViewModel.Choice(NoticeViewModel.UNDO, texts.get("button.undo"), notes::undoDelete));
        deletedNotice = notices.noticeProperty().get().orElse(null);
    }

    /** Says again that the note Undo would bring back was deleted, with Undo (in a window opened again); else nothing. */
    void sayDeletedAgain() {
        List<Annotation> undoable = notes.undoable();
        if (!undoable.isEmpty()) {
            sayDeleted(undoable.get(0));
        }
    }

    /** Whether the notice showing now is the one {@link #sayDeleted} showed (a deletion Undo can take back). */
    boolean deletionSaid() {
        return deletedNotice != null && notices.noticeProperty().get().orElse(null) == deletedNotice;
    }

    /** Undo delete (Ctrl+Z): the note comes back, and the notice about its deletion goes. */
    void undoDelete() {
        notices.clear();
        notes.undoDelete();
    }

    void showAllNotes() {
        if (allNotesWindow == null) {
            allNotesWindow = new AllNotesWindow(stage, allNotes, reader.book().chapters(), texts, a -> {
                if (reader.book().chapter(a.chapterId()).isEmpty()) {
                    reader.report(texts.get("problem.noteHasNoPlace"));
                    return;
                }
                presenter.showPlace(a.chapterId(), "", List.of(), a.id());
                stage.toFront();
            });
        }
        allNotesWindow.show();
    }

    /**
     * Asks once for the reader's name, the author of what they write. Returns false when they
     * cancel, or when nothing can be saved here (said instead). With {@code always}, asks again so they can change it.
     */
    boolean askName(boolean always) {
        Optional<org.peeragogy.reader.book.Reason> readOnly = notes.readOnlyReason();
        if (readOnly.isPresent()) {
            // Nothing could be saved: no name is asked for a note that is then refused (fresh tester t35).
            reader.report(texts.format("notes.readOnly", texts.reason(readOnly.get())));
            return false;
        }
        if (!always && notes.authorName().isPresent()) {
            return true;
        }
        // Asked before a first note, it says so: a note typed at once landed in the name (fresh tester t34's F8).
        String header = texts.get(always ? "name.header" : "name.firstHeader");
        String offered = notes.authorName().orElse(System.getProperty("user.name", ""));
        while (true) {
            Optional<String> name = dialogs.askText(texts.get("name.title"), header, texts.get("name.label"), offered)
                    .map(String::strip).filter(n -> !n.isEmpty());
            if (name.isEmpty()) {
                return notes.authorName().isPresent();
            }
            Optional<String> problem = NoteRulesViewModel.nameProblem(texts, name.get());
            if (problem.isEmpty() && sharesName(name.get())) {
                offered = name.get(); // Cancel: asked again, to choose another
                continue;
            }
            if (problem.isEmpty()) {
                notes.setAuthorName(name.get());
                return true;
            }
            // Asked again, with what was wrong: a name longer than every reader imports is not taken.
            header = problem.get();
            offered = name.get();
        }
    }

    /**
     * Whether the reader, told that someone in their notes already has this name (t15b F7), chose not to take it. Not
     * asked when the name is the one they have: only a change warns. Allowed after the warning (names are not ids).
     */
    private boolean sharesName(String name) {
        boolean same = notes.authorName().map(n -> org.peeragogy.reader.book.AuthorNames.compared(n)
                .equals(org.peeragogy.reader.book.AuthorNames.compared(name))).orElse(false);
        if (same || talk.namesakes(name).isEmpty()) {
            return false;
        }
        String shown = BidiMarks.isolated(org.peeragogy.reader.book.AuthorNames.visible(name));
        return !dialogs.confirm(Dialogs.Question.of(texts.get("name.title"), texts.format("name.namesakeHeader", shown),
                texts.format("name.namesakeText", shown)).withId("name-namesake"));
    }

    private final class ToolbarActions implements SelectionToolbar.Actions {
        @Override
        public void highlight(Annotation.Colour colour) {
            highlightSelection(colour);
        }

        @Override
        public void note() {
            noteOnSelection();
        }

        @Override
        public void ask() {
            toolbar.hide();
            conversation.ask();
        }
    }

    private final class PanelActions implements NotesPanel.Actions {
        @Override
        public void show(NoteItem item) {
            presenter.reveal(item);
        }

        @Override
        public void edit(NoteItem item) {
            NotesPane.this.edit(item);
        }

        @Override
        public void delete(NoteItem item) {
            NotesPane.this.delete(item.annotation());
        }

        @Override
        public void reattach(NoteItem item) {
            Optional<NoteSelection> to = notes.selectionProperty().get();
            notes.reattach(item.annotation().id());
            page.clearSelection();
            toolbar.hide();
            to.ifPresent(s -> notices.show(texts.format("notice.reattached", NoteEditor.abbreviate(s.text(), 60))));
        }

        @Override
        public void find(NoteItem item) {
            findInHandbook.accept(notes.find(item));
        }

        @Override
        public void chapterNote() {
            NotesPane.this.chapterNote();
        }

        @Override
        public void bookmark() {
            NotesPane.this.bookmark();
        }

        @Override
        public void reply() {
            conversation.reply();
        }

        @Override
        public void ask() {
            conversation.ask();
        }

        @Override
        public void vote() {
            conversation.vote();
        }

        @Override
        public void markAnswered() {
            conversation.markAnswered();
        }
    }
}
