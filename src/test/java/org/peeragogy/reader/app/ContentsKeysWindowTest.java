package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.ContentsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The arrows in the contents move the choice and open nothing; Enter opens the chapter chosen (fresh tester 17a's
 * F1; the README: "Enter in the contents … open the chapter"). Each Down opened its chapter, whose page then pulled
 * the choice back to its own line and unfolded its sections, so a quick run of Down presses lost most of them.
 */
@Tag("ui")
class ContentsKeysWindowTest {
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

    @Test
    void aQuickRunOfDownPressesMovesTheChoiceWithoutOpeningAndEnterOpensTheChapterChosen() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", "1280x800",
                Map.of("view.panels", "contents=true;notes=true;contentsWidth=220;notesWidth=300"));
        @SuppressWarnings("unchecked")
        TreeView<ContentsViewModel.Entry> tree = OpenWindow.awaitNode(robot, "#contents", TreeView.class,
                OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> chosen(tree)).equals("welcome"));
        int downs = OpenWindow.fx(() -> {
            tree.getScene().getWindow().requestFocus();
            tree.requestFocus();
            return row(tree, "open-questions") - tree.getSelectionModel().getSelectedIndex();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tree::isFocused);
        // As fast as the robot types: no wait for the window between the presses.
        var keys = robot.robotContext().getBaseRobot();
        for (int i = 0; i < downs; i++) {
            keys.pressKeyboard(KeyCode.DOWN);
            keys.releaseKeyboard(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> chosen(tree))
                .equals("open-questions"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("welcome", OpenWindow.fx(() -> window.session.viewModel().locationProperty().get().chapterId()),
                "the arrows opened no chapter");
        assertFalse(OpenWindow.fx(() -> window.session.viewModel().canGoBackProperty().get()), "nothing to go back to");

        OpenWindow.keys(robot, KeyCode.ENTER);
        window.awaitChapter("open-questions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() ->
                window.session.window().chapterView().node().isFocused()));
        assertEquals("open-questions", OpenWindow.fx(() -> chosen(tree)), "the choice stays on the chapter opened");
    }

    private static String chosen(TreeView<ContentsViewModel.Entry> tree) {
        TreeItem<ContentsViewModel.Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().isSection() ? "" : item.getValue().chapterId();
    }

    private static int row(TreeView<ContentsViewModel.Entry> tree, String chapterId) {
        for (int r = 0; r < tree.getExpandedItemCount(); r++) {
            ContentsViewModel.Entry e = tree.getTreeItem(r).getValue();
            if (!e.isPart() && !e.isSection() && e.chapterId().equals(chapterId)) {
                return r;
            }
        }
        throw new AssertionError("no line for " + chapterId);
    }
}
