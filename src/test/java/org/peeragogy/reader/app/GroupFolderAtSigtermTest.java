package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Fresh tester t16c's F1: a logout or a shutdown (SIGTERM) in the few seconds after a change ended the reader without
 * writing its file into the group folder (it is written once the notes stay unchanged for a few seconds, or at Quit),
 * so the stick handed on lacked the newest note. The reader runs in a child JVM, as a person starts it; the file is
 * read back with SQLite.
 */
@Tag("ui")
final class GroupFolderAtSigtermTest {
    @TempDir
    Path temp;
    private Process child;
    /**
     * The child's own X display: a window of another process on the tests' display, shown and ended, left the next
     * test's window unable to open a submenu (BundledHandbookWindowTest failed after this one in CI).
     */
    private Process display;

    @AfterEach
    void end() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (display != null) {
            display.destroy();
            display.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts an X server of its own (Xvfb, as the tests run under) and returns its display, ":N". */
    private String ownDisplay() throws Exception {
        display = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(display.getInputStream(),
                StandardCharsets.US_ASCII));
        // Xvfb writes the number of the display it took once it takes connections: a bounded wait for that line.
        String n = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        assertTrue(n != null && n.strip().matches("\\d+"), "Xvfb said no display: " + n);
        return ":" + n.strip();
    }

    @Test
    void aChangeMadeJustBeforeASigtermIsInTheGroupFolder() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("stick"));
        Path ana = temp.resolve("ana");
        String book;
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            book = h.book().identity();
        }
        try (Database db = Database.open(ana)) {
            db.settings().putReaderName("Ana");
            db.settings().put(GroupFolder.FOLDER_SETTING, stick.toString());
            db.settings().put(GroupFolder.GROUP_SETTING, "Tuesday circle");
        }
        Path err = temp.resolve("err.txt");
        child = WindowProcess.open(java.util.Map.of("DISPLAY", ownDisplay()), TestHandbooks.fixture(), ana, err);

        // The window's first look at the folder writes Ana's file at once: a bounded wait for that file.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (notesSaying(stick, "first").isEmpty()) {
            assertTrue(child.isAlive(), () -> "the reader ended: " + tail(err));
            assertTrue(System.nanoTime() < deadline, () -> "no group file in 120 s: " + tail(err));
            TimeUnit.MILLISECONDS.sleep(100); // polls the folder for the file; the test waits for the file
        }

        // A change the open window sees at its next look, and writes only once it has stayed so for 3 s.
        try (Database db = Database.open(ana)) {
            db.annotations().create(new AnnotationStore.Draft(book, "gardens", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Made just before the logout", List.of(), "Ana", Optional.empty()));
        }
        child.destroy(); // SIGTERM
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), () -> "the reader did not end: " + tail(err));

        assertEquals(Optional.of(1L), notesSaying(stick, "Made just before the logout"),
                () -> "the group file lacks the change; the reader's error output: " + tail(err));
    }

    /** How many notes of Ana's group file say {@code text}; empty while the file is not there or not whole yet. */
    private static Optional<Long> notesSaying(Path folder, String text) throws Exception {
        Optional<Path> file;
        try (Stream<Path> s = Files.list(folder)) {
            file = s.filter(p -> p.getFileName().toString().startsWith("Ana_")).findFirst();
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.get());
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotation WHERE note = ?")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                return Optional.of(rs.getLong(1));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static String tail(Path err) {
        try {
            String s = Files.readString(err, StandardCharsets.UTF_8);
            return s.substring(Math.max(0, s.length() - 1500));
        } catch (java.io.IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
