package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's place and size survive the reader being killed (issue 12; found by a fresh tester: after a
 * SIGTERM the data folder had no window size, since it was saved only on a clean close). A reader in a process
 * of its own ({@link KilledWindowHarness}) is moved and resized; the new bounds reach the database while it
 * runs, it is killed with SIGKILL (no shutdown hook, no close), and a window opened on the same data folder
 * stands where the killed one was.
 */
@Tag("ui")
class WindowPlaceAfterKillTest {
    @TempDir
    Path dataDir;
    private Process child;
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void end() throws Exception {
        if (child != null) {
            child.destroyForcibly();
        }
        if (window != null) {
            window.close();
        }
    }

    /** The saved bounds, read on a connection of its own while the other process has the file open. */
    private String savedBounds() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("reader.db"));
             PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE key = 'window.bounds'")) {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    @Test
    void aWindowMovedAndResizedThenKilledOpensWhereItWas() throws Exception {
        Path handbook = TestHandbooks.fixture();
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"),
                KilledWindowHarness.class.getName(), dataDir.toString(), handbook.toString(), "40", "30", "700", "500")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null && !l.equals("moved")) {
                    // the reader's own output before the move
                }
                return l;
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(90, TimeUnit.SECONDS);
        assertEquals("moved", line, "the window in the other process was never shown");

        // Saved while the window is open: once it has settled (half a second), through the writer.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> savedBounds().equals("40.0,30.0,700.0,500.0"));
        child.destroyForcibly(); // SIGKILL: nothing of the reader's own runs after this
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed, not closed");
        child = null;

        window = OpenWindow.open(dataDir, Handbooks.open(handbook), null, url -> { });
        double[] b = WaitForAsyncUtils.asyncFx(() -> new double[] {window.stage.getX(), window.stage.getY(),
                window.stage.getWidth(), window.stage.getHeight()}).get(10, TimeUnit.SECONDS);
        assertArrayEquals(new double[] {40, 30, 700, 500}, b, 0.5);
    }
}
