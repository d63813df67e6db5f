package org.peeragogy.reader.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/** What of the workshop's conversation goes with an export ({@link NoteSharing#export}, issue 15). */
final class ExportConversation {
    private ExportConversation() {
    }

    /**
     * The replies, questions and votes that go with the notes exported (issue 15): the links of those notes,
     * and votes. When the filter names people, only their votes go, wherever they voted (a participant's own file
     * carries their +1 on another's question, never another's +1 on theirs), within the filter's chapters;
     * without, every vote on the notes exported goes, and so do votes on notes not here yet. Votes on the notes in {@code leftOut} (private notes left out, and
     * conflict copies, never exported: decision 0021) stay here.
     */
    static Conversation of(Database db, Book book, List<Annotation> notes, ExportFilter filter, Set<String> leftOut)
            throws StoreException {
        Conversation all = db.conversation().of(book.identity());
        if (all.isEmpty()) {
            return all;
        }
        Set<String> ids = new HashSet<>(notes.stream().map(Annotation::id).toList());
        Map<String, NoteLink> links = new HashMap<>(all.links());
        links.keySet().retainAll(ids);
        Map<String, Annotation> here = new HashMap<>();
        for (Annotation a : db.annotations().everything()) {
            here.put(a.id(), a);
        }
        List<Vote> votes = new ArrayList<>();
        for (Vote v : all.votes()) {
            Annotation n = here.get(v.noteId());
            boolean chapter = filter.chapters().isEmpty() || n != null && filter.chapters().contains(n.chapterId());
            boolean taken = filter.authors().isEmpty()
                    ? ids.contains(v.noteId()) || !leftOut.contains(v.noteId()) && chapter && n == null
                    // Named people's votes only: others' +1 on their notes are the others' to hand in (a reader's
                    // own group file carrying them was no longer "all one person's", tester 16c's F1).
                    : (filter.authors().contains(v.voterId()) || filter.authors().contains(v.voter()))
                            && (ids.contains(v.noteId()) || !leftOut.contains(v.noteId()) && chapter);
            if (taken) {
                votes.add(v);
            }
        }
        return new Conversation(links, votes);
    }
}
