package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab through a chapter's links and back (fresh tester 17a's F2 and F13), in the real window: Back after a walk
 * returns to the place read before it, and the first Tab from the text goes to the first link at or after the place
 * on screen, even when WebKit has left an earlier link focused off screen.
 */
@Tag("ui")
class TabWalkWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A long chapter with a link half-way ("the middle link") and one in its last paragraph ("the last link"). */
    @BeforeEach
    void open() throws Exception {
        Path book = Files.createDirectories(dataDir.resolve("book"));
        StringBuilder one = new StringBuilder("---\ntitle: One\n---\n\n# One\n\n");
        for (int i = 1; i <= 80; i++) {
            one.append(i == 40 ? "Here is [the middle link](two.md) to follow.\n\n"
                    : "Filler paragraph " + i + " holds words to scroll past. It has two sentences.\n\n");
        }
        one.append("See [the last link](two.md) at the end.\n");
        Files.writeString(book.resolve("one.md"), one);
        Files.writeString(book.resolve("two.md"), "---\ntitle: Two\n---\n\n# Two\n\nThe second chapter.\n");
        window = OpenWindow.sized(dataDir.resolve("data"), Handbooks.open(book), "one", "1024x600");
        window.focus(robot);
        OpenWindow.fx(() -> {
            window.session.window().chapterView().focus();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() ->
                window.session.window().chapterView().node().isFocused()));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void backAfterTabbingToALinkReturnsToThePlaceReadBeforeTheWalk() throws Exception {
        double reading = scrollTo("document.documentElement.scrollHeight * 0.15");
        OpenWindow.keys(robot, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "the middle link".equals(focusedText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scrollY() > reading + 100);

        OpenWindow.keys(robot, KeyCode.ALT, KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(scrollY() - reading) < 30);
        assertEquals("one", OpenWindow.fx(() -> window.session.viewModel().locationProperty().get().chapterId()));
    }

    @Test
    void aLinkLeftFocusedOffScreenIsNotWhereTheNextTabStarts() throws Exception {
        scrollTo("document.documentElement.scrollHeight * 0.3");
        OpenWindow.keys(robot, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "the middle link".equals(focusedText()));
        // The reader reads on above it, the link still focused but out of sight below (as after a panel's Esc).
        scrollTo("(function(){var a=document.activeElement;return window.pageYOffset"
                + "+a.getBoundingClientRect().top-2*window.innerHeight;})()");
        OpenWindow.keys(robot, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !"".equals(focusedText()));
        assertEquals("the middle link", focusedText(), "the first link after the place read, not the chapter's last");
    }

    /** Scrolls the page to the y that {@code script} gives and waits until the window heard of it; returns it. */
    private double scrollTo(String script) throws Exception {
        double y = ((Number) window.page("(function(){var y=Math.round(" + script + ");window.scrollTo(0,y);"
                + "return window.pageYOffset;})()")).doubleValue();
        double fraction = ((Number) window.page("window.pageYOffset/(document.documentElement.scrollHeight"
                + "-window.innerHeight)")).doubleValue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(OpenWindow.fx(() ->
                window.session.viewModel().scrollProperty().get()) - fraction) < 0.01);
        return y;
    }

    private double scrollY() throws Exception {
        return ((Number) window.page("window.pageYOffset")).doubleValue();
    }

    private String focusedText() throws Exception {
        Object t = window.page("document.activeElement && document.activeElement.nodeName === 'A'"
                + " ? document.activeElement.textContent : ''");
        return String.valueOf(t);
    }
}
