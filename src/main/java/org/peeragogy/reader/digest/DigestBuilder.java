package org.peeragogy.reader.digest;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.store.Conversation;

/**
 * Counts and sorts a handbook's notes into a {@link Digest} (issue 15's facilitator digest). Pure: no disk, no
 * toolkit; any thread. The rules:
 * <ul>
 *   <li>People of a chapter: distinct author ids of its live notes (two people of one name are two); an anonymous
 *       asker (decision 0031: one anonymous id per reader) is one person of the count, as in the margin bar and the
 *       Hotspots (try17w F3), and keeps the name "Anonymous" whatever {@link Names} says.</li>
 *   <li>Highlights: live highlights; notes: live notes with text (replies and questions included).</li>
 *   <li>A passage is a highlight's quote, white space folded; its people are the distinct authors of the placed
 *       highlights on it. The {@link #PASSAGES} with most people are kept (ties: the earlier in the text).</li>
 *   <li>Questions are notes marked as questions (decision 0025), in the chapter they are on; open ones and answered
 *       ones each by votes, then by when asked. Each comes with its thread below it ({@link Threads}).</li>
 *   <li>A thread whose first note is a live note, not a question, with replies is a discussion, in its chapter
 *       (t15's F11): every thread with replies is listed somewhere, once.</li>
 *   <li>A note whose chapter is not in this edition, or a highlight that cannot be placed, is listed under
 *       "could not be placed": never dropped.</li>
 * </ul>
 */
public final class DigestBuilder {
    /** How many most-marked passages a chapter shows. */
    public static final int PASSAGES = 5;
    /** The longest text (in chars) a note or quote is shown with; the rest is said as a count (tester's F5). */
    public static final int LONGEST = 1500;

    private DigestBuilder() {
    }

    /**
     * @param book     the open handbook
     * @param edition  how to name its edition (identity, fingerprint)
     * @param notes    every note of this handbook, tombstones included (they keep deleted questions' replies)
     * @param talk     the conversation's links and votes ({@code store.ConversationStore.of})
     * @param place    where a note sits in its chapter now ({@code share.Chapters.place}); an orphan when it cannot
     * @param imports  how many imports are merged in
     * @param chapters the chapters to include; empty for all
     * @param names    how people are named
     * @param words    the language to write it in (placeholders, "Participant 3", "Anonymous")
     * @param made     the digest's time
     * @return the digest; never throws for odd notes (each is counted or listed)
     */
    public static Digest build(Book book, String edition, Collection<Annotation> notes, Conversation talk,
                               Function<Annotation, Placement> place, int imports, Set<String> chapters, Names names,
                               DigestWords words, Instant made) {
        return build(book, edition, notes, talk, place, imports, chapters, names, words, made, Map.of(), LONGEST);
    }

    /**
     * A second version of a note kept from a file (a conflict: the store keeps both, decision 0021).
     *
     * @param originalId the note it is a version of
     * @param from       the file (or folder) it came from, as the import recorded it
     */
    public record SecondVersion(String originalId, String from) {
    }

    /**
     * As the shorter {@code build}, with the second versions kept from files listed apart, never as notes (fresh tester
     * t15b's F10: a forged version of the facilitator's own question was listed as an open question of hers; decision
     * 0071), and texts cut after {@code longest} characters ({@link Integer#MAX_VALUE}: never cut).
     *
     * @param versions the live second versions among {@code notes}, by their id
     */
    public static Digest build(Book book, String edition, Collection<Annotation> notes, Conversation talk,
                               Function<Annotation, Placement> place, int imports, Set<String> chapters, Names names,
                               DigestWords words, Instant made, Map<String, SecondVersion> versions, int longest) {
        return build(book, edition, notes, talk, place, imports, chapters, names, words, made, versions, longest,
                Set.of());
    }

    /**
     * As the build above; the author ids of {@code namedAnonymous}, though named "Anonymous", are people of that name
     * (shown with their id), never anonymous askers: no file vouched for them as someone's anonymous id (a W3C creator
     * called "Anonymous", t15d's F5; {@code store.SharedNotes.anonymousByNoOne}).
     */
    public static Digest build(Book book, String edition, Collection<Annotation> notes, Conversation talk,
                               Function<Annotation, Placement> place, int imports, Set<String> chapters, Names names,
                               DigestWords words, Instant made, Map<String, SecondVersion> versions, int longest,
                               Set<String> namedAnonymous) {
        // Who shares a name with whom is known before anyone is named: both Anns carry their ids (decision 0101).
        Map<String, String> named = new LinkedHashMap<>();
        notes.stream().filter(a -> !a.isDeleted()).sorted(Comparator.comparing(Annotation::created)
                .thenComparing(Annotation::id)).forEach(a -> named.putIfAbsent(a.authorId(), a.author()));
        Names.Namer namer = names.namer(words, namedAnonymous, named);
        Say say = new Say(namer, words, longest);
        Map<String, Annotation> byId = new HashMap<>();
        notes.forEach(a -> byId.put(a.id(), a));
        List<Digest.Version> second = new ArrayList<>();
        notes.stream().filter(a -> versions.containsKey(a.id()) && !a.isDeleted())
                .filter(a -> chapters.isEmpty() || chapters.contains(a.chapterId()))
                .sorted(Comparator.comparing(Annotation::created).thenComparing(Annotation::id)).forEach(a -> {
                    SecondVersion v = versions.get(a.id());
                    Annotation original = byId.get(v.originalId());
                    second.add(new Digest.Version(new Digest.Item(0, say.cut(a.note()), say.cut(a.quote()),
                            namer.name(a.author(), a.authorId()), 0, false), v.from(),
                            original == null ? "" : say.cut(original.note().isBlank() ? original.quote() : original.note())));
                });
        // Not notes of anyone's: counted nowhere, in no thread, no passage, no list of people.
        notes = notes.stream().filter(a -> !versions.containsKey(a.id())).toList();
        // A reply without a chapter of its own (a W3C reply targets its parent) is in its parent's (t15's F10).
        notes = org.peeragogy.reader.book.ReplyChapters.placed(book, notes, talk.links());
        List<Annotation> live = notes.stream().filter(a -> !a.isDeleted())
                .filter(a -> chapters.isEmpty() || chapters.contains(a.chapterId()))
                .sorted(Comparator.comparing(Annotation::created).thenComparing(Annotation::id)).toList();
        Set<String> people = new LinkedHashSet<>();
        // An anonymous asker is one person, "Anonymous" (try17w F3: the chapter said 0 people beside their question).
        live.forEach(a -> people.add(namer.name(a.author(), a.authorId())));

        Map<String, List<Annotation>> byChapter = new LinkedHashMap<>();
        book.chapters().forEach(c -> byChapter.put(c.id(), new ArrayList<>()));
        live.forEach(a -> byChapter.computeIfAbsent(a.chapterId(), k -> new ArrayList<>()).add(a));

        Map<String, Placement> placed = new HashMap<>();
        List<String> unplacedIds = new ArrayList<>();
        for (Annotation a : live) {
            boolean inBook = book.chapter(a.chapterId()).isPresent();
            Placement p = a.kind() == Annotation.Kind.HIGHLIGHT && inBook ? place.apply(a) : null;
            if (p != null && p.placed()) {
                placed.put(a.id(), p);
            } else if (!inBook || p != null) {
                unplacedIds.add(a.id());
            }
        }

        List<Threads.Node> threads = Threads.build(notes, talk.links(), talk.votes());
        Map<String, List<Threads.Node>> questions = new HashMap<>();
        Map<String, List<Digest.Thread>> waiting = new HashMap<>();
        Map<String, List<Digest.Thread>> orphaned = new HashMap<>();
        Map<String, List<Digest.Thread>> loops = new HashMap<>();
        Map<String, List<Digest.Thread>> discussions = new HashMap<>();
        for (Threads.Node root : threads) {
            if (root.looped() && root.shape() == Threads.Shape.NOTE && !root.question()) {
                // Notes replying in a circle: shown from where the circle was cut, so none is left out (F13). A question
                // cut there is listed, with its thread, as open or answered alone: one note, one state (t15's F5).
                loops.computeIfAbsent(root.note().orElseThrow().chapterId(), k -> new ArrayList<>())
                        .add(thread(root, say));
            }
            if (root.shape() == Threads.Shape.NOTE && !root.looped() && !root.question() && !root.replies().isEmpty()) {
                // A note with replies that is not a question: a discussion, never dropped (t15's F11).
                discussions.computeIfAbsent(root.note().orElseThrow().chapterId(), k -> new ArrayList<>())
                        .add(thread(root, say));
            }
            if (root.shape() != Threads.Shape.NOTE) {
                // Replies under a placeholder: shown in the chapter of the first of them, so none is lost.
                root.flatten().stream().filter(n -> n.shape() == Threads.Shape.NOTE).findFirst()
                        .map(n -> n.note().orElseThrow().chapterId())
                        // A deleted note is not awaited: its replies are their own section (try17w F13).
                        .ifPresent(c -> (root.shape() == Threads.Shape.DELETED ? orphaned : waiting)
                                .computeIfAbsent(c, k -> new ArrayList<>()).add(thread(root, say)));
            }
            for (Threads.Node n : root.flatten()) {
                if (n.question() && n.shape() == Threads.Shape.NOTE) {
                    questions.computeIfAbsent(n.note().orElseThrow().chapterId(), k -> new ArrayList<>()).add(n);
                }
            }
        }

        // A note shown in a thread of "Not in this edition" is not listed again under "could not be placed" (t15b's
        // F10 re-check: the two loop notes were listed twice).
        Set<String> inThreads = new HashSet<>();
        for (Threads.Node root : threads) {
            boolean listed = root.shape() != Threads.Shape.NOTE || root.looped() && !root.question()
                    || !root.question() && !root.replies().isEmpty();
            for (Threads.Node n : listed ? root.flatten() : List.<Threads.Node>of()) {
                n.note().ifPresent(a -> inThreads.add(a.id()));
            }
            for (Threads.Node n : root.flatten()) {
                if (n.question() && n.shape() == Threads.Shape.NOTE) {
                    n.flatten().forEach(m -> m.note().ifPresent(a -> inThreads.add(a.id())));
                }
            }
        }
        inThreads.retainAll(live.stream().filter(a -> a.chapterId().equals(org.peeragogy.reader.book.ChapterIds.UNPLACED))
                .map(Annotation::id).toList());
        List<Digest.Item> unplaced = new ArrayList<>();
        for (String id : unplacedIds) {
            Annotation a = byId.get(id);
            if (!inThreads.contains(id) || a == null) {
                Annotation shown = a != null ? a : live.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                unplaced.add(new Digest.Item(0, say.cut(shown.note()), say.cut(shown.quote()),
                        namer.name(shown.author(), shown.authorId()), 0, false));
            }
        }
        List<Digest.ChapterDigest> out = new ArrayList<>();
        for (Map.Entry<String, List<Annotation>> e : byChapter.entrySet()) {
            List<Annotation> list = e.getValue();
            if (!chapters.isEmpty() && !chapters.contains(e.getKey())) {
                continue;
            }
            if (list.isEmpty()) {
                if (!chapters.isEmpty()) {
                    // A chapter asked for by name says it has no notes yet (t15b's N6: the digest was empty).
                    out.add(new Digest.ChapterDigest(e.getKey(), book.chapter(e.getKey()).map(Chapter::displayTitle)
                            .orElse(e.getKey()), 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
                }
                continue;
            }
            // The id of "no chapter" is the reader's own, never shown (t15's F10).
            String title = book.chapter(e.getKey()).map(Chapter::displayTitle)
                    .orElse(e.getKey().equals(org.peeragogy.reader.book.ChapterIds.UNPLACED)
                            ? words.say("digestDoc.noChapter") : words.say("digestDoc.notInEdition", e.getKey()));
            List<Threads.Node> asked = new ArrayList<>(questions.getOrDefault(e.getKey(), List.of()));
            asked.sort(Comparator.comparingInt(Threads.Node::votes).reversed()
                    .thenComparing(n -> n.note().orElseThrow().created()).thenComparing(Threads.Node::id));
            List<Digest.Thread> open = new ArrayList<>();
            List<Digest.Thread> answered = new ArrayList<>();
            for (Threads.Node q : asked) {
                (q.open() ? open : answered).add(thread(q, say));
            }
            out.add(new Digest.ChapterDigest(e.getKey(), title,
                    (int) list.stream().map(Annotation::authorId).distinct().count(),
                    (int) list.stream().filter(a -> a.kind() == Annotation.Kind.HIGHLIGHT).count(),
                    (int) list.stream().filter(a -> !a.note().isBlank()).count(),
                    open, answered, passages(list, placed, say), tags(list), waiting.getOrDefault(e.getKey(), List.of()),
                    loops.getOrDefault(e.getKey(), List.of()), orphaned.getOrDefault(e.getKey(), List.of()),
                    discussions.getOrDefault(e.getKey(), List.of())));
        }
        // Listed by name in the digest's language, so a facilitator can check who is missing (t15c's N3); two people
        // sharing a name carry their ids ("Ana (id 0835edf4)"), and numbers (initials) follow the order met.
        return new Digest(book.title(), edition, made, imports,
                people.stream().sorted(org.peeragogy.reader.text.NameOrder.in(words.language())).toList(), out, unplaced,
                words)
                .withVersions(second);
    }

    /**
     * {@code text} cut after {@link #LONGEST} characters (at a space near there when there is one, never inside a
     * letter made of two chars), saying how many more the notes file has; as it is when not longer (tester's F5: one
     * note of 25,000 characters filled the PDF's first pages).
     */
    static String shortened(String text, DigestWords words) {
        return shortened(text, words, LONGEST);
    }

    /** As {@link #shortened(String, DigestWords)}, cut after {@code longest} chars. */
    static String shortened(String text, DigestWords words, int longest) {
        if (text.length() <= longest) {
            return text;
        }
        int cut = longest;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        int space = text.lastIndexOf(' ', cut);
        cut = space > longest * 4L / 5 ? space : cut;
        return text.substring(0, cut).stripTrailing() + words.say("digestDoc.cut", text.length() - cut);
    }

    private static List<Digest.Passage> passages(List<Annotation> list, Map<String, Placement> placed, Say say) {
        Map<String, Set<String>> who = new LinkedHashMap<>();
        Map<String, Integer> where = new HashMap<>();
        for (Annotation a : list) {
            Placement p = placed.get(a.id());
            if (p == null) {
                continue;
            }
            String quote = a.quote().replaceAll("\\s+", " ").strip();
            who.computeIfAbsent(quote, k -> new HashSet<>()).add(a.authorId());
            where.merge(quote, p.start(), Math::min);
        }
        return who.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> x) -> x.getValue().size()).reversed()
                        .thenComparing(x -> where.get(x.getKey())).thenComparing(Map.Entry::getKey))
                .limit(PASSAGES).map(x -> new Digest.Passage(say.cut(x.getKey()), x.getValue().size())).toList();
    }

    private static List<Digest.Tag> tags(List<Annotation> list) {
        Map<String, Integer> counts = new HashMap<>();
        list.forEach(a -> a.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(x -> new Digest.Tag(x.getKey(), x.getValue())).toList();
    }

    /** How this digest names people and says things, and where it cuts long texts. */
    private record Say(Names.Namer namer, DigestWords words, int longest) {
        String cut(String text) {
            return shortened(text, words, longest);
        }
    }

    /** The question and every reply under it with its depth; placeholders named as {@code say} names people. */
    private static Digest.Thread thread(Threads.Node question, Say say) {
        Names.Namer namer = say.namer();
        String answer = question.answeredBy().orElse("");
        List<Digest.Item> items = new ArrayList<>();
        Deque<Map.Entry<Threads.Node, Integer>> todo = new ArrayDeque<>();
        todo.push(Map.entry(question, 0));
        while (!todo.isEmpty()) {
            Map.Entry<Threads.Node, Integer> top = todo.pop();
            Threads.Node n = top.getKey();
            items.add(item(n, top.getValue(), n.id().equals(answer), say));
            for (int i = n.replies().size() - 1; i >= 0; i--) {
                todo.push(Map.entry(n.replies().get(i), top.getValue() + 1));
            }
        }
        return new Digest.Thread(items);
    }

    private static Digest.Item item(Threads.Node n, int depth, boolean answer, Say say) {
        Names.Namer namer = say.namer();
        DigestWords words = say.words();
        return switch (n.shape()) {
            case NOTE -> {
                Annotation a = n.note().orElseThrow();
                yield new Digest.Item(depth, say.cut(a.note()), say.cut(a.quote()),
                        namer.name(a.author(), a.authorId()), n.votes(),
                        answer);
            }
            case DELETED -> new Digest.Item(depth, words.say("digestDoc.deleted"), "", "", n.votes(), answer);
            // Threads' own label names the repliers as they call themselves; name them as this digest does.
            case MISSING -> new Digest.Item(depth, words.say("digestDoc.missing", repliers(n, namer, words)), "", "", n.votes(),
                    answer);
        };
    }

    private static String repliers(Threads.Node n, Names.Namer namer, DigestWords words) {
        Set<String> who = new LinkedHashSet<>();
        n.replies().forEach(r -> r.note().ifPresent(a -> who.add(namer.name(a.author(), a.authorId()))));
        return words.list(who.isEmpty() ? List.of(words.say("digestDoc.someone")) : new ArrayList<>(who));
    }
}
