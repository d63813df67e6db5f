package org.peeragogy.reader.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.book.Vote;

/**
 * What the facilitator's group view shows (issue 15, decision 0031), counted once from every note of the open
 * handbook: per chapter its people, highlights, notes and questions; every thread with what it is sorted and
 * filtered by. Plain Java, no toolkit and no disk: {@link GroupViewModel} builds it off the FX thread and filters
 * and sorts what it holds on the FX thread. Immutable; any thread.
 *
 * <p>The rules (the digest's, decision 0029, where they meet):
 * <ul>
 *   <li>People of a chapter: distinct author ids of its live notes, bookmarks included (two people called Ana are
 *       two). Highlights: live highlights. Notes: live notes with text. Open and answered: questions on it.</li>
 *   <li>Threads: {@link Threads#build} over the notes, tombstones included; a thread of one bookmark is not a
 *       conversation and is left out. A thread whose first note is missing or deleted sits in the chapter of its
 *       first live reply.</li>
 *   <li>A thread's people: how many distinct people highlighted or noted the paragraph its first note is on (the
 *       anchor's block, else its quote), counted by paragraph as the heat map counts, never by screen position;
 *       for a thread without a passage, the distinct people who wrote in it.</li>
 *   <li>Its votes: the +1s its first note has now. Its time: its latest note's (a reply moves it on).</li>
 * </ul>
 */
public final class GroupFigures {
    /** Per chapter; {@code title} is the book's title for it, "" when this edition has no such chapter. */
    public record ChapterRow(String chapterId, String title, int people, int highlights, int notes, int open,
                             int answered) {
        /** "5 people · 2 open questions", what the contents show beside the chapter; "" with no notes. Any thread. */
        public String summary(Texts texts) {
            if (people == 0) {
                return "";
            }
            return open > 0 ? texts.format("groupView.summaryOpen", people, open)
                    : texts.format("groupView.summary", people);
        }

        /** Its title, or that this edition has no such chapter. Any thread. */
        public String title(Texts texts) {
            return shownTitle(texts, chapterId, title);
        }
    }

    /**
     * One thread.
     *
     * @param chapterTitle the chapter's title in the book, "" when this edition has no such chapter
     * @param shape    what its first note is: a note, or a placeholder for one missing or deleted
     * @param noteId   the note to open: the first note, or (under a placeholder) its first live reply
     * @param text     what the first note says ("" for a placeholder: {@link #text(Texts)} words it)
     * @param quote    the passage it is on ("" for none)
     * @param by       who wrote the first note (for a missing one, who wrote its first reply; "" for a deleted one)
     * @param people   distinct people who marked its passage (see the class)
     * @param replies  notes under the first one
     * @param writers  the author ids of everyone who wrote in it
     * @param tags     the tags on its notes
     */
    public record ThreadRow(String chapterId, String chapterTitle, Threads.Shape shape, String noteId, String text,
                            String quote, String by, int votes, int people, Instant latest, int replies,
                            boolean question, boolean open, Set<String> writers, Set<String> tags) {
        public ThreadRow {
            writers = Set.copyOf(writers);
            tags = Set.copyOf(tags);
        }

        /** What its first note says, or what stands for it ("Deleted note"). Any thread. */
        public String text(Texts texts) {
            return switch (shape) {
                case NOTE -> BidiMarks.shown(text);
                case DELETED -> texts.get("groupView.deleted");
                // Named after its first replier, and how many others wrote under it (tester's F30: 499 people replied,
                // and the placeholder read as one person's).
                case MISSING -> texts.format("groupView.missing", writers.size() > 1
                        ? texts.format("groupView.andOthers", BidiMarks.isolated(by), writers.size() - 1)
                        : BidiMarks.isolated(by));
            };
        }

        /** Its chapter's title, or that this edition has no such chapter. Any thread. */
        public String chapterTitle(Texts texts) {
            return shownTitle(texts, chapterId, chapterTitle);
        }
    }

    private static String shownTitle(Texts texts, String chapterId, String title) {
        return !title.isEmpty() ? title : chapterId.equals(org.peeragogy.reader.book.ChapterIds.UNPLACED)
                ? texts.get("groupView.noChapter") : texts.format("groupView.chapterNotHere", chapterId);
    }

    /** Someone with a note here: their author id and name as their layer has it. */
    public record Person(String id, String name) {
    }

    /** How the threads are sorted: most votes, most people on the passage, newest activity; each first. */
    public enum Sort { VOTES, PEOPLE, TIME }

    /**
     * What the threads are filtered by; "" for any.
     *
     * @param person  an author id: threads they wrote in
     * @param tag     threads with a note carrying this tag
     * @param chapter a chapter id
     * @param openOnly only open questions
     */
    public record Filter(String person, String tag, String chapter, boolean openOnly) {
        public static final Filter NONE = new Filter("", "", "", false);

        public Filter {
            person = person == null ? "" : person;
            tag = tag == null ? "" : tag;
            chapter = chapter == null ? "" : chapter;
        }
    }

    private final List<ChapterRow> chapters;
    private final List<ThreadRow> threads;
    private final List<Person> people;
    private final List<String> tags;

    /** How many people have a live note, those a blind first pass keeps unnamed included ({@link #workshop}). */
    private final int everyone;
    /** Whether an anonymous asker has a live note ({@link #anonymousAskers}). */
    private final boolean anonymous;
    /** Threads a blind first pass keeps out of the list ({@link #blindThreads}). */
    private final int blind;

    private GroupFigures(List<ChapterRow> chapters, List<ThreadRow> threads, List<Person> people, List<String> tags,
                         int everyone, boolean anonymous, int blind) {
        this.chapters = List.copyOf(chapters);
        this.threads = List.copyOf(threads);
        this.people = List.copyOf(people);
        this.tags = List.copyOf(tags);
        this.everyone = everyone;
        this.anonymous = anonymous;
        this.blind = blind;
    }

    /**
     * These figures as a reader on a blind first pass may see them (issue 15's N4): the person filter names only
     * {@code seen} (author ids with a note the reader is shown) and the tag filter offers only {@code seenTags}, so
     * that no one is named, and no word of theirs read, before the reader has written in their chapter. The chapters'
     * counts, the threads (already left out by {@code build}'s {@code hiddenThreads}) and {@link #workshop} stay.
     * Any thread.
     */
    public GroupFigures seenOnly(Set<String> seen, Set<String> seenTags) {
        return new GroupFigures(chapters, threads, people.stream().filter(p -> seen.contains(p.id())).toList(),
                tags.stream().filter(seenTags::contains).toList(), everyone, anonymous, blind);
    }

    /** Nothing counted yet. */
    public static final GroupFigures EMPTY = new GroupFigures(List.of(), List.of(), List.of(), List.of(), 0, false, 0);

    /**
     * Counts {@code notes} (every note of the handbook, tombstones included).
     *
     * @param links       what notes say of their threads, by note id
     * @param votes       the votes on them
     * @param hiddenThreads chapters whose threads are not listed (a blind first pass: the reader has not written
     *                      there yet); their counts stay
     * @return the figures; never throws for odd notes (each is counted where it is)
     */
    public static GroupFigures build(Book book, Collection<Annotation> notes, Map<String, NoteLink> links,
                                     Collection<Vote> votes, Predicate<String> hiddenThreads) {
        return build(book, notes, links, votes, hiddenThreads, List.of());
    }

    /**
     * As {@link #build(Book, Collection, Map, Collection, Predicate)}; two people sharing a name are numbered in
     * {@code knownFirst}'s order (author ids as the reader first knew them, {@code AuthorStore.firstKnown}), and the
     * people are listed in natural order ("Participant2" before "Participant10").
     */
    public static GroupFigures build(Book book, Collection<Annotation> notes, Map<String, NoteLink> links,
                                     Collection<Vote> votes, Predicate<String> hiddenThreads, List<String> knownFirst) {
        return build(book, notes, links, votes, hiddenThreads, knownFirst, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #build(Book, Collection, Map, Collection, Predicate, List)}, people counted as {@code person} says: it
     * gives the person an author id is (in the reader's own window their anonymous id is them: tester t15b's N9, "6
     * people" counting herself twice), applied wherever people are counted; names and filters stay by author id.
     */
    public static GroupFigures build(Book book, Collection<Annotation> notes, Map<String, NoteLink> links,
                                     Collection<Vote> votes, Predicate<String> hiddenThreads, List<String> knownFirst,
                                     java.util.function.UnaryOperator<String> person) {
        Objects.requireNonNull(hiddenThreads);
        Objects.requireNonNull(person);
        // A reply without a chapter of its own (a W3C reply targets its parent) is in its parent's (t15's F10). O(n).
        notes = org.peeragogy.reader.book.ReplyChapters.placed(book, notes, links);
        List<Annotation> live = notes.stream().filter(a -> !a.isDeleted()).toList();
        // Two people whose names show the same ("Ana", "Ana" + ZWSP) are told apart everywhere by ids (F25, 0101).
        // Each author id's name: the first in (name, id) order of its notes, taken in one pass, not a sort of them all.
        Map<String, String> nameOf = new HashMap<>();
        for (Annotation a : notes) {
            nameOf.merge(a.authorId(), a.author(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        Map<String, String> names = new LinkedHashMap<>();
        nameOf.entrySet().stream().sorted(Map.Entry.<String, String>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        Map<String, String> labels = new HashMap<>(org.peeragogy.reader.book.AuthorNames.apart(names, knownFirst));
        // A name that looks like the anonymous label carries its id (t15b F2, decision 0075).
        labels.replaceAll((id, l) -> org.peeragogy.reader.text.LookAlikes.marked(l, names.get(id),
                org.peeragogy.reader.book.AuthorIds.shortLabel(id)));
        Map<String, List<Annotation>> byChapter = new LinkedHashMap<>();
        book.chapters().forEach(c -> byChapter.put(c.id(), new ArrayList<>()));
        live.forEach(a -> byChapter.computeIfAbsent(a.chapterId(), k -> new ArrayList<>()).add(a));

        // Who marked each paragraph: chapter + the anchor's block (else the quote, white space folded).
        Map<String, Set<String>> markers = new HashMap<>();
        for (Annotation a : live) {
            if (a.kind() == Annotation.Kind.HIGHLIGHT) {
                markers.computeIfAbsent(passage(a), k -> new java.util.HashSet<>()).add(person.apply(a.authorId()));
            }
        }

        Map<String, int[]> questions = new HashMap<>(); // chapter -> {open, answered}
        Map<String, String> titles = new HashMap<>(); // Book.chapter is a search; 12,000 threads ask it
        List<ThreadRow> rows = new ArrayList<>();
        int blind = 0;
        for (Threads.Node root : Threads.build(notes, links, votes)) {
            List<Threads.Node> all = root.flatten();
            Annotation first = all.stream().filter(n -> n.shape() == Threads.Shape.NOTE)
                    .map(n -> n.note().orElseThrow()).findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            for (Threads.Node n : all) {
                if (n.question() && n.shape() == Threads.Shape.NOTE) {
                    questions.computeIfAbsent(n.note().orElseThrow().chapterId(), k -> new int[2])[n.open() ? 0 : 1]++;
                }
            }
            if (all.size() == 1 && first.kind() == Annotation.Kind.BOOKMARK) {
                continue;
            }
            if (hiddenThreads.test(first.chapterId())) {
                blind++; // counted, so that the list says why it is short of what the table counts (t15b F11)
                continue;
            }
            rows.add(row(titles.computeIfAbsent(first.chapterId(), id -> title(book, id)), root, all, first, markers,
                    labels, person));
        }

        List<ChapterRow> chapterRows = new ArrayList<>();
        for (Map.Entry<String, List<Annotation>> e : byChapter.entrySet()) {
            List<Annotation> list = e.getValue();
            if (list.isEmpty()) {
                continue;
            }
            int[] q = questions.getOrDefault(e.getKey(), new int[2]);
            chapterRows.add(new ChapterRow(e.getKey(), title(book, e.getKey()),
                    // An anonymous asker is one person, as in the margin bar and Hotspots (try17w F3).
                    (int) list.stream().map(a -> person.apply(a.authorId())).distinct().count(),
                    (int) list.stream().filter(a -> a.kind() == Annotation.Kind.HIGHLIGHT).count(),
                    (int) list.stream().filter(a -> !a.note().isBlank()).count(), q[0], q[1]));
        }

        Set<String> liveIds = new HashSet<>();
        live.forEach(a -> liveIds.add(a.authorId()));
        List<Person> people = labels.entrySet().stream().filter(e -> liveIds.contains(e.getKey()))
                .map(e -> new Person(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Person::name, org.peeragogy.reader.book.AuthorNames.NATURAL)).toList();
        Set<String> tags = new TreeSet<>();
        live.forEach(a -> tags.addAll(a.tags()));
        return new GroupFigures(chapterRows, rows, people, List.copyOf(tags),
                (int) live.stream().map(a -> person.apply(a.authorId())).distinct().count(),
                // The digest's rule (Names.anonymous): the name anonymous questions carry (a constant, inlined); the
                // reader's own anonymous questions are the reader, not "one Anonymous more".
                live.stream().anyMatch(a -> org.peeragogy.reader.store.ConversationStore.ANONYMOUS_NAME
                        .equals(a.author().strip()) && person.apply(a.authorId()).equals(a.authorId())), blind);
    }

    private static ThreadRow row(String chapterTitle, Threads.Node root, List<Threads.Node> all, Annotation first,
                                 Map<String, Set<String>> markers, Map<String, String> labels,
                                 java.util.function.UnaryOperator<String> person) {
        Set<String> writers = new LinkedHashSet<>();
        Set<String> tags = new TreeSet<>();
        Instant latest = Instant.MIN;
        for (Threads.Node n : all) {
            if (n.shape() == Threads.Shape.NOTE) {
                Annotation a = n.note().orElseThrow();
                writers.add(a.authorId());
                tags.addAll(a.tags());
                latest = a.updated().isAfter(latest) ? a.updated() : latest;
            }
        }
        boolean placeholder = root.shape() != Threads.Shape.NOTE;
        int people = first.kind() == Annotation.Kind.HIGHLIGHT && !placeholder
                ? markers.getOrDefault(passage(first), Set.of()).size()
                : (int) writers.stream().map(person).distinct().count();
        return new ThreadRow(first.chapterId(), chapterTitle, root.shape(), first.id(),
                placeholder ? "" : first.note(), placeholder ? "" : first.quote(),
                root.shape() == Threads.Shape.DELETED ? "" : labels.getOrDefault(first.authorId(), first.author()),
                root.votes(), people, latest,
                all.size() - 1, root.question(), root.open(), writers, tags);
    }

    /** The paragraph a highlight marks: its chapter and block, else its quote with white space folded. */
    private static String passage(Annotation a) {
        String block = a.anchor().map(org.peeragogy.reader.book.TextAnchor::blockId).orElse("");
        return a.chapterId() + "\n" + (block.isEmpty() ? "\"" + a.quote().replaceAll("\\s+", " ").strip() : block);
    }

    private static String title(Book book, String chapterId) {
        return book.chapter(chapterId).map(Chapter::displayTitle).orElse("");
    }

    /** Per chapter with notes, in book order (then chapters this edition lacks). */
    public List<ChapterRow> chapters() {
        return chapters;
    }

    /** The row of one chapter, if it has notes. */
    public java.util.Optional<ChapterRow> chapter(String chapterId) {
        return chapters.stream().filter(c -> c.chapterId().equals(chapterId)).findFirst();
    }

    /** Every thread, in the order they began. */
    public List<ThreadRow> threads() {
        return threads;
    }

    /** Everyone with a live note here, by name. */
    public List<Person> people() {
        return people;
    }

    /**
     * Whether these notes are a workshop's, so that the contents say "2 people · 1 open question" under each chapter:
     * notes of two people or more, or any question (tester's F30: a facilitator's one imported open question showed
     * nothing, while the README promises the line). Any thread.
     */
    public boolean workshop() {
        return everyone >= 2 || chapters.stream().anyMatch(c -> c.open() + c.answered() > 0);
    }

    /**
     * Whether anyone with a live note here is an anonymous asker (named as anonymous questions are, decision 0031):
     * the window then says that each is one reader who may also be a person named, as the digest does (decision
     * 0065). Any thread.
     */
    public boolean anonymousAskers() {
        return anonymous;
    }

    /**
     * How many threads a blind first pass keeps out of {@link #threads()} (in chapters the reader has not written in;
     * the chapters' counts still count their notes): the group view says so beside its list. Any thread.
     */
    public int blindThreads() {
        return blind;
    }

    /** Every tag on a live note, in order. */
    public List<String> tags() {
        return tags;
    }

    /** The threads that pass {@code filter}, sorted by {@code sort} (ties: the other two, then the chapter's order). */
    public List<ThreadRow> threads(Filter filter, Sort sort) {
        Comparator<ThreadRow> votes = Comparator.comparingInt(ThreadRow::votes).reversed();
        Comparator<ThreadRow> people = Comparator.comparingInt(ThreadRow::people).reversed();
        Comparator<ThreadRow> time = Comparator.comparing(ThreadRow::latest).reversed();
        Comparator<ThreadRow> order = switch (sort) {
            case VOTES -> votes.thenComparing(people).thenComparing(time);
            case PEOPLE -> people.thenComparing(votes).thenComparing(time);
            case TIME -> time.thenComparing(votes).thenComparing(people);
        };
        return threads.stream()
                .filter(t -> filter.person().isEmpty() || t.writers().contains(filter.person()))
                .filter(t -> filter.tag().isEmpty() || t.tags().contains(filter.tag()))
                .filter(t -> filter.chapter().isEmpty() || t.chapterId().equals(filter.chapter()))
                .filter(t -> !filter.openOnly() || t.open())
                .sorted(order.thenComparing(ThreadRow::noteId)).toList();
    }

    /** The chapters with the most people, most first (ties: book order), at most {@code n}. */
    public List<ChapterRow> busiest(int n) {
        return chapters.stream().sorted(Comparator.comparingInt(ChapterRow::people).reversed()).limit(n).toList();
    }
}
