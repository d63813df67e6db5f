package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.NoteSharing;

/**
 * {@code import FILE|FOLDER} and the window's Import run the group folder's authorship check (issue 16's second
 * retest, b1), over real data folders and a file forged as the tester forged his: Ben's real file plus a tombstone of
 * Ana's note under Ana's id, named after Ben. The import names Ana, says the group folder's remark, and on the
 * command line leaves her deletion out unless told {@code --others-changes} (or {@code --others-deletions}, its older
 * name); the window's preview leaves it out and asks (decision 0069).
 */
class ImportByHandAuthorshipTest {
    @TempDir
    Path tmp;
    private Path anasFile;
    private Path forged;
    private Path stick;

    private CommandRun fay;

    private int run(String... args) throws Options.UsageException {
        fay = fay == null ? new CommandRun(tmp.resolve("fay")) : fay;
        return fay.run(args);
    }

    private String out() {
        return fay.out();
    }

    private String err() {
        return fay.err();
    }

    /** Ana's file (her note), Ben's file with Ana's tombstone put in, on a "stick" of its own. */
    @BeforeEach
    void forge() throws Exception {
        Path anas = Files.createDirectories(tmp.resolve("anas"));
        Path bens = Files.createDirectories(tmp.resolve("bens"));
        stick = Files.createDirectories(tmp.resolve("stick"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", anas); GroupMember ben = GroupMember.join(tmp, "Ben", bens)) {
            Annotation note = ana.note("gardens", "Ana's note");
            anasFile = Files.copy(ana.writeOwn(), tmp.resolve("Ana_" + ana.id().substring(9) + ".peeranotes"));
            ana.db.annotations().delete(note.id());
            Path withTombstone = ana.writeOwn();
            ben.note("gardens", "Ben's note");
            forged = Files.copy(ben.writeOwn(), stick.resolve("Ben-6_" + ben.id().substring(9) + ".peeranotes"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
                s.execute("ATTACH DATABASE '" + withTombstone + "' AS ana");
                assertEquals(1, s.executeUpdate("INSERT INTO annotation SELECT * FROM ana.annotation"
                        + " WHERE deleted_at IS NOT NULL"));
                s.executeUpdate("INSERT OR IGNORE INTO author SELECT * FROM ana.author");
            }
        }
        assertEquals(0, run("import", anasFile.toString()));
    }

    private boolean anasNoteIsThere() throws Exception {
        assertEquals(0, run("notes"));
        return out().contains("Ana's note");
    }

    /**
     * Fresh tester 18w's N2: a forged deletion of Ana's note came after 50 invented voters in the warning and was never
     * named. Whose notes a file deletes comes first, whatever else it carries (here seven notes by invented ids that
     * come before Ana's in any order of ids).
     */
    @Test
    void aDeletionOfSomeonesNoteIsNamedBeforeNotesOfPeopleNoOneKnows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
            for (int i = 0; i < 7; i++) {
                s.execute("CREATE TEMP TABLE t AS SELECT * FROM annotation WHERE deleted_at IS NULL LIMIT 1");
                String id = "00000000-0000-4000-8000-00000000000" + i;
                s.execute("UPDATE t SET id = '" + id + "', author_id = 'urn:uuid:" + id + "'");
                s.execute("INSERT INTO annotation SELECT * FROM t");
                s.execute("DROP TABLE t");
            }
        }
        assertEquals(0, run("import", stick.toString()));
        assertTrue(out().contains(forged.getFileName() + ": This file holds notes by other people: Ana (1 deletion), "),
                out());
    }

    @Test
    void importFolderNamesTheOtherPersonAndLeavesTheirDeletionOutUnlessTold() throws Exception {
        assertEquals(0, run("import", stick.toString()));

        assertTrue(out().contains(forged.getFileName() + ": This file holds notes by other people: Ana (1 deletion)"),
                out());
        assertTrue(err().contains("Not imported: " + forged.getFileName() + ": 1 change to other people's notes in a"
                + " file that says Ben wrote it"), err());
        assertTrue(err().contains("--others-changes"), err());
        assertTrue(anasNoteIsThere(), "Ana's note is not deleted by a file named after Ben");
        assertTrue(out().contains("Ben's note"), "the rest of Ben's file is imported");

        assertEquals(0, run("undo-import"));
        assertEquals(0, run("import", stick.toString(), "--others-deletions"));
        assertTrue(out().contains("\u201CBen\u201D, \u201CAna\u201D — 1 note, 1 deletion"), "the deletion is named as Ana's\n" + out());
        assertTrue(!anasNoteIsThere(), "told to, it applies");
    }

    @Test
    void importFileSaysTheSameRemarkAndLeavesTheDeletionOut() throws Exception {
        assertEquals(0, run("import", forged.toString()));

        assertTrue(out().contains("This file holds notes by other people: Ana (1 deletion)"), out());
        assertTrue(out().contains("Imported: 1 new, 0 updated, 0 deleted"), out());
        // The group folder's words spoke of merging; an import by hand says what it takes (decision 0069).
        assertFalse(out().contains("deleted only if you merge it"), out());
        assertTrue(out().contains("1 change to another person's note is left out: Ana's note \u201CAna's note\u201D"
                + " deleted."), out());
        assertTrue(err().contains("Not imported: " + forged.getFileName() + ": 1 change to other people's notes"), err());
        assertTrue(anasNoteIsThere());
    }

    /** The window's File → Import previews with {@code NoteSharing.preview}: the remark comes first, and it asks. */
    @Test
    void theWindowsPreviewSaysWhoseDeletionItIsFirst() throws Exception {
        try (GroupMember fay = GroupMember.join(tmp, "Fay", stick)) {
            NoteSharing.Preview preview = fay.sharing.preview(forged);

            assertTrue(preview.remarks().get(0).startsWith("This file holds notes by other people: Ana (1 deletion)"),
                    preview.remarks().toString());
            assertEquals(0, preview.counts().deleted(), "left out unless the reader takes it");
            assertEquals(1, preview.forOthers().changesLeftOut().size(), "the window asks about it");
        }
    }

    /** File → Import a folder… previews with {@code NoteSharing.previewFolder}: the file's remark, named, and it asks. */
    @Test
    void theWindowsFolderPreviewSaysWhoseDeletionItIs() throws Exception {
        try (GroupMember fay = GroupMember.join(tmp, "Fay", stick)) {
            org.peeragogy.reader.share.FolderPreview preview = fay.sharing.previewFolder(stick);

            assertTrue(preview.combined().remarks().get(0).startsWith(forged.getFileName()
                    + ": This file holds notes by other people: Ana (1 deletion)"), preview.combined().remarks().toString());
            // What the file carries, its held-back deletion of Ana's note too (t15e's F3).
            assertTrue(preview.lines().get(0).contains("\u201CBen\u201D, \u201CAna\u201D — 1 note, 1 deletion"),
                    preview.lines().toString());
            assertEquals(0, preview.combined().counts().deleted(), "left out, then the window asks");
            assertEquals(1, preview.combined().forOthers().changesLeftOut().size());
            assertEquals(java.util.List.of(String.valueOf(forged.getFileName())), preview.combined().forOthers().files());
        }
    }
}
