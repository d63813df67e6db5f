package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.Wcag;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The highlight colours in high contrast read at 7:1 (README: "every text at least 7:1"): the named colour buttons of
 * the note dialog (5.9–6.7:1, Modena's grey on the light chips; fresh tester 18a NEW-2) and a passage two highlights
 * cover (white on the two tints blended, #646E48, 5.4:1; NEW-3). Read from the painted pixels.
 */
@Tag("ui")
class HighContrastColoursWindowTest {
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

    private void open() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana", "view.theme", "contrast"));
        window.focus(robot);
    }

    /** Selects [start, end) of the chapter's text and waits until the window knows it. */
    private void select(int start, int end) throws Exception {
        window.page("PeeragogyReader.select(" + start + "," + end + ")");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> window.session.notes()
                .selectionProperty().get().isPresent()));
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().focus()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theNoteDialogsColourButtonsReadAtSevenToOne() throws Exception {
        open();
        String text = (String) window.page("PeeragogyReader.text()");
        int start = text.indexOf("Watering by rota");
        select(start, start + 16);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.N);
        OpenWindow.awaitNode(robot, "#colour-blue", ToggleButton.class, OpenWindow::isShowing);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            List<String> faint = new ArrayList<>();
            for (String colour : List.of("yellow", "green", "blue", "pink", "purple")) {
                ToggleButton b = OpenWindow.awaitNode(robot, "#colour-" + colour, ToggleButton.class,
                        OpenWindow::isShowing);
                Rectangle2D box = OpenWindow.fx(() -> {
                    Text t = (Text) b.lookup(".text");
                    Bounds s = t.localToScreen(t.getBoundsInLocal());
                    return new Rectangle2D(s.getMinX(), s.getMinY(), s.getWidth(), s.getHeight());
                });
                ScreenChecks.Painted ink = ScreenChecks.strokes(OpenWindow.fx(() -> robot.capture(box).getImage()));
                if (ink.ratio() < Wcag.AAA) {
                    faint.add(colour + ": " + ink);
                }
            }
            assertTrue(faint.isEmpty(), String.join("\n", faint));
        } finally {
            OpenWindow.keys(robot, KeyCode.ESCAPE);
        }
    }

    /**
     * Two highlights that overlap (yellow on a sentence, blue from its middle on): the words both cover are no
     * fainter than either highlight alone, the tints are not laid one over the other.
     */
    @Test
    void wordsTwoHighlightsCoverReadAtSevenToOne() throws Exception {
        open();
        String text = (String) window.page("PeeragogyReader.text()");
        String sentence = "Watering by rota worked better than watering by mood.";
        int start = text.indexOf(sentence);
        select(start, start + sentence.length());
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                window.page("document.querySelectorAll('mark.pr-hl').length >= 1")));
        int middle = start + sentence.indexOf("worked");
        select(middle, middle + 40);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                window.page("document.querySelector('mark.pr-hl mark.pr-hl') !== null")));
        window.page("PeeragogyReader.clearSelection()");
        String r = (String) window.page("(function () { var b = document.querySelector('mark.pr-hl mark.pr-hl')"
                + ".getClientRects()[0]; return b.left + ',' + b.top + ',' + b.width + ',' + b.height; })()");
        String[] p = r.split(",");
        Rectangle2D both = new Rectangle2D(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        WaitForAsyncUtils.waitForFxEvents();
        // The WebView's own pixels: a style sheet's colour is not what WebKit paints for two tints laid together.
        javafx.scene.image.Image shot = OpenWindow.fx(() -> window.session.window().chapterView().node()
                .snapshot(null, null));
        ScreenChecks.Painted painted = ScreenChecks.painted(shot, both);
        assertTrue(painted.ratio() >= Wcag.AAA, "words under two highlights: " + painted);
    }
}
