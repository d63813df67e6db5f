package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.ConversationViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The note chosen in the notes panel stays where it is on screen when a conversation action (here a note edited) makes the list
 * again: the list scrolled it to its top, so the next click, where another note had been, chose a third (the kind of
 * fresh tester t37's F4, in the notes list). A real window under Xvfb, 40 notes of a chapter written here, the robot
 * clicking.
 */
@Tag("ui")
class NotesListSteadyWindowTest {
    @TempDir
    Path dataDir;
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

    @SuppressWarnings("unchecked")
    private ListView<ConversationViewModel.Entry> list() throws Exception {
        // On the FX thread, which makes the list again at each edit (OpenWindow#node).
        return OpenWindow.fx(() -> robot.lookup("#notes-list").queryAs(ListView.class));
    }

    /** The cell showing the note with this id, wholly in the list's view, if any. */
    private ListCell<?> cell(String noteId) throws Exception {
        ListView<?> list = list();
        return OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && c.isVisible() && c.getListView() == list
                        && c.getItem() instanceof ConversationViewModel.Entry e && e.annotation().id().equals(noteId)
                        && list.localToScreen(list.getBoundsInLocal()).contains(c.localToScreen(c.getBoundsInLocal())))
                .tryQueryAs(ListCell.class).orElse(null));
    }

    @Test
    void theNoteChosenStaysUnderThePointerWhenItsEditMakesTheListAgain() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("book"));
        StringBuilder text = new StringBuilder("# One\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("Words before passage ").append(i).append(" of the chapter after them.\n\n");
        }
        Files.writeString(dir.resolve("one.md"), text);
        Files.writeString(dir.resolve("README.md"), "# The Noted Handbook\n\n1. [One](one.md)\n");
        Handbook handbook = Handbooks.open(dir);
        NotesFixture.write(dataDir, handbook.book().identity(), "one", 40);
        window = OpenWindow.sized(dataDir, handbook, "one", "1280x800",
                Map.of(NotesViewModel.AUTHOR_KEY, "Cy", "view.panels", "contents=true;notes=true;contentsWidth=220;notesWidth=300"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> list().getItems().size() == 40));
        WaitForAsyncUtils.waitForFxEvents();
        String noteId = OpenWindow.fx(() -> list().getItems().get(4).annotation().id());
        ListCell<?> chosen = OpenWindow.fx(() -> cell(noteId));
        OpenWindow.click(robot, chosen);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> {
            ConversationViewModel.Entry e = list().getSelectionModel().getSelectedItem();
            return e != null && e.annotation().id().equals(noteId);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        double y = OpenWindow.fx(() -> cell(noteId).localToScreen(0, 0).getY());

        OpenWindow.click(robot, "#edit-note");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup((Node n) ->
                n instanceof javafx.scene.control.TextArea a && a.isFocused() && OpenWindow.isShowing(a)).tryQuery()
                .isPresent()));
        robot.write(" Tried.");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> list().getItems().stream()
                .anyMatch(e -> e.annotation().id().equals(noteId) && e.annotation().note().endsWith("Tried."))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(noteId, OpenWindow.fx(() -> list().getSelectionModel().getSelectedItem().annotation().id()),
                "still chosen");
        assertEquals(y, OpenWindow.fx(() -> {
            ListCell<?> now = cell(noteId);
            return now == null ? Double.NaN : now.localToScreen(0, 0).getY();
        }), 0.5, "the note chosen did not move");
    }
}
