package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.ContentsViewModel;
import org.peeragogy.reader.ui.StatusViewModel;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contents (issue 12), in the real window over the real handbook at 1280×800 and 1024×600: long titles
 * end in an ellipsis and show whole on hover, no sideways scrolling, parts fold and are not chapters, the
 * chapter's sections open from the contents, and the status line names the section and the minutes left.
 */
@Tag("ui")
@NeedsRealHandbook
class ContentsWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    /** A narrow contents panel, so that long titles do not fit. */
    private void scrollToTop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#contents").queryAs(TreeView.class).scrollTo(0)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(String size) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", size,
                java.util.Map.of("view.panels", "contents=true;notes=true;contentsWidth=180;notesWidth=300"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<TreeCell<?>> cell(String title) throws Exception {
        return OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c && title.equals(c.getText())
                && c.isVisible()).tryQueryAs(TreeCell.class).map(c -> (TreeCell<?>) c));
    }

    /** The text a cell draws (its Labeled text, after any ellipsis). */
    private static String drawn(TreeCell<?> c) {
        return c.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private static boolean whollyIn(Node n, Node in) {
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        javafx.geometry.Bounds view = in.localToScreen(in.getBoundsInLocal());
        return b != null && view != null && view.contains(b);
    }

    private String status() throws Exception {
        return OpenWindow.fx(() -> robot.lookup("#status").queryAs(Label.class).getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void longTitlesEndInAnEllipsisShowWholeOnHoverAndTheContentsNeverScrollSideways(String size) throws Exception {
        open(size);
        TreeView<?> tree = OpenWindow.node(robot, "#contents", TreeView.class);
        // The longest title of the handbook, scrolled into view.
        WaitForAsyncUtils.asyncFx(() -> {
            int longest = 0;
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                Object e = tree.getTreeItem(row).getValue();
                if (((ContentsViewModel.Entry) e).title().length()
                        > ((ContentsViewModel.Entry) tree.getTreeItem(longest).getValue()).title().length()) {
                    longest = row;
                }
            }
            tree.scrollTo(longest);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        // A line wholly in view: the flow keeps a line cut off at its bottom edge, where the pointer meets the bars.
        TreeCell<?> longOne = OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c
                        && c.getText() != null
                        && c.isVisible() && drawn(c).endsWith("…") && whollyIn(c, tree)).tryQueryAs(TreeCell.class)
                .orElseThrow(() -> new AssertionError("no title is cut short in a 180 px panel")));
        String whole = OpenWindow.fx(longOne::getText);
        String shown = OpenWindow.fx(() -> drawn(longOne));
        assertTrue(whole.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertEquals(whole, OpenWindow.fx(() -> longOne.getTooltip().getText()));
        robot.moveTo(OpenWindow.onFx(robot.point(longOne)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> longOne.getTooltip().isShowing()));
        assertFalse(OpenWindow.fx(() -> tree.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible())), "no sideways scroll bar");
    }

    /**
     * A title the line shows whole has no tooltip (only a line cut short, or one with a workshop's line under it, has
     * one): a tooltip repeating the line added nothing, and the click that opened its chapter hid it, which made the
     * whole window repaint before the new page (issue 17, decision 0083).
     */
    @Test
    void aTitleShownWholeHasNoTooltipAndOneCutShortHasIt() throws Exception {
        open("1280x800");
        scrollToTop();
        TreeCell<?> whole = OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c
                        && c.getText() != null
                        && c.isVisible() && c.getText().length() > 3 && drawn(c).equals(c.getText()))
                .tryQueryAs(TreeCell.class).map(c -> (TreeCell<?>) c)
                .orElseThrow(() -> new AssertionError("no title is shown whole")));
        TreeCell<?> cut = OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c
                        && c.getText() != null
                        && c.isVisible() && drawn(c).endsWith("…"))
                .tryQueryAs(TreeCell.class).map(c -> (TreeCell<?>) c)
                .orElseThrow(() -> new AssertionError("no title is cut short in a 180 px panel")));
        assertEquals(null, whole.getTooltip(), whole.getText());
        assertEquals(cut.getText(), cut.getTooltip().getText());
    }

    /**
     * A chapter clicked in the contents stays under the pointer: the contents scroll to the chapter being read only
     * when its line (or its sections) would be out of view. Scrolling at every chapter moved the line just clicked,
     * and made every line shown again (issue 17).
     */
    @Test
    void aChapterClickedInTheContentsIsNotScrolledFromUnderThePointer() throws Exception {
        open("1280x800");
        scrollToTop();
        TreeCell<?> line = OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.isVisible()
                        && c.getIndex() >= 8
                        && c.getItem() instanceof ContentsViewModel.Entry e && !e.isPart() && !e.isSection())
                .queryAllAs(TreeCell.class).stream().min(java.util.Comparator.comparingInt(TreeCell::getIndex))
                .orElseThrow());
        String chapter = ((ContentsViewModel.Entry) line.getItem()).chapterId();
        int row = line.getIndex();
        double y = line.localToScreen(0, 0).getY();
        OpenWindow.click(robot, line);
        window.awaitChapter(chapter);
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> now = OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.isVisible()
                && c.getIndex() == row).queryAs(TreeCell.class));
        assertEquals(chapter, ((ContentsViewModel.Entry) now.getItem()).chapterId());
        assertEquals(y, now.localToScreen(0, 0).getY(), 0.5, "the line clicked did not move");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void aPartLineFoldsAndUnfoldsItsChaptersAndIsNeverOpenedAsAChapter(String size) throws Exception {
        open(size);
        scrollToTop();
        TreeCell<?> part = cell("Introduction").orElseThrow();
        assertTrue(part.getTreeItem().isExpanded());
        OpenWindow.click(robot, part);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !part.getTreeItem().isExpanded());
        assertTrue(cell("1 Welcome").isEmpty(), "its chapters are folded away");
        assertEquals("pattern-wrapper", window.session.viewModel().chapterProperty().get().id());
        assertFalse(part.isSelected(), "a part is not a chapter: never selected");
        robot.clickOn(cell("Introduction").orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cell("1 Welcome").isPresent());
        assertEquals("pattern-wrapper", window.session.viewModel().chapterProperty().get().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void theChaptersSectionsOpenFromTheContentsAndTheStatusNamesTheSectionAndMinutesLeft(String size)
            throws Exception {
        open(size);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell("Solution").isPresent());
        TreeCell<?> section = cell("Solution").orElseThrow();
        assertTrue(((ContentsViewModel.Entry) section.getItem()).isSection());
        String before = status();
        assertTrue(before.startsWith("6.6 Wrapper") && before.contains("min left in chapter"), before);
        OpenWindow.click(robot, section);
        String id = ((ContentsViewModel.Entry) section.getItem()).fragment();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(((Number) window.page(
                "document.getElementById('" + id + "').getBoundingClientRect().top")).doubleValue()) < 40);
        assertEquals("pattern-wrapper", window.session.viewModel().chapterProperty().get().id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains("  ·  Solution  ·  "));
        int left = Integer.parseInt(status().replaceAll(".*about (\\d+) min left.*", "$1"));
        int fromTop = Integer.parseInt(before.replaceAll(".*about (\\d+) min left.*", "$1"));
        assertTrue(left < fromTop, "fewer minutes left at the Solution (" + left + ") than at the top (" + fromTop + ")");
        assertTrue(OpenWindow.fx(() -> robot.lookup("#status").queryAs(Label.class).getTooltip().getText())
                .contains(StatusViewModel.WORDS_PER_MINUTE + " words a minute"));
    }
}
