package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Footnotes in the real WebView (issue 12): a pop-over by click or keyboard, and back links at the note's end. */
@Tag("ui")
class FootnotePopoverTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private final RecordingListener recorder = new RecordingListener();
    private final BlockingQueue<String> laidOut = recorder.laidOut;
    private Stage stage;
    private ChapterView view;
    private Handbook handbook;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(dir.resolve("notes.md"), "---\ntitle: Notes\n---\n\n"
                + "Peers learn together.[^1] Then they write it up.\n\n"
                + "Filler paragraph.\n\n".repeat(40)
                + "[^1]: The note's own text, with [a link](https://example.org/).\n");
        handbook = Handbooks.open(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            view = new ChapterView(handbook, temp.resolve("webview"), recorder, TEXTS);
            stage.setScene(new Scene(new StackPane(view.node()), 800, 600));
            stage.show();
            stage.toFront();
            view.open("notes", "", 0);
        }).get(10, TimeUnit.SECONDS);
        assertEquals("notes", laidOut.poll(30, TimeUnit.SECONDS), "the chapter was not shown");
    }

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                view.close();
                stage.close();
            }).get(10, TimeUnit.SECONDS);
        }
        if (handbook != null) {
            handbook.close();
        }
    }

    private Object page(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.evaluate(script)).get(10, TimeUnit.SECONDS);
    }

    private boolean popoverShown() throws Exception {
        return (Boolean) page("document.querySelector('aside.pr-footnote') !== null");
    }

    private void clickOnPage(String selector) throws Exception {
        String xy = (String) page("(function(){var r=document.querySelector(\"" + selector + "\").getBoundingClientRect();"
                + "return (r.left+r.width/2)+','+(r.top+r.height/2);})()");
        String[] p = xy.split(",");
        Point2D at = WaitForAsyncUtils.asyncFx(() -> view.node().localToScreen(Double.parseDouble(p[0]),
                Double.parseDouble(p[1]))).get(10, TimeUnit.SECONDS);
        robot.clickOn(at);
    }

    @Test
    void clickingAReferenceShowsTheNoteBesideItWithALinkToGoThereAndLeavesTheChaptersTextAlone() throws Exception {
        String before = ChapterText.of(handbook.render("notes").html()).text();
        clickOnPage("a.footnote-ref");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::popoverShown);
        assertEquals("The note’s own text, with a link.", ((String) page(
                "document.querySelector('aside.pr-footnote .pr-footnote-text').textContent")).strip());
        assertEquals("Go to note 1", page("document.querySelector('aside.pr-footnote a.pr-footnote-go').textContent"));
        // Beside the reference: just below it.
        double gap = ((Number) page("document.querySelector('aside.pr-footnote').getBoundingClientRect().top"
                + " - document.querySelector('a.footnote-ref').getBoundingClientRect().bottom")).doubleValue();
        assertTrue(gap >= 0 && gap < 20, "gap " + gap);
        assertEquals(0, ((Number) page("document.querySelectorAll('aside.pr-footnote [id]').length")).intValue(),
                "no id is doubled");
        assertEquals(before, WaitForAsyncUtils.asyncFx(view::pageText).get(10, TimeUnit.SECONDS),
                "the pop-over is not part of the chapter's text");
        assertEquals(0, recorder.calls.size(), "no message to the host: " + recorder.calls);

        clickOnPage("aside.pr-footnote a.pr-footnote-go");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !popoverShown());
        double top = ((Number) page("document.getElementById('fn-1').getBoundingClientRect().top")).doubleValue();
        double height = ((Number) page("window.innerHeight")).doubleValue();
        assertTrue(top >= 0 && top < height, "the note is on screen: " + top);
        assertEquals("footnote-backref", page("document.activeElement.className"));
    }

    @Test
    void enterOnTheFocusedReferenceOpensItAndEscClosesItBackToTheReference() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.focus()).get(10, TimeUnit.SECONDS);
        page("document.querySelector('a.footnote-ref').focus()");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::popoverShown);
        assertEquals("pr-footnote-go", page("document.activeElement.className"), "the keyboard is in the pop-over");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !popoverShown());
        assertEquals("footnote-ref", page("document.activeElement.className"), "back on the reference");
    }

    @Test
    void aClickElsewhereClosesThePopOver() throws Exception {
        clickOnPage("a.footnote-ref");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::popoverShown);
        clickOnPage("#chapter p:nth-of-type(3)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !popoverShown());
    }

    @Test
    void theBackLinkEndsTheNotesLastLine() throws Exception {
        page("document.getElementById('fn-1').scrollIntoView()");
        // The back link sits on the same line as the end of the note's text, not on a line of its own.
        double[] text = rect("#fn-1 > p");
        double[] back = rect("#fn-1 a.footnote-backref");
        assertTrue(back[1] < text[3] && back[3] > text[1], "back link " + back[1] + "-" + back[3]
                + " beside text " + text[1] + "-" + text[3]);
        assertTrue(back[0] > text[0], "after the text");
    }

    /** left, top, right, bottom of the last line box of the element. */
    private double[] rect(String selector) throws Exception {
        String s = (String) page("(function(){var rs=document.querySelector(\"" + selector + "\").getClientRects();"
                + "var r=rs[rs.length-1];return r.left+','+r.top+','+r.right+','+r.bottom;})()");
        String[] p = s.split(",");
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
            Double.parseDouble(p[3])};
    }
}
