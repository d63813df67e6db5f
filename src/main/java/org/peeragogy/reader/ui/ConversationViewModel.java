package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.ConversationStore;
import org.peeragogy.reader.store.PeopleApart;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The conversation beside the chapter's notes (issue 15, decisions 0025 and 0031): the notes panel's notes as
 * threads (each reply under the note it answers, indented), what each says of its thread (a question open or
 * answered, votes, replies), and replying, asking, voting and marking a question answered. Writes go through the
 * window's {@link SaveQueue} on the writer's connection; the chapter is read again once each has landed. No
 * controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread (it follows {@link NotesViewModel}); the chapter's links and votes are read on
 * {@code reads} (in the window the notes' own reading thread, which uses the window's read connection one call at
 * a time) and laid out on the FX thread, a read overtaken by a newer one dropped. Errors are said through the
 * problems consumer, never thrown.
 */
public final class ConversationViewModel {
    private static final System.Logger LOG = System.getLogger(ConversationViewModel.class.getName());

    /**
     * What a note says of its thread, for its line in the notes panel.
     *
     * @param parent       who wrote the note this one replies to ("" when it is no reply, or the note is not here)
     * @param parentShape  the note it replies to: a note, missing (not arrived yet) or deleted; null when it is no
     *                     reply. A parent the reader has but does not show (its person's layer hidden) is
     *                     {@link Threads.Shape#MISSING} with {@code parentHidden}
     * @param parentHidden the parent is here but hidden (Notes → People…); {@code parent} then names its writer
     * @param answer       whether its question's asker marked it as the answer
     * @param mine         whether the reader wrote it (under their own name or anonymously)
     */
    public record Talk(boolean question, boolean open, String parent, Threads.Shape parentShape,
                       boolean parentHidden, boolean answer, int votes, boolean votedByMe, int replies, boolean mine) {
        public static final Talk NONE = new Talk(false, false, "", null, false, false, 0, false, 0, false);

        /** "Question · open · 2 votes, one yours · 1 reply" in the window's words; "" when there is nothing to say. */
        public String text(Texts texts) {
            return String.join(" · ", parts(texts));
        }

        /** The same as a sentence for a screen reader: "Reply to Bo, 2 votes, one yours."; "" for nothing. */
        public String speech(Texts texts) {
            List<String> parts = parts(texts);
            return parts.isEmpty() ? "" : String.join(", ", parts).replace(" · ", ", ") + ".";
        }

        private List<String> parts(Texts texts) {
            List<String> parts = new ArrayList<>();
            if (question) {
                parts.add(texts.get(open ? "talk.questionOpen" : "talk.questionAnswered"));
            }
            if (parentShape != null) {
                parts.add(switch (parentShape) {
                    case NOTE -> texts.format("talk.replyTo", parent);
                    case MISSING -> parentHidden ? texts.format("talk.replyToHidden", parent)
                            : texts.get("talk.replyToMissing");
                    case DELETED -> texts.get("talk.replyToDeleted");
                });
            }
            if (answer) {
                parts.add(texts.get("talk.answer"));
            }
            if (votes > 0) {
                parts.add(texts.format(votedByMe ? "talk.votesYours" : "talk.votes", votes));
            }
            if (replies > 0) {
                parts.add(texts.format("talk.replies", replies));
            }
            return parts;
        }
    }

    /** A note of the panel at its depth in its thread (0 for the first note, 1 for a reply to it, …). */
    public record Entry(NoteItem item, int depth, Talk talk) {
        public Annotation annotation() {
            return item.annotation();
        }
    }

    private final ConversationStore store;
    private final ConversationStore writes;
    private final SettingsStore settings;
    private final NotesViewModel notes;
    private final SaveQueue saves;
    private final Consumer<String> problems;
    private final Texts texts;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private String book;
    private String chapterId;
    private ChapterText text;
    private String me;
    private final java.util.concurrent.Executor reads;
    private final java.util.concurrent.Executor onUi;
    /** FX thread only: the newest read asked for. */
    private int asked;
    private Conversation talk = Conversation.NONE;
    /** The parents of the chapter's replies as stored (live or deleted), by id, as last read. */
    private Map<String, Annotation> parents = Map.of();
    /** The listed entries by note id ({@link #index}). */
    private Map<String, Entry> byId = Map.of();
    /** Each linked note's parent id, as last read ({@link #index}). */
    private Map<String, String> parentOf = Map.of();
    /** {@link #questionFor}'s answers by reply id, found since the entries last changed. */
    private final Map<String, Optional<String>> questions = new HashMap<>();
    /** Everyone's name, and as shown ("Chen (id 6943a51f)"), by author id, as last read. */
    private PeopleApart.People people = PeopleApart.People.NONE;
    /** The reader's anonymous author id as last read (empty until they ask anonymously). */
    private Optional<String> anonymous = Optional.empty();

    /**
     * FX thread; throws NullPointerException for a null argument.
     *
     * @param reads  the window's connection (the chapter's links and votes)
     * @param writes the writer's connection, used on {@code saves}
     */
    public ConversationViewModel(ConversationStore reads, ConversationStore writes, SettingsStore settings,
                                 NotesViewModel notes, SaveQueue saves, Consumer<String> problems, Texts texts) {
        this(reads, writes, settings, notes, saves, problems, Runnable::run, Runnable::run, texts);
    }

    /**
     * As above; the reads run on {@code readThread} (one thread that may use {@code reads} and {@code settings})
     * and their results are laid out on {@code onUi} (the FX thread).
     */
    public ConversationViewModel(ConversationStore reads, ConversationStore writes, SettingsStore settings,
                                 NotesViewModel notes, SaveQueue saves, Consumer<String> problems,
                                 java.util.concurrent.Executor readThread, java.util.concurrent.Executor onUi,
                                 Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.reads = Objects.requireNonNull(readThread);
        this.onUi = Objects.requireNonNull(onUi);
        this.store = Objects.requireNonNull(reads);
        this.writes = Objects.requireNonNull(writes);
        this.settings = Objects.requireNonNull(settings);
        this.notes = Objects.requireNonNull(notes);
        this.saves = Objects.requireNonNull(saves);
        this.problems = Objects.requireNonNull(problems);
        notes.paintVersionProperty().addListener((o, was, now) -> refresh());
    }

    /** A new page is on screen ({@link ChapterViewModel.PageListener}); its notes follow. FX thread. */
    public void chapterShown(String bookIdentity, String chapter, ChapterText shown) {
        book = bookIdentity;
        chapterId = chapter;
        text = shown;
    }

    /** What one read brought: the chapter's conversation and the reader's ids, or why they could not be read. */
    private record Read(Conversation talk, Map<String, Annotation> parents, Optional<String> anonymous, String me,
                        PeopleApart.People people, StoreException failure) {
    }

    /**
     * Reads the chapter's replies, questions and votes again (off the FX thread) and lays its notes out as
     * threads. FX thread.
     */
    public void refresh() {
        refresh(() -> { });
    }

    /** As {@link #refresh()}; {@code then} runs on the FX thread once this read is laid out (or overtaken). */
    private void refresh(Runnable then) {
        String b = book;
        String c = chapterId;
        int mine = ++asked;
        try {
            read(b, c, mine, then);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window is closing (its reading thread has stopped; a last save's refresh asks): nothing to show.
            LOG.log(System.Logger.Level.DEBUG, "Not read: the window is closing", e);
        }
    }

    private void read(String b, String c, int mine, Runnable then) {
        reads.execute(() -> {
            Read read;
            try {
                if (b == null) {
                    read = new Read(Conversation.NONE, Map.of(), Optional.empty(), settings.readerId(), PeopleApart.People.NONE, null);
                } else {
                    Conversation chapter = store.ofChapter(b, c);
                    read = new Read(chapter, store.parents(chapter), store.anonymousId(), settings.readerId(),
                            PeopleApart.read(store), null);
                }
            } catch (StoreException e) {
                read = new Read(Conversation.NONE, Map.of(), Optional.empty(), "", PeopleApart.People.NONE, e);
            }
            Read done = read;
            onUi.execute(() -> {
                if (mine == asked) {
                    if (done.failure() != null) {
                        problems.accept(texts.logged(LOG, "Replies and votes", done.failure()));
                    } else {
                        talk = done.talk();
                        parents = done.parents();
                        anonymous = done.anonymous();
                        me = done.me();
                        people = done.people();
                    }
                    List<Entry> arranged = ThreadEntries.arrange(notes.placed(), notes.orphans(), talk.links(),
                            talk.votes(), parents, this::isMine, me == null ? "" : me);
                    index(arranged); // before the list changes: its listeners ask questionFor at once
                    entries.setAll(arranged);
                }
                then.run();
            });
        });
    }

    /**
     * The notes of the chapter as threads, in the panel's order; changes on the FX thread. One view, kept (as
     * {@link NotesViewModel#placed}).
     */
    public ObservableList<Entry> entries() {
        return entriesView;
    }

    /**
     * The look-ups of the entries now listed, made once per change of them: the entries by note id, each note's parent
     * as linked, and {@link #questionFor}'s answers as found. A search of the list per look-up, at each step up a
     * reply chain, froze the window for 40 s on a chain 20,000 deep (fresh tester t15's F14). FX thread.
     */
    private void index(List<Entry> arranged) {
        Map<String, Entry> ids = new HashMap<>(arranged.size() * 2);
        arranged.forEach(e -> ids.putIfAbsent(e.annotation().id(), e));
        Map<String, String> up = new HashMap<>(talk.links().size() * 2);
        talk.links().values().forEach(l -> l.parentId().ifPresent(p -> up.put(l.noteId(), p)));
        byId = ids;
        parentOf = up;
        questions.clear();
    }

    /**
     * Who wrote {@code a}, for counting people: its author id, or one key for every note of the reader's own (their id
     * and their anonymous one, as last read), so that the heat map counts the reader once (t15b's N9). FX thread.
     */
    public String person(Annotation a) {
        return isMine(a) ? "\u0000you" : a.authorId();
    }

    /**
     * Who wrote {@code a}, as the panel names them: "Chen (id 6943a51f)" for each of two Chens (decision 0101), a name
     * that looks like the anonymous label with its id (decision 0075); the note's own name for someone not read yet. FX
     * thread; never throws.
     */
    public String by(Annotation a) {
        return people.labels().getOrDefault(a.authorId(), a.author());
    }

    /**
     * The people in the reader's notes, other than the reader, already named {@code name} (as last read; names compared
     * as {@code AuthorNames.compared} does): the name dialog warns before the reader takes a name someone has (t15b
     * F7). FX thread; never throws.
     */
    public List<String> namesakes(String name) {
        java.util.Set<String> own = new java.util.HashSet<>();
        if (me != null) {
            own.add(me);
        }
        anonymous.ifPresent(own::add);
        return people.namesakes(name, own);
    }

    /** The entry of this note, if it is listed. FX thread; one map look-up. */
    public Optional<Entry> entry(String annotationId) {
        return Optional.ofNullable(byId.get(annotationId));
    }

    /**
     * True when the reader wrote this note: under their own author id, or under their anonymous one (decision
     * 0031, as last read), so they may change it and mark it answered. FX thread; never throws.
     */
    public boolean isMine(Annotation a) {
        return (me != null && !me.isEmpty() ? a.authorId().equals(me) : notes.isMine(a))
                || anonymous.map(a.authorId()::equals).orElse(false);
    }

    /** What keeps this text from being saved as a reply or question, said for the reader; empty when it may be. */
    public static Optional<String> problem(Texts texts, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(texts.get("talk.empty"));
        }
        return NoteRulesViewModel.problem(texts, text, List.of(), false);
    }

    /**
     * Saves the reader's reply to {@code parentId}; {@code done} runs on the FX thread once it has landed and the
     * chapter was read again. A failure (the parent deleted meanwhile, a full disk) is said. FX thread.
     */
    public void reply(String parentId, String reply, Runnable done) {
        if (refused(reply)) {
            return;
        }
        String name = notes.authorName().orElse("Me");
        saves.submit(() -> writes.reply(parentId, reply, name), () -> {
            notes.refresh();
            notes.whenCurrent(done); // after the panel and the live text have the new note
        });
    }

    /**
     * Asks a question: on the text selected in the page (a highlight marked as a question), else on the chapter.
     * {@code anonymous}: under the reader's anonymous id and the name "Anonymous" (decision 0031). {@code done}
     * runs on the FX thread once it has landed. FX thread.
     */
    public void ask(String question, boolean anonymous, Runnable done) {
        if (refused(question) || book == null) {
            return;
        }
        Optional<NoteSelection> s = notes.selectionProperty().get();
        AnnotationStore.Draft draft = s.isPresent() && text != null
                ? new AnnotationStore.Draft(book, chapterId, Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW,
                        question, List.of(), notes.authorName().orElse("Me"),
                        Optional.of(Anchoring.describe(text, s.get().start(), s.get().end())))
                : new AnnotationStore.Draft(book, chapterId, Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW,
                        question, List.of(), notes.authorName().orElse("Me"), Optional.empty());
        notes.clearSelection();
        saves.submit(() -> writes.ask(draft, anonymous), () -> {
            notes.refresh();
            notes.whenCurrent(done); // after the panel and the live text have the new note
        });
    }

    /**
     * Gives the reader's +1 to a note, or withdraws it when they gave it; {@code done} gets whether it is now given,
     * on the FX thread once it has landed. A +1 on the reader's own note is not given: why is said, as the command
     * line says it ({@code store.ConversationRules}, decision 0080). FX thread.
     */
    public void toggleVote(String noteId, Consumer<Boolean> done) {
        boolean give = entry(noteId).map(e -> !e.talk().votedByMe()).orElse(true);
        Optional<org.peeragogy.reader.book.Reason> refused = org.peeragogy.reader.store.ConversationRules.voteRefused(
                entry(noteId).map(e -> e.talk().mine()).orElse(false), give);
        if (refused.isPresent()) {
            problems.accept(texts.reason(refused.get()));
            return;
        }
        String name = notes.authorName().orElse("Me");
        saves.submit(() -> writes.vote(noteId, give, name), () -> refresh(() -> done.accept(give)));
    }

    /**
     * The reader's open question this reply would answer: the nearest question of theirs above it in its thread,
     * open or answered by another reply. Empty when there is none (only a question's asker marks its answer). FX
     * thread.
     */
    public Optional<String> questionFor(String replyId) {
        return ChainAnswers.nearestAbove(replyId, parentOf::get, id -> {
            Entry e = byId.get(id);
            return e != null && e.talk().question() && e.talk().mine();
        }, questions);
    }

    /**
     * Marks the reader's question above {@code replyId} answered by it ({@link #questionFor}); {@code done} runs
     * on the FX thread once it has landed. Says why when there is no question of theirs above it. FX thread.
     */
    public void markAnswered(String replyId, Runnable done) {
        Optional<String> question = questionFor(replyId);
        if (question.isEmpty()) {
            problems.accept(texts.get("talk.onlyAsker"));
            return;
        }
        saves.submit(() -> writes.markAnswered(question.get(), replyId), () -> {
            notes.refresh();
            notes.whenCurrent(done); // after the panel and the live text have the new note
        });
    }

    private boolean refused(String text) {
        Optional<String> why = problem(texts, text);
        why.ifPresent(problems);
        return why.isPresent();
    }
}
