package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * Fresh tester t15's M3: {@code digest --out DATA/reader.db} (a slip of the Tab key) replaced the facilitator's whole
 * workshop with a PDF, and the next start called the notes file damaged. Every file the reader writes for a person
 * refuses to replace a file of a data folder, or to make one SQLite would take for the notes file's journal
 * (decision 0060); the notes stay. Real data folders, the real command line, real SQLite.
 */
class OutputsNeverReplaceNotesFolderFilesTest {
    @TempDir
    Path tmp;

    @Test
    void noDigestOrExportFormatReplacesTheNotesFileItsJournalsOrABackup() throws Exception {
        Path data = tmp.resolve("fay");
        CommandRun fay = new CommandRun(data);
        assertEquals(0, fay.run("ask", "gardens", "--note", "Who decides what we read?"), fay.err());
        Path backups = Files.createDirectories(data.resolve("backups"));
        Path backup = Files.writeString(backups.resolve("reader-2026-11-29.db"), "a backup");
        Path link = Files.createSymbolicLink(tmp.resolve("looks-harmless.md"), data.resolve(Database.FILE_NAME));
        byte[] before = Files.readAllBytes(data.resolve(Database.FILE_NAME));

        List<Path> places = List.of(data.resolve(Database.FILE_NAME), data.resolve("reader.db-wal"),
                data.resolve("reader.db-journal"), backup, link, data.resolve("backups/../reader.db"));
        for (Path out : places) {
            for (String format : List.of("markdown", "html", "pdf")) {
                assertEquals(1, fay.run("digest", "--format", format, "--out", out.toString()), format + " " + out);
                assertTrue(fay.err().contains("would replace a file of the reader's data folder")
                        && fay.err().contains("Nothing was written"), fay.err());
            }
            for (String format : List.of("notes", "w3c", "markdown")) {
                assertEquals(1, fay.run("export", "--format", format, "--out", out.toString()), format + " " + out);
                assertTrue(fay.err().contains("would replace a file of the reader's data folder"), fay.err());
            }
        }

        assertArrayEquals(before, Files.readAllBytes(data.resolve(Database.FILE_NAME)));
        assertEquals("a backup", Files.readString(backup));
        assertFalse(Files.exists(data.resolve("reader.db-journal")));
        assertEquals(0, fay.run("notes"), fay.err());
        assertTrue(fay.out().contains("Who decides what we read?"), fay.out());
    }

    @Test
    void aNewFileBesideTheNotesFileAndAnyFileElsewhereAreStillWritten() throws Exception {
        Path data = tmp.resolve("fay");
        CommandRun fay = new CommandRun(data);
        assertEquals(0, fay.run("ask", "gardens", "--note", "Who decides what we read?"), fay.err());
        Path elsewhere = Files.writeString(tmp.resolve("digest.md"), "last week's digest");

        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", elsewhere.toString()), fay.err());
        assertTrue(Files.readString(elsewhere).contains("Who decides what we read"), Files.readString(elsewhere));
        Path beside = data.resolve("handout.html");
        assertEquals(0, fay.run("digest", "--format", "html", "--out", beside.toString()), fay.err());
        assertTrue(Files.readString(beside).contains("Who decides what we read"), Files.readString(beside));
    }

    /**
     * Fresh tester t15b's M1: {@code digest --out stick/ana.peeranotes} and {@code export --format markdown --out
     * stick/bo.peeranotes} replaced participants' notes files on a stick (perhaps their only copies) with text. A digest
     * or a W3C or Markdown export never replaces a notes file; a notes file export still replaces an older one.
     */
    @Test
    void noDigestOrTextExportReplacesANotesFileOnAStick() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Ana's only copy"), ana.err());
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        Path anas = stick.resolve("ana.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", anas.toString()), ana.err());
        byte[] before = Files.readAllBytes(anas);
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's question"), fay.err());

        for (String format : List.of("markdown", "html", "pdf")) {
            assertEquals(1, fay.run("digest", "--format", format, "--out", anas.toString()), format);
            assertTrue(fay.err().contains("it is a notes file"), fay.err());
        }
        for (String format : List.of("w3c", "markdown")) {
            assertEquals(1, fay.run("export", "--format", format, "--out", anas.toString()), format);
            assertTrue(fay.err().contains("it is a notes file"), fay.err());
        }
        assertArrayEquals(before, Files.readAllBytes(anas));

        assertEquals(0, ana.run("ask", "meetings", "--note", "Ana again"), ana.err());
        assertEquals(0, ana.run("export", "--format", "notes", "--out", anas.toString()), ana.err());
        assertEquals(0, fay.run("import", anas.toString()), fay.err());
        assertEquals(0, fay.run("notes"), fay.err());
        assertTrue(fay.out().contains("Ana again"), "a notes file still replaces an older one: " + fay.out());
    }
}
