package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.ReadOnlyFolders;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Backups;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ReadingPositions;
import org.peeragogy.reader.ui.RecoveryDialog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's start as Main makes it (WindowStart), with a damaged notes file, a lost chapter, a read-only folder. */
@Tag("ui")
class NeverLockedOutWindowTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();
    private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> laidOut = new LinkedBlockingQueue<>();
    private final CompletableFuture<ReaderSession> shown = new CompletableFuture<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path data;
    private Path book;
    private String identity;
    private boolean closed;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void handbookAndData() throws Exception {
        data = temp.resolve("data");
        book = StartPlaceTest.threeChapters(temp.resolve("book"));
        try (Handbook h = Handbooks.open(book)) {
            identity = h.book().identity();
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        readOnly.close();
        if (shown.isDone() && !closed) {
            closed = true;
            ReaderSession session = shown.get();
            WaitForAsyncUtils.asyncFx(() -> window(session).hide()).get(20, TimeUnit.SECONDS);
            assertEquals(0, exits.poll(20, TimeUnit.SECONDS), "closing the window ends the reader");
        }
    }

    private static Window window(ReaderSession session) {
        return session.window().chapterView().node().getScene().getWindow();
    }

    /** Starts the window the way Main does, with {@code more} on its command line (a notes file); returns at once. */
    private void start(String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--handbook", book.toString(), "--data-dir", data.toString()));
        args.addAll(List.of(more));
        WindowStart start = new WindowStart(Options.parse(args.toArray(String[]::new)),
                data, new PrintStream(err, true, StandardCharsets.UTF_8), url -> { }, exits::add, Clock.systemDefaultZone());
        start.onShown(session -> {
            session.window().addLaidOutListener((id, fraction) -> laidOut.add(id));
            shown.complete(session);
        });
        start.begin();
    }

    private ReaderSession awaitWindowOn(String chapter) throws Exception {
        ReaderSession session = shown.get(30, TimeUnit.SECONDS);
        String seen;
        do {
            seen = laidOut.poll(30, TimeUnit.SECONDS);
            assertTrue(seen != null, "chapter " + chapter + " was never shown");
        } while (!seen.equals(chapter));
        return session;
    }

    private static String problem(ReaderSession session) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> session.viewModel().problemProperty().get()).get(10, TimeUnit.SECONDS);
    }

    /** Twenty notes backed up yesterday, two since, then the file's header overwritten. */
    private List<Annotation> damagedNotesWithABackup() throws Exception {
        List<Annotation> backedUp;
        try (Database db = Database.open(data)) {
            backedUp = NotesFixture.add(db, identity, "a", 20, "mine");
            new Backups(data).takeIfDue(db, YESTERDAY);
            NotesFixture.add(db, identity, "a", 2, "after the backup");
        }
        Damage.BAD_HEADER.apply(data.resolve("reader.db"));
        return backedUp;
    }

    private Path setAside() throws Exception {
        try (var files = Files.list(data)) {
            return files.filter(p -> p.getFileName().toString().startsWith("reader.db.damaged-")).findFirst().orElseThrow();
        }
    }

    @Test
    void aDamagedNotesFileOffersItsBackupAndTheWindowOpensAtTheBookWithTheBackedUpNotes() throws Exception {
        List<Annotation> backedUp = damagedNotesWithABackup();
        String damaged = Damage.hash(data.resolve("reader.db"));

        start();
        OpenWindow.clickShowing(robot, RecoveryDialog.restoreButton(TEXTS, "the backup of " + YESTERDAY + " (20 notes)"));
        ReaderSession session = awaitWindowOn("a");

        assertTrue(problem(session).startsWith("Restored your notes from the backup of " + YESTERDAY + " (20 notes)"),
                problem(session));
        assertEquals(damaged, Damage.hash(setAside()));
        closeWindow();
        try (Database db = Database.open(data)) {
            // As sets: the store orders by the time as text, and a time at a whole second sorts after later ones.
            assertEquals(java.util.Set.copyOf(backedUp), java.util.Set.copyOf(db.annotations().book(identity)));
        }
    }

    @Test
    void startingFreshOffersTheNotesThatCouldStillBeReadForImport() throws Exception {
        damagedNotesWithABackup();

        start();
        OpenWindow.clickShowing(robot, RecoveryDialog.startFresh(TEXTS));
        ReaderSession session = awaitWindowOn("a");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#import-preview"));
        OpenWindow.clickShowing(robot, "OK");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Database db = Database.open(data)) {
                return db.annotations().book(identity).size() == 22;
            }
        });
        assertTrue(problem(session).startsWith("Started a new, empty notes file. The 22 notes that could still be read"),
                problem(session));
    }

    @Test
    void readingWithoutNotesOpensTheBookAndLeavesTheDamagedFileAsItIs() throws Exception {
        // The way out when no recovery can be written (a read-only folder): the book, without notes.
        damagedNotesWithABackup();
        String damaged = Damage.hash(data.resolve("reader.db"));

        start();
        OpenWindow.clickShowing(robot, RecoveryDialog.readWithoutNotes(TEXTS));
        ReaderSession session = awaitWindowOn("a");

        assertTrue(problem(session).startsWith("You are reading without your notes: "), problem(session));
        closeWindow();
        assertEquals(damaged, Damage.hash(data.resolve("reader.db")));
    }

    @Test
    void quittingAtTheDialogChangesNothing() throws Exception {
        damagedNotesWithABackup();
        String damaged = Damage.hash(data.resolve("reader.db"));

        start();
        OpenWindow.clickShowing(robot, RecoveryDialog.quit(TEXTS));

        assertEquals(1, exits.poll(20, TimeUnit.SECONDS));
        assertFalse(shown.isDone());
        assertEquals(damaged, Damage.hash(data.resolve("reader.db")));
    }

    @Test
    void aSavedChapterThatIsGoneOpensTheFirstChapterAndSaysWhy() throws Exception {
        try (Database db = Database.open(data)) {
            db.readingPositions().put(identity, new ReadingPositions.Position("c", 0.5));
        }
        Files.delete(book.resolve("c.md"));

        start();
        ReaderSession session = awaitWindowOn("a");

        assertEquals("The chapter you were reading, 'c', could not be opened: it is not in this handbook. Opened the"
                + " first chapter instead.", problem(session));
    }

    @Test
    void aReadOnlyDataFolderOpensTheWindowAndSaysSavingIsOff() throws Exception {
        NotesFixture.write(data, identity, "b", 3);
        try (Database db = Database.open(data)) {
            db.readingPositions().put(identity, new ReadingPositions.Position("b", 0));
        }
        readOnly.protect(data);

        start();
        ReaderSession session = awaitWindowOn("b");

        String readOnlyWords = "This folder is read-only: " + data.toAbsolutePath()
                + ". Your notes can be read and exported but not saved.";
        assertEquals(readOnlyWords, problem(session));
        // Said whole to a screen reader, not shown again in the status line under the problem bar (t34's F13: it was,
        // cut to "…not sa…", and the text size beside it to "Text 1…").
        javafx.scene.control.Label live = WaitForAsyncUtils.asyncFx(() -> (javafx.scene.control.Label) window(session)
                .getScene().lookup("#live-text")).get(10, TimeUnit.SECONDS);
        assertEquals(readOnlyWords, WaitForAsyncUtils.asyncFx(live::getAccessibleText).get(10, TimeUnit.SECONDS));
        assertEquals("", WaitForAsyncUtils.asyncFx(live::getText).get(10, TimeUnit.SECONDS));
    }

    /**
     * Fresh tester t35: on a read-only data folder, a first bookmark or note asked the reader's name, then was refused.
     * Nothing can be saved there: no name is asked, and the window says why at once, as an import there says it.
     */
    @Test
    void aFirstNoteOnAReadOnlyDataFolderAsksNoNameAndSaysWhyNothingIsSaved() throws Exception {
        NotesFixture.write(data, identity, "b", 3);
        try (Database db = Database.open(data)) {
            db.readingPositions().put(identity, new ReadingPositions.Position("b", 0));
        }
        String notes = Damage.hash(data.resolve("reader.db"));
        readOnly.protect(data);
        start();
        ReaderSession session = awaitWindowOn("b");
        javafx.application.Platform.runLater(() -> window(session).getScene().getRoot().lookupAll(".menu-bar").stream()
                .flatMap(b -> ((javafx.scene.control.MenuBar) b).getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-bookmark".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        String refused = "Notes cannot be saved here. This folder is read-only: " + data.toAbsolutePath()
                + ". Your notes can be read and exported but not saved. Nothing was changed.";
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> refused.equals(problem(session)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("said: " + problem(session) + "; dialogs showing: " + OpenWindow.fx(() -> Window
                    .getWindows().stream().filter(w -> w.isShowing() && w != window(session)).count()), e);
        }
        assertEquals(List.of(), OpenWindow.fx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w != window(session) && w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane).toList()),
                "no name was asked");
        closeWindow();
        assertEquals(notes, Damage.hash(data.resolve("reader.db")));
    }

    /**
     * Fresh tester t34's F2: where the data folder should be there is a file; the package's seed is read in its place,
     * and the problem bar said "This folder is read-only". It says what is wrong and what to do.
     */
    @Test
    void aFileWhereTheDataFolderShouldBeIsSaidAsAFileNotAsAReadOnlyFolder() throws Exception {
        Path seedDir = temp.resolve("seed");
        Database.open(seedDir).close();
        String before = System.getProperty("peeragogy.seed");
        System.setProperty("peeragogy.seed", seedDir.resolve("reader.db").toString());
        try {
            Files.writeString(data, "x\n");
            start();
            ReaderSession session = awaitWindowOn("a");
            assertEquals(data.toAbsolutePath() + " is a file, not a folder, so your notes cannot be kept there. They can"
                    + " be read and exported but not saved; move that file away, or choose another folder with"
                    + " --data-dir.", problem(session));
        } finally {
            if (before == null) {
                System.clearProperty("peeragogy.seed");
            } else {
                System.setProperty("peeragogy.seed", before);
            }
        }
        assertEquals("x\n", Files.readString(data), "the file was changed");
    }

    @Test
    void aDaysBackupThatCannotBeMadeIsSaidInTheWindowBesideTheStartsNoticeAndTheNotesStay() throws Exception {
        NotesFixture.write(data, identity, "a", 3);
        try (Database db = Database.open(data)) {
            db.readingPositions().put(identity, new ReadingPositions.Position("c", 0.5));
        }
        Files.delete(book.resolve("c.md"));
        // What stands where the backups go is a file, so no backup can be made there (t30's F3.3); what the start said
        // before stays beside it (t31's F2: a later report hid the backup's).
        Files.writeString(data.resolve("backups"), "not a folder");

        start();
        ReaderSession session = awaitWindowOn("a");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problem(session).contains("Today's backup"));
        assertEquals("The chapter you were reading, 'c', could not be opened: it is not in this handbook. Opened the"
                + " first chapter instead.\nToday's backup of your notes could not be made in " + data.resolve("backups")
                + ": it is a file, not a folder (move or rename that file). This does not change your notes; the reader"
                + " tries the backup again at its next start.", problem(session));
        assertEquals("not a folder", Files.readString(data.resolve("backups")));
        closeWindow();
        try (Database db = Database.open(data)) {
            assertEquals(3, db.annotations().everything().size());
        }
    }

    /**
     * t30's F4.4: on a read-only data folder a notes file opened with the reader showed the whole import question, and
     * only after OK said that it could not be saved. It is refused at once, before any question, and nothing changes.
     */
    @Test
    void aNotesFileOpenedOnAReadOnlyDataFolderIsRefusedAtOnceWithoutAQuestion() throws Exception {
        NotesFixture.write(data, identity, "a", 3);
        CommandRun bo = new CommandRun(temp.resolve("bo"), book);
        assertEquals(0, bo.run("highlight", "b", "--quote", "second chapter", "--note", "Bo was here"), bo.err());
        Path file = temp.resolve("Bo.peeranotes");
        assertEquals(0, bo.run("export", "--format", "notes", "--out", file.toString()), bo.err());
        String notes = Damage.hash(data.resolve("reader.db"));
        readOnly.protect(data);

        start(file.toString());
        javafx.scene.control.DialogPane refused = OpenWindow.awaitNode(robot, "#import-refused",
                javafx.scene.control.DialogPane.class, OpenWindow::isShowing);
        String header = OpenWindow.fx(refused::getHeaderText);
        assertTrue(header.startsWith("Could not import") && header.contains("Bo.peeranotes"), header);
        assertEquals("Notes cannot be imported here. This folder is read-only: " + data.toAbsolutePath()
                + ". Your notes can be read and exported but not saved. Nothing was changed.",
                OpenWindow.fx(refused::getContentText));
        assertTrue(!OpenWindow.present(robot, "#import-preview"), "no import question was shown");
        OpenWindow.clickShowing(robot, "OK");

        closeWindow();
        assertEquals(notes, Damage.hash(data.resolve("reader.db")));
    }

    /**
     * Several notes files handed at once (a drop of three files) to a window on a read-only data folder each got a
     * refusal dialog, one stacked over another. They are one dialog, naming each file with why, a line each, in the
     * window's words; nothing is read or asked, and nothing changes.
     */
    @Test
    void severalNotesFilesHandedAtOnceOnAReadOnlyDataFolderAreRefusedInOneDialogNamingEach() throws Exception {
        NotesFixture.write(data, identity, "a", 3);
        CommandRun bo = new CommandRun(temp.resolve("bo"), book);
        assertEquals(0, bo.run("highlight", "b", "--quote", "second chapter", "--note", "Bo was here"), bo.err());
        Path first = temp.resolve("Bo.peeranotes");
        assertEquals(0, bo.run("export", "--format", "notes", "--out", first.toString()), bo.err());
        List<Path> files = List.of(first, Files.copy(first, temp.resolve("Cy.peeranotes")),
                Files.copy(first, temp.resolve("Di.peeranotes")));
        String notes = Damage.hash(data.resolve("reader.db"));
        readOnly.protect(data);
        start();
        ReaderSession session = awaitWindowOn("a");

        // Handed in one turn of the FX thread, as a drop of several files hands them.
        WaitForAsyncUtils.asyncFx(() -> files.forEach(session.window()::importNotes)).get(10, TimeUnit.SECONDS);
        javafx.scene.control.DialogPane refused = OpenWindow.awaitNode(robot, "#import-refused",
                javafx.scene.control.DialogPane.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (long) OpenWindow.fx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .count()), "one dialog, not one over another");
        assertEquals("Could not import 3 files", OpenWindow.fx(refused::getHeaderText));
        String why = "Notes cannot be imported here. This folder is read-only: " + data.toAbsolutePath()
                + ". Your notes can be read and exported but not saved. Nothing was changed.";
        assertEquals(List.of("Bo.peeranotes: " + why, "Cy.peeranotes: " + why, "Di.peeranotes: " + why),
                List.of(OpenWindow.fx(refused::getContentText).split("\n")));
        assertTrue(!OpenWindow.present(robot, "#import-preview"), "no import question was shown");
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !OpenWindow.fx(() -> OpenWindow.isShowing(refused)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (long) OpenWindow.fx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .count()), "no dialog after it");

        closeWindow();
        assertEquals(notes, Damage.hash(data.resolve("reader.db")));
    }
}
