package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fresh tester t16's M1: a note made a moment before Quit never reached the group folder (the file is written a few
 * seconds after the last change), while the line under the page said "your notes are in it"; the README's stick user
 * waits for that line and passes the stick on. Now the line says a change is on its way, and closing the window
 * writes it. A real window, a real group folder, the file read back with SQLite.
 */
@Tag("ui")
class GroupFolderQuitWindowTest {
    @TempDir
    Path temp;
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

    private String line() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#group-status").tryQueryAs(Label.class)
                .map(Label::getText).orElse("")).get(10, TimeUnit.SECONDS);
    }

    private static long notesSaying(Path folder, String text) throws Exception {
        Path file;
        try (Stream<Path> s = Files.list(folder)) {
            file = s.filter(p -> p.getFileName().toString().startsWith("Ana_")).findFirst().orElseThrow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotation WHERE note = ?")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aNoteMadeJustBeforeQuitIsInTheGroupFolderAndTheLineSaysItIsOnItsWayMeanwhile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        Path ana = temp.resolve("ana");
        try (Database db = Database.open(ana)) {
            db.settings().putReaderName("Ana");
            db.settings().put(GroupFolder.FOLDER_SETTING, folder.toString());
            db.settings().put(GroupFolder.GROUP_SETTING, "Tuesday circle");
        }
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> line().contains("your notes are in it"));

        WaitForAsyncUtils.asyncFx(() -> window.session.notes().chapterNote("Made just before Quit", List.of()))
                .get(10, TimeUnit.SECONDS);
        // The save wakes a look at the folder; the file itself waits for the notes to stay unchanged a few seconds.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> line().contains("your newest change goes into it"));
        assertEquals(0, notesSaying(folder, "Made just before Quit"), "not written yet: the debounce runs");

        window.close();
        window = null;

        assertEquals(1, notesSaying(folder, "Made just before Quit"), "closing the window wrote it");
    }
}
