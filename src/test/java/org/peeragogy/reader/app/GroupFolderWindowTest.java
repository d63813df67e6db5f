package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
 * The group folder in a real window (issue 16): the folder chosen before is watched again when the window
 * opens, the reader's own file is written into it, and a file that lands there is a quiet notice whose Merge
 * brings the notes in.
 */
@Tag("ui")
class GroupFolderWindowTest {
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

    private static boolean has(Path folder, String prefix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private String noticeText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            HBox bar = robot.lookup("#notice").queryAs(HBox.class);
            return bar.isVisible() && !bar.getChildren().isEmpty() && bar.getChildren().get(0) instanceof Label l
                    ? l.getText() : "";
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFileLandingInTheGroupFolderIsANoticeAndMergeBringsItsNotesIn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        Path ana = temp.resolve("ana");
        try (Database db = Database.open(ana)) {
            db.settings().putReaderName("Ana");
            db.settings().put(GroupFolder.FOLDER_SETTING, folder.toString());
            db.settings().put(GroupFolder.GROUP_SETTING, "Tuesday circle");
        }
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> has(folder, "Ana_"));

        try (GroupMember ben = GroupMember.join(temp, "Ben", folder)) {
            ben.note("gardens", "Ben's thought on gardens");
            ben.writeOwn();
        }
        // Within a poll (2 s) of landing, or at once on the folder's change event; 30 s on a loaded machine.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#notice-group-merge").tryQuery().isPresent());
        OpenWindow.awaitNode(robot, "#notice-group-merge", Button.class, Button::isVisible);
        assertEquals("Ben updated their notes (1 new)", noticeText());
        robot.clickOn("#notice-group-merge");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> noticeText().startsWith("Merged from the group folder"));
        assertEquals("Merged from the group folder: 1 new.", noticeText());
        try (Database db = Database.open(ana)) {
            assertEquals(1, db.annotations().book(TestHandbooks.FIXTURE_IDENTITY).stream()
                    .filter(a -> a.note().equals("Ben's thought on gardens")).count());
        }
    }
}
