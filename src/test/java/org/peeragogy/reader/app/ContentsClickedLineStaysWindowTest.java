package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.ContentsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter's line clicked in the contents stays under the pointer while the sections of the chapter left fold away
 * above it and its own unfold below it (a fresh tester, under matchbox at 1280×1024: with chapter 31's sections
 * unfolded, a click on "Moderation (pattern)" below them opened it, and its line moved up by the height of the
 * sections folded, so that a second click opened another chapter). A real window under Xvfb over the handbook of
 * {@link ContentsSteadyWindowTest} (40 chapters of 6 sections each), the robot clicking.
 */
@Tag("ui")
class ContentsClickedLineStaysWindowTest {
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
    private TreeView<ContentsViewModel.Entry> tree() throws Exception {
        return OpenWindow.fx(() -> robot.lookup("#contents").queryAs(TreeView.class));
    }

    /** The line of this chapter (never a section's) wholly in view, if any. */
    private TreeCell<?> line(String chapterId) throws Exception {
        TreeView<?> tree = tree();
        return OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.isVisible()
                        && c.getTreeView() == tree && c.getItem() instanceof ContentsViewModel.Entry e && !e.isSection()
                        && !e.isPart() && e.chapterId().equals(chapterId) && whollyIn(c, tree))
                .tryQueryAs(TreeCell.class).orElse(null));
    }

    private static boolean whollyIn(Node n, Node in) {
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        javafx.geometry.Bounds view = in.localToScreen(in.getBoundsInLocal());
        return b != null && view != null && view.contains(b);
    }

    /** The screen y of the top of this chapter's line, NaN when it is not wholly in view. */
    private double top(String chapterId) throws Exception {
        return OpenWindow.fx(() -> {
            TreeCell<?> c = line(chapterId);
            return c == null ? Double.NaN : c.localToScreen(0, 0).getY();
        });
    }

    /** The sections under this chapter's line, as many as the tree holds now. */
    private int sections(String chapterId) throws Exception {
        return OpenWindow.fx(() -> {
            int n = 0;
            TreeView<ContentsViewModel.Entry> tree = tree();
            for (int r = 0; r < tree.getExpandedItemCount(); r++) {
                ContentsViewModel.Entry e = tree.getTreeItem(r).getValue();
                n += e.isSection() && e.chapterId().equals(chapterId) ? 1 : 0;
            }
            return n;
        });
    }

    private void openWindow(String open, String size) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(ContentsSteadyWindowTest.book(dataDir.resolve("book"))),
                open, size, Map.of("view.panels", "contents=true;notes=true;contentsWidth=220;notesWidth=300"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sections(open) == 6);
    }

    /** The middle of this chapter's line on screen, once it is wholly in view. */
    private Point2D middle(String chapterId) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Double.isNaN(top(chapterId)));
        WaitForAsyncUtils.waitForFxEvents();
        return OpenWindow.fx(() -> {
            TreeCell<?> c = line(chapterId);
            return c.localToScreen(c.getWidth() / 2, c.getHeight() / 2);
        });
    }

    /** A point on the page, away from the contents. */
    private Point2D onPage() throws Exception {
        return OpenWindow.fx(() -> {
            Node page = window.session.window().chapterView().node();
            return page.localToScreen(page.getBoundsInLocal().getWidth() / 2, page.getBoundsInLocal().getHeight() / 2);
        });
    }

    private String chosen() throws Exception {
        return OpenWindow.fx(() -> tree().getSelectionModel().getSelectedItem().getValue().chapterId());
    }

    /**
     * Chapter {@code open} read, its six sections unfolded; a click on the line of {@code click}, below them (or
     * above): that line is still where it was on screen once its chapter is shown with its sections under it, so
     * that the next click lands where the reader sees; the sections of the chapter left fold away when the pointer
     * leaves the contents, the chapter opened still in view.
     */
    @ParameterizedTest
    @CsvSource({"c05,c08,1280x1024", "c05,c03,1280x1024", "c05,c08,1024x600", "c20,c24,1024x600", "c30,c34,1024x600"})
    void theLineClickedStaysUnderThePointerWhileTheSectionsOfTheChapterLeftFoldAway(String open, String click,
            String size) throws Exception {
        openWindow(open, size);
        Point2D where = middle(click);
        double before = top(click);

        robot.moveTo(where).clickOn(where);
        window.awaitChapter(click);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sections(click) == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, top(click), 0.5, "the line of " + click + " clicked at y=" + before
                + " moved (NaN: out of view)");
        assertEquals(click, chosen());

        robot.moveTo(onPage());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sections(open) == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!Double.isNaN(top(click)), "the chapter opened is in view once the sections above it folded");
        assertEquals(6, sections(click));
    }

    /** The height of this chapter's first section's line, NaN when none is in view. */
    private double sectionHeight(String chapterId) throws Exception {
        TreeView<?> tree = tree();
        return OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.isVisible()
                        && c.getTreeView() == tree && c.getItem() instanceof ContentsViewModel.Entry e && e.isSection()
                        && e.chapterId().equals(chapterId))
                .tryQueryAs(TreeCell.class).map(c -> c.getHeight()).orElse(Double.NaN));
    }

    /**
     * The same with the keys: Down from chapter 5's line, past its sections, to chapter 8's, then Enter, which puts
     * the keyboard in the page. With no pointer on the contents the sections of chapter 5 fold at once; chapter 8's
     * line stays chosen and in view, moved up by no more than the lines folded above it (not scrolled away).
     */
    @ParameterizedTest
    @CsvSource({"1280x1024", "1024x600"})
    void theLineOpenedWithEnterStaysChosenAndInView(String size) throws Exception {
        openWindow("c05", size);
        robot.clickOn(middle("c05"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> tree().isFocused()));
        robot.moveTo(onPage());
        for (int i = 0; i < 9; i++) {
            robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen().equals("c08"));
        WaitForAsyncUtils.waitForFxEvents();
        double before = top("c08");
        double folded = 6 * sectionHeight("c05");
        assertTrue(!Double.isNaN(before) && folded > 0, "chapter 8's line in view when chosen, under chapter 5's");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        window.awaitChapter("c08");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sections("c08") == 6 && sections("c05") == 0);
        WaitForAsyncUtils.waitForFxEvents();
        double now = top("c08");
        assertEquals("c08", chosen());
        assertTrue(now <= before + 0.5 && now >= before - folded - 0.5, "the line of c08 chosen at y=" + before
                + " is at y=" + now + " (NaN: out of view)");
    }
}
