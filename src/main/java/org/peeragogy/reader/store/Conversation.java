package org.peeragogy.reader.store;

import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;

/**
 * The conversation around notes (issue 15, decision 0025): what each note says of its thread, by note id, and
 * the votes. Read from the store ({@link ConversationStore#of}) or from a file (beside the notes of an import),
 * and given with the notes to {@link org.peeragogy.reader.book.Threads#build}.
 *
 * @param links by note id; a note without one is a plain note
 * @param votes one per voter and note, given (1) or withdrawn (0)
 */
public record Conversation(Map<String, NoteLink> links, List<Vote> votes) {
    /** No replies, questions or votes: what files of earlier formats carry. Any thread (immutable). */
    public static final Conversation NONE = new Conversation(Map.of(), List.of());

    public Conversation {
        links = Map.copyOf(links);
        votes = List.copyOf(votes);
    }

    /**
     * Whether there is nothing to say: no reply, question or vote (such a file is written in the older format).
     * Any thread; no disk.
     */
    public boolean isEmpty() {
        return links.isEmpty() && votes.isEmpty();
    }
}
