package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Selections that make sense (whole words, Alt for exact) and bookmarks that toggle (issue 12), in the real window. */
@Tag("ui")
class SelectionAndBookmarkWindowTest {
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

    private void open(String size, String chapter) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), chapter, size,
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana"));
    }

    private NotesViewModel notes() {
        return window.session.notes();
    }

    /**
     * Where the character at this text offset is on the screen: {@code fraction} of the way across it
     * (a quarter: the boundary before it; three quarters: the boundary after it).
     */
    private Point2D charOnScreen(int offset, double fraction) throws Exception {
        String xy = (String) window.page("(function(){var w=document.createTreeWalker(document.getElementById('chapter'),"
                + "NodeFilter.SHOW_TEXT);var n,pos=0;while((n=w.nextNode())){if(" + offset + "<pos+n.data.length){"
                + "var r=document.createRange();r.setStart(n," + offset + "-pos);r.setEnd(n," + offset + "-pos+1);"
                + "var b=r.getClientRects()[0];return (b.left+b.width*" + fraction + ")+','+(b.top+b.height/2);}"
                + "pos+=n.data.length;}return '';})()");
        String[] p = xy.split(",");
        return window.onScreen(Double.parseDouble(p[0]), Double.parseDouble(p[1]));
    }

    /** Drags from inside one word to inside another, as a reader does; with Alt held when {@code exact}. */
    private String drag(String words, int from, int to, boolean exact) throws Exception {
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        window.page("(function(){var w=document.createTreeWalker(document.getElementById('chapter'),NodeFilter.SHOW_TEXT);"
                + "var n,pos=0;while((n=w.nextNode())){if(" + at + "<pos+n.data.length){n.parentNode.scrollIntoView("
                + "{block:'center'});return 0;}pos+=n.data.length;}return 0;})()");
        WaitForAsyncUtils.waitForFxEvents();
        Point2D start = charOnScreen(at + from, 0.25);
        Point2D end = charOnScreen(at + to - 1, 0.75);
        if (exact) {
            robot.press(KeyCode.ALT);
        }
        robot.drag(start, MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);
        if (exact) {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().selectionProperty().get().isPresent());
        return notes().selectionProperty().get().get().text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void aDragStartingAndEndingMidWordSelectsAndStoresWholeWords(String size) throws Exception {
        open(size, "pattern-wrapper");
        assertEquals("keeping participants", drag("keeping participants", 2, 14, false));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().placed().size() == 1);
        assertEquals("keeping participants", notes().placed().get(0).annotation().quote());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800"})
    void anAltDragKeepsExactlyTheCharactersChosen(String size) throws Exception {
        open(size, "pattern-wrapper");
        assertEquals("eping partic", drag("keeping participants", 2, 14, true));
    }

    private void ctrlD() {
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void ctrlDTwiceOnThePlaceLeavesNoBookmark(String size) throws Exception {
        open(size, "action");
        window.page("window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.5); 0");
        ctrlD();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().placed().size() == 1);
        assertEquals(Annotation.Kind.BOOKMARK, notes().placed().get(0).annotation().kind());
        ctrlD();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().placed().isEmpty());
        assertEquals(List.of(), notes().placed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800"})
    void aBookmarkIsListedAsABookmarkShownInTheMarginAndQuotesTheTopLine(String size) throws Exception {
        open(size, "action");
        window.page("window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.5); 0");
        OpenWindow.click(robot, "#bookmark");
        Node entry = OpenWindow.awaitNode(robot, "#notes-list .bookmark-entry", Node.class, n -> true);
        assertTrue(OpenWindow.fx(() -> robot.from(entry).lookup(".note-swatch").tryQuery().isEmpty()),
                "no colour swatch");
        assertTrue(OpenWindow.fx(() -> robot.from(entry).lookup(".bookmark-mark").tryQuery().isPresent()));
        assertEquals(0, ((Number) window.page("document.querySelectorAll('mark.pr-hl').length")).intValue());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ((Number) window.page("document.querySelectorAll('.pr-bookmarked').length")).intValue() == 1);
        int start = notes().placed().get(0).placement().start();
        double top = ((Number) window.page("(function(){var w=document.createTreeWalker(document.getElementById('chapter'),"
                + "NodeFilter.SHOW_TEXT);var n,pos=0;while((n=w.nextNode())){if(" + start + "<pos+n.data.length){"
                + "var r=document.createRange();r.setStart(n," + start + "-pos);r.setEnd(n," + start + "-pos+1);"
                + "return r.getBoundingClientRect().top;}pos+=n.data.length;}return -1;})()")).doubleValue();
        assertTrue(top >= 0 && top < 80, "the quote begins on the first line in view, at " + top);
    }
}
