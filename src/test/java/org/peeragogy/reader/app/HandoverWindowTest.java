package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notes file opened while the window is open on the same data folder (a double-click on a .peeranotes file, fresh
 * tester t17b's F2) reaches that window's import preview, through Gui's second start as Main runs it.
 */
@Tag("ui")
class HandoverWindowTest {
    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final CompletableFuture<ReaderSession> shown = new CompletableFuture<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (shown.isDone()) {
            ReaderSession session = shown.get();
            WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().node().getScene().getWindow().hide())
                    .get(20, TimeUnit.SECONDS);
            assertEquals(0, exits.poll(20, TimeUnit.SECONDS), "closing the window ends the reader");
        }
    }

    @Test
    void aNotesFileOpenedByASecondStartIsOfferedInTheOpenWindow() throws Exception {
        Path book = StartPlaceTest.threeChapters(temp.resolve("book"));
        Path data = temp.resolve("data");
        String identity;
        try (Handbook h = Handbooks.open(book)) {
            identity = h.book().identity();
        }
        // Bo's notes, exported as a notes file from Bo's own data folder.
        CommandRun bo = new CommandRun(temp.resolve("bo"), book);
        assertEquals(0, bo.run("highlight", "b", "--quote", "second chapter", "--note", "Bo was here"), bo.err());
        Path file = temp.resolve("Bo's notes.peeranotes");
        assertEquals(0, bo.run("export", "--format", "notes", "--out", file.toString()), bo.err());

        // The first start holds the data folder, as Gui does, and shows the window.
        DataDirLock.Outcome first = DataDirLock.take(data);
        assertTrue(first instanceof DataDirLock.Taken, first.toString());
        try (DataDirLock lock = ((DataDirLock.Taken) first).lock()) {
            WindowStart start = new WindowStart(Options.parse("--handbook", book.toString(), "--data-dir",
                    data.toString()), data, new PrintStream(err, true, StandardCharsets.UTF_8), url -> { }, exits::add,
                    Clock.systemDefaultZone());
            start.onShown(shown::complete);
            start.begin();
            shown.get(30, TimeUnit.SECONDS);

            // The second start, given the file: it hands it over and ends at once.
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            int code = Gui.launch(Options.parse("--handbook", book.toString(), "--data-dir", data.toString(),
                    file.toString()), new PrintStream(second, true, StandardCharsets.UTF_8));
            String said = second.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, said);
            assertTrue(said.contains("was handed to it"), said);

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#import-preview").tryQuery().isPresent());
            OpenWindow.clickShowing(robot, "OK");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try (Database db = Database.open(data)) {
                    return db.annotations().book(identity).stream().anyMatch(a -> "Bo was here".equals(a.note()));
                }
            });
        }
    }
}
