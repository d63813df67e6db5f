package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.app.HandbookChapters;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The window's sharing flows driven by a script instead of real dialogs ({@link Dialogs}), with the work
 * run through {@link BackgroundTasks} as in the window: real SQLite files, the real handbook, no toolkit.
 * The "FX thread" is this test's, which runs what the background hands to the UI queue.
 */
class SharingActionsTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final List<String> problems = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BackgroundTasks tasks;
    private Handbook handbook;
    private Database ana;
    private NotesViewModel notes;
    private SharingViewModel sharing;
    private SharingActions actions;
    private int notesChanged;
    private ReaderViewModel reader;
    private NoticeViewModel notices;
    private final List<Path> shownFiles = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        tasks = new BackgroundTasks(ui::add);
        handbook = Handbooks.open(TestHandbooks.real());
        ana = Database.open(tmp.resolve("ana"));
        notes = new NotesViewModel(ana.annotations(), ana.settings(), problems::add, TEXTS);
        notes.setAuthorName("Ana");
        HandbookChapters chapters = new HandbookChapters(handbook);
        NoteSharing anas = new NoteSharing(ana, chapters, "test");
        sharing = new SharingViewModel(() -> anas, new SharingViewModel.OwnConnection() {
            @Override
            public <T> T run(SharingViewModel.Work<T> work) throws ShareException {
                try (Database own = ana.another()) {
                    return work.with(new NoteSharing(own, chapters, "test"));
                } catch (StoreException e) {
                    throw ShareException.of(e);
                }
            }
        }, problems::add, tasks, TEXTS);
        reader = new ReaderViewModel(handbook, ana.settings(), ana.readingPositions(), Runnable::run, TEXTS);
        notices = new NoticeViewModel(reader);
        actions = new SharingActions(dialogs, sharing, notes, () -> notesChanged++, notices, shownFiles::add, TEXTS);
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        org.junit.jupiter.api.Assertions.assertTrue(tasks.awaitClosed(30_000), "the background work ended");
        ana.close();
        handbook.close();
    }

    /** Ben's notes file: one chapter note on the Wrapper pattern. */
    private Path bensNotesFile() throws Exception {
        return notesFile("Ben", tmp.resolve("ben.peeranotes"));
    }

    /** {@code name}'s notes file at {@code file}: one chapter note on the Wrapper pattern, "NAME's thought". */
    private Path notesFile(String name, Path file) throws Exception {
        try (Database other = Database.open(tmp.resolve(name.toLowerCase(java.util.Locale.ROOT)))) {
            other.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "pattern-wrapper",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, name + "'s thought", List.of(), name,
                    Optional.empty()));
            new NoteSharing(other, new HandbookChapters(handbook), "test").export(NoteSharing.Format.NOTES, file,
                    ExportFilter.ALL);
        }
        return file;
    }

    private int anasNotes() throws StoreException {
        return ana.annotations().chapter(handbook.book().identity(), "pattern-wrapper").size();
    }

    private void runUiUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            Runnable r = ui.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertTrue(r != null, "the background work never finished");
            r.run();
        }
    }

    /**
     * Fresh tester t35's F8: Chen's file holds the notes of two people named Dana. The command line's {@code notes}
     * names them "Dana (id f5321970)" and "Dana (id 2b228e0c)"; the window's import remark said "Dana (1 note), Dana (1
     * note)". It tells them apart by the same rule, in English and in the window's other languages.
     */
    @Test
    void twoPeopleOfOneNameInAFileAreToldApartByTheirIdsInTheRemark() throws Exception {
        HandbookChapters chapters = new HandbookChapters(handbook);
        Path first = notesFile("Dana", tmp.resolve("dana1.peeranotes"));
        Path second;
        try (Database dana = Database.open(tmp.resolve("dana2"))) {
            dana.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "pattern-wrapper",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "The other Dana's thought", List.of(), "Dana",
                    Optional.empty()));
            second = tmp.resolve("dana2.peeranotes");
            new NoteSharing(dana, chapters, "test").export(NoteSharing.Format.NOTES, second, ExportFilter.ALL);
        }
        List<String> ids = new ArrayList<>();
        for (String folder : List.of("dana", "dana2")) {
            try (Database d = Database.open(tmp.resolve(folder))) {
                ids.add(d.settings().readerId().substring(9, 17));
            }
        }
        Path chens = tmp.resolve("chen.peeranotes");
        try (Database chen = Database.open(tmp.resolve("chen"))) {
            NoteSharing s = new NoteSharing(chen, chapters, "test");
            s.apply(s.preview(first));
            s.apply(s.preview(second));
            chen.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "pattern-wrapper",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Chen's thought", List.of(), "Chen",
                    Optional.empty()));
            s.export(NoteSharing.Format.NOTES, chens, ExportFilter.ALL);
        }
        dialogs.answers.add(Boolean.FALSE); // not imported: the remark is what is looked at
        actions.importNotes(chens);
        runUiUntil(() -> !dialogs.questions.isEmpty() && !sharing.workingProperty().get());
        String remark = dialogs.questions.get(0).details().get(0);
        assertTrue(remark.contains("Dana (id " + ids.get(0) + ", 1 note)"), remark);
        assertTrue(remark.contains("Dana (id " + ids.get(1) + ", 1 note)"), remark);
        NoteSharing.Preview preview = new NoteSharing(ana, chapters, "test").preview(chens);
        org.peeragogy.reader.ui.Texts es = org.peeragogy.reader.ui.Texts.of(java.util.Locale.forLanguageTag("es"));
        String spanish = String.join("\n", preview.reasons().stream().map(es::reason).toList());
        assertTrue(spanish.contains("Dana (id " + ids.get(0) + ", 1 nota)"), spanish);
    }

    /**
     * t15d's M2 re-check and t15e's N1: of a W3C file, which names no writer, the question said "1 vote in it is by
     * someone other than the person who wrote the file".
     */
    @Test
    void theQuestionOfAFileWithNoWriterSaysItsVotesAreNoOnes() throws Exception {
        Path w3c = tmp.resolve("ben.jsonld");
        try (Database ben = Database.open(tmp.resolve("ben"))) {
            Annotation n = ben.annotations().create(new AnnotationStore.Draft(handbook.book().identity(),
                    "pattern-wrapper", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Ben's thought", List.of(),
                    "Ben", Optional.empty()));
            ownPlusOne(ben, n.id()); // as a file of an older version carries one (decision 0080 gives none now)
            new NoteSharing(ben, new HandbookChapters(handbook), "test").export(NoteSharing.Format.W3C, w3c,
                    ExportFilter.ALL);
        }
        dialogs.answers.add(Boolean.TRUE); // import
        dialogs.answers.add(Boolean.FALSE); // leave the vote out
        actions.importNotes(w3c);
        runUiUntil(() -> !sharing.workingProperty().get() && notesChanged > 0);
        assertEquals(List.of("import-preview", "import-others-votes"),
                dialogs.questions.stream().map(Dialogs.Question::paneId).toList());
        String asked = dialogs.questions.get(1).text();
        assertTrue(asked.startsWith("1 vote in it is in a file that does not say who wrote it, so it speaks for no one's"
                + " vote."), asked);
        assertFalse(asked.contains("the person who wrote the file"), asked);
    }

    /**
     * Decision 0061 (fresh tester t15's M2): Mal's file, made from Ben's, withdraws Ben's +1. The preview names Ben
     * first; after OK the window asks whether to take votes by others than the file's writer, and only "Take their
     * votes" changes Ben's vote.
     */
    @Test
    void votesByOthersThanTheFilesWriterAreTakenOnlyWhenTheReaderSaysSo() throws Exception {
        HandbookChapters chapters = new HandbookChapters(handbook);
        Path bens = tmp.resolve("ben.peeranotes");
        Path mals = tmp.resolve("mal.peeranotes");
        String benId;
        String noteId;
        try (Database ben = Database.open(tmp.resolve("ben"))) {
            Annotation n = ben.annotations().create(new AnnotationStore.Draft(handbook.book().identity(),
                    "pattern-wrapper", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Ben's thought", List.of(),
                    "Ben", Optional.empty()));
            // This version gives none on one's own note (decision 0080), but a file that has one is still imported by
            // the rules below.
            ownPlusOne(ben, n.id());
            benId = ben.settings().readerId();
            noteId = n.id();
            new NoteSharing(ben, chapters, "test").export(NoteSharing.Format.NOTES, bens, ExportFilter.ALL);
        }
        try (Database mal = Database.open(tmp.resolve("mal"))) {
            NoteSharing s = new NoteSharing(mal, chapters, "test");
            s.apply(s.preview(bens));
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + mal.file());
                 java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE vote SET value = 0, updated_at = '"
                        + java.time.Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "'");
                // And re-words Ben's note (decision 0069: held back with the votes, in the same question).
                st.executeUpdate("UPDATE annotation SET note = 'Mal''s words', updated_at = '"
                        + java.time.Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "'");
            }
            s.export(NoteSharing.Format.NOTES, mals, ExportFilter.ALL);
        }
        NoteSharing anas = new NoteSharing(ana, chapters, "test");
        anas.apply(anas.preview(bens));
        java.util.function.IntSupplier bensVote = () -> {
            try {
                return ana.conversation().of(handbook.book().identity()).votes().stream()
                        .filter(v -> v.voterId().equals(benId) && v.noteId().equals(noteId)).findFirst().orElseThrow()
                        .value();
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(1, bensVote.getAsInt());

        dialogs.answers.add(Boolean.TRUE); // import
        dialogs.answers.add(Boolean.FALSE); // leave their votes out
        actions.importNotes(mals);
        runUiUntil(() -> !sharing.workingProperty().get() && notesChanged > 0);
        assertEquals(List.of("import-preview", "import-others-votes"),
                dialogs.questions.stream().map(Dialogs.Question::paneId).toList());
        assertTrue(dialogs.questions.get(0).details().get(0).startsWith(
                "This file holds notes by other people: Ben (1 note, 1 vote). It says"),
                dialogs.questions.get(0).details().toString());
        // Fresh testers t15e's F5 and t15d's N7: "You already have everything in this file: importing it changes
        // nothing" right before the question to take them, and "N items will not be imported as they are:" above
        // remarks of which some say what is imported as it is.
        assertEquals("Nothing new comes in from this file as it is. Held back for other people: 1 change to a note and"
                + " 1 vote; you are asked next whether to take them.", dialogs.questions.get(0).text());
        assertEquals("What to know before importing it (" + dialogs.questions.get(0).details().size() + " remarks):",
                dialogs.questions.get(0).detailsLabel());
        assertEquals(1, bensVote.getAsInt(), "left out: Mal's file does not withdraw Ben's vote");
        assertEquals("Ben's thought", ana.annotations().find(noteId).orElseThrow().note(), "nor re-word his note");
        assertTrue(dialogs.questions.get(1).text().contains("1 vote in it is by someone other than the person who wrote"
                + " the file.") && dialogs.questions.get(1).text().contains("1 change in it is to another person's note"),
                dialogs.questions.get(1).text());
        assertFalse(dialogs.questions.get(1).text().contains("They are in"), "a single file: no list of files");

        // Nothing to undo: what it left out was all it had (the only import is Ben's own file).
        assertEquals(1, anas.imports().size());
        int before = notesChanged;
        dialogs.answers.add(Boolean.TRUE);
        dialogs.answers.add(Boolean.TRUE); // take their votes
        actions.importNotes(mals);
        runUiUntil(() -> !sharing.workingProperty().get() && notesChanged > before);
        assertEquals(0, bensVote.getAsInt(), "taken when the reader says so");
        assertEquals("Mal's words", ana.annotations().find(noteId).orElseThrow().note());
        assertTrue(dialogs.answers.isEmpty());
        assertTrue(notices.noticeProperty().get().orElseThrow().text().contains("1 updated"),
                "what it did, not the preview's figures without what was taken: "
                        + notices.noticeProperty().get().orElseThrow().text());

        // A folder of Ben's file and Mal's: the question names the file that carries them (fresh tester t15b's N4).
        anas.undoImport(anas.imports().stream().filter(b -> b.undone().isEmpty()).findFirst().orElseThrow().id());
        assertEquals("Ben's thought", ana.annotations().find(noteId).orElseThrow().note(), "undone");
        Path stick = Files.createDirectories(tmp.resolve("stick-n4"));
        Files.copy(bens, stick.resolve("ben.peeranotes"));
        Files.copy(mals, stick.resolve("mal.peeranotes"));
        int folderBefore = notesChanged;
        dialogs.questions.clear();
        dialogs.answers.add(Boolean.TRUE);
        dialogs.answers.add(Boolean.FALSE);
        actions.importFolder(stick);
        runUiUntil(() -> !sharing.workingProperty().get() && notesChanged > folderBefore);
        assertEquals(List.of("import-folder-preview", "import-others-votes"),
                dialogs.questions.stream().map(Dialogs.Question::paneId).toList());
        assertTrue(dialogs.questions.get(1).text().endsWith("They are in: mal.peeranotes."),
                dialogs.questions.get(1).text());
        assertEquals("Ben's thought", ana.annotations().find(noteId).orElseThrow().note());
    }

    @Test
    void importShowsWhatItWouldDoImportsOnOkAndIsWorkFromThePreviewUntilItHasLanded() throws Exception {
        Path file = bensNotesFile();
        dialogs.answers.add(Optional.of(file));
        dialogs.answers.add(Boolean.TRUE);
        dialogs.answers.add(Boolean.FALSE); // the second file's question

        actions.chooseNotesFile();
        assertTrue(sharing.workingProperty().get(), "working from the preview on");
        // A second file (dropped meanwhile) is not read now: it waits its turn, and is asked about once the first has
        // landed (t30's F4.5: it was refused).
        actions.importNotes(file);

        // The layers (people, notes in two versions) are read in the background after the import lands.
        runUiUntil(() -> !sharing.workingProperty().get() && notesChanged > 0 && dialogs.questions.size() == 2);
        assertEquals(List.of("import-preview", "import-preview"),
                dialogs.questions.stream().map(Dialogs.Question::paneId).toList());
        assertEquals(TEXTS.get("import.changesNothing"), dialogs.questions.get(1).text(),
                "the second question is of the file as it is after the first import");
        Dialogs.Question asked = dialogs.questions.get(0);
        assertEquals("import-preview", asked.paneId());
        assertTrue(asked.text().startsWith("1 new"), asked.text());
        assertEquals(1, anasNotes());
        assertTrue(sharing.canUndoImportProperty().get());
        assertTrue(notesChanged > 0, "the views that list notes were told");
        NoticeViewModel.Notice said = notices.noticeProperty().get().orElseThrow();
        assertEquals("Imported from ben.peeranotes: 1 new.", said.text());
        assertEquals(List.of(NoticeViewModel.UNDO), said.choices().stream().map(NoticeViewModel.Choice::id).toList());
        assertEquals(List.of(), problems);
        assertTrue(dialogs.answers.isEmpty());
    }

    @Test
    void cancellingThePreviewImportsNothingAndEnablesImportAgain() throws Exception {
        dialogs.answers.add(Boolean.FALSE);
        actions.importNotes(bensNotesFile());
        runUiUntil(() -> !dialogs.questions.isEmpty());
        assertFalse(sharing.workingProperty().get());
        assertEquals(0, anasNotes());
        assertFalse(sharing.canUndoImportProperty().get());
    }

    /**
     * t30's F4.1: a file that cannot be imported was said in the problem bar only, under the notice of the import
     * before. It is explained whole under its name, and that notice goes; a notice of something else (a deletion's
     * Undo) would stay.
     */
    @Test
    void aFileThatCannotBeImportedIsExplainedUnderItsNameAndTheNoticeOfTheImportBeforeGoes() throws Exception {
        dialogs.answers.add(Boolean.TRUE);
        actions.importNotes(bensNotesFile());
        runUiUntil(() -> notices.noticeProperty().get().isPresent());
        Path list = Files.writeString(tmp.resolve("list.peeranotes"), "Milk, eggs and bread.\n");

        actions.importNotes(list);
        runUiUntil(() -> !dialogs.explained.isEmpty() && !sharing.workingProperty().get());
        Dialogs.Question told = dialogs.explained.get(0);
        assertEquals("import-refused", told.paneId());
        assertTrue(told.header().startsWith("Could not import") && told.header().contains("list.peeranotes"),
                told.header());
        assertFalse(told.text().isBlank());
        assertEquals(java.util.Optional.empty(), notices.noticeProperty().get(), "the notice of Ben's import went");
        assertEquals(List.of(), problems);

        notices.show("Note deleted.");
        actions.importNotes(list);
        runUiUntil(() -> dialogs.explained.size() == 2 && !sharing.workingProperty().get());
        assertEquals("Note deleted.", notices.noticeProperty().get().orElseThrow().text());
    }

    @Test
    void undoTakesTheImportBackAfterTheReaderAgrees() throws Exception {
        dialogs.answers.add(Boolean.TRUE);
        actions.importNotes(bensNotesFile());
        runUiUntil(() -> sharing.canUndoImportProperty().get());
        assertEquals(1, anasNotes());

        dialogs.answers.add(Boolean.FALSE);
        actions.undoImport();
        assertFalse(sharing.workingProperty().get(), "nothing starts when the reader says Cancel");
        assertEquals(1, anasNotes());

        dialogs.answers.add(Boolean.TRUE);
        int told = notesChanged;
        actions.undoImport();
        assertTrue(sharing.workingProperty().get());
        runUiUntil(() -> !sharing.workingProperty().get() && notesChanged > told);
        assertEquals(0, anasNotes());
        assertFalse(sharing.canUndoImportProperty().get());
        assertEquals(List.of(), problems);
    }

    @Test
    void exportWritesTheChosenFormatWhereChosenAndSaysHowManyNotes() throws Exception {
        ChapterText text = ChapterText.of(handbook.render("pattern-wrapper").html());
        int at = text.text().indexOf("keeping participants");
        notes.chapterShown(handbook.book().identity(), "pattern-wrapper", text);
        notes.select(at, at + 20);
        notes.highlight(Annotation.Colour.GREEN, "mine", List.of());
        Path out = tmp.resolve("out.jsonld");
        dialogs.answers.add(Optional.of(1)); // W3C Web Annotation JSON-LD
        dialogs.answers.add(Optional.of(out));

        actions.exportNotes();
        assertTrue(sharing.exportingProperty().get());
        runUiUntil(() -> !sharing.exportingProperty().get());
        // Said in the notice, with Show file, instead of a dialog to click away.
        assertEquals(List.of(), dialogs.told);
        NoticeViewModel.Notice said = notices.noticeProperty().get().orElseThrow();
        assertEquals("Exported 1 note to out.jsonld.", said.text());
        assertEquals(List.of(NoticeViewModel.SHOW_FILE), said.choices().stream().map(NoticeViewModel.Choice::id).toList());
        notices.choose(said.choices().get(0));
        assertEquals(List.of(out), shownFiles);
        assertTrue(notices.noticeProperty().get().isEmpty());
        assertTrue(Files.readString(out).contains("\"type\""), "a W3C JSON-LD file");
        assertEquals(List.of(), problems);
    }

    /**
     * Fresh tester t34's F7: everyone who never typed a name was offered notes-me.peeranotes, so twenty exports onto one
     * stick overwrote each other. The name the reader's notes carry (the login name a command signed with) is offered,
     * else a short form of their author id.
     */
    @Test
    void anExportIsNamedAfterTheNameTheNotesCarryElseTheReadersShortIdNeverMe() throws Exception {
        ana.settings().put(org.peeragogy.reader.store.SettingsStore.READER_NAME, ""); // no name given
        ChapterText text = ChapterText.of(handbook.render("pattern-wrapper").html());
        int at = text.text().indexOf("keeping participants");
        notes.chapterShown(handbook.book().identity(), "pattern-wrapper", text);
        notes.select(at, at + 20);
        notes.highlight(Annotation.Colour.GREEN, "signed Me, as the window does before a name is given", List.of());
        String id = ana.settings().readerId();
        for (String expected : List.of("notes-id-" + id.substring(9, 17) + ".peeranotes", "notes-root.peeranotes")) {
            dialogs.answers.add(Optional.of(0)); // the notes file
            dialogs.answers.add(Optional.empty()); // Cancel in the file chooser
            actions.exportNotes();
            runUiUntil(() -> !sharing.exportingProperty().get());
            assertEquals(expected, dialogs.suggestedNames.get(dialogs.suggestedNames.size() - 1));
            // A note made by a command, signed with the login name.
            ana.annotations().create(new org.peeragogy.reader.store.AnnotationStore.Draft(handbook.book().identity(),
                    "pattern-wrapper", Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW, "", List.of(), "root",
                    Optional.empty()));
        }
        assertEquals(List.of(), problems);
    }

    /** A Hypothesis export with one note only its author could read (their permissions name no group). */
    private Path hypothesisWithAPrivateNote() throws Exception {
        Path file = tmp.resolve("hypothesis.json");
        java.util.function.BiFunction<String, String, java.util.Map<String, Object>> note = (text, read) -> java.util.Map.of(
                "id", text, "created", "2021-03-01T10:00:00Z", "user", "acct:joe@hypothes.is",
                "uri", "https://peeragogy.github.io/wiki.html", "text", text, "tags", List.of(),
                "permissions", java.util.Map.of("read", List.of(read), "update", List.of("acct:joe@hypothes.is")));
        Files.writeString(file, org.peeragogy.reader.share.JsonWriter.write(java.util.Map.of("annotations", List.of(
                note.apply("zqprivate", "acct:joe@hypothes.is"), note.apply("zqworld", "group:__world__")))));
        return file;
    }

    @Test
    void exportAsksAboutPrivateNotesAndLeavesThemOutUnlessTheReaderIncludesThem() throws Exception {
        dialogs.answers.add(Boolean.TRUE);
        actions.importNotes(hypothesisWithAPrivateNote());
        runUiUntil(() -> sharing.canUndoImportProperty().get());

        for (boolean include : List.of(false, true)) {
            dialogs.questions.clear();
            Path out = tmp.resolve("out-" + include + ".md");
            dialogs.answers.add(Optional.of(2)); // Markdown
            dialogs.answers.add(include); // the private-notes question
            dialogs.answers.add(Optional.of(out));
            actions.exportNotes();
            runUiUntil(() -> Files.exists(out) && !sharing.exportingProperty().get());
            assertEquals(1, dialogs.questions.size());
            assertEquals("export-private", dialogs.questions.get(0).paneId());
            assertTrue(dialogs.questions.get(0).text().startsWith("1 note is private"), dialogs.questions.get(0).text());
            String written = Files.readString(out);
            assertTrue(written.contains("zqworld"), written);
            assertEquals(include, written.contains("zqprivate"), "included only when the reader says so");
            // The notice says what was left out (decision 0021), so an export that looks short is explained.
            String said = notices.noticeProperty().get().orElseThrow().text();
            assertEquals(include ? "Exported 2 notes to out-true.md." : "Exported 1 note to out-false.md. 1 private"
                    + " note left out.", said);
        }
        assertTrue(dialogs.answers.isEmpty());
        assertEquals(List.of(), problems);
    }

    @Test
    void theNoticesUndoTakesTheImportBackNamingItAndAReaderMovingOnClearsIt() throws Exception {
        dialogs.answers.add(Boolean.TRUE);
        actions.importNotes(bensNotesFile());
        runUiUntil(() -> notices.noticeProperty().get().isPresent());
        dialogs.answers.add(Boolean.TRUE);
        notices.choose(notices.noticeProperty().get().orElseThrow().choices().get(0));
        Dialogs.Question asked = dialogs.questions.get(dialogs.questions.size() - 1);
        assertEquals("Take back the import of ben.peeranotes?", asked.header());
        assertTrue(asked.text().startsWith("It brought 1 new (imported "), asked.text());
        runUiUntil(() -> !sharing.workingProperty().get());
        assertEquals(0, anasNotes());
        assertEquals("Took back the import of ben.peeranotes.", notices.noticeProperty().get().orElseThrow().text());
        reader.startAt("pattern-wrapper");
        reader.nextChapter();
        assertTrue(notices.noticeProperty().get().isEmpty(), "another chapter: the notice is stale");
    }

    @Test
    void undoLastImportIsOfferedAfterARestartAsOnTheCommandLine() throws Exception {
        dialogs.answers.add(Boolean.TRUE);
        actions.importNotes(bensNotesFile());
        runUiUntil(() -> sharing.canUndoImportProperty().get());
        // A new window on the same notes file: it reads the import back from the file.
        HandbookChapters chapters = new HandbookChapters(handbook);
        NoteSharing anas = new NoteSharing(ana, chapters, "test");
        SharingViewModel restarted = new SharingViewModel(() -> anas, new SharingViewModel.OwnConnection() {
            @Override
            public <T> T run(SharingViewModel.Work<T> work) throws ShareException {
                try (Database own = ana.another()) {
                    return work.with(new NoteSharing(own, chapters, "test"));
                } catch (StoreException e) {
                    throw ShareException.of(e);
                }
            }
        }, problems::add, tasks, TEXTS);
        assertFalse(restarted.canUndoImportProperty().get());
        SharingActions again = new SharingActions(dialogs, restarted, notes, () -> { }, notices, shownFiles::add, TEXTS);
        again.refreshLayers(); // as the window does when it opens
        assertTrue(restarted.canUndoImportProperty().get());
        assertEquals("ben.peeranotes", restarted.lastImportProperty().get().orElseThrow().source());
        dialogs.answers.add(Boolean.TRUE);
        again.undoImport();
        runUiUntil(() -> !restarted.workingProperty().get());
        assertEquals(0, anasNotes());
        assertFalse(restarted.canUndoImportProperty().get());
        assertEquals(List.of(), problems);
    }

    /**
     * File → Import a folder of notes files… (issue 15, as the command line's {@code import FOLDER}): one preview of
     * every file, each file's line (who and how many) and the combined counts, a file that cannot be read named with
     * its reason and skipped while the others go in; OK imports them as one batch, and one Undo takes all of it back.
     */
    @Test
    void aFolderIsOnePreviewWithEachFileItsBadFilesSkippedWithWhyAndOneImportThatOneUndoTakesBack() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        notesFile("Ben", stick.resolve("ben.peeranotes"));
        notesFile("Cid", stick.resolve("cid.peeranotes"));
        Files.writeString(stick.resolve("broken.peeranotes"), "not a notes file at all");
        dialogs.answers.add(Optional.of(stick));
        dialogs.answers.add(Boolean.TRUE);

        actions.chooseNotesFolder();
        assertTrue(sharing.workingProperty().get(), "working from the preview on, as a file's import");
        runUiUntil(() -> notices.noticeProperty().get().isPresent() && !sharing.workingProperty().get());
        assertEquals(1, dialogs.questions.size(), "one preview for the whole folder");
        Dialogs.Question asked = dialogs.questions.get(0);
        assertEquals("import-folder-preview", asked.paneId());
        assertEquals("Import the notes of 2 files in stick?", asked.header());
        assertTrue(asked.text().startsWith("1 file cannot be imported and is skipped (see below); the others are"
                + " imported.\n\n2 new.\n\n"), asked.text()); // no zero counts (fresh tester 14b)
        assertEquals("Per file, who wrote in it and how much:", asked.detailsLabel());
        List<String> lines = asked.details();
        assertEquals("ben.peeranotes (notes file): \u201CBen\u201D — 1 note", lines.get(0));
        assertEquals("cid.peeranotes (notes file): \u201CCid\u201D — 1 note", lines.get(1));
        assertEquals("1 file is skipped, and why:", lines.get(3));
        assertTrue(lines.get(4).startsWith("  broken.peeranotes: "), lines.toString());

        assertEquals(2, anasNotes(), "both good files went in");
        NoticeViewModel.Notice said = notices.noticeProperty().get().orElseThrow();
        assertEquals("Imported 2 files from stick: 2 new.", said.text());
        assertEquals(List.of(NoticeViewModel.UNDO), said.choices().stream().map(NoticeViewModel.Choice::id).toList());

        dialogs.answers.add(Boolean.TRUE);
        notices.choose(said.choices().get(0));
        assertEquals("Take back the import of stick (2 files)?", dialogs.questions.get(1).header());
        runUiUntil(() -> !sharing.workingProperty().get());
        assertEquals(0, anasNotes(), "one undo takes the whole folder back");
        assertFalse(sharing.canUndoImportProperty().get());
        assertEquals(List.of(), problems);
    }

    /** A folder with nothing to import says why in the problem bar, imports nothing and frees the actions again. */
    @Test
    void aFolderWithNoNotesFileSaysSoAndImportsNothing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "nothing here");
        actions.importFolder(empty);
        runUiUntil(() -> !problems.isEmpty());
        assertTrue(problems.get(0).contains("has no notes files (.peeranotes, .jsonld, .json)"), problems.toString());
        assertFalse(sharing.workingProperty().get());
        assertTrue(dialogs.questions.isEmpty(), "nothing to preview");
    }

    /**
     * Undo's question says what the import brought in the window's words from the summary it recorded: the store
     * writes "1 conflicts" in English, which the dialog used to show as it was in every language (issue 16's try-out).
     */
    @Test
    void aRecordedSummaryIsSaidInTheWindowsWordsWithEachCountsPlural() {
        String recorded = "3 new, 0 updated, 0 deleted, 1 unchanged, 1 conflicts, 0 could not be placed"
                + " (2 deletions of notes you never had recorded); votes: 1 new, 0 changed, 0 unchanged";
        assertEquals("3 new, 1 unchanged, 1 conflict, 1 vote new or changed",
                ImportSummaryViewModel.shortSummary(TEXTS, recorded));
        String spanish = ImportSummaryViewModel.shortSummary(Texts.of(java.util.Locale.forLanguageTag("es")), recorded);
        assertFalse(spanish.contains("new") || spanish.contains("conflicts"), spanish);
        assertEquals("2 new, 2 conflicts", ImportSummaryViewModel.shortSummary(TEXTS, "2 new, 2 conflicts"));
        assertEquals("an older summary, kept", ImportSummaryViewModel.shortSummary(TEXTS, "an older summary, kept"));
    }

    @Test
    void aSummaryLeavesOutWhatItHasNoneOf() {
        assertEquals("3 new, 1 updated", ImportSummaryViewModel.shortSummary(TEXTS, 
                "3 new, 1 updated, 0 deleted, 0 unchanged, 0 conflicts, 0 could not be placed"));
        assertEquals("no changes", ImportSummaryViewModel.shortSummary(TEXTS, "0 new, 0 updated"));
    }

    /** The Undo dialog's "It brought …" says each count with its plural, in the window's language (try16 nit). */
    @Test
    void anUndoneImportsSummaryTakesEachCountsPlural() {
        String recorded = "3 new, 0 updated, 0 deleted, 1 unchanged, 1 conflicts, 0 could not be placed";
        assertEquals("3 new, 1 unchanged, 1 conflict", ImportSummaryViewModel.shortSummary(TEXTS, recorded));
        assertEquals("3 new, 1 unchanged, 2 conflicts", ImportSummaryViewModel.shortSummary(TEXTS,
                "3 new, 0 updated, 0 deleted, 1 unchanged, 2 conflicts, 0 could not be placed"));
        assertTrue(ImportSummaryViewModel.shortSummary(Texts.of(java.util.Locale.forLanguageTag("es")), recorded)
                .contains("1 conflicto"), ImportSummaryViewModel.shortSummary(Texts.of(java.util.Locale.forLanguageTag("es")),
                recorded));
        assertEquals("1 new, 2 votes new or changed, 1 person renamed", ImportSummaryViewModel.shortSummary(TEXTS,
                "1 new, 0 updated, 0 deleted, 0 unchanged, 0 conflicts, 0 could not be placed; votes: 2 new, 0 changed,"
                        + " 0 unchanged, 1 person renamed"));
    }

    /** A +1 by {@code db}'s reader on their own note {@code noteId}, as a file of an older version carries one. */
    private static void ownPlusOne(Database db, String noteId) throws Exception {
        db.conversation().vote(noteId, false, "Ben");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE vote SET value = 1");
        }
    }
}
