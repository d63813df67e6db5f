package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fresh tester t36: a dialog of the reader's window (here the name dialog, Notes → Your name…) whose X window another
 * program destroyed ({@code xdotool windowclose}: XDestroyWindow, as a force-close tool or a crashed window manager
 * does) left the reader's window disabled for good: no click, no key, no close, only {@code kill}; JavaFX is never told
 * of the destroyed window. Now a click in the reader's window brings the dialog back with what was typed in it, and
 * once it is answered the window takes keys again. A real window under Xvfb, its dialog's X window destroyed by the real
 * xdotool.
 */
@Tag("ui")
class DestroyedDialogWindowTest {
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

    @Test
    void aDialogWhoseWindowAnotherProgramDestroysComesBackAtAClickAndTheWindowTakesKeysAfter() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1024x600");
        window.focus(robot);
        javafx.scene.control.MenuItem yourName = window.menuItem("menu-your-name");
        Platform.runLater(yourName::fire); // waits for the answer in a nested loop: not on the test's thread
        DialogPane name = OpenWindow.awaitNode(robot, ".dialog-pane", DialogPane.class,
                p -> OpenWindow.isShowing(p) && p.lookup(".text-field") != null);
        TextField field = (TextField) OpenWindow.fx(() -> name.lookup(".text-field"));
        WaitForAsyncUtils.asyncFx(() -> field.setText("Dana")).get(10, TimeUnit.SECONDS);

        String title = "^Your name$";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !xdotool("search", "--onlyvisible", "--name", title).isBlank());
        for (String id : xdotool("search", "--onlyvisible", "--name", title).strip().split("\\s+")) {
            xdotool("windowclose", id);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> xdotool("search", "--onlyvisible", "--name", title).isBlank());

        OpenWindow.click(robot, "#status"); // a click in the reader's window
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !xdotool("search", "--onlyvisible", "--name", title).isBlank());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the dialog did not come back: the reader's window took no click", e);
        }
        assertEquals("Dana", OpenWindow.fx(field::getText), "what was typed in the dialog is kept");
        // Fresh tester t39's F1: the dialog came back as a window JavaFX never drew (one white colour on screen).
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> coloursOnScreen(name) > 10);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the dialog came back blank: " + coloursOnScreen(name) + " colour(s) on screen", e);
        }
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> SettingsStore.peek(dataDir, SettingsStore.READER_NAME).equals(Optional.of("Dana")));

        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A); // All notes
        OpenWindow.awaitNode(robot, "#all-notes-list", javafx.scene.Node.class, OpenWindow::isShowing);
    }

    /** How many colours the screen shows where {@code pane}'s window is (the X server's pixels, not the scene's). */
    private int coloursOnScreen(DialogPane pane) throws Exception {
        javafx.stage.Window w = OpenWindow.fx(() -> pane.getScene().getWindow());
        javafx.geometry.Rectangle2D box = OpenWindow.fx(() -> new javafx.geometry.Rectangle2D(w.getX(), w.getY(),
                Math.max(1, w.getWidth()), Math.max(1, w.getHeight())));
        javafx.scene.image.Image shot = OpenWindow.fx(() -> robot.capture(box).getImage());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        javafx.scene.image.PixelReader px = shot.getPixelReader();
        for (int y = 0; y < (int) shot.getHeight(); y += 2) {
            for (int x = 0; x < (int) shot.getWidth(); x += 2) {
                colours.add(px.getArgb(x, y));
            }
        }
        return colours.size();
    }

    /** xdotool with {@code args} on this display; what it printed (nothing when it found no window). */
    private static String xdotool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "xdotool did not end");
        return out;
    }
}
