package org.peeragogy.reader.book;

import java.util.Objects;
import java.util.Optional;

/**
 * What a note says of the conversation it is in (issue 15, decision 0025): the note it replies to, whether it
 * is a question, and the reply its asker marked as the answer. A note without one is a plain note.
 *
 * @param noteId     the note this describes ({@link Annotation#id()})
 * @param parentId   the note it replies to, when it is a reply; that note may not have arrived yet, may be
 *                   deleted, or may never arrive (threads show a placeholder for it: {@link Threads})
 * @param question   whether the note asks a question
 * @param answeredBy the reply its asker marked as the answer; only for a question
 */
public record NoteLink(String noteId, Optional<String> parentId, boolean question, Optional<String> answeredBy) {
    public NoteLink {
        Objects.requireNonNull(noteId, "noteId");
        parentId = parentId == null ? Optional.empty() : parentId;
        answeredBy = answeredBy == null || !question ? Optional.empty() : answeredBy;
    }

    /** A reply to {@code parentId}. Any thread. */
    public static NoteLink reply(String noteId, String parentId) {
        return new NoteLink(noteId, Optional.of(parentId), false, Optional.empty());
    }

    /** An open question (not a reply). Any thread. */
    public static NoteLink question(String noteId) {
        return new NoteLink(noteId, Optional.empty(), true, Optional.empty());
    }

    /** The same link with the answer marked; any thread. */
    public NoteLink answered(String replyId) {
        return new NoteLink(noteId, parentId, true, Optional.of(replyId));
    }

    /** The same link for another note (a conflict copy of this note). Any thread. */
    public NoteLink forNote(String id) {
        return new NoteLink(id, parentId, question, answeredBy);
    }
}
