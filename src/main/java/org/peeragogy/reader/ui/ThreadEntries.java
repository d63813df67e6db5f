package org.peeragogy.reader.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.book.Vote;

/**
 * A chapter's notes laid out as the notes panel lists them: threads, each note at its depth with its talk. Plain Java
 * over the book's records, for {@link ConversationViewModel}.
 */
final class ThreadEntries {
    private ThreadEntries() {
    }

    /**
     * The placed notes as threads: threads in the order of their first note in the text, each note followed by
     * its replies (oldest first); a note's depth counts only the notes above it that are listed here. A reply whose
     * parent is not listed but is in {@code parents} says that it was deleted, or that it is hidden and whose it
     * is (tester's F10, F26), not that it has not arrived. Any thread.
     */
    static List<ConversationViewModel.Entry> arrange(List<NoteItem> placed,
                                                     List<NoteItem> orphans,
                                                     Map<String, NoteLink> links, java.util.Collection<Vote> votes,
                                                     Map<String, Annotation> parents,
                                                     java.util.function.Predicate<Annotation> mine, String me) {
        Map<String, NoteItem> listed = new HashMap<>();
        placed.forEach(i -> listed.put(i.annotation().id(), i));
        List<Annotation> all = new ArrayList<>();
        placed.forEach(i -> all.add(i.annotation()));
        orphans.forEach(i -> all.add(i.annotation()));
        List<Threads.Node> roots = Threads.build(all, links, votes);
        // The answers the threads accept: a reply in its question's thread (a file's other claims are not; 18w's N1).
        Set<String> answers = new HashSet<>();
        Deque<Threads.Node> walk = new ArrayDeque<>(roots);
        while (!walk.isEmpty()) {
            Threads.Node n = walk.pop();
            n.answeredBy().ifPresent(answers::add);
            n.replies().forEach(walk::push);
        }
        List<List<ConversationViewModel.Entry>> threads = new ArrayList<>();
        for (Threads.Node root : roots) {
            List<ConversationViewModel.Entry> thread = new ArrayList<>();
            Deque<Object[]> todo = new ArrayDeque<>();
            todo.push(new Object[] {root, 0, null});
            while (!todo.isEmpty()) {
                Object[] top = todo.pop();
                Threads.Node n = (Threads.Node) top[0];
                int depth = (int) top[1];
                NoteItem item = listed.get(n.id());
                if (item != null) {
                    Threads.Node parent = (Threads.Node) top[2];
                    Annotation known = parent == null || parent.shape() != Threads.Shape.MISSING ? null
                            : parents.get(parent.id());
                    Threads.Shape shape = parent == null ? null
                            : known != null && known.isDeleted() ? Threads.Shape.DELETED : parent.shape();
                    String by = known != null ? known.author()
                            : parent == null ? "" : parent.note().map(Annotation::author).orElse("");
                    thread.add(new ConversationViewModel.Entry(item, depth, new ConversationViewModel.Talk(n.question(), n.open(), by, shape,
                            known != null && !known.isDeleted(), answers.contains(n.id()), n.votes(),
                            n.voterIds().contains(me), n.replies().size(), mine.test(item.annotation()))));
                }
                for (int r = n.replies().size() - 1; r >= 0; r--) {
                    todo.push(new Object[] {n.replies().get(r), item != null ? depth + 1 : depth, n});
                }
            }
            if (!thread.isEmpty()) {
                threads.add(thread);
            }
        }
        threads.sort(Comparator.comparingInt((List<ConversationViewModel.Entry> t) -> t.get(0).item().placement().start())
                .thenComparing(t -> t.get(0).annotation().created()));
        List<ConversationViewModel.Entry> out = new ArrayList<>();
        threads.forEach(out::addAll);
        return out;
    }
}
