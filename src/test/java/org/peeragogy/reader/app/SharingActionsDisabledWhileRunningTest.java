package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Import notes and Undo last import are disabled by binding while an import runs, and enabled when it
 * has landed (decision 0013): two imports cannot run at once. The import is held where a real one
 * waits: another program holds the notes file's write lock, and the import's transaction waits for it.
 */
@Tag("ui")
class SharingActionsDisabledWhileRunningTest {
    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** Ben's notes file with one highlight on the Wrapper pattern. */
    private Path bensNotesFile() throws Exception {
        Path file = temp.resolve("ben.peeranotes");
        try (Database db = Database.open(temp.resolve("ben"))) {
            ShareFixture.highlight(db, "pattern-wrapper", 1, "Ben", Annotation.Colour.GREEN, "Ben's thought");
            ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
        }
        return file;
    }

    private MenuItem fileMenuItem(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar");
            Menu file = bar.getMenus().get(0);
            return file.getItems().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
        }).get(10, TimeUnit.SECONDS);
    }

    private static boolean disabled(MenuItem item) throws Exception {
        return WaitForAsyncUtils.asyncFx(item::isDisable).get(10, TimeUnit.SECONDS);
    }

    private static Optional<Thread> thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    @Test
    void importAndUndoAreDisabledWhileAnImportWaitsForTheDatabaseAndEnabledWhenItHasLanded() throws Exception {
        Path file = bensNotesFile();
        Path ana = temp.resolve("ana");
        try (Database db = Database.open(ana)) {
            db.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
        // A handbook of its own: closing the window closes it (ShareFixture's is shared by other tests).
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", url -> { });
        window.awaitChapter("pattern-wrapper");
        ReaderSession session = window.session;
        MenuItem importNotes = fileMenuItem("menu-import-notes");
        MenuItem undoImport = fileMenuItem("menu-undo-import");
        assertFalse(disabled(importNotes), "Import notes is enabled before any import");
        assertTrue(disabled(undoImport), "there is no import to undo yet");

        WaitForAsyncUtils.asyncFx(() -> session.window().importNotes(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#import-preview"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + ana.resolve("reader.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // another writer: the import's own transaction must wait for it
            OpenWindow.clickShowing(robot, "OK");
            // The import's thread is running (waiting for the lock) …
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thread("import").isPresent());
            assertTrue(disabled(importNotes), "Import notes is disabled while an import runs");
            assertTrue(disabled(undoImport), "Undo last import is disabled while an import runs");
            // … and a file dropped meanwhile is not started: it waits its turn (t30's F4.5: it was refused).
            WaitForAsyncUtils.asyncFx(() -> session.window().importNotes(file)).get();
            assertEquals("", WaitForAsyncUtils.asyncFx(() -> session.viewModel().problemProperty().get()).get());
            assertEquals(0, (int) WaitForAsyncUtils.asyncFx(() -> session.notes().placed().size()).get(),
                    "nothing lands while the lock is held");
            s.execute("ROLLBACK");
        }

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.placed().size() == 1);
        // Its turn: the dropped file is asked about once the first import has landed; cancelled, nothing more comes.
        OpenWindow.awaitNode(robot, "#import-preview", javafx.scene.control.DialogPane.class, OpenWindow::isShowing);
        assertTrue(disabled(importNotes), "Import notes is disabled while the dropped file's question is open");
        OpenWindow.clickShowing(robot, "Cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !disabled(importNotes));
        assertFalse(disabled(undoImport), "the import that landed can be undone");
        assertEquals("Ben", session.notes().placed().get(0).annotation().author());
    }

    @Test
    void quittingWhileAnImportRunsAsksAndClosesOnlyOnceTheImportHasLanded() throws Exception {
        Path file = bensNotesFile();
        Path ana = temp.resolve("ana-quits");
        try (Database db = Database.open(ana)) {
            db.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", url -> { });
        window.awaitChapter("pattern-wrapper");
        ReaderSession session = window.session;
        WaitForAsyncUtils.asyncFx(() -> session.window().importNotes(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#import-preview"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + ana.resolve("reader.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            OpenWindow.clickShowing(robot, "OK");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thread("import").isPresent());
            MenuItem quit = fileMenuItem("menu-quit");
            WaitForAsyncUtils.asyncFx(quit::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#quit-while-busy"));
            OpenWindow.clickShowing(robot, "OK");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(WaitForAsyncUtils.asyncFx(window.stage::isShowing).get(), "the window waits for the import");
            s.execute("ROLLBACK");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(window.stage::isShowing).get());
        try (Database db = Database.open(ana)) {
            assertEquals(1, db.annotations().book(session.viewModel().book().identity()).size(),
                    "Ben's note was imported before the window closed");
        }
    }

    /** Found by a fresh tester: both wrote on the FX thread, which froze for up to SQLite's busy timeout. */
    @Test
    void namingOneselfAndHidingAPersonReturnAtOnceWhileAnotherWriterHoldsTheFileAndLandAfter() throws Exception {
        Path file = bensNotesFile();
        Path ana = temp.resolve("ana-names");
        try (Database db = Database.open(ana)) {
            db.settings().putReaderName("Ana");
        }
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", url -> { });
        window.awaitChapter("pattern-wrapper");
        ReaderSession session = window.session;
        WaitForAsyncUtils.asyncFx(() -> session.window().importNotes(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#import-preview"));
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.placed().size() == 1);
        WaitForAsyncUtils.asyncFx(() -> session.sharing().layers().refreshAuthors()).get();
        String ben = WaitForAsyncUtils.asyncFx(() -> session.sharing().layers().people().stream()
                .filter(p -> p.name().startsWith("Ben")).findFirst().orElseThrow().id()).get();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + ana.resolve("reader.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            // Bounded by far less than the 20 s busy timeout: a write on the FX thread would still be waiting.
            WaitForAsyncUtils.asyncFx(() -> session.notes().setAuthorName("Ana Lima")).get(5, TimeUnit.SECONDS);
            assertEquals(Optional.of("Ana Lima"), WaitForAsyncUtils.asyncFx(() -> session.notes().authorName()).get(),
                    "notes made meanwhile are signed with the name just given");
            WaitForAsyncUtils.asyncFx(() -> session.sharing().layers().setVisible(ben, false)).get(5, TimeUnit.SECONDS);
            s.execute("ROLLBACK");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (Database db = Database.open(ana)) {
                return db.settings().get(NotesViewModel.AUTHOR_KEY).equals(Optional.of("Ana Lima"))
                        && db.authors().list().stream().anyMatch(a -> a.id().equals(ben) && !a.visible());
            }
        });
    }
}
