package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator imports a participant's notes file in the window: preview, import, layers, undo. */
@Tag("ui")
class SharingWindowTest {
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

    /** Ben highlights a passage in his own profile and exports his notes file, with the command line. */
    private Path bensNotesFile() throws Exception {
        Path ben = temp.resolve("ben");
        try (Database db = Database.open(ben)) {
            db.settings().put(NotesViewModel.AUTHOR_KEY, "Ben");
        }
        String hb = TestHandbooks.real().toString();
        run("--handbook", hb, "--data-dir", ben.toString(), "highlight", "pattern-wrapper", "--quote",
                "keeping participants", "--note", "Ben's thought");
        Path file = temp.resolve("ben.peeranotes");
        run("--handbook", hb, "--data-dir", ben.toString(), "export", "--format", "notes", "--out", file.toString());
        return file;
    }

    /** Ana, the facilitator, has the Wrapper pattern open in her own profile. */
    private ReaderSession anasWindow() throws Exception {
        Path facilitator = temp.resolve("ana");
        try (Database db = Database.open(facilitator)) {
            db.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
        window = OpenWindow.open(facilitator, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", url -> { });
        window.awaitChapter("pattern-wrapper");
        return window.session;
    }

    private static void run(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse(args), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, code, err.toString());
    }

    @Test
    void importedNotesAppearWithTheirAuthorAndOneUndoTakesThemBack() throws Exception {
        ReaderSession session = anasWindow();
        Path file = bensNotesFile();

        WaitForAsyncUtils.asyncFx(() -> session.window().importNotes(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#import-preview"));
        String preview = OpenWindow.fx(() -> robot.lookup("#import-preview .content").queryLabeled().getText());
        assertTrue(preview.startsWith("1 new"), preview);
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.placed().size() == 1
                || !session.viewModel().problemProperty().get().isEmpty());
        assertEquals("", session.viewModel().problemProperty().get());
        assertEquals("Ben", window.placed().get(0).annotation().author());
        assertEquals("Ben's thought", window.placed().get(0).annotation().note());
        assertTrue(!((String) window.page("Array.prototype.map.call(document.querySelectorAll('mark.pr-hl'),"
                + "function(m){return m.textContent;}).join('')")).isEmpty());

        OpenWindow.click(robot, "File");
        OpenWindow.click(robot, "Undo last import");
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.placed().isEmpty());
        assertEquals(List.of(), window.placed());
    }

    @Test
    void hidingAPersonsLayerHidesTheirNotes() throws Exception {
        ReaderSession session = anasWindow();
        Path file = bensNotesFile();
        WaitForAsyncUtils.asyncFx(() -> session.window().importNotes(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#import-preview"));
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.placed().size() == 1
                || !session.viewModel().problemProperty().get().isEmpty());
        assertEquals("", session.viewModel().problemProperty().get());

        OpenWindow.click(robot, "Notes");
        OpenWindow.click(robot, "People…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "Ben"));
        OpenWindow.click(robot, "Ben");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().isEmpty());
        OpenWindow.click(robot, "Ben");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().size() == 1);
        OpenWindow.clickShowing(robot, "Close");
    }
}
