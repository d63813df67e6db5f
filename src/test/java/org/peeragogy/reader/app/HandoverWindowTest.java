package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notes file opened while the window is open on the same data folder (a double-click on a .peeranotes file, fresh
 * tester t17b's F2) reaches that window's import preview, through Gui's second start as Main runs it; files handed over
 * while a question is open wait their turn (t30's F4.5).
 */
@Tag("ui")
class HandoverWindowTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final CompletableFuture<ReaderSession> shown = new CompletableFuture<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path book;
    private Path data;
    private String identity;
    private DataDirLock lock;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void handbook() throws Exception {
        book = StartPlaceTest.threeChapters(temp.resolve("book"));
        data = temp.resolve("data");
        try (Handbook h = Handbooks.open(book)) {
            identity = h.book().identity();
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        try {
            if (shown.isDone()) {
                ReaderSession session = shown.get();
                WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().node().getScene().getWindow().hide())
                        .get(20, TimeUnit.SECONDS);
                assertEquals(0, exits.poll(20, TimeUnit.SECONDS), "closing the window ends the reader");
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** {@code who}'s notes file, {@code who}.peeranotes: a highlight on the second chapter with "WHO was here". */
    private Path notesFile(String who) throws Exception {
        CommandRun run = new CommandRun(temp.resolve(who), book);
        assertEquals(0, run.run("highlight", "b", "--quote", "second chapter", "--note", who + " was here"), run.err());
        Path file = temp.resolve(who + ".peeranotes");
        assertEquals(0, run.run("export", "--format", "notes", "--out", file.toString()), run.err());
        return file;
    }

    /** The first start holds the data folder, as Gui does, and shows the window; given {@code files} to open. */
    private void firstStart(Path... files) throws Exception {
        DataDirLock.Outcome first = DataDirLock.take(data);
        assertTrue(first instanceof DataDirLock.Taken, first.toString());
        lock = ((DataDirLock.Taken) first).lock();
        List<String> args = new java.util.ArrayList<>(List.of("--handbook", book.toString(), "--data-dir",
                data.toString()));
        java.util.Arrays.stream(files).map(Path::toString).forEach(args::add);
        WindowStart start = new WindowStart(Options.parse(args.toArray(String[]::new)), data, new PrintStream(err, true, StandardCharsets.UTF_8), url -> { }, exits::add,
                Clock.systemDefaultZone());
        start.onShown(shown::complete);
        start.begin();
        shown.get(30, TimeUnit.SECONDS);
    }

    /** A second start, given {@code files}: it hands each over and ends at once; then the window has had them. */
    private void secondStart(Path... files) throws Exception {
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--handbook", book.toString(), "--data-dir",
                data.toString()));
        java.util.Arrays.stream(files).map(Path::toString).forEach(args::add);
        int code = Gui.launch(Options.parse(args.toArray(String[]::new)), new PrintStream(second, true,
                StandardCharsets.UTF_8));
        String said = second.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, said);
        for (Path file : files) {
            assertTrue(said.contains("the notes file " + file.toAbsolutePath() + " was handed to it"), said);
        }
        WaitForAsyncUtils.waitForFxEvents(); // the window's turn with it (the watcher hands it to the FX thread)
    }

    /** Waits for the import question showing now that names {@code file}, and returns its header. */
    private String awaitQuestionOf(Path file) throws Exception {
        String name = file.getFileName().toString();
        DialogPane pane = OpenWindow.awaitNode(robot, "#import-preview", DialogPane.class,
                p -> OpenWindow.isShowing(p) && p.getHeaderText() != null && p.getHeaderText().contains(name));
        return OpenWindow.fx(pane::getHeaderText);
    }

    /** Waits for the notice that {@code file} was imported: the import has landed in the window, all of it. */
    private void awaitImported(Path file) throws Exception {
        String name = file.getFileName().toString();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String notice = OpenWindow.noticeText(robot);
            return notice.startsWith("Imported") && notice.contains(name);
        });
    }

    /** Why {@code file} cannot be imported, in the window's English, as the share layer says it to anyone. */
    private String whyRefused(Path file) throws Exception {
        try (Handbook h = Handbooks.open(book); Database elsewhere = Database.open(temp.resolve("elsewhere"))) {
            new NoteSharing(elsewhere, new HandbookChapters(h), "test").preview(file);
        } catch (ShareException e) {
            return TEXTS.failure(e);
        }
        throw new AssertionError(file + " can be imported");
    }

    private List<String> notesHere() throws Exception {
        try (Database db = Database.open(data)) {
            return db.annotations().book(identity).stream().map(Annotation::note).sorted().toList();
        }
    }

    @Test
    void aNotesFileOpenedByASecondStartIsOfferedInTheOpenWindow() throws Exception {
        // Bo's notes, exported as a notes file from Bo's own data folder.
        Path file = notesFile("Bo");
        firstStart();
        secondStart(file);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#import-preview").tryQuery()
                .isPresent()));
        OpenWindow.clickShowing(robot, "OK");
        awaitImported(file);
        assertEquals(List.of("Bo was here"), notesHere());
    }

    /**
     * t30's F4.5: Cy's and Di's files, handed over while Bo's question was open, were dropped ("an import is
     * running"). Each is offered in turn, in the order they came, once the one before is answered.
     */
    @Test
    void filesHandedOverWhileAQuestionIsOpenAreOfferedInTurnAfterIt() throws Exception {
        Path bo = notesFile("Bo");
        Path cy = notesFile("Cy");
        Path di = notesFile("Di");
        firstStart();
        secondStart(bo);
        awaitQuestionOf(bo);

        secondStart(cy);
        secondStart(di);
        OpenWindow.clickShowing(robot, "Cancel"); // Bo's is not imported; Cy's is asked next
        awaitQuestionOf(cy);
        OpenWindow.clickShowing(robot, "OK");
        awaitQuestionOf(di);
        assertEquals(List.of("Cy was here"), notesHere(), "Cy's notes are in before Di's file is asked about");
        OpenWindow.clickShowing(robot, "OK");

        awaitImported(di);
        assertEquals(List.of("Cy was here", "Di was here"), notesHere());
        assertEquals("", OpenWindow.fx(() -> shown.get().viewModel().problemProperty().get()));
    }

    /**
     * Fresh tester t33's F4: a file manager opening several selected notes files starts the reader once with them all
     * ("Unexpected argument" before). A second start hands each over; the window asks about each in turn.
     */
    @Test
    void severalFilesOfOneSecondStartAreEachHandedOverAndOfferedInTurn() throws Exception {
        Path bo = notesFile("Bo");
        Path cy = notesFile("Cy");
        firstStart();
        secondStart(bo, cy);

        awaitQuestionOf(bo);
        OpenWindow.clickShowing(robot, "OK");
        awaitQuestionOf(cy);
        OpenWindow.clickShowing(robot, "OK");
        awaitImported(cy);
        assertEquals(List.of("Bo was here", "Cy was here"), notesHere());
    }

    /** t33's F4, the first start: the window opens and asks about each file named, in the order named. */
    @Test
    void severalFilesNamedWhenTheWindowOpensAreOfferedInTurn() throws Exception {
        Path bo = notesFile("Bo");
        Path cy = notesFile("Cy");
        firstStart(cy, bo);

        awaitQuestionOf(cy);
        OpenWindow.clickShowing(robot, "Cancel");
        awaitQuestionOf(bo);
        OpenWindow.clickShowing(robot, "OK");
        awaitImported(bo);
        assertEquals(List.of("Bo was here"), notesHere());
    }

    /**
     * t30's F4.1: a handed-over file that cannot be imported was said in the problem bar only, under the notice
     * "Imported …" of the file before, which read as news of it. Its refusal is told whole in a dialog under its name,
     * and that notice goes.
     */
    @Test
    void aHandedOverFileThatCannotBeImportedIsRefusedWholeUnderItsNameAndTheEarlierNoticeGoes() throws Exception {
        Path bo = notesFile("Bo");
        Path list = temp.resolve("Shopping list.peeranotes");
        Files.writeString(list, "Milk, eggs, bread, and a long list of other things to buy on the way home.\n");
        String why = whyRefused(list);
        firstStart();
        secondStart(bo);
        awaitQuestionOf(bo);
        OpenWindow.clickShowing(robot, "OK");
        awaitImported(bo);

        secondStart(list);
        DialogPane refused = OpenWindow.awaitNode(robot, "#import-refused", DialogPane.class, OpenWindow::isShowing);
        String header = OpenWindow.fx(refused::getHeaderText);
        assertTrue(header.startsWith("Could not import") && header.contains("Shopping list.peeranotes"), header);
        assertEquals(why, OpenWindow.fx(refused::getContentText));
        assertEquals("", OpenWindow.noticeText(robot), "the notice of Bo's import is gone");
        assertEquals("", OpenWindow.fx(() -> shown.get().viewModel().problemProperty().get()));
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !OpenWindow.fx(() -> OpenWindow.isShowing(refused)));
        assertEquals(List.of("Bo was here"), notesHere());
    }

    /**
     * Fresh tester t35's F7: one missing file among those a file manager opened refused them all, with nothing shown.
     * The others are offered, and the missing one is said in the window under its name, at the first start as at a
     * second one (which says it on the error stream too).
     */
    @Test
    void aMissingFileAmongThoseNamedIsSaidInTheWindowUnderItsNameAndTheOthersAreOffered() throws Exception {
        Path bo = notesFile("Bo");
        Path cy = notesFile("Cy");
        Path gone = temp.resolve("gone.peeranotes");
        String why = whyRefused(gone);
        firstStart(bo, gone);
        awaitQuestionOf(bo);
        OpenWindow.clickShowing(robot, "OK");
        awaitRefusalOf(gone, why);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        int code = Gui.launch(Options.parse("--handbook", book.toString(), "--data-dir", data.toString(),
                gone.toString(), cy.toString()), new PrintStream(second, true, StandardCharsets.UTF_8));
        String said = second.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, said);
        assertTrue(said.contains("Cannot open " + gone + " as a notes file: there is no such file. The other files"
                + " named are opened without it."), said);
        assertTrue(said.contains("the notes file " + cy.toAbsolutePath() + " was handed to it"), said);
        awaitRefusalOf(gone, why);
        awaitQuestionOf(cy);
        OpenWindow.clickShowing(robot, "OK");
        awaitImported(cy);
        assertEquals(List.of("Bo was here", "Cy was here"), notesHere());
    }

    /**
     * Finding h36c-2: one file a file manager opened that cannot be opened (gone, a folder, named otherwise) was said
     * only on the error stream, and no window came. The window opens on the book, and says it under the file's name, at
     * the first start as at a second one (which hands it over, the error stream saying why too).
     */
    @Test
    void aSingleFileThatCannotBeOpenedIsSaidInTheWindowUnderItsNameAndTheBookOpens() throws Exception {
        Path gone = temp.resolve("gone.json");
        String why = whyRefused(gone);
        assertEquals("There is no file at " + gone + ": it has been moved, renamed or deleted. Open it again from where"
                + " it is now. Nothing was changed.", why, "what was wrong, what to do, nothing changed");
        firstStart(gone);
        awaitRefusalOf(gone, why);
        assertEquals(identity, OpenWindow.fx(() -> shown.get().viewModel().handbookProperty().get().book().identity()));
        assertTrue(OpenWindow.fx(() -> shown.get().viewModel().chapterProperty().get() != null), "a chapter is shown");
        assertEquals("", OpenWindow.fx(() -> shown.get().viewModel().problemProperty().get()));

        Path text = Files.writeString(temp.resolve("minutes.txt"), "Minutes of Thursday's meeting.\n");
        String whyText = whyRefused(text);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        int code = Gui.launch(Options.parse("--handbook", book.toString(), "--data-dir", data.toString(),
                text.toString()), new PrintStream(second, true, StandardCharsets.UTF_8));
        String said = second.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, said);
        assertTrue(said.startsWith("Cannot open " + text + " as a notes file: its name does not end as a notes file's"),
                said);
        awaitRefusalOf(text, whyText);
        assertEquals(List.of(), notesHere(), "nothing was changed");
    }

    /** Waits for the dialog saying {@code file} cannot be imported, checks it says {@code why}, and closes it. */
    private void awaitRefusalOf(Path file, String why) throws Exception {
        DialogPane refused = OpenWindow.awaitNode(robot, "#import-refused", DialogPane.class, p -> OpenWindow.isShowing(p)
                && p.getHeaderText() != null && p.getHeaderText().contains(file.getFileName().toString()));
        assertEquals(why, OpenWindow.fx(refused::getContentText));
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !OpenWindow.fx(() -> OpenWindow.isShowing(refused)));
    }
}
