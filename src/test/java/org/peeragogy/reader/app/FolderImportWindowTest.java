package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facilitator imports a whole folder of notes files in the window (issue 15: "a USB stick full of files, as one
 * preview and one batch; one undo"), as the command line's {@code import FOLDER} does: File → Import a folder of
 * notes files… (the folder handed over here as the chooser would), one preview with each file's line and the file
 * that cannot be read named with why, OK, one notice with Undo, and one Undo takes all of it back.
 */
@Tag("ui")
class FolderImportWindowTest {
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

    private String noticeText() throws Exception {
        return OpenWindow.noticeText(robot);
    }

    private long notesSaying(Path data, String text) throws Exception {
        try (Database db = Database.open(data)) {
            return db.annotations().book(TestHandbooks.FIXTURE_IDENTITY).stream()
                    .filter(a -> !a.isDeleted() && a.note().equals(text)).count();
        }
    }

    @Test
    void aFolderOfNotesFilesIsOnePreviewPerFileWithWhyABadOneIsSkippedAndOneImportThatOneUndoTakesBack()
            throws Exception {
        Path stick = Files.createDirectories(temp.resolve("stick"));
        try (GroupMember ben = GroupMember.join(temp, "Ben", stick); GroupMember cid = GroupMember.join(temp, "Cid", stick)) {
            ben.note("gardens", "Ben's thought");
            ben.writeOwn();
            cid.note("gardens", "Cid's thought");
            cid.writeOwn();
        }
        Files.writeString(stick.resolve("broken.peeranotes"), "half a file, the stick pulled out mid-copy");
        Path ana = temp.resolve("ana");
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        MenuItem importFolder = window.menuItem("menu-import-folder");
        assertEquals("Import a folder of notes files…", importFolder.getText());
        assertFalse(OpenWindow.fx(importFolder::isDisable));

        WaitForAsyncUtils.asyncFx(() -> window.session.window().importFolder(stick)).get();
        DialogPane preview = OpenWindow.awaitNode(robot, "#import-folder-preview", DialogPane.class, OpenWindow::isShowing);
        assertTrue(OpenWindow.fx(importFolder::isDisable), "no second import while this one waits for an answer");
        assertEquals("Import the notes of 2 files in stick?", OpenWindow.fx(preview::getHeaderText));
        String text = OpenWindow.fx(preview::getContentText);
        assertTrue(text.startsWith("1 file cannot be imported and is skipped (see below); the others are imported."
                + "\n\n2 new.\n\n"), text); // no zero counts (fresh tester 14b)
        String details = OpenWindow.fx(() -> robot.lookup("#import-folder-preview-details").queryAs(TextArea.class).getText());
        assertTrue(details.matches("(?s)Ben_[^\\n]*\\.peeranotes \\(notes file\\): \u201CBen\u201D — 1 note\n"
                + "Cid_[^\\n]*\\.peeranotes \\(notes file\\): \u201CCid\u201D — 1 note\n\n"
                + "1 file is skipped, and why:\n  broken\\.peeranotes: .+"), details);
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> noticeText().startsWith("Imported"));
        assertEquals("Imported 2 files from stick: 2 new.", noticeText());
        assertFalse(OpenWindow.fx(importFolder::isDisable));
        assertEquals(2, notesSaying(ana, "Ben's thought") + notesSaying(ana, "Cid's thought"), "both files went in");

        OpenWindow.click(robot, "#notice-undo");
        DialogPane undo = OpenWindow.awaitNode(robot, "#undo-import", DialogPane.class, OpenWindow::isShowing);
        assertEquals("Take back the import of stick (2 files)?", OpenWindow.fx(undo::getHeaderText));
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> noticeText().startsWith("Took back"));
        window.close();
        window = null;
        assertEquals(0, notesSaying(ana, "Ben's thought") + notesSaying(ana, "Cid's thought"),
                "one undo took the whole folder back");
    }

    /**
     * Fresh tester t38's F1 in the window: a folder with Cleo's file and a sync tool's conflict copy of it whose text of
     * one note is newer. File → Import a folder kept the copy's text only and said no conflict; now the preview and the
     * notice count a conflict and both texts are kept, the main file's as the note.
     */
    @Test
    void aConflictCopyInTheFolderIsCountedAsAConflictAndBothTextsAreKept() throws Exception {
        Path group = Files.createDirectories(temp.resolve("group"));
        Path stick = Files.createDirectories(temp.resolve("stick"));
        try (GroupMember cleo = GroupMember.join(temp, "Cleo", group)) {
            String id = cleo.note("gardens", "Cleo on beginner's mind").id();
            Path main = Files.copy(cleo.writeOwn(), stick.resolve(GroupMember.namesIn(group).first()));
            ConflictCopiesKeepEveryTextTest.edit(Files.copy(main, ConflictCopiesKeepEveryTextTest.dropboxCopy(stick,
                    main)), id, "Cleo laptop-2 edit", java.time.Instant.now().plusSeconds(30));
        }
        Path fay = temp.resolve("fay");
        window = OpenWindow.open(fay, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        WaitForAsyncUtils.asyncFx(() -> window.session.window().importFolder(stick)).get();
        DialogPane preview = OpenWindow.awaitNode(robot, "#import-folder-preview", DialogPane.class, OpenWindow::isShowing);
        String text = OpenWindow.fx(preview::getContentText);
        assertTrue(text.contains("1 new") && text.contains("1 conflict"), text);
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> noticeText().startsWith("Imported"));
        assertTrue(noticeText().contains("1 conflict"), noticeText());
        window.close();
        window = null;
        assertEquals(1, notesSaying(fay, "Cleo on beginner's mind"), "the main file's text is kept");
        assertEquals(1, notesSaying(fay, "Cleo laptop-2 edit"), "and the copy's, as a second version");
    }
}
