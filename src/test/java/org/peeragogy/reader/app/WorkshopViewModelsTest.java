package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.ConversationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SteppingClock;
import org.peeragogy.reader.ui.BackgroundTasks;
import org.peeragogy.reader.ui.ConversationViewModel;
import org.peeragogy.reader.ui.DigestViewModel;
import org.peeragogy.reader.ui.GroupFigures;
import org.peeragogy.reader.ui.GroupViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.SaveQueue;
import org.peeragogy.reader.ui.ImportSummaryViewModel;
import org.peeragogy.reader.ui.Texts;
import org.peeragogy.reader.ui.WorkshopOptionsViewModel;
import org.peeragogy.reader.ui.SearchViewModel;
import org.peeragogy.reader.ui.ShownNotesViewModel;

/**
 * A workshop's view-models without a window (issue 15): Ana and Bo, each a data folder of their own on the
 * fixture handbook, passing notes files; replies, questions, votes, anonymous asking, a blind first pass, the group
 * view's figures and the digest, all on real SQLite files. Saves run inline (the window's queue is tested apart).
 */
class WorkshopViewModelsTest {
    @TempDir
    Path tmp;
    private Handbook handbook;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final List<Reader> readers = new ArrayList<>();
    /** The window's words in English, which the assertions read. */
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);
    private int files;

    /** One participant: their database, notes and conversation on the "gardens" chapter. */
    private final class Reader {
        final Database db;
        final NotesViewModel notes;
        final ConversationViewModel talk;
        final List<String> problems = new ArrayList<>();
        final ChapterText text;

        Reader(String name) throws Exception {
            db = Database.open(tmp.resolve(name));
            db.useClock(clock);
            db.settings().putReaderName(name);
            // The group allows anonymous questions, as the window's Notes menu ticks it (decision 0080).
            db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
            notes = new NotesViewModel(db.annotations(), db.settings(), problems::add, TEXTS);
            talk = new ConversationViewModel(db.conversation(), db.conversation(), db.settings(), notes,
                    SaveQueue.inline(problems::add), problems::add, TEXTS);
            text = ChapterText.of(handbook.render("gardens").html());
            readers.add(this);
            show();
        }

        void show() {
            talk.chapterShown(handbook.book().identity(), "gardens", text);
            notes.chapterShown(handbook.book().identity(), "gardens", text);
        }

        void select(String quote) {
            int at = text.text().indexOf(quote);
            notes.select(at, at + quote.length());
        }

        ConversationViewModel.Entry entry(String noteText) {
            return talk.entries().stream().filter(e -> e.annotation().note().equals(noteText)).findFirst()
                    .orElseThrow(() -> new AssertionError(noteText + " not in " + talk.entries()));
        }

        NoteSharing sharing() {
            return new NoteSharing(db, new HandbookChapters(handbook), "test");
        }
    }

    @BeforeEach
    void open() throws Exception {
        handbook = Handbooks.open(TestHandbooks.fixture());
    }

    @AfterEach
    void close() throws Exception {
        for (Reader r : readers) {
            r.db.close();
        }
        handbook.close();
    }

    /** Everything {@code from} has, as a notes file, imported by {@code to}; then {@code to}'s chapter is shown again. */
    private void pass(Reader from, Reader to) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        Path f = tmp.resolve("file" + ++files + ".peeranotes");
        from.sharing().export(NoteSharing.Format.NOTES, f, ExportFilter.ALL);
        to.sharing().apply(to.sharing().preview(f));
        to.show();
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void aReplyIsListedUnderTheNoteItAnswersSayingWhoseItAnswers() throws Exception {
        Reader bo = new Reader("Bo");
        Reader ana = new Reader("Ana");
        ana.notes.chapterNote("Ana's first thoughts", List.of());
        bo.select("how deep to sow beans");
        bo.notes.highlight(Annotation.Colour.GREEN, "Which depth won?", List.of());
        pass(bo, ana);
        ana.talk.reply(ana.entry("Which depth won?").annotation().id(), "Two centimetres.", () -> { });
        List<ConversationViewModel.Entry> e = ana.talk.entries();
        // The chapter note (at the start) comes first; Bo's note at its passage, Ana's reply under it.
        assertEquals(List.of("Ana's first thoughts", "Which depth won?", "Two centimetres."),
                e.stream().map(x -> x.annotation().note()).toList());
        assertEquals(List.of(0, 0, 1), e.stream().map(ConversationViewModel.Entry::depth).toList());
        assertEquals("1 reply", e.get(1).talk().text(TEXTS));
        assertEquals("Reply to Bo", e.get(2).talk().text(TEXTS));
        assertTrue(e.get(2).talk().mine());
        assertEquals(List.of(), ana.problems);
    }

    /**
     * Tester's F13: notes whose links make a circle (a forged file: A replies to B, B to A; S to itself) are all in
     * the notes panel's threads, the circle cut at the note written first, as the digest lists them.
     */
    @Test
    void notesReplyingInACircleAreAllListedInThePanelsThreads() throws Exception {
        Reader ana = new Reader("Ana");
        Annotation a = ana.notes.chapterNote("circle A", List.of()).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        Annotation b = ana.notes.chapterNote("circle B", List.of()).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        Annotation s = ana.notes.chapterNote("self S", List.of()).orElseThrow();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ana.db.file());
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO note_link VALUES ('" + a.id() + "', '" + b.id() + "', 0, NULL)");
            st.execute("INSERT INTO note_link VALUES ('" + b.id() + "', '" + a.id() + "', 0, NULL)");
            st.execute("INSERT INTO note_link VALUES ('" + s.id() + "', '" + s.id() + "', 0, NULL)");
        }
        ana.show();
        List<ConversationViewModel.Entry> e = ana.talk.entries();
        assertEquals(List.of("circle A", "circle B", "self S"), e.stream().map(x -> x.annotation().note()).toList());
        assertEquals(List.of(0, 1, 0), e.stream().map(ConversationViewModel.Entry::depth).toList());
    }

    @Test
    void onlyTheAskerMarksAReplyAsTheAnswer() throws Exception {
        Reader bo = new Reader("Bo");
        Reader ana = new Reader("Ana");
        bo.select("three members");
        bo.talk.ask("Why three?", false, () -> { });
        assertTrue(bo.notes.selectionProperty().get().isEmpty(), "the selection was used");
        ConversationViewModel.Entry q = bo.entry("Why three?");
        assertEquals(Annotation.Kind.HIGHLIGHT, q.annotation().kind());
        assertEquals("three members", q.annotation().quote());
        assertEquals("Question · open", q.talk().text(TEXTS));
        pass(bo, ana);
        ana.talk.reply(ana.entry("Why three?").annotation().id(), "One per depth.", () -> { });
        String reply = ana.entry("One per depth.").annotation().id();
        assertEquals(Optional.empty(), ana.talk.questionFor(reply), "the question is Bo's, not Ana's");
        ana.talk.markAnswered(reply, () -> { });
        assertEquals(List.of("Only whoever asked a question marks its answer: choose a reply under a question of"
                + " yours."), ana.problems);
        pass(ana, bo);
        assertEquals(Optional.of(q.annotation().id()), bo.talk.questionFor(reply));
        bo.talk.markAnswered(reply, () -> { });
        assertEquals("Question · answered · 1 reply", bo.entry("Why three?").talk().text(TEXTS));
        assertEquals("Reply to Bo · Marked as the answer", bo.entry("One per depth.").talk().text(TEXTS));
        assertEquals(List.of(), bo.problems);
    }

    @Test
    void aVoteIsGivenWithdrawnAndGivenAgain() throws Exception {
        Reader ana = new Reader("Ana");
        Reader bo = new Reader("Bo");
        ana.notes.chapterNote("Let's meet on Monday", List.of());
        pass(ana, bo);
        String id = bo.entry("Let's meet on Monday").annotation().id();
        List<Boolean> said = new ArrayList<>();
        bo.talk.toggleVote(id, said::add);
        assertEquals("1 vote, yours", bo.entry("Let's meet on Monday").talk().text(TEXTS));
        bo.talk.toggleVote(id, said::add);
        assertEquals("", bo.entry("Let's meet on Monday").talk().text(TEXTS));
        bo.talk.toggleVote(id, said::add);
        assertEquals(List.of(true, false, true), said);
        var votes = bo.db.conversation().of(handbook.book().identity()).votes();
        assertEquals(1, votes.size(), "one row per person and note, its value changed");
        assertEquals(1, votes.get(0).value());
    }

    /**
     * Fresh tester t15c's N9, in the window: +1 on the reader's own note, or on her own anonymous question, is not given;
     * the window says why in the command line's words (decision 0080) and saves nothing.
     */
    @Test
    void aPlusOneOnYourOwnNoteOrAnonymousQuestionIsNotGivenAndSaysWhy() throws Exception {
        Reader ana = new Reader("Ana");
        ana.notes.chapterNote("Let's meet on Monday", List.of());
        ana.talk.ask("Asked without my name", true, () -> { });
        for (String note : List.of("Let's meet on Monday", "Asked without my name")) {
            List<Boolean> said = new ArrayList<>();
            ana.problems.clear();
            ana.talk.toggleVote(ana.entry(note).annotation().id(), said::add);
            assertEquals(List.of(), said, note);
            assertEquals(List.of("This note is yours (your anonymous questions are too): a +1 tells the group that"
                    + " someone else wants a note discussed, so your own notes take none from you. Nothing was"
                    + " changed."), ana.problems, note);
        }
        assertEquals(List.of(), ana.db.conversation().of(handbook.book().identity()).votes(), "nothing saved");
    }

    @Test
    void anAnonymousQuestionShowsAsAnonymousStaysTheAskersAndTravelsInTheirGroupFile() throws Exception {
        Reader ana = new Reader("Ana");
        Reader bo = new Reader("Bo");
        ana.talk.ask("Is this a silly question?", true, () -> { });
        ConversationViewModel.Entry q = ana.entry("Is this a silly question?");
        assertEquals(ConversationStore.ANONYMOUS_NAME, q.annotation().author());
        assertNotEquals(ana.db.settings().readerId(), q.annotation().authorId());
        assertEquals(Optional.of(q.annotation().authorId()), ana.db.conversation().anonymousId());
        assertTrue(q.talk().mine(), "still Ana's to change and to answer");
        assertTrue(ana.talk.isMine(q.annotation()));
        assertEquals(Annotation.Kind.CHAPTER_NOTE, q.annotation().kind(), "no selection: a question on the chapter");

        pass(ana, bo);
        ConversationViewModel.Entry atBo = bo.entry("Is this a silly question?");
        assertEquals("Anonymous", atBo.annotation().author());
        assertFalse(atBo.talk().mine());
        bo.talk.reply(atBo.annotation().id(), "No such thing.", () -> { });
        pass(bo, ana);
        String reply = ana.entry("No such thing.").annotation().id();
        ana.talk.markAnswered(reply, () -> { });
        assertEquals("Question · answered · 1 reply", ana.entry("Is this a silly question?").talk().text(TEXTS));

        // Ana's own file in a group folder carries her anonymous question too (it is hers).
        Path folder = Files.createDirectories(tmp.resolve("group"));
        Path written = new GroupFolder(folder, tmp.resolve("staging")).writeOwn(ana.db, ana.sharing());
        Reader cy = new Reader("Cy");
        cy.sharing().apply(cy.sharing().preview(written));
        cy.show();
        assertEquals("Anonymous", cy.entry("Is this a silly question?").annotation().author());
    }

    /**
     * Tester's F26 and F10: a reply whose question is hidden (its person's layer) or deleted says so in the notes
     * panel, at the asker's who deleted it and at whoever got the deletion in a file, never "a note you do not have
     * yet" (the group view and the digest already said "Deleted note").
     */
    @Test
    void aReplyToAHiddenOrDeletedNoteSaysSoNotThatTheNoteHasNotArrived() throws Exception {
        Reader ana = new Reader("Ana");
        Reader bo = new Reader("Bo");
        ana.talk.ask("Why a wiki?", false, () -> { });
        pass(ana, bo);
        bo.talk.reply(bo.entry("Why a wiki?").annotation().id(), "Anyone can edit.", () -> { });
        assertEquals("Reply to Ana", bo.entry("Anyone can edit.").talk().text(TEXTS));

        bo.notes.setLayers(Set.of(ana.db.settings().readerId()), Set.of(), Map.of());
        assertEquals(List.of("Anyone can edit."), bo.talk.entries().stream().map(e -> e.annotation().note()).toList());
        assertEquals("Reply to a hidden note by Ana", bo.entry("Anyone can edit.").talk().text(TEXTS));
        bo.notes.setLayers(Set.of(), Set.of(), Map.of());

        pass(bo, ana);
        String question = ana.entry("Why a wiki?").annotation().id();
        ana.notes.delete(question);
        ana.show();
        assertEquals("Reply to a deleted note", ana.entry("Anyone can edit.").talk().text(TEXTS));
        pass(ana, bo);
        assertEquals("Reply to a deleted note", bo.entry("Anyone can edit.").talk().text(TEXTS));
        assertEquals(List.of(), ana.problems);
    }

    @Test
    void aBlindFirstPassHidesOthersNotesInAChapterUntilTheReaderHasWrittenThere() throws Exception {
        Reader bo = new Reader("Bo");
        Reader ana = new Reader("Ana");
        bo.select("vegetable bed");
        bo.notes.highlight(Annotation.Colour.GREEN, "Bo's thought", List.of());
        pass(bo, ana);
        WorkshopOptionsViewModel options = new WorkshopOptionsViewModel(ana.db.settings(), ana.db.settings(),
                new ShownNotesViewModel(ana.db.settings(), ana.db.conversation(), ana.db.annotations()), ana.notes, SaveQueue.inline(ana.problems::add), ana.problems::add);
        assertEquals(1, ana.notes.placed().size());
        options.setBlind(true);
        assertEquals(List.of(), ana.notes.placed(), "Bo's note is hidden until Ana writes here");
        ana.notes.bookmark(0);
        assertEquals(List.of(Annotation.Kind.BOOKMARK), ana.notes.placed().stream()
                .map(i -> i.annotation().kind()).toList(), "a bookmark is not writing");
        ana.select("Watering by rota");
        ana.notes.highlight(Annotation.Colour.YELLOW, "", List.of());
        assertEquals(3, ana.notes.placed().size(), "Ana wrote here: Bo's note shows");
        // The option is kept: a new session starts blind.
        WorkshopOptionsViewModel again = new WorkshopOptionsViewModel(ana.db.settings(), ana.db.settings(),
                new ShownNotesViewModel(ana.db.settings(), ana.db.conversation(), ana.db.annotations()), new NotesViewModel(ana.db.annotations(), ana.db.settings(), ana.problems::add, TEXTS),
                SaveQueue.inline(ana.problems::add), ana.problems::add);
        assertTrue(again.blindProperty().get());
        options.setBlind(false);
        assertEquals("false", ana.db.settings().get(WorkshopOptionsViewModel.BLIND).orElseThrow());
    }

    /**
     * F16, F17: the blind first pass is one rule for every view of notes: All notes and search results leave out
     * Bo's note in a chapter Ana has not written in, and show it, as Bo's ("Note by Bo", not "Your note"), once she
     * has. Real SQLite files, the real search index.
     */
    @Test
    void allNotesAndSearchHonourTheBlindFirstPassAndSearchSaysWhoseANoteIs() throws Exception {
        Reader bo = new Reader("Bo");
        Reader ana = new Reader("Ana");
        bo.select("vegetable bed");
        bo.notes.highlight(Annotation.Colour.GREEN, "But vandalism?", List.of());
        pass(bo, ana);
        ShownNotesViewModel shown = new ShownNotesViewModel(ana.db.settings(), ana.db.conversation(), ana.db.annotations());
        new WorkshopOptionsViewModel(ana.db.settings(), ana.db.settings(), shown, ana.notes,
                SaveQueue.inline(ana.problems::add), ana.problems::add).setBlind(true);
        org.peeragogy.reader.ui.AllNotesViewModel all = new org.peeragogy.reader.ui.AllNotesViewModel(
                ana.db.annotations(), handbook::book, ana.problems::add, TEXTS);
        all.setShown(shown::apply);
        all.refresh();
        String book = handbook.book().identity();
        assertEquals(List.of(), all.shown(), "All notes: Bo's note is hidden until Ana writes in gardens");
        assertEquals(List.of(), shown.results(book, ana.db.search().search(book, "vandalism", 60)),
                "search: Bo's hidden note is not a result");

        ana.select("Watering by rota");
        ana.notes.highlight(Annotation.Colour.YELLOW, "Mine on vandalism", List.of());
        all.refresh();
        assertEquals(2, all.shown().size(), "Ana wrote in gardens: Bo's note shows in All notes");
        List<String> by = shown.results(book, ana.db.search().search(book, "vandalism", 60)).stream()
                .map(r -> r.snippet().replaceAll("[\\u0002\\u0003]", "") + " / " + r.by()).sorted().toList();
        assertEquals(List.of("But vandalism? / Bo", "Mine on vandalism / "), by, "each result says whose it is");
        assertEquals(List.of(), ana.problems);
    }

    /** Fresh tester 14c: a bookmark found by search was listed as "Your note"; it says it is a bookmark. */
    @Test
    void aBookmarkFoundBySearchIsListedAsABookmark() throws Exception {
        Reader ana = new Reader("Ana");
        ana.notes.bookmark(ana.text.text().indexOf("Watering by rota"));
        ana.select("vegetable bed");
        ana.notes.highlight(Annotation.Colour.GREEN, "Watering matters", List.of());
        ShownNotesViewModel shown = new ShownNotesViewModel(ana.db.settings(), ana.db.conversation(), ana.db.annotations());
        String book = handbook.book().identity();
        List<String> kinds = shown.results(book, ana.db.search().search(book, "watering", 60)).stream()
                .filter(SearchViewModel.Result::note).map(r -> (r.bookmark() ? "bookmark" : "note") + " / " + r.by())
                .sorted().toList();
        assertEquals(List.of("bookmark / ", "note / "), kinds);
        assertEquals(List.of(), ana.problems);
    }

    /**
     * Tester t15b's F7: Dee took the name of Chen, whose notes she has, without a word, and the notes panel showed both
     * as "Chen". The name dialog now learns who already has a name (it warns; the name is still allowed), and the panel
     * names each with the start of their id, "Chen (id 6943a51f)", as the digest and {@code notes} tell them apart
     * (decision 0101; it was "Chen (2)" for the one known later).
     */
    @Test
    void theNotesPanelTellsTwoPeopleOfOneNameApartAndKnowsWhoAlreadyHasAName() throws Exception {
        Reader chen = new Reader("Chen");
        Reader dee = new Reader("Dee");
        chen.select("three members");
        chen.talk.ask("Why three?", false, () -> { });
        pass(chen, dee);
        assertEquals(1, dee.talk.namesakes("Chen").size(), "someone in Dee's notes is Chen");
        assertEquals(1, dee.talk.namesakes(" chen\u200B").size(), "names compare as they are told apart");
        assertEquals(List.of(), dee.talk.namesakes("Dee"), "her own name is no one else's");
        dee.db.settings().putReaderName("Chen");
        dee.notes.chapterNote("Dee, now called Chen, notes", List.of());
        dee.show();
        // Each with the start of their id, whoever Dee's reader knew first.
        assertEquals("Chen (id " + dee.db.settings().readerId().substring(9, 17) + ")",
                dee.talk.by(dee.entry("Dee, now called Chen, notes").annotation()));
        assertEquals("Chen (id " + chen.db.settings().readerId().substring(9, 17) + ")",
                dee.talk.by(dee.entry("Why three?").annotation()));
        assertEquals(List.of(), dee.problems);
    }

    /** Tester t15b's N9 in the page: Dee's highlight and her anonymous question on one paragraph are one person. */
    @Test
    void theHeatMapCountsTheReaderOnceWithHerAnonymousQuestion() throws Exception {
        Reader dee = new Reader("Dee");
        dee.select("how deep to sow beans");
        dee.notes.highlight(Annotation.Colour.YELLOW, "", List.of());
        dee.select("three members");
        dee.talk.ask("Asked without my name", true, () -> { });
        dee.show();
        assertEquals("Anonymous", dee.entry("Asked without my name").annotation().author());
        org.peeragogy.reader.ui.HeatMapViewModel heat = new org.peeragogy.reader.ui.HeatMapViewModel(dee.notes,
                dee.talk::person);
        heat.chapterShown(dee.text);
        assertEquals(List.of(1), heat.paragraphs().stream().map(org.peeragogy.reader.ui.HeatMapViewModel.Paragraph::people)
                .toList(), "one paragraph, one person: " + heat.paragraphs());
        assertEquals(List.of(), dee.problems);
    }

    @Test
    void theGroupViewCountsInTheBackgroundSortsAndFiltersAndHidesThreadsAndTheirPeopleOnABlindFirstPass() throws Exception {
        Reader bo = new Reader("Bo");
        Reader ana = new Reader("Ana");
        bo.select("three members");
        bo.talk.ask("Why three?", false, () -> { });
        bo.notes.chapterNote("Nice chapter", List.of("praise"));
        pass(bo, ana);
        ana.talk.toggleVote(ana.entry("Why three?").annotation().id(), given -> { });
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        List<String> threads = new ArrayList<>();
        GroupViewModel group = new GroupViewModel(new GroupViewModel.Connection() {
            @Override
            public <T> T run(GroupViewModel.Job<T> job) throws Exception {
                threads.add(Thread.currentThread().getName());
                try (Database own = ana.db.another()) {
                    return job.with(own);
                }
            }
        }, handbook::book, new BackgroundTasks(ui::add), ana.problems::add, TEXTS);
        group.refresh();
        assertTrue(group.workingProperty().get());
        awaitIdle(group, ui);
        assertEquals(List.of("group-view"), threads, "counted off the calling thread");
        GroupFigures.ChapterRow gardens = group.figuresProperty().get().chapter("gardens").orElseThrow();
        assertEquals(1, gardens.people(), "Ana only voted: people are those who wrote");
        assertEquals(1, gardens.open());
        assertEquals("1 person · 1 open question", group.summary("gardens"));
        assertEquals(1, group.threads().get(0).votes());
        assertEquals(List.of("Why three?", "Nice chapter"), texts(group));
        group.openOnlyProperty().set(true);
        assertEquals(List.of("Why three?"), texts(group));
        group.openOnlyProperty().set(false);
        group.tagProperty().set("praise");
        assertEquals(List.of("Nice chapter"), texts(group));
        group.tagProperty().set("");

        ana.db.settings().put(WorkshopOptionsViewModel.BLIND, "true");
        group.refresh();
        awaitIdle(group, ui);
        assertEquals(List.of(), texts(group), "Ana has not written in this chapter yet");
        assertEquals(1, group.figuresProperty().get().chapter("gardens").orElseThrow().open(), "counts stay");
        // N4: nor are the names and tags of notes Ana is not shown yet offered as filters.
        assertEquals(List.of(), group.figuresProperty().get().people(), "Bo is not named before Ana writes here");
        assertEquals(List.of(), group.figuresProperty().get().tags(), "nor his tag read");
        assertTrue(group.figuresProperty().get().workshop(), "the contents still say the chapter's counts");

        ana.select("Watering by rota");
        ana.notes.highlight(Annotation.Colour.YELLOW, "", List.of());
        group.refresh();
        awaitIdle(group, ui);
        assertEquals(List.of("Ana", "Bo"), group.figuresProperty().get().people().stream()
                .map(GroupFigures.Person::name).toList(), "Ana wrote here: Bo shows");
        assertEquals(List.of("praise"), group.figuresProperty().get().tags());
    }

    /**
     * Runs what the background work handed to the UI until the count has landed (bounded: 20 s of a loaded machine);
     * shared by the tests of the group view's counts.
     */
    static void awaitIdle(GroupViewModel group, ConcurrentLinkedQueue<Runnable> ui) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (group.workingProperty().get()) {
            Runnable r = ui.poll();
            if (r != null) {
                r.run();
            } else if (System.nanoTime() > end) {
                throw new AssertionError("the count never landed");
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private static List<String> texts(GroupViewModel group) {
        return group.threads().stream().map(GroupFigures.ThreadRow::text).toList();
    }

    @Test
    void theDigestIsMadeOffTheCallingThreadAndCannotStartTwiceMeanwhile() throws Exception {
        Reader bo = new Reader("Bo");
        bo.select("three members");
        bo.talk.ask("Why three?", false, () -> { });
        CountDownLatch hold = new CountDownLatch(1);
        AtomicReference<String> madeOn = new AtomicReference<>();
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        DigestViewModel digest = new DigestViewModel((names, chapters) -> {
            madeOn.set(Thread.currentThread().getName());
            assertTrue(hold.await(20, TimeUnit.SECONDS));
            try (Database own = bo.db.another()) {
                return new org.peeragogy.reader.digest.Digests(own, new HandbookChapters(handbook))
                        .make(java.util.Set.of(), names, DigestFixture.ENGLISH);
            }
        }, new BackgroundTasks(ui::add), bo.problems::add);
        Path file = tmp.resolve("digest.md");
        Path second = tmp.resolve("second.md");
        List<DigestViewModel.Written> written = new ArrayList<>();
        digest.start(Digests.Format.MARKDOWN, Names.INITIALS, file, written::add);
        assertTrue(digest.workingProperty().get(), "the action is disabled from the start");
        digest.start(Digests.Format.MARKDOWN, Names.SHOW, second, written::add);
        hold.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (written.isEmpty() && bo.problems.isEmpty() && System.nanoTime() < end) {
            Runnable r = ui.poll();
            if (r != null) {
                r.run();
            } else {
                Thread.onSpinWait();
            }
        }
        assertEquals(List.of(), bo.problems);
        assertEquals("digest", madeOn.get());
        assertFalse(digest.workingProperty().get());
        assertEquals(List.of(new DigestViewModel.Written(file, 1, 1, 1, 0, "")), written, "");
        String md = Files.readString(file);
        assertTrue(md.contains("- \u2068Why three\\?\u2069 (\u2068B\\.\u2069)"), md);
        assertFalse(Files.exists(second), "a second digest does not start while one runs");
    }

    @Test
    void aFileWhoseOnlyNewsIsAVoteIsOfferedWithTheVoteNotAsChangingNothing() throws Exception {
        Reader ana = new Reader("Ana");
        Reader bo = new Reader("Bo");
        ana.notes.chapterNote("Let's meet on Monday", List.of());
        pass(ana, bo);
        pass(bo, ana); // Ana has everything Bo has
        bo.talk.toggleVote(bo.entry("Let's meet on Monday").annotation().id(), given -> { });
        Path f = tmp.resolve("bo-votes.peeranotes");
        bo.sharing().export(NoteSharing.Format.NOTES, f, ExportFilter.ALL);
        NoteSharing.Preview preview = ana.sharing().preview(f);
        String said = ImportSummaryViewModel.describe(TEXTS, preview);
        assertFalse(said.contains("changes nothing"), said);
        assertTrue(said.startsWith("1 unchanged, 1 vote new or changed."), said); // no zero counts (fresh tester 14b)
        assertEquals("Imported from bo-votes.peeranotes: 1 unchanged, 1 vote new or changed.",
                ImportSummaryViewModel.imported(TEXTS, preview));
    }
}
