package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SteppingClock;

/**
 * A folder import judges each person's name by the file it comes from (fresh tester t15's M1): the facilitator knows
 * Ana by the name of her first file; the stick holds Ben's older, unrelated file and Ana's newer one, written after
 * she renamed herself. One time for the whole folder (the oldest file's, Ben's) kept the rename out, and a folder
 * that did rename said nothing; a single file's import renames and says "Ana is now called Ana Lima".
 */
class FolderImportRenamesTest {
    @TempDir
    Path tmp;
    private Path stick;
    private Path anasFirst;
    private String anaId;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T19:58:00Z"));

    /** Ben's file (19:58), Ana's first file (19:59, "Ana"), Ana's file after she renamed herself (20:01, "Ana Lima"). */
    @BeforeEach
    void files() throws Exception {
        stick = Files.createDirectories(tmp.resolve("stick"));
        anasFirst = tmp.resolve("ana-first.peeranotes");
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            ana.db.useClock(clock);
            ben.db.useClock(clock);
            anaId = ana.id();
            ben.note("gardens", "Ben's note");
            ben.sharing.export(NoteSharing.Format.NOTES, stick.resolve("ben.peeranotes"), ExportFilter.ALL);
            clock.advance(Duration.ofMinutes(1));
            ana.note("gardens", "Ana's note");
            ana.sharing.export(NoteSharing.Format.NOTES, anasFirst, ExportFilter.ALL);
            clock.advance(Duration.ofMinutes(2));
            ana.db.settings().putReaderName("Ana Lima");
            ana.sharing.export(NoteSharing.Format.NOTES, stick.resolve("ana.peeranotes"), ExportFilter.ALL);
        }
    }

    private String anaIsCalled(Path data) throws Exception {
        try (Database db = Database.open(data)) {
            return db.authors().byId().get(anaId).name();
        }
    }

    @Test
    void importOfTheFolderRenamesAnaAsHerNewerFileSaysAndSaysSo() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("import", anasFirst.toString()));
        assertEquals("Ana", anaIsCalled(tmp.resolve("fay")));

        assertEquals(0, fay.run("import", stick.toString(), "--dry-run"));
        assertTrue(fay.out().contains("Ana is now called Ana Lima"), "the preview says the rename\n" + fay.out());
        assertEquals("Ana", anaIsCalled(tmp.resolve("fay")), "a dry run changes nothing");

        assertEquals(0, fay.run("import", stick.toString()));
        assertTrue(fay.out().contains("Ana is now called Ana Lima"), fay.out());
        assertEquals("Ana Lima", anaIsCalled(tmp.resolve("fay")), "Ben's older file does not hold Ana's rename back");

        assertEquals(0, fay.run("undo-import"));
        assertEquals("Ana", anaIsCalled(tmp.resolve("fay")), "one undo names her back");
    }

    /** File → Import a folder… previews with {@code NoteSharing.previewFolder}: the rename is among its remarks. */
    @Test
    void theWindowsFolderPreviewSaysTheRename() throws Exception {
        assertEquals(0, new CommandRun(tmp.resolve("fay")).run("import", anasFirst.toString()));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", GroupMember.groupFolderIn(tmp))) {
            FolderPreview preview = fay.sharing.previewFolder(stick);

            assertTrue(preview.combined().remarks().stream().anyMatch(r -> r.startsWith("Ana is now called Ana Lima")),
                    preview.combined().remarks().toString());
            fay.sharing.apply(preview);
            assertEquals("Ana Lima", fay.db.authors().byId().get(anaId).name());
        }
    }

    /** A name from an older file than the one the facilitator has is still not taken, in a folder as alone. */
    @Test
    void anOlderFileInTheFolderDoesNotRenameBack() throws Exception {
        Path older = Files.createDirectories(tmp.resolve("older"));
        Files.copy(anasFirst, older.resolve("ana-first.peeranotes"));
        Files.copy(stick.resolve("ben.peeranotes"), older.resolve("ben.peeranotes"));
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("import", stick.resolve("ana.peeranotes").toString()));
        assertEquals("Ana Lima", anaIsCalled(tmp.resolve("fay")));

        assertEquals(0, fay.run("import", older.toString()));
        assertTrue(!fay.out().contains("is now called"), fay.out());
        assertEquals("Ana Lima", anaIsCalled(tmp.resolve("fay")));
    }
}
