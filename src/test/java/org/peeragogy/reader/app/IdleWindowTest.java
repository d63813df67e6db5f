package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.store.Database;
import org.sqlite.SQLiteConfig;

/**
 * Issue 17 (no CPU when idle): a window left alone asks JavaFX for no frames. A running animation (an
 * {@code AnimationTimer}, a {@code Timeline}, a caret blinking, WebKit's timers run from JavaFX's pulse) asks for
 * a pulse 60 times a second for as long as it runs; a window that asks for none costs only JavaFX's own timer
 * (decision 0058). The reader runs in a child JVM as a person starts it, so that it has the process settings of a
 * real start ({@code app.ProcessSettings}; this test JVM keeps WebKit's default timers), with JavaFX's pulse logger
 * on: it writes one entry per pulse to standard error, numbered, and none when no pulse comes.
 */
@Tag("ui")
final class IdleWindowTest {
    /** One pulse in the pulse logger's output: "[12 16ms:3ms]" for a short one, "PULSE: 12 [...]" for a long one. */
    private static final Pattern PULSE = Pattern.compile("(?:\\[|PULSE: )(\\d+) \\[?\\d+ms:");
    /** How long start-up may take until it stops asking for frames (loaded machine: minutes of CPU are shared). */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(120);
    /** No pulse for this long ends start-up. */
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(3);
    /** Then the window is watched this long, and must ask for no frame at all. */
    private static final long WATCH_NANOS = TimeUnit.SECONDS.toNanos(10);

    @TempDir
    Path scratch;
    private Process child;

    @AfterEach
    void close() throws InterruptedException {
        if (child != null) {
            child.destroy();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aWindowLeftAloneAsksForNoFrames() throws Exception {
        Path err = scratch.resolve("err.txt");
        Path data = Files.createDirectory(scratch.resolve("data"));
        child = WindowProcess.open(TestHandbooks.real(), data, err, "-Djavafx.pulseLogger=true");

        // Start-up paints (the window, the chapter, the search index's progress bar), then stops: wait until the
        // index is built (its last step, the write, can be seconds without a frame on a loaded machine) and then
        // for 3 s without a pulse.
        long deadline = System.nanoTime() + SETTLE_NANOS;
        long last = -1;
        long lastChange = System.nanoTime();
        boolean built = false;
        while (last <= 0 || !built || System.nanoTime() - lastChange < QUIET_NANOS) {
            assertTrue(child.isAlive(), () -> "the reader ended: " + tail(err));
            if (System.nanoTime() > deadline) {
                fail("the window never stopped asking for frames in " + TimeUnit.NANOSECONDS.toSeconds(SETTLE_NANOS)
                        + " s (search index built: " + built + "): " + last + " pulses so far; the logger's last output: "
                        + tail(err));
            }
            long now = lastPulse(err);
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
            if (!built && indexBuilt(data.resolve(Database.FILE_NAME))) {
                built = true;
                lastChange = System.nanoTime();
            }
            // Reads the logger's file four times a second; the pulses are counted in the file, not by this wait.
            TimeUnit.MILLISECONDS.sleep(250);
        }

        // Left alone: no pulse at all for the next 10 s.
        long settled = last;
        long end = System.nanoTime() + WATCH_NANOS;
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(250);
            long now = lastPulse(err);
            assertTrue(now == settled, () -> "a window left alone asked for " + (now - settled)
                    + " frames after start-up had settled (at pulse " + settled + "); the logger's last output: " + tail(err));
        }
        assertTrue(child.isAlive(), () -> "the reader ended: " + tail(err));
    }

    /** Whether the reader has built a handbook's search index in {@code db} (read only; false before the file is). */
    private static boolean indexBuilt(Path db) {
        if (!Files.exists(db)) {
            return false;
        }
        SQLiteConfig ro = new SQLiteConfig();
        ro.setReadOnly(true);
        try (Connection c = ro.createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM search_book")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false; // not made yet, or being made: asked again a quarter of a second later
        }
    }

    /** The number of the last pulse the logger wrote, 0 before the first. */
    private static long lastPulse(Path err) throws IOException {
        long last = 0;
        Matcher m = PULSE.matcher(Files.readString(err, StandardCharsets.UTF_8));
        while (m.find()) {
            last = Math.max(last, Long.parseLong(m.group(1)));
        }
        return last;
    }

    private static String tail(Path err) {
        try {
            String s = Files.readString(err, StandardCharsets.UTF_8);
            return s.substring(Math.max(0, s.length() - 600));
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
