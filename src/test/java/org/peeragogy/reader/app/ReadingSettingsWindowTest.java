package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Low vision and dyslexia in the real window (issue 14): View → Reading settings changes the page at once, is kept
 * in the reader's notes file and applied to the first page of the next start; "The page's own" undoes it all;
 * View → High contrast theme darkens the window and the page; the colour buttons are named for screen readers and
 * in their tooltips, with each colour's underline. The settings stand beside the text they change, never over it
 * (decision 0038).
 */
@Tag("ui")
class ReadingSettingsWindowTest {
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

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void open() throws Exception {
        try (Database db = Database.open(dataDir)) {
            db.settings().put(org.peeragogy.reader.ui.NotesViewModel.AUTHOR_KEY, "Ana"); // no name asked first
        }
        window = OpenWindow.open(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", url -> { });
        window.awaitChapter("welcome");
    }

    private String pageClasses() throws Exception {
        return (String) window.page("document.documentElement.className");
    }

    @Test
    void readingSettingsShowAtOnceAreKeptForTheNextStartAndThePagesOwnUndoesThem() throws Exception {
        open();
        assertEquals("theme-light", pageClasses());
        openReadingSettings();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#reading-settings").tryQuery()
                .isPresent()));
        OpenWindow.click(robot, "#reading-font-legible");
        OpenWindow.click(robot, "#reading-upright");
        OpenWindow.click(robot, "#reading-patterns");
        @SuppressWarnings("unchecked")
        ComboBox<Double> line = (ComboBox<Double>) OpenWindow.node(robot, "#reading-line", ComboBox.class);
        fx(() -> {
            line.getSelectionModel().select(2.0);
            return null;
        });
        OpenWindow.click(robot, "#reading-letter");
        robot.type(javafx.scene.input.KeyCode.DOWN, 2).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String classes = pageClasses();
        for (String c : new String[] {"pr-font-legible", "pr-upright", "pr-patterns", "pr-line", "pr-letter"}) {
            assertTrue(classes.contains(c), c + " in " + classes);
        }
        assertEquals("0.12em", window.page("document.documentElement.style.getPropertyValue('--pr-letter')"));
        assertTrue(fx(() -> window.stage.getScene().getRoot().getStyleClass().contains("reading-upright")),
                "the window's quotes go upright too");
        assertTrue(fx(() -> robot.lookup("#reading-patterns-legend").queryAs(Label.class).getText())
                .contains("Yellow: solid underline"));
        OpenWindow.clickShowing(robot, "Close");

        window.close();
        window = null;
        try (Database db = Database.open(dataDir)) {
            assertEquals(Optional.of("font=legible,line=2,letter=0.12,upright=1,patterns=1"),
                    db.settings().get("view.reading"));
        }
        open();
        // In the page's address, so the first paint already has them (no reflow after the page shows).
        assertTrue(((String) window.page("location.search")).contains("read=font=legible,line=2,letter=0.12"));
        assertTrue(pageClasses().contains("pr-font-legible"), pageClasses());

        openReadingSettings();
        OpenWindow.clickShowing(robot, "The page's own");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("theme-light", pageClasses());
        assertTrue(!fx(() -> robot.lookup("#reading-upright").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()),
                "the dialog follows");
        OpenWindow.clickShowing(robot, "Close");
    }

    @Test
    void theHighContrastThemeIsChosenFromTheViewMenuAndTheColourButtonsAreNamed() throws Exception {
        open();
        OpenWindow.click(robot, "View");
        OpenWindow.click(robot, "High contrast theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("theme-contrast", pageClasses());
        assertTrue(window.stage.getScene().getRoot().getStyleClass().contains("theme-contrast"));

        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf("study circle");
        fx(() -> {
            window.session.window().chapterView().select(at, at + "study circle".length());
            return null;
        });
        Button yellow = OpenWindow.awaitNode(robot, "#highlight-yellow", Button.class, b -> b.getScene() != null
                && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing());
        assertEquals("Highlight yellow", yellow.getAccessibleText());
        assertTrue(yellow.getTooltip().getText().contains("solid underline"), yellow.getTooltip().getText());
        Button purple = OpenWindow.node(robot, "#highlight-purple", Button.class);
        assertEquals("Highlight purple", purple.getAccessibleText());
        assertTrue(purple.getTooltip().getText().contains("wavy underline"), purple.getTooltip().getText());

        // The note dialog names each colour on its button, to screen readers and in a tooltip.
        OpenWindow.click(robot, "#highlight-note");
        ToggleButton blue = OpenWindow.awaitNode(robot, "#colour-blue", ToggleButton.class, b -> b.getScene() != null);
        assertEquals("Colour: Blue", blue.getAccessibleText());
        assertTrue(blue.getText().contains("Blue"), blue.getText());
        assertEquals("Blue (dotted underline)", blue.getTooltip().getText());
        Node dialog = OpenWindow.node(robot, "#note-editor", javafx.scene.Node.class);
        assertTrue(dialog.getScene().getRoot().getStyleClass().contains("theme-contrast"), "the dialog is high contrast too");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    /**
     * The reading settings are docked at the window's right edge (decision 0038): at 1024×600 and at 1280×800 the
     * chapter's text keeps its whole column beside them, nothing of it under them, and a change made there is seen
     * on the chapter while they stay open; every word of the panel is whole; Esc takes it away and gives the
     * keyboard back to the text, and the panels folded to make room come back.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1024x600", "1280x800"})
    void readingSettingsStandBesideTheTextNeverOverItAndEachChangeIsSeenWhileTheyAreOpen(String size) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", size,
                java.util.Map.of(org.peeragogy.reader.ui.NotesViewModel.AUTHOR_KEY, "Ana"));
        window.focus(robot);
        boolean contentsBefore = OpenWindow.showing(robot, "#contents", Node.class).isPresent();
        openReadingSettings();
        Node pane = OpenWindow.awaitNode(robot, "#reading-settings", Node.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        Node text = window.session.window().chapterView().node();
        javafx.geometry.Bounds panel = fx(() -> pane.localToScreen(pane.getBoundsInLocal()));
        javafx.geometry.Bounds page = fx(() -> text.localToScreen(text.getBoundsInLocal()));
        javafx.geometry.Bounds stage = fx(() -> window.stage.getScene().getRoot().localToScreen(
                window.stage.getScene().getRoot().getBoundsInLocal()));
        assertTrue(!panel.intersects(page), "the settings " + panel + " over the text " + page);
        assertTrue(stage.contains(panel), "in the window " + stage + ": " + panel);
        assertTrue(page.getWidth() >= 600, "the text keeps room for its column: " + page.getWidth());
        // Nothing else is over the text: no drawer was opened to make room, and the page's column is wholly in view.
        assertTrue(OpenWindow.showing(robot, "#drawer-scrim", Node.class).isEmpty(), "no drawer over the text");
        double right = ((Number) window.page("document.getElementById('chapter').getBoundingClientRect().right"))
                .doubleValue();
        double left = ((Number) window.page("document.getElementById('chapter').getBoundingClientRect().left"))
                .doubleValue();
        assertTrue(left >= 0 && right <= page.getWidth(), "the column " + left + "–" + right + " in " + page.getWidth());
        assertEquals(List.of(), fx(() -> ScreenChecks.cutText(window.stage)), "every word of the settings whole");
        assertEquals(List.of(), fx(() -> ScreenChecks.lowContrast(window.stage)), "every word of the settings legible");

        OpenWindow.click(robot, "#reading-font-sans");
        // Word spacing by its Alt key, live in the window while the panel is docked (the panel may be scrolled).
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("reading-word", fx(() -> window.stage.getScene().getFocusOwner().getId()));
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ALT);
        robot.type(javafx.scene.input.KeyCode.DOWN, 2).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pageClasses().contains("pr-font-sans") && pageClasses().contains("pr-word"), pageClasses());
        assertTrue(OpenWindow.isShowing(pane), "still open beside the changed text");
        javafx.geometry.Bounds after = fx(() -> text.localToScreen(text.getBoundsInLocal()));
        assertTrue(!fx(() -> pane.localToScreen(pane.getBoundsInLocal())).intersects(after), "still beside it");

        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !OpenWindow.isShowing(pane));
        assertTrue(fx(() -> text.isFocused() || window.stage.getScene().getFocusOwner() == text),
                "the keyboard is back in the text: " + fx(() -> window.stage.getScene().getFocusOwner()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(contentsBefore, OpenWindow.showing(robot, "#contents", Node.class).isPresent(),
                "the contents stand beside the text again as before");
    }

    /**
     * Fresh tester 14c: View → Reading settings… chosen with the keyboard left the keyboard on something not shown
     * (Down did nothing; Tab reached the first choice): the menu, closing after its item ran, took the keyboard back.
     * It is on the chosen font, in the panel.
     */
    @Test
    void readingSettingsChosenFromTheMenuWithTheKeysPutTheKeyboardOnTheChosenFont() throws Exception {
        open();
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().focus()).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V).release(javafx.scene.input.KeyCode.ALT);
        for (int i = 0; i < 30 && !focusedMenuItem().equals("Reading settings…"); i++) {
            robot.type(javafx.scene.input.KeyCode.DOWN);
        }
        assertEquals("Reading settings…", focusedMenuItem());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.stage.getScene().getFocusOwner()
                    instanceof javafx.scene.control.RadioButton r && r.isSelected() && OpenWindow.isShowing(r)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the keyboard is on " + fx(() -> window.stage.getScene().getFocusOwner()
                    + " focused window " + window.stage.isFocused()), e);
        }
    }

    /** The text of the menu item the keyboard is on in an open menu; "" when none. */
    private String focusedMenuItem() throws Exception {
        return fx(() -> robot.lookup(".context-menu .menu-item").queryAll().stream().filter(Node::isFocused)
                .findFirst().map(n -> n.lookup(".label")).filter(Label.class::isInstance)
                .map(l -> ((Label) l).getText()).orElse(""));
    }

    /**
     * View → Reading settings of this test's window, fired as the menu item does it. A click on "View" went to the
     * first node of that text in any window shown, which in the whole suite was not always this window's menu.
     */
    private void openReadingSettings() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.stage.getScene().lookup(".menu-bar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "menu-reading-settings".equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
