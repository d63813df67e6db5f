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

    /**
     * Decision 0060 amended (t15b's M3 leftover: {@code export --format notes --out DATA/settings.properties} was written):
     * nothing a person asks for is made inside the data folder in use, a new file there neither, in a folder below it
     * neither; a file elsewhere still is.
     */
    @Test
    void noNewFileIsMadeInsideTheDataFolderButOneElsewhereIs() throws Exception {
        Path data = tmp.resolve("fay");
        CommandRun fay = new CommandRun(data);
        assertEquals(0, fay.run("ask", "gardens", "--note", "Who decides what we read?"), fay.err());
        Path elsewhere = Files.writeString(tmp.resolve("digest.md"), "last week's digest");

        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", elsewhere.toString()), fay.err());
        assertTrue(Files.readString(elsewhere).contains("Who decides what we read"), Files.readString(elsewhere));
        Files.createDirectories(data.resolve("handouts"));
        for (Path inside : List.of(data.resolve("handout.html"), data.resolve("settings.properties"),
                data.resolve("handouts/digest.md"), tmp.resolve("other/../fay/x.md"))) {
            assertEquals(1, fay.run("digest", "--format", "html", "--out", inside.toString()), inside.toString());
            assertTrue(fay.err().contains("it is inside the reader's data folder")
                    && fay.err().contains("Nothing was written"), fay.err());
            for (String format : List.of("notes", "w3c", "markdown")) {
                assertEquals(1, fay.run("export", "--format", format, "--out", inside.toString()), format + " " + inside);
                assertTrue(fay.err().contains("it is inside the reader's data folder"), fay.err());
            }
            assertFalse(Files.exists(inside), inside.toString());
        }
    }

    /**
     * Fresh tester t15b's M1: {@code --handbook hb digest --out hb/wiki.md} replaced the chapter the group was
     * discussing with the digest, and every note on it lost its passage. Nothing is written inside the folder of the
     * handbook in use, by a link or a {@code ..} path neither; the chapter stays as it was.
     */
    @Test
    void noDigestOrExportIsWrittenInsideTheHandbookFolderInUse() throws Exception {
        Path hb = Files.createDirectories(tmp.resolve("hb"));
        try (var files = Files.list(org.peeragogy.reader.TestHandbooks.fixture())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, hb.resolve(f.getFileName()));
            }
        }
        CommandRun fay = new CommandRun(tmp.resolve("fay"), hb);
        assertEquals(0, fay.run("ask", "gardens", "--note", "Who decides what we read?"), fay.err());
        byte[] chapter = Files.readAllBytes(hb.resolve("gardens.md"));
        Path link = Files.createSymbolicLink(tmp.resolve("hb-link"), hb);

        for (Path out : List.of(hb.resolve("gardens.md"), hb.resolve("new-page.md"), link.resolve("gardens.md"),
                tmp.resolve("elsewhere/../hb/gardens.md"))) {
            for (String format : List.of("markdown", "html", "pdf")) {
                assertEquals(1, fay.run("digest", "--format", format, "--out", out.toString()), format + " " + out);
                assertTrue(fay.err().contains("it is inside the folder of the handbook you are reading")
                        && fay.err().contains("Nothing was written"), fay.err());
            }
            for (String format : List.of("notes", "w3c", "markdown")) {
                assertEquals(1, fay.run("export", "--format", format, "--out", out.toString()), format + " " + out);
                assertTrue(fay.err().contains("it is inside the folder of the handbook you are reading"), fay.err());
            }
        }
        assertArrayEquals(chapter, Files.readAllBytes(hb.resolve("gardens.md")));
        assertFalse(Files.exists(hb.resolve("new-page.md")));
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", tmp.resolve("digest.md").toString()),
                fay.err());
    }

    /**
     * Decision 0060's "never replace a notes file with a digest or Markdown" holds for the JSON files the reader reads
     * as notes too (a W3C export, a Hypothesis export on the stick), as t15b tried with {@code --out stickO/...}; a W3C
     * export still replaces an earlier W3C file.
     */
    @Test
    void noDigestOrMarkdownReplacesAW3cOrHypothesisFileOnAStick() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Ana's only copy"), ana.err());
        Path stick = Files.createDirectories(tmp.resolve("stickO"));
        Path w3c = stick.resolve("ana.jsonld");
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", w3c.toString()), ana.err());
        Path hypothesis = Files.writeString(stick.resolve("bo.json"),
                "{\"annotations\": [{\"id\": \"h1\", \"text\": \"Bo's note\", \"uri\": \"https://peeragogy.org/gardens\"}]}");
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's question"), fay.err());

        for (Path file : List.of(w3c, hypothesis)) {
            byte[] before = Files.readAllBytes(file);
            for (String format : List.of("markdown", "html", "pdf")) {
                assertEquals(1, fay.run("digest", "--format", format, "--out", file.toString()), format + " " + file);
                assertTrue(fay.err().contains("it is a notes file"), fay.err());
            }
            assertEquals(1, fay.run("export", "--format", "markdown", "--out", file.toString()), file.toString());
            assertTrue(fay.err().contains("it is a notes file"), fay.err());
            assertArrayEquals(before, Files.readAllBytes(file));
        }
        // A W3C file says no writer the reader can trust: an export never replaces one, Ana's own neither (t15c's M1);
        // she removes her old one first.
        assertEquals(1, ana.run("export", "--format", "w3c", "--out", w3c.toString()), ana.err());
        assertTrue(ana.err().contains("if the old file is yours, remove it first"), ana.err());
        Files.delete(w3c);
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", w3c.toString()), ana.err());
    }

    /**
     * Fresh tester t32's F4: a W3C file the import cannot read through (one note of 300,000 characters, as another
     * program may write) was replaced by an export, where a readable one is refused. No export or digest replaces JSON
     * it cannot read through, and it says why.
     */
    @Test
    void noOutputReplacesJsonTheImportCannotReadThrough() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Ana's only copy"), ana.err());
        Path w3c = tmp.resolve("long-note.jsonld");
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", w3c.toString()), ana.err());
        Files.writeString(w3c, Files.readString(w3c).replace("Ana's only copy", "y".repeat(300_000)));
        byte[] before = Files.readAllBytes(w3c);
        assertEquals(1, ana.run("import", w3c.toString()), "the import cannot read it: " + ana.out());

        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("ask", "gardens", "--note", "Ben's question"), ben.err());
        for (String format : List.of("notes", "w3c", "markdown")) {
            assertEquals(1, ben.run("export", "--format", format, "--out", w3c.toString()), format);
            assertTrue(ben.err().startsWith("Cannot write " + w3c + ": it is JSON, perhaps another program's notes, that"
                    + " the reader cannot read through: the JSON is not valid at line"), ben.err());
        }
        assertEquals(1, ben.run("digest", "--format", "markdown", "--out", w3c.toString()));
        assertTrue(ben.err().contains("perhaps another program's notes"), ben.err());
        assertArrayEquals(before, Files.readAllBytes(w3c));
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

    /**
     * Fresh tester t15c's M1: {@code export --format notes --out stick/bo.peeranotes} replaced Bo's own notes file on
     * the stick with the facilitator's export, and a W3C export replaced Ana's W3C file. An export replaces a notes file
     * only when it says this reader wrote it (their earlier export, made again); never a W3C or Hypothesis file.
     */
    @Test
    void anExportNeverReplacesAnotherPersonsNotesFileOnlyTheReadersOwnEarlierOne() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        CommandRun bo = new CommandRun(tmp.resolve("bo"));
        assertEquals(0, bo.run("name", "Bo"), bo.err());
        assertEquals(0, bo.run("ask", "gardens", "--note", "Bo's only copy"), bo.err());
        Path bos = stick.resolve("bo.peeranotes");
        assertEquals(0, bo.run("export", "--format", "notes", "--out", bos.toString()), bo.err());
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(0, ana.run("ask", "gardens", "--note", "Ana's own words"), ana.err());
        Path anas = stick.resolve("ana.jsonld");
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", anas.toString()), ana.err());
        byte[] bosBefore = Files.readAllBytes(bos);
        byte[] anasBefore = Files.readAllBytes(anas);

        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("import", stick.toString()), fay.err());
        for (String format : List.of("notes", "w3c")) {
            for (Path out : List.of(bos, anas)) {
                assertEquals(1, fay.run("export", "--format", format, "--out", out.toString()), format + " " + out);
                // A W3C file says no writer: the refusal says so, not "you did not write" (t15d's N2).
                assertTrue(fay.err().contains(out.equals(bos) ? "it is a notes file you did not write"
                        : "it is a notes file that does not say who wrote it") && fay.err().contains(
                        "Nothing was written"), fay.err());
            }
        }
        assertArrayEquals(bosBefore, Files.readAllBytes(bos), "Bo's file is as he wrote it");
        assertArrayEquals(anasBefore, Files.readAllBytes(anas), "Ana's file is as she wrote it");

        // Bo exports again over his own earlier export: the file says he wrote it.
        assertEquals(0, bo.run("ask", "gardens", "--note", "Bo's second thought"), bo.err());
        assertEquals(0, bo.run("export", "--format", "notes", "--out", bos.toString()), bo.err());
        assertEquals(0, fay.run("import", "--dry-run", bos.toString()), fay.err());
        assertTrue(fay.out().contains("1 new"), fay.out());

        // Ana exports W3C again over her own earlier W3C export: refused, for its true reason (t15d's N2: "a notes
        // file you did not write"), with what to do.
        assertEquals(1, ana.run("export", "--format", "w3c", "--out", anas.toString()));
        assertTrue(ana.err().contains("it is a notes file that does not say who wrote it (W3C, Hypothesis, or a notes"
                + " file without its writer), so the reader cannot tell whether it is yours"), ana.err());
        assertTrue(ana.err().contains("if the old file is yours, remove it first"), ana.err());
        assertFalse(ana.err().contains("you did not write"), ana.err());
    }
}
