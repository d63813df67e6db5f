package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.Wcag;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Corners of the themes a fresh tester (14c) found Modena's own colours in: a disabled menu item the keyboard rests
 * on was light grey on the selection's yellow (about 1.3:1) in high contrast and grey on blue in the light theme
 * (m3), and the strip beside the Contents and Search tabs was white on the black window (m4).
 */
@Tag("ui")
class HighContrastEdgesWindowTest {
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

    private void open(String theme) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana", "view.theme", theme));
    }

    /** A disabled item the keyboard rests on (JavaFX lets it) reads at the theme's level: 7:1 or 4.5:1. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "sepia", "dark", "contrast"})
    void aDisabledMenuItemWithTheKeyboardOnItIsReadable(String theme) throws Exception {
        open(theme);
        // With no group folder chosen, the group's digest cannot be opened.
        MenuItem digest = window.menuItem("menu-group-digest");
        assertTrue(OpenWindow.fx(digest::isDisable), "the digest item is disabled without a group folder");
        Menu notes = OpenWindow.fx(digest::getParentMenu);
        WaitForAsyncUtils.asyncFx(notes::show).get(10, TimeUnit.SECONDS);
        try {
            Window popup = awaitPopup();
            Node item = OpenWindow.fx(() -> popup.getScene().getRoot().lookupAll(".menu-item").stream()
                    .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("disabled")))
                    .findFirst().orElseThrow());
            WaitForAsyncUtils.asyncFx(item::requestFocus).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(OpenWindow.fx(item::isFocused), "the keyboard is on the disabled item");
            // The menu's popup has no theme class of its own: held to 7:1 here in high contrast by hand.
            List<String> low = OpenWindow.fx(() -> ScreenChecks.lowContrast(popup));
            assertEquals(List.of(), low);
            if (theme.equals("contrast")) {
                javafx.scene.text.Text text = OpenWindow.fx(() -> (javafx.scene.text.Text) item.lookup(".text"));
                Color fg = (Color) OpenWindow.fx(text::getFill);
                Color bg = OpenWindow.fx(() -> ScreenChecks.behind(text));
                double ratio = Wcag.contrast(ScreenChecks.rgb(fg), ScreenChecks.rgb(bg));
                assertTrue(ratio >= Wcag.AAA, fg + " on " + bg + ": " + ratio);
            }
        } finally {
            WaitForAsyncUtils.asyncFx(notes::hide).get(10, TimeUnit.SECONDS);
        }
    }

    /** In high contrast the tab row's strip, beside the tabs, is the window's own black (the others keep Modena's grey). */
    @org.junit.jupiter.api.Test
    void inHighContrastTheStripBesideTheLeftPanesTabsIsBlack() throws Exception {
        open("contrast");
        Region strip = OpenWindow.awaitNode(robot, ".tab-header-background", Region.class, OpenWindow::isShowing);
        Color fill = OpenWindow.fx(() -> ScreenChecks.colour(strip.getBackground().getFills().get(
                strip.getBackground().getFills().size() - 1).getFill()));
        Color window = OpenWindow.fx(() -> ScreenChecks.behind(strip.getParent()));
        assertEquals(window, fill, "the strip beside the tabs");
    }

    private Window awaitPopup() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopupWindow && w.isShowing() && w.getScene().getRoot().lookup(".menu-item") != null)));
        return OpenWindow.fx(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup(".menu-item") != null).findFirst().orElseThrow());
    }
}
