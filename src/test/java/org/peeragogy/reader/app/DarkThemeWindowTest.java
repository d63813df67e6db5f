package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dark theme everywhere (issue 12): the all-notes window, dialogs and the selection bar take the
 * theme, and every label showing in them, selected rows included, is readable: its text colour on the
 * background behind it, as JavaFX computed them, is at least 4.5:1 (WCAG 2.x, the formula of
 * {@code Wcag}); in the high-contrast theme at least 7:1 (issue 14).
 */
@Tag("ui")
class DarkThemeWindowTest {
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

    private void open(String size, String theme) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", size,
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana", "view.theme", theme));
    }

    // ---- contrast of what is on screen ----

    private static Color behind(Node n) {
        return ScreenChecks.behind(n);
    }

    private static List<String> lowContrast(Window w) {
        return ScreenChecks.lowContrast(w);
    }

    private <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private List<Window> showingWindows() throws Exception {
        return fx(() -> List.copyOf(Window.getWindows().filtered(Window::isShowing)));
    }

    private static boolean dark(Window w) {
        return w.getScene().getRoot().getStyleClass().contains("theme-dark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void theMainWindowItsSelectedRowsAndBannersAreReadableInEveryTheme(String size) throws Exception {
        for (String theme : List.of("dark", "sepia", "light", "contrast")) {
            open(size, theme);
            // A selected row in the contents, with the tree focused and then not.
            // A note in the notes panel, selected.
            window.page("PeeragogyReader.select(40, 80)");
            WaitForAsyncUtils.waitForFxEvents();
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            window.showNotesPanel(robot); // at 1024×600 the notes fold away (issue 12): their drawer
            ListView<?> notes = OpenWindow.node(robot, "#notes-list", ListView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notes.getItems().isEmpty());
            TreeView<?> contents = OpenWindow.node(robot, ".contents", TreeView.class);
            for (javafx.scene.control.Control focused : List.<javafx.scene.control.Control>of(contents, notes)) {
                fx(() -> {
                    contents.getSelectionModel().select(3);
                    notes.getSelectionModel().select(0);
                    focused.requestFocus();
                    window.session.viewModel().report("A problem banner, to be read in the " + theme + " theme.");
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(), fx(() -> lowContrast(window.stage)), theme + ", " + focused.getId() + " focused");
            }
            // Search results, one selected, the list focused and then not.
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
            robot.write("wrapper");
            ListView<?> results = OpenWindow.node(robot, "#search-results", ListView.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> results.getItems().size() > 2);
            window.session.awaitSearches(); // the whole word's results, not those of its first letters
            WaitForAsyncUtils.waitForFxEvents();
            for (boolean focus : List.of(true, false)) {
                fx(() -> {
                    results.getSelectionModel().select(1);
                    if (focus) {
                        results.requestFocus();
                    } else {
                        window.session.window().chapterView().focus();
                    }
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(), fx(() -> lowContrast(window.stage)), theme + ", results focused: " + focus);
            }
            window.close();
            window = null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void theAllNotesWindowTheNoteDialogAndTheSelectionBarAreDarkAndReadable(String size) throws Exception {
        open(size, "dark");
        assertTrue(fx(() -> dark(window.stage)));

        // The selection bar, under a selection.
        window.page("PeeragogyReader.select(40, 80)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#selection-toolbar").tryQuery()
                .isPresent() && robot.lookup("#selection-toolbar").query().getScene().getWindow().isShowing()));
        Window bar = fx(() -> robot.lookup("#selection-toolbar").query().getScene().getWindow());
        assertTrue(fx(() -> dark(bar)), "the selection bar");
        Color barBg = fx(() -> behind(robot.lookup("#highlight-note").query()));
        assertTrue(barBg.getBrightness() < 0.3, "a dark bar: " + barBg);
        assertEquals(List.of(), fx(() -> lowContrast(bar)));

        // The note dialog.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#note-editor"));
        Window dialog = fx(() -> robot.lookup("#note-editor").query().getScene().getWindow());
        assertTrue(fx(() -> dark(dialog)), "the note dialog");
        assertTrue(fx(() -> behind(robot.lookup("#note-editor").query()).getBrightness() < 0.3));
        assertEquals(List.of(), fx(() -> lowContrast(dialog)));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(dialog::isShowing));

        // The all-notes window.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.Stage s && s.getTitle() != null && s.getTitle().startsWith("All notes")));
        Window all = showingWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && s.getTitle() != null
                && s.getTitle().startsWith("All notes")).findFirst().orElseThrow();
        assertTrue(fx(() -> dark(all)), "the all-notes window");
        assertTrue(fx(() -> behind(all.getScene().getRoot()).getBrightness() < 0.3));
        assertEquals(List.of(), fx(() -> lowContrast(all)));
        // Its filters keep their labels in its 640 px (they were cut to "An…", "…", "E…"; found by a fresh tester).
        assertEquals(List.of(), fx(() -> ScreenChecks.cutText(all)));

        // Switching the theme reaches the windows already open.
        fx(() -> {
            window.session.viewModel().look().setTheme(org.peeragogy.reader.ui.Theme.SEPIA);
            return null;
        });
        assertTrue(fx(() -> all.getScene().getRoot().getStyleClass().contains("theme-sepia") && !dark(all)));
    }
}
