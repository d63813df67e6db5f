package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's flows for a workshop's conversation (issue 15): reply to the note chosen in the notes panel
 * (Ctrl+R), ask a question on the selected text or the chapter (Ctrl+K), give or withdraw a +1 (Ctrl+U), mark a
 * reply as the answer to one's question (Ctrl+M), and the group's options (a blind first pass, asking
 * anonymously). The keys are free in the window's table and in the page (docs/accessibility.md). Asks through
 * {@link Dialogs}; works through {@link ConversationViewModel} and {@link WorkshopOptionsViewModel}; says what
 * happened through the notice (which the live text speaks). FX thread.
 */
final class ConversationActions {
    private final Dialogs dialogs;
    private final ConversationViewModel talk;
    private final NotesViewModel notes;
    private final WorkshopOptionsViewModel options;
    private final NoticeViewModel notices;
    private final BooleanSupplier askName;
    private final Supplier<Optional<ConversationViewModel.Entry>> chosen;
    private final Runnable clearPageSelection;
    private final Consumer<String> problems;
    private final Texts texts;

    /**
     * @param askName            asks the reader's name before their first note; false when they cancel
     * @param chosen             the note chosen in the notes panel
     * @param clearPageSelection takes the selection out of the page once a question is asked on it
     * @param problems           says what is wrong (the problem bar)
     */
    ConversationActions(Dialogs dialogs, ConversationViewModel talk, NotesViewModel notes,
                        WorkshopOptionsViewModel options, NoticeViewModel notices, BooleanSupplier askName,
                        Supplier<Optional<ConversationViewModel.Entry>> chosen, Runnable clearPageSelection,
                        Consumer<String> problems, Texts texts) {
        this.texts = texts;
        this.dialogs = dialogs;
        this.talk = talk;
        this.notes = notes;
        this.options = options;
        this.notices = notices;
        this.askName = askName;
        this.chosen = chosen;
        this.clearPageSelection = clearPageSelection;
        this.problems = problems;
    }

    /** The rows this part adds to the window's table of actions (laid out in the Notes menu by {@link WindowActions}). */
    List<Action> actions() {
        return List.of(
                Action.of("reply", texts.get("action.reply"), key(KeyCode.R), this::reply),
                Action.of("ask", texts.get("action.ask"), key(KeyCode.K), this::ask),
                Action.of("vote", texts.get("action.vote"), key(KeyCode.U), this::vote),
                Action.of("mark-answered", texts.get("action.markAnswered"), key(KeyCode.M), this::markAnswered),
                Action.of("blind-first-pass", texts.get("action.blindFirstPass"), null,
                        () -> options.setBlind(!options.blindProperty().get())).checkedWhen(options.blindProperty())
                        .textFrom(groupsOwn("action.blindFirstPass", "action.blindFirstPassGroup")),
                Action.of("anonymous-questions", texts.get("action.anonymousQuestions"), null,
                        () -> options.setAnonymousAllowed(!options.anonymousProperty().get()))
                        .checkedWhen(options.anonymousProperty()).textFrom(groupsOwn("action.anonymousQuestions", "action.anonymousQuestionsGroup")));
    }

    /**
     * An option's words saying whose it is: "Blind first pass (for the group Tuesday circle)" while the reader is in
     * a group, whose choice it is (decision 0054), the plain words in none.
     */
    private javafx.beans.binding.StringBinding groupsOwn(String plain, String inGroup) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> options.groupProperty().get().isEmpty()
                ? texts.get(plain) : texts.format(inGroup, BidiMarks.isolated(options.groupProperty().get())),
                options.groupProperty());
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The note chosen in the notes panel, or says to choose one first. */
    private Optional<ConversationViewModel.Entry> chosenOrSay(String what) {
        Optional<ConversationViewModel.Entry> e = chosen.get();
        if (e.isEmpty()) {
            problems.accept(texts.format("talk.chooseFirst", what));
        }
        return e;
    }

    void reply() {
        Optional<ConversationViewModel.Entry> to = chosenOrSay("reply");
        if (to.isEmpty() || !askName.getAsBoolean()) {
            return;
        }
        var a = to.get().annotation();
        String about = texts.format("talk.about", BidiMarks.isolated(a.author()), a.note().isEmpty()
                ? texts.format("editor.quote", NoteEditor.abbreviate(BidiMarks.shown(a.quote()), 300))
                : NoteEditor.abbreviate(BidiMarks.shown(a.note()), 300));
        dialogs.write(new ConversationDialog.Request(texts.format("talk.replyTitle", BidiMarks.isolated(a.author())), about,
                        texts.get("talk.replyPrompt"), false, false))
                .ifPresent(w -> talk.reply(a.id(), w.text(), () -> notices.show(texts.get("notice.replySaved"))));
    }

    void ask() {
        if (!askName.getAsBoolean()) {
            return;
        }
        String about = notes.selectionProperty().get()
                .map(s -> texts.format("talk.askOn", NoteEditor.abbreviate(s.text(), 300)))
                .orElse(texts.get("talk.askOnChapter"));
        dialogs.write(new ConversationDialog.Request(texts.get("talk.askTitle"), about, texts.get("talk.askPrompt"),
                options.anonymousProperty().get(), true)).ifPresent(w -> {
                    talk.ask(w.text(), w.anonymous(), () -> notices.show(texts.get(w.anonymous()
                            ? "notice.questionSavedAnonymous" : "notice.questionSaved")));
                    clearPageSelection.run();
                });
    }

    void vote() {
        chosenOrSay("vote").ifPresent(e -> {
            if (askName.getAsBoolean()) {
                talk.toggleVote(e.annotation().id(), given -> notices.show(texts.get(given ? "notice.voteGiven"
                        : "notice.voteWithdrawn")));
            }
        });
    }

    void markAnswered() {
        chosenOrSay("answer").ifPresent(e ->
                talk.markAnswered(e.annotation().id(), () -> notices.show(texts.get("notice.answered"))));
    }
}
