package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Map;
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
    /** The pulse timer's thread ({@code ui.PausingTimer.THREAD}) and the JavaFX thread, as /proc names them. */
    private static final String PULSE_TIMER = "pulse-timer";
    private static final String FX_THREAD = "JavaFX Applicat";
    /** Fewer wake-ups of the JavaFX thread than this in 10 s (JavaFX's GTK timer: about 600). */
    private static final long FX_WAKE_UPS = 50;
    /** How long a chapter may take to show after its key, on a loaded machine. */
    private static final long KEY_NANOS = TimeUnit.SECONDS.toNanos(30);

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
        long settled = settle(err, data);

        // Left alone: no pulse at all for the next 10 s.
        long end = System.nanoTime() + WATCH_NANOS;
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(250);
            long now = lastPulse(err);
            assertTrue(now == settled, () -> "a window left alone asked for " + (now - settled)
                    + " frames after start-up had settled (at pulse " + settled + "); the logger's last output: " + tail(err));
        }
        assertTrue(child.isAlive(), () -> "the reader ended: " + tail(err));
    }

    /**
     * Decision 0095: with no frame asked for, JavaFX's pulse timer pauses, so that no thread wakes for it: neither the
     * timer's own thread ({@code ui.PausingTimer}) nor the JavaFX thread, which JavaFX's GTK timer woke 60 times a
     * second. And a key then still shows the next chapter: the timer resumes for it.
     */
    @Test
    void aWindowLeftAloneWakesNoThreadForPulsesAndStillAnswersAKey() throws Exception {
        Path err = scratch.resolve("err.txt");
        Path data = Files.createDirectory(scratch.resolve("data"));
        child = WindowProcess.open(TestHandbooks.real(), data, err, "-Djavafx.pulseLogger=true");
        long settled = settle(err, data);
        // What start-up still does on the JavaFX thread without asking for frames (the notes file, the index's last
        // write handed back) ends too: a 2-s span with under 10 wake-ups of it (JavaFX's GTK timer: about 120).
        long calmDeadline = System.nanoTime() + SETTLE_NANOS;
        for (long woke = Long.MAX_VALUE; woke >= 10; ) {
            assertTrue(System.nanoTime() < calmDeadline, "the JavaFX thread never rested for 2 s in "
                    + TimeUnit.NANOSECONDS.toSeconds(SETTLE_NANOS) + " s of a window left alone");
            long was = ThreadWakeUps.of(child.pid()).getOrDefault(FX_THREAD, 0L);
            TimeUnit.SECONDS.sleep(2); // the span watched is the measurement itself
            woke = ThreadWakeUps.of(child.pid()).getOrDefault(FX_THREAD, 0L) - was;
        }

        Map<String, Long> before = ThreadWakeUps.of(child.pid());
        TimeUnit.NANOSECONDS.sleep(WATCH_NANOS); // the span watched is the measurement itself
        Map<String, Long> after = ThreadWakeUps.of(child.pid());
        assertTrue(before.containsKey(PULSE_TIMER), () -> "no thread " + PULSE_TIMER + " (JavaFX's own timer kept): "
                + before.keySet() + "; " + tail(err));
        long timer = after.get(PULSE_TIMER) - before.get(PULSE_TIMER);
        long fx = after.getOrDefault(FX_THREAD, 0L) - before.getOrDefault(FX_THREAD, 0L);
        assertEquals(0, timer, "the pulse timer's thread woke up " + timer + " times in 10 s of a window left alone");
        // JavaFX's GTK timer woke it about 600 times in 10 s; what is left is GTK's own (none was seen here).
        assertTrue(fx < FX_WAKE_UPS, "the JavaFX thread woke up " + fx + " times in 10 s of a window left alone");
        assertEquals(settled, lastPulse(err), () -> "frames were asked for while watched: " + tail(err));

        // Ctrl+Page Down: the next chapter is shown (laid out: the reader saves its place there), which takes pulses.
        try (Connection db = readOnly(data.resolve(Database.FILE_NAME))) {
            String first = savedChapter(db);
            String window = window(child.pid());
            xdotool("windowfocus", "--sync", window);
            xdotool("key", "ctrl+Next");
            long deadline = System.nanoTime() + KEY_NANOS;
            while (java.util.Objects.equals(first, savedChapter(db))) {
                assertTrue(child.isAlive(), () -> "the reader ended: " + tail(err));
                assertTrue(System.nanoTime() < deadline, () -> "Ctrl+Page Down showed no other chapter than " + first
                        + " in " + TimeUnit.NANOSECONDS.toSeconds(KEY_NANOS) + " s; the logger's last output: " + tail(err));
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        assertTrue(lastPulse(err) > settled, "the next chapter was painted with no frame");
    }

    /**
     * Waits until start-up has settled and returns the number of the last pulse: the search index is built (its last
     * step, the write, can be seconds without a frame on a loaded machine) and then 3 s pass without a pulse.
     */
    private long settle(Path err, Path data) throws Exception {
        // Start-up paints (the window, the chapter, the search index's progress bar), then stops.
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
        return last;
    }

    private static Connection readOnly(Path db) throws SQLException {
        SQLiteConfig ro = new SQLiteConfig();
        ro.setReadOnly(true);
        return ro.createConnection("jdbc:sqlite:" + db);
    }

    /** The chapter where the reader saved its place; null before it has. */
    private static String savedChapter(Connection db) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT chapter_id FROM reading_position")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null; // busy: asked again
        }
    }

    /** The reader's window, by its process (xdotool; bounded, 30 s). */
    private static String window(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<String> ids = xdotool("search", "--onlyvisible", "--pid", Long.toString(pid), "--name", "Peeragogy Reader");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no window of the reader's process " + pid + " was found (is xdotool installed?)");
    }

    private static List<String> xdotool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("xdotool " + String.join(" ", args) + " did not end within 30 s");
        }
        return out.lines().filter(l -> l.matches("\\d+")).toList();
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
