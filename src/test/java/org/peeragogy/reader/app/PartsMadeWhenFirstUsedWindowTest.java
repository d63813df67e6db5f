package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, decision 0082: the parts of the window that its first paint does not show (the find bar's controls, the
 * notes panel's "Could not place" and its Hotspots list) are made when they are first used, not before the first
 * chapter; each then works at once, from its key and from its menu, as before. And the page's loader makes no HTTP
 * client for the reader's own pages.
 */
@Tag("ui")
class PartsMadeWhenFirstUsedWindowTest {
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
        }
    }

    @Test
    void theFirstChapterIsShownBeforeTheHiddenPartsAreMadeAndCtrlFThenOpensTheFindBarAtOnce() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800");
        // sized() returns once the first chapter has been laid out: none of the hidden parts is in the window yet.
        assertEquals(List.of(), fx(() -> present(window.stage.getScene().getRoot(),
                List.of("find-field", "find-count", "could-not-place", "orphans-list", "hotspots-list"))));

        window.focus(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField field = OpenWindow.awaitNode(robot, "#find-field", TextField.class,
                f -> OpenWindow.isShowing(f) && f.isVisible() && f.isFocused());
        robot.write("garden");
        OpenWindow.awaitNode(robot, "#find-count", Label.class, l -> l.getText().startsWith("1 of "));
        assertTrue(((Number) window.page("document.querySelectorAll('mark.pr-find').length")).intValue() > 0,
                "the matches are marked in the page");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> field.getParent().isVisible()));

        // From its menu item (Go → Find in chapter…) the same bar opens again, with the words still in it. The item is
        // fired rather than clicked: the robot's clicks into a menu's popup missed now and then at a load of 10.
        javafx.scene.control.MenuItem item = window.menuItem("menu-find");
        WaitForAsyncUtils.asyncFx(item::fire).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> field.getParent().isVisible()));
        assertEquals("garden", fx(field::getText));
        OpenWindow.awaitNode(robot, "#find-count", Label.class, l -> l.getText().startsWith("1 of "));
    }

    @Test
    void theHotspotsListJoinsItsPaneAsThePaneFirstOpensFromTheKeyboard() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800");
        window.showNotesPanel(robot);
        TitledPane pane = OpenWindow.node(robot, "#hotspots", TitledPane.class);
        assertFalse(fx(pane::isExpanded));
        assertEquals(List.of(), fx(() -> present(window.stage.getScene().getRoot(), List.of("hotspots-list"))));
        fx(() -> {
            pane.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(pane::isFocused));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        @SuppressWarnings("unchecked")
        ListView<Object> spots = OpenWindow.awaitNode(robot, "#hotspots-list", ListView.class,
                l -> OpenWindow.isShowing(l) && l.isVisible() && l.getHeight() > 0);
        assertTrue(fx(pane::isExpanded));
        // Nobody has marked this chapter: the list says so, in its own words.
        assertEquals("No one has marked this chapter yet.", fx(() -> ((Label) spots.getPlaceholder()).getText()));
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(spots::isFocused));
    }

    @Test
    void aStartShowsItsFirstChapterWithoutMakingAnHttpClient() throws Exception {
        WindowProcess.Ended e = WindowProcess.smoke(TestHandbooks.fixture(), Files.createDirectories(dataDir.resolve("data")),
                "gardens", dataDir, "-Xlog:class+load=info");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("start-timeline-ms "), "the chapter was shown: " + e.out().lines()
                .filter(l -> !l.contains("class,load")).toList());
        assertTrue(e.out().contains("com.sun.webkit.network.URLLoader "), "the page came through WebKit's loader");
        // WebKit's HTTP/2 loader class may be loaded (its caller names it), but not set up: that makes the client.
        assertEquals(List.of(), e.out().lines().filter(l -> l.contains("jdk.internal.net.http.HttpClientImpl ")).toList());
    }

    /** Those of {@code ids} that some node under {@code root} carries, shown or not. */
    private static List<String> present(Node root, List<String> ids) {
        List<String> found = new ArrayList<>();
        walk(root, ids, found);
        return found;
    }

    private static void walk(Node n, List<String> ids, List<String> found) {
        if (n.getId() != null && ids.contains(n.getId())) {
            found.add(n.getId());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, ids, found);
            }
        }
        if (n instanceof javafx.scene.control.TitledPane t && t.getContent() != null && t.getContent().getParent() == null) {
            walk(t.getContent(), ids, found);
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
