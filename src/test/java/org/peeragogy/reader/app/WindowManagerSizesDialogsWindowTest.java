package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
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
 * Fresh tester t36: under a window manager that sizes every window itself (matchbox maximizes each), Notes → Group,
 * All notes and the other windows the reader's window opens were laid out about 20 px short at the right and 55 px at
 * the bottom of the window the manager gave them, the margin holding stale pixels of earlier frames (Group showed its
 * footer twice). The reader shrank each window the manager had grown past the reader's own margin; the manager kept
 * its size and JavaFX, told the size it asked for, laid the scene out in that. The real matchbox-window-manager on the
 * test's display (CI installs it: .ci/run), a real window, the X window's size read by the real xdotool.
 */
@Tag("ui")
class WindowManagerSizesDialogsWindowTest {
    private static Process manager;
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void windowManager() throws Exception {
        FxToolkit.registerPrimaryStage();
        manager = new ProcessBuilder("matchbox-window-manager", "-use_titlebar", "yes")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        manager.getOutputStream().close();
        // Bounded: a manager that could not start (another one runs on this display) ends at once.
        assertTrue(!manager.waitFor(2, TimeUnit.SECONDS), "matchbox-window-manager did not stay up on this display");
    }

    @AfterAll
    static void noWindowManager() throws Exception {
        if (manager != null) {
            manager.destroy();
            manager.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void notesGroupAndAllNotesFillTheWindowTheManagerGivesThem() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1024x600");
        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        assertFills(OpenWindow.awaitNode(robot, "#group-chapters", Node.class, OpenWindow::isShowing), 760, 680);
        OpenWindow.keys(robot, KeyCode.ESCAPE); // Group closes; the reader's window is on top again
        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertFills(OpenWindow.awaitNode(robot, "#all-notes-list", Node.class, OpenWindow::isShowing), 640, 600);
    }

    /**
     * Waits (bounded) until the manager has sized the window {@code inside} is in (its X window larger than the {@code
     * width} × {@code height} the reader makes it), then until the scene, its root and the stage are as large as that X
     * window at 20 checks in a row, the window's size not changing between them and the FX thread's work done between
     * each two: before, the reader shrank the window a turn after the manager had sized it, the manager sized it
     * again, and so on without end, the scene as large as the window now and then.
     */
    private static void assertFills(Node inside, double width, double height) throws Exception {
        Window w = inside.getScene().getWindow();
        String title = OpenWindow.fx(() -> ((javafx.stage.Stage) w).getTitle());
        double[] made = {width, height};
        int[] stable = {0, 0};
        StringBuilder sizes = new StringBuilder();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        OpenWindow.fx(() -> {
            javafx.beans.InvalidationListener l = o -> {
                changes.incrementAndGet();
                if (sizes.length() < 300) {
                    sizes.append(w.getWidth()).append('x').append(w.getHeight()).append(' ');
                }
            };
            w.widthProperty().addListener(l);
            w.heightProperty().addListener(l);
            return null;
        });
        int[][] x = new int[1][];
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                x[0] = geometry(title);
                return x[0] != null && x[0][0] * x[0][1] > made[0] * made[1] + 1;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window manager did not size " + title + " (made " + made[0] + "x" + made[1]
                    + "): its X window " + (x[0] == null ? "not found" : x[0][0] + "x" + x[0][1]), e);
        }
        String[] seen = new String[1];
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                x[0] = geometry(title);
                if (x[0] == null) {
                    return false;
                }
                double[] s = OpenWindow.fx(() -> new double[] {w.getScene().getWidth(), w.getScene().getHeight(),
                        w.getScene().getRoot().getLayoutBounds().getWidth(), w.getScene().getRoot().getLayoutBounds().getHeight(),
                        w.getWidth(), w.getHeight()});
                seen[0] = changes.get() + " size changes; X window " + x[0][0] + "x" + x[0][1] + ", scene " + s[0] + "x"
                        + s[1] + ", root " + s[2] + "x" + s[3] + ", stage " + s[4] + "x" + s[5];
                boolean fills = x[0][0] == Math.round(s[0]) && x[0][1] == Math.round(s[1]) && s[2] == s[0] && s[3] == s[1]
                        && s[4] == s[0] && s[5] == s[1]; // matchbox's windows have no frame extents JavaFX adds
                int now = changes.get();
                stable[0] = fills && now == stable[1] ? stable[0] + 1 : 0;
                stable[1] = now;
                WaitForAsyncUtils.waitForFxEvents();
                return stable[0] >= 20;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(title + " does not fill its window: " + seen[0] + "; sizes " + sizes, e);
        }
    }

    /** The size of the visible X window named {@code title}, as xdotool reads it; null when there is none. */
    private static int[] geometry(String title) throws Exception {
        String pattern = "^" + title.replaceAll("[.^$*+?()\\[\\]{}|\\\\]", "\\\\$0") + "$";
        String ids = xdotool("search", "--onlyvisible", "--name", pattern).strip();
        if (ids.isEmpty()) {
            return null;
        }
        Matcher m = Pattern.compile("Geometry: (\\d+)x(\\d+)").matcher(xdotool("getwindowgeometry", ids.split("\\s+")[0]));
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /** xdotool with {@code args} on this display; what it printed. */
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
