package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
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
 * {@code Wcag}).
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

    private static double[] rgb(Color c) {
        return new double[] {c.getRed() * 255, c.getGreen() * 255, c.getBlue() * 255, c.getOpacity()};
    }

    /** A gradient's colour as the average of its stops (Modena's buttons are gentle gradients). */
    private static Color colour(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof LinearGradient g) {
            double r = 0, gr = 0, b = 0, a = 0;
            for (Stop s : g.getStops()) {
                r += s.getColor().getRed();
                gr += s.getColor().getGreen();
                b += s.getColor().getBlue();
                a += s.getColor().getOpacity();
            }
            int n = g.getStops().size();
            return Color.color(r / n, gr / n, b / n, a / n);
        }
        return null;
    }

    /** The colour behind a node: the innermost fill of the nearest region that paints one, laid over what is below. */
    private static Color behind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region r && r.getBackground() != null) {
                Background bg = r.getBackground();
                for (int i = bg.getFills().size() - 1; i >= 0; i--) {
                    BackgroundFill f = bg.getFills().get(i);
                    Color c = colour(f.getFill());
                    if (c != null && c.getOpacity() > 0) {
                        layers.add(c);
                        break;
                    }
                }
                if (!layers.isEmpty() && layers.get(layers.size() - 1).getOpacity() >= 1) {
                    break;
                }
            }
        }
        Color out = layers.isEmpty() ? Color.WHITE : layers.get(layers.size() - 1);
        for (int i = layers.size() - 2; i >= 0; i--) {
            Color top = layers.get(i);
            double a = top.getOpacity();
            out = Color.color(top.getRed() * a + out.getRed() * (1 - a), top.getGreen() * a + out.getGreen() * (1 - a),
                    top.getBlue() * a + out.getBlue() * (1 - a));
        }
        return out;
    }

    private static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() < 1) {
                return false;
            }
        }
        return !n.isDisabled();
    }

    /** Every showing label, button, cell and tab text of a window whose text colour is too close to what is behind it. */
    private static List<String> lowContrast(Window w) {
        List<String> low = new ArrayList<>();
        // As the next frame will paint it: styles and layout applied now, not at the next pulse.
        w.getScene().getRoot().applyCss();
        w.getScene().getRoot().layout();
        // Layout may have made new cells (results refreshed): style them too, as the pulse would.
        w.getScene().getRoot().applyCss();
        List<Node> all = new ArrayList<>();
        collect(w.getScene().getRoot(), all);
        for (Node n : all) {
            String text = null;
            Paint fill = null;
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && showing(l)) {
                text = l.getText();
                fill = l.getTextFill();
            } else if (n instanceof Text t && t.getParent() instanceof javafx.scene.text.TextFlow && showing(t)
                    && !t.getText().isBlank()) {
                text = t.getText(); // search snippets
                fill = t.getFill();
            }
            if (fill instanceof Color colour) {
                Color bg = behind(n);
                double ratio = org.peeragogy.reader.Wcag.contrast(rgb(colour), rgb(bg));
                if (ratio < org.peeragogy.reader.Wcag.AA) {
                    low.add(String.format(Locale.ROOT, "%s \"%s\" %s on %s %.2f:1", n.getClass().getSimpleName(),
                            text, colour, bg, ratio));
                }
            }
        }
        return low;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, into);
            }
        }
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
        for (String theme : List.of("dark", "sepia", "light")) {
            open(size, theme);
            // A selected row in the contents, with the tree focused and then not.
            // A note in the notes panel, selected.
            window.page("PeeragogyReader.select(40, 80)");
            WaitForAsyncUtils.waitForFxEvents();
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            window.showNotesPanel(robot); // at 1024×600 the notes fold away (issue 12): their drawer
            ListView<?> notes = robot.lookup("#notes-list").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notes.getItems().isEmpty());
            TreeView<?> contents = robot.lookup(".contents").queryAs(TreeView.class);
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
            ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#selection-toolbar").tryQuery().isPresent()
                && robot.lookup("#selection-toolbar").query().getScene().getWindow().isShowing());
        Window bar = robot.lookup("#selection-toolbar").query().getScene().getWindow();
        assertTrue(fx(() -> dark(bar)), "the selection bar");
        Color barBg = fx(() -> behind(robot.lookup("#highlight-note").query()));
        assertTrue(barBg.getBrightness() < 0.3, "a dark bar: " + barBg);
        assertEquals(List.of(), fx(() -> lowContrast(bar)));

        // The note dialog.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#note-editor").tryQuery().isPresent());
        Window dialog = robot.lookup("#note-editor").query().getScene().getWindow();
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

        // Switching the theme reaches the windows already open.
        fx(() -> {
            window.session.viewModel().setTheme(org.peeragogy.reader.ui.Theme.SEPIA);
            return null;
        });
        assertTrue(fx(() -> all.getScene().getRoot().getStyleClass().contains("theme-sepia") && !dark(all)));
    }
}
