package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
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
 * High contrast's promise, every text at least 7:1 (README), where Modena's or WebKit's own colours broke it. Text on
 * the selection's yellow is black, wherever the keyboard or the pointer rests: a highlighted
 * menu item (its name and its keys) and the chosen row of a table (the keyboard shortcuts). Modena derives that text
 * from the yellow by a ladder, a dark grey that its LCD anti-aliasing drew as faint brown strokes, at best 6.1:1
 * (fresh tester 18a NEW-4). The note dialog's named colour buttons (5.9–6.7:1, the same grey on the light chips;
 * NEW-2) and a passage two highlights cover (white on the two tints blended, #646E48, 5.4:1; NEW-3). Read from the
 * screen's own pixels, where the LCD fringes are, and the WebView's.
 */
@Tag("ui")
class HighContrastTextWindowTest {
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
    }

    @Test
    void aHighlightedMenuItemsNameAndKeysAreBlackOnTheYellow() throws Exception {
        open();
        window.focus(robot);
        MenuItem item = window.menuItem("menu-import-notes");
        Menu menu = OpenWindow.fx(item::getParentMenu);
        WaitForAsyncUtils.asyncFx(menu::show).get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> popupItem(item) != null));
            Node shown = OpenWindow.fx(() -> popupItem(item));
            WaitForAsyncUtils.asyncFx(shown::requestFocus).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(shown::isFocused));
            List<String> faint = faintTexts(shown);
            assertTrue(faint.isEmpty(), String.join("\n", faint));
        } finally {
            WaitForAsyncUtils.asyncFx(menu::hide).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theChosenRowOfTheShortcutsListIsBlackOnTheYellow() throws Exception {
        open();
        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.F1);
        TableView<?> table = OpenWindow.awaitNode(robot, "#shortcuts-list", TableView.class, OpenWindow::isShowing);
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                table.requestFocus();
                table.getSelectionModel().select(2);
                table.getFocusModel().focus(2);
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(table::isFocused));
            Node row = OpenWindow.awaitNode(robot, ".table-row-cell", Node.class,
                    n -> OpenWindow.isShowing(n) && n.getPseudoClassStates().stream()
                            .anyMatch(p -> p.getPseudoClassName().equals("selected")));
            List<String> faint = faintTexts(row);
            assertTrue(faint.isEmpty(), String.join("\n", faint));
        } finally {
            OpenWindow.keys(robot, KeyCode.ESCAPE);
        }
    }

    /**
     * Each text of {@code node} whose strokes, read off the screen, are fainter than 7:1 on what is behind them: the
     * colour most of its ink pixels have (those at least 2:1 from the background), so a glyph drawn in brown with
     * a few darker pixels fails, as the eye sees it.
     */
    private List<String> faintTexts(Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Rectangle2D> boxes = OpenWindow.fx(() -> {
            List<Rectangle2D> out = new ArrayList<>();
            for (Node t : node.lookupAll(".text")) {
                if (t instanceof Text text && OpenWindow.isShowing(text) && text.getText() != null
                        && !text.getText().isBlank()) {
                    Bounds b = text.localToScreen(text.getBoundsInLocal());
                    out.add(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
                }
            }
            return out;
        });
        assertTrue(boxes.size() >= 2, "texts found: " + boxes);
        List<String> faint = new ArrayList<>();
        for (Rectangle2D box : boxes) {
            javafx.scene.image.Image shot = OpenWindow.fx(() -> robot.capture(box).getImage());
            ScreenChecks.Painted ink = ScreenChecks.strokes(shot);
            if (ink.ratio() < Wcag.AAA) {
                faint.add(box + ": " + ink);
            }
        }
        return faint;
    }

    /** The open menu's row for {@code item}, by its name (the popup's rows are the skin's own nodes). FX thread. */
    private static Node popupItem(MenuItem item) throws Exception {
        return OpenWindow.fx(() -> {
            String name = item.getText().replace("_", "");
            for (Window w : Window.getWindows()) {
                if (w instanceof PopupWindow && w.isShowing()) {
                    for (Node n : w.getScene().getRoot().lookupAll(".menu-item")) {
                        if (n.lookup(".label") instanceof javafx.scene.control.Label l && l.getText() != null
                                && l.getText().replace("_", "").equals(name)) {
                            return n;
                        }
                    }
                }
            }
            return null;
        });
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
        window.focus(robot);
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
        window.focus(robot);
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
                window.page("document.querySelector('mark.pr-hl[class*=pr-under-]') !== null")));
        window.page("PeeragogyReader.clearSelection()");
        String r = (String) window.page("(function () { var b = document.querySelector('mark.pr-hl[class*=pr-under-]')"
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
