package org.peeragogy.reader.book;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conversations built when they are shown, from the parent links notes carry (issue 15, decision 0025):
 * nothing about a thread is stored but each reply's parent, so threads come out the same whatever order
 * their notes arrived in, from however many files.
 *
 * <ul>
 *   <li>A reply whose parent has not arrived waits under a {@link Shape#MISSING} placeholder ("A note you do not
 *       have yet, with replies from Ana"); when the parent arrives, the same call puts it there.</li>
 *   <li>A deleted note that has live replies (at any depth) stays as a {@link Shape#DELETED} placeholder
 *       ("Deleted note") holding them; a deleted note without any is not shown.</li>
 *   <li>Cycles (made by hand or by a forged file: A replies to B, B to A) are cut at the note created first
 *       (then the smallest id), which becomes a thread of its own; nothing is lost.</li>
 *   <li>Only a live note asks, answers or has votes: a deleted question is not an open question, a question whose
 *       answer was deleted is open again, and a deleted note's +1s are not counted (tester t15's F2, F13).</li>
 *   <li>Every live note is in exactly one thread; a note without parent or replies is a thread of one.</li>
 * </ul>
 *
 * Plain Java, no toolkit and no disk: the window's group view, the digest and the command line all use it.
 * Any thread; a build of 15,000 notes takes a few milliseconds and no recursion (a chain of 100,000 replies
 * does not overflow the stack).
 */
public final class Threads {
    private Threads() {
    }

    /** What a node of a thread is. */
    public enum Shape {
        /** a live note */
        NOTE,
        /** a note its replies point at that the reader does not have (yet) */
        MISSING,
        /** a deleted note kept for its live replies */
        DELETED
    }

    /**
     * One note of a thread and its replies, oldest first.
     *
     * @param shape    a note, or a placeholder for one that is missing or deleted
     * @param id       the note's id (for a placeholder, the id its replies point at)
     * @param note     the note (its tombstone for {@link Shape#DELETED}); empty for {@link Shape#MISSING}
     * @param label    what a placeholder says ("A note you do not have yet, with replies from Ana", "Deleted
     *                 note"); empty for a note
     * @param question whether the note asks a question; never for a placeholder (a deleted question asks nothing)
     * @param answeredBy the live reply in its thread its asker marked as the answer (only for a question; a deleted
     *                 or missing answer leaves it empty: the question is open)
     * @param voterIds who gives the note a +1 now (withdrawn votes do not count), in the order they voted; empty for
     *                 a placeholder (a deleted note's votes are not counted)
     * @param replies  the replies, oldest first (then by id)
     * @param looped   whether this note replied into a loop (its parent's chain came back to it) and its parent link
     *                 was cut there, so it starts a thread of its own: the digest lists such threads (tester's F13)
     */
    public record Node(Shape shape, String id, Optional<Annotation> note, String label, boolean question,
                       Optional<String> answeredBy, List<String> voterIds, List<Node> replies, boolean looped) {
        public Node {
            voterIds = List.copyOf(voterIds);
            replies = List.copyOf(replies);
        }

        /** +1s the note has now. */
        public int votes() {
            return voterIds.size();
        }

        /** A question not marked answered. */
        public boolean open() {
            return question && answeredBy.isEmpty();
        }

        /** This node and every reply under it, depth first, in the order shown. */
        public List<Node> flatten() {
            List<Node> out = new ArrayList<>();
            Deque<Node> todo = new ArrayDeque<>();
            todo.push(this);
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                out.add(n);
                for (int i = n.replies.size() - 1; i >= 0; i--) {
                    todo.push(n.replies.get(i));
                }
            }
            return out;
        }
    }

    /**
     * The threads of {@code notes}: one root per thread, ordered by when each began (its first note's
     * creation, for a placeholder its earliest reply's).
     *
     * @param notes every note to consider, tombstones included (they keep their replies in place)
     * @param links what notes say of their thread, by note id; a link for a note not in {@code notes} is ignored
     * @param votes the votes on these notes (others are ignored); one per voter and note, given or withdrawn
     */
    public static List<Node> build(Collection<Annotation> notes, Map<String, NoteLink> links, Collection<Vote> votes) {
        Map<String, Annotation> byId = new HashMap<>();
        for (Annotation a : notes) {
            byId.put(a.id(), a);
        }
        Map<String, String> parent = new HashMap<>();
        for (Annotation a : notes) {
            NoteLink l = links.get(a.id());
            if (l != null && l.parentId().isPresent()) {
                parent.put(a.id(), l.parentId().get());
            }
        }
        Set<String> cut = cutCycles(parent, byId);
        // Shown: live notes and every ancestor of one (a deleted or missing note holding live replies).
        Set<String> shown = new HashSet<>();
        for (Annotation a : notes) {
            String id = a.isDeleted() ? null : a.id();
            while (id != null && shown.add(id)) {
                id = parent.get(id);
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (String id : shown) {
            String p = parent.get(id);
            if (p == null) {
                roots.add(id);
            } else {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(id);
            }
        }
        Map<String, List<String>> voters = new HashMap<>();
        votes.stream().filter(Vote::given).sorted(Comparator.comparing(Vote::updated).thenComparing(Vote::voterId))
                .forEach(v -> voters.computeIfAbsent(v.noteId(), k -> new ArrayList<>()).add(v.voterId()));
        Map<String, java.time.Instant> began = new HashMap<>();
        for (String id : shown) {
            began(id, byId, children, began);
        }
        children.values().forEach(list -> sortByStart(list, began));
        sortByStart(roots, began);
        List<Node> out = new ArrayList<>(roots.size());
        for (String root : roots) {
            out.add(node(root, byId, links, children, voters, cut));
        }
        return out;
    }

    /** A note id with when its thread began, so that sorting compares two fields, not two map look-ups. */
    private record Start(java.time.Instant began, String id) {
        static final Comparator<Start> ORDER = Comparator.comparing(Start::began).thenComparing(Start::id);
    }

    /**
     * Sorts {@code ids} in place by when each began, then by id. Decorated first: the group view sorts 12,000 roots,
     * and a comparator that looked each side up in {@code began} took most of {@code build}'s time (issue 15's figure).
     */
    private static void sortByStart(List<String> ids, Map<String, java.time.Instant> began) {
        if (ids.size() < 2) {
            return;
        }
        List<Start> keyed = new ArrayList<>(ids.size());
        for (String id : ids) {
            keyed.add(new Start(began.get(id), id));
        }
        keyed.sort(Start.ORDER);
        for (int i = 0; i < keyed.size(); i++) {
            ids.set(i, keyed.get(i).id());
        }
    }

    /** Builds the node of {@code root} bottom-up, without recursion. */
    private static Node node(String root, Map<String, Annotation> byId, Map<String, NoteLink> links,
                             Map<String, List<String>> children, Map<String, List<String>> voters,
                             Set<String> cut) {
        Map<String, Node> built = new HashMap<>();
        // Numbered on the first answer to check: then whether an answer lies under its question is two comparisons,
        // not a walk of the question's replies (a chain of 20,000 questions each naming its deepest reply walked
        // 200 million nodes; fresh tester t15's F14).
        List<Map<String, int[]>> spans = new ArrayList<>(1);
        Deque<String> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            String id = todo.peek();
            List<String> kids = children.getOrDefault(id, List.of());
            boolean ready = true;
            for (String k : kids) {
                if (!built.containsKey(k)) {
                    todo.push(k);
                    ready = false;
                }
            }
            if (!ready) {
                continue;
            }
            todo.pop();
            List<Node> replies = new ArrayList<>(kids.size());
            kids.forEach(k -> replies.add(built.remove(k)));
            Annotation a = byId.get(id);
            NoteLink l = a == null ? null : links.get(id);
            Shape shape = a == null ? Shape.MISSING : a.isDeleted() ? Shape.DELETED : Shape.NOTE;
            String label = switch (shape) {
                case NOTE -> "";
                case DELETED -> "Deleted note";
                // Whose the replies are, not the missing note (tester t15's F11: "…, from dan" read as dan's note).
                case MISSING -> "A note you do not have yet, with replies from " + names(replies);
            };
            // Only a live note asks, answers or is voted on (tester t15's F2, F13): a deleted question is no open
            // question anywhere, a deleted answer answers nothing (the question is open again) and a deleted note's
            // +1s are not counted. An answer is a live reply in the question's own thread: one a file names elsewhere
            // (the question itself, a note of another thread) leaves the question open (fresh tester 18w's N1; t15's
            // F5: a question replying to itself, its loop cut, is open), as marking it does (0031). Whether it is in
            // the thread is read from the thread's depth-first numbering, made once (t15's F14: a walk per question).
            boolean live = shape == Shape.NOTE;
            Optional<String> answer = l == null || !live ? Optional.empty() : l.answeredBy().filter(r -> {
                if (spans.isEmpty()) {
                    spans.add(spans(root, children));
                }
                Annotation ra = byId.get(r);
                return ra != null && !ra.isDeleted() && under(spans.get(0), id, r);
            });
            built.put(id, new Node(shape, id, Optional.ofNullable(a), label, live && l != null && l.question(),
                    answer, live ? voters.getOrDefault(id, List.of()) : List.of(), replies, cut.contains(id)));
        }
        return built.get(root);
    }

    /**
     * The thread of {@code root} numbered depth first: for each note, its number and the number after its last reply
     * (at any depth). Without recursion; the links are a tree (cycles were cut).
     */
    private static Map<String, int[]> spans(String root, Map<String, List<String>> children) {
        Map<String, int[]> span = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(root);
        int next = 0;
        while (!todo.isEmpty()) {
            String id = todo.pop();
            int[] seen = span.get(id);
            if (seen != null) {
                seen[1] = next; // back after its replies
                continue;
            }
            span.put(id, new int[] {next++, -1});
            todo.push(id);
            List<String> kids = children.getOrDefault(id, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return span;
    }

    /** Whether {@code reply} is a reply under {@code id}, at any depth, by their numbers ({@link #spans}). */
    private static boolean under(Map<String, int[]> span, String id, String reply) {
        int[] question = span.get(id);
        int[] r = span.get(reply);
        return question != null && r != null && r[0] > question[0] && r[0] < question[1];
    }

    /** "Ana", "Ana and Bo", "Ana, Bo and Cy": who wrote the replies waiting under a placeholder. */
    private static String names(List<Node> replies) {
        Set<String> names = new LinkedHashSet<>();
        for (Node r : replies) {
            r.note().ifPresent(a -> names.add(a.author().isBlank() ? "someone" : a.author()));
        }
        if (names.isEmpty()) {
            names.add("someone");
        }
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** When a thread (or a reply under it) began: its note's creation, or for a placeholder its earliest reply's. */
    private static java.time.Instant began(String id, Map<String, Annotation> byId, Map<String, List<String>> children,
                                           Map<String, java.time.Instant> memo) {
        // Bottom-up, each note once (a walk down from every placeholder was quadratic in a chain of deleted notes):
        // a live note began when it was made; a deleted or missing one at the earliest of itself and its replies.
        Deque<String> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            String n = todo.peek();
            if (memo.containsKey(n)) {
                todo.pop();
                continue;
            }
            Annotation a = byId.get(n);
            if (a != null && !a.isDeleted()) {
                memo.put(n, a.created());
                todo.pop();
                continue;
            }
            List<String> kids = children.getOrDefault(n, List.of());
            boolean ready = true;
            for (String k : kids) {
                if (!memo.containsKey(k)) {
                    todo.push(k);
                    ready = false;
                }
            }
            if (!ready) {
                continue;
            }
            todo.pop();
            java.time.Instant t = a == null ? java.time.Instant.MAX : a.created();
            for (String k : kids) {
                java.time.Instant c = memo.get(k);
                t = c.isBefore(t) ? c : t;
            }
            memo.put(n, t);
        }
        return memo.get(id);
    }

    /**
     * Removes one parent link from each cycle: that of the member created first (then the smallest id), which
     * becomes the start of its thread. Each note is visited once.
     *
     * @return the ids whose link was removed
     */
    private static Set<String> cutCycles(Map<String, String> parent, Map<String, Annotation> byId) {
        Set<String> cut = new HashSet<>();
        Map<String, Integer> state = new HashMap<>(); // 1: on the current path, 2: done
        for (String start : new ArrayList<>(parent.keySet())) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String id = start;
            while (id != null && !state.containsKey(id)) {
                state.put(id, 1);
                path.add(id);
                id = parent.get(id);
            }
            if (id != null && state.get(id) == 1) {
                List<String> cycle = path.subList(path.indexOf(id), path.size());
                String first = cycle.stream().min(Comparator.comparing((String c) -> byId.get(c).created())
                        .thenComparing(c -> c)).orElseThrow();
                parent.remove(first);
                cut.add(first);
            }
            path.forEach(p -> state.put(p, 2));
        }
        return cut;
    }
}
