package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;

/**
 * Deleting a note from the reader's notes: whether it asks first, and what is said after. The reader's own note goes
 * in one step, with Undo. Someone else's (the earlier reader of a copied notes folder, a note imported from the group)
 * is asked about first, naming its author: a tester deleted Alice's highlight as Bob without being told it was not
 * his. Their deletion changes only the reader's copy: an import applies a deletion only from the note's own author
 * ({@code store.MergePlan}), so the question can say that their copy keeps it.
 *
 * <p>Mine or not is the author id, as {@link ConversationViewModel#isMine} decides it (the reader's anonymous
 * questions are theirs too); the name is the one the panel shows ({@link ConversationViewModel#by}: "Chen (id
 * 6943a51f)" for each of two Chens). FX thread (those read the conversation as last read); no disk; never throws.
 */
final class NoteDeletionViewModel {
    /** What a note is to the reader, which the words name. */
    enum What {
        HIGHLIGHT, NOTE, CHAPTER_NOTE, BOOKMARK, QUESTION, REPLY
    }

    private final Texts texts;
    private final Predicate<Annotation> mine;
    private final Function<Annotation, String> author;

    /**
     * @param mine   whether the reader wrote a note (their author id, or their anonymous one)
     * @param author the name a note's author is shown with
     */
    NoteDeletionViewModel(Texts texts, Predicate<Annotation> mine, Function<Annotation, String> author) {
        this.texts = Objects.requireNonNull(texts);
        this.mine = Objects.requireNonNull(mine);
        this.author = Objects.requireNonNull(author);
    }

    /** What {@code a} is: a question or a reply when the conversation says so, else its kind (a highlight with words is a note). */
    static What what(Annotation a, boolean question, boolean reply) {
        if (question) {
            return What.QUESTION;
        }
        if (reply) {
            return What.REPLY;
        }
        return switch (a.kind()) {
            case BOOKMARK -> What.BOOKMARK;
            case CHAPTER_NOTE -> What.CHAPTER_NOTE;
            case HIGHLIGHT -> a.note().isEmpty() ? What.HIGHLIGHT : What.NOTE;
        };
    }

    /**
     * What to ask before deleting {@code a} (answered with Delete, or Cancel, the default: Enter, Esc and closing
     * choose it); empty when it is the reader's own note, deleted at once.
     */
    Optional<Dialogs.Question> question(Annotation a, What what) {
        if (mine.test(a)) {
            return Optional.empty();
        }
        String who = name(a);
        String header = switch (what) {
            case HIGHLIGHT -> texts.format("deleteOthers.highlight", who);
            case NOTE -> texts.format("deleteOthers.note", who);
            case CHAPTER_NOTE -> texts.format("deleteOthers.chapterNote", who);
            case BOOKMARK -> texts.format("deleteOthers.bookmark", who);
            case QUESTION -> texts.format("deleteOthers.question", who);
            case REPLY -> texts.format("deleteOthers.reply", who);
        };
        return Optional.of(Dialogs.Question.of(texts.get("deleteOthers.title"), header, texts.get("deleteOthers.text"))
                .withId("delete-others-note"));
    }

    /** The answer that deletes, on the question's button. */
    String deleteButton() {
        return texts.get("button.delete");
    }

    /** The answer that leaves the note as it is. */
    String cancelButton() {
        return texts.get("button.cancel");
    }

    /** What the notice says once {@code a} is deleted: "Highlight deleted.", "Alice's highlight deleted." for another's. */
    String deleted(Annotation a, What what) {
        if (mine.test(a)) {
            return switch (what) {
                case HIGHLIGHT -> texts.get("notice.highlightDeleted");
                case NOTE -> texts.get("notice.noteDeleted");
                case CHAPTER_NOTE -> texts.get("notice.chapterNoteDeleted");
                case BOOKMARK -> texts.get("notice.bookmarkRemoved");
                case QUESTION -> texts.get("notice.questionDeleted");
                case REPLY -> texts.get("notice.replyDeleted");
            };
        }
        String who = name(a);
        return switch (what) {
            case HIGHLIGHT -> texts.format("notice.othersHighlightDeleted", who);
            case NOTE -> texts.format("notice.othersNoteDeleted", who);
            case CHAPTER_NOTE -> texts.format("notice.othersChapterNoteDeleted", who);
            case BOOKMARK -> texts.format("notice.othersBookmarkRemoved", who);
            case QUESTION -> texts.format("notice.othersQuestionDeleted", who);
            case REPLY -> texts.format("notice.othersReplyDeleted", who);
        };
    }

    private String name(Annotation a) {
        String shown = author.apply(a);
        return BidiMarks.isolated(shown == null || shown.isBlank() ? a.author() : shown);
    }
}
