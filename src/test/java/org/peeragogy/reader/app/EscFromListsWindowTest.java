package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Esc closes what it opened from inside a list too (issue 14's rule, issue 15's try-out): the toolkit's lists, tables
 * and trees take every Esc for "cancel editing", so with the keyboard in the notes list of the notes drawer, in Notes →
 * Group's threads, in All notes or in the shortcuts' table, Esc did nothing, while from a button beside them it
 * closed the drawer or the window. Keys pressed by the robot in a real window at 1024×600, where the notes are a
 * drawer.
 */
@Tag("ui")
class EscFromListsWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1024x600");
        window.focus(robot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** Gives the keyboard to the node {@code query} finds in a window showing now, and waits until it has it. */
    private Control focusOn(String query) throws Exception {
        Control list = OpenWindow.awaitNode(robot, query, Control.class, OpenWindow::isShowing);
        WaitForAsyncUtils.asyncFx(() -> {
            list.getScene().getWindow().requestFocus();
            list.requestFocus();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, list::isFocused);
        return list;
    }

    private static boolean showing(Window w) {
        return w != null && w.isShowing();
    }

    @Test
    void escInTheNotesListClosesTheNotesDrawerAndGivesTheKeyboardToTheText() throws Exception {
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Node drawer = OpenWindow.fx(() -> window.stage.getScene().lookup("#drawer"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(drawer::isVisible));
        focusOn("#notes-list");
        OpenWindow.keys(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !drawer.isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session.window().chapterView().node().isFocused());
    }

    @Test
    void escInTheGroupViewsThreadsOrChaptersClosesTheGroupWindow() throws Exception {
        for (String list : new String[] {"#group-threads", "#group-chapters"}) {
            window.focus(robot);
            OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
            Window group = focusOn(list).getScene().getWindow();
            OpenWindow.keys(robot, KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !showing(group));
            assertTrue(window.stage.isShowing(), "only the group's window closes");
        }
    }

    @Test
    void escInAllNotesAndInTheShortcutsTableClosesTheirWindows() throws Exception {
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        Window all = focusOn("#all-notes-list").getScene().getWindow();
        OpenWindow.keys(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !showing(all));

        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.F1);
        Window shortcuts = focusOn("#shortcuts-list").getScene().getWindow();
        OpenWindow.keys(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !showing(shortcuts));
        assertFalse(showing(all) || showing(shortcuts));
    }
}
