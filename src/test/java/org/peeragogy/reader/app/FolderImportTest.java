package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * The facilitator imports a whole folder of 30 participants' files (issue 15): one preview with a line per
 * file (who, how many) and the combined counts, one batch, one undo; a damaged file is listed with its reason
 * and the rest are imported; a failure while writing leaves nothing of any file.
 */
class FolderImportTest {
    @TempDir
    Path tmp;

    private final String book = ShareFixture.HANDBOOK.book().identity();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));
    private static final int PEOPLE = 30;

    /** 30 participants' files: each two notes, every third a reply to the first participant's question and a vote. */
    private Path stick() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        try (Database room = Database.open(tmp.resolve("room"))) {
            room.useClock(clock);
            Annotation question = null;
            for (int p = 0; p < PEOPLE; p++) {
                String id = "acct:p" + p + "@example.org";
                ShareFixture.chapterNoteBy(room, "wiki", "P" + p, id, "first note of P" + p);
                clock.advance(Duration.ofSeconds(1));
                Annotation second = ShareFixture.chapterNoteBy(room, "action", "P" + p, id, "second note of P" + p);
                if (p == 0) {
                    question = second;
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + room.file());
                         Statement s = c.createStatement()) {
                        s.execute("INSERT INTO note_link VALUES ('" + second.id() + "', NULL, 1, NULL)");
                    }
                } else if (p % 3 == 0) {
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + room.file());
                         Statement s = c.createStatement()) {
                        s.execute("INSERT INTO note_link VALUES ('" + second.id() + "', '" + question.id() + "', 0, NULL)");
                        s.execute("INSERT INTO vote VALUES ('" + question.id() + "', '" + id + "', '" + book
                                + "', 1, '" + clock.instant() + "')");
                    }
                }
                ShareFixture.sharing(room).export(NoteSharing.Format.NOTES, stick.resolve("p" + p + ".peeranotes"),
                        new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(id)));
                ShareFixture.writtenBy(stick.resolve("p" + p + ".peeranotes"), id); // as P wrote it

            }
        }
        Files.writeString(stick.resolve("readme.txt"), "not a notes file: not read");
        return stick;
    }

    private static long rows(Database db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement s = c.createStatement()) {
            return s.executeQuery("SELECT count(*) FROM " + table).getLong(1);
        }
    }

    @Test
    void thirtyFilesAreOnePreviewOneBatchAndOneUndo() throws Exception {
        Path stick = stick();
        Files.write(stick.resolve("zz-damaged.peeranotes"), "SQLite format 3\0 but cut short".getBytes(StandardCharsets.UTF_8));
        try (Database fay = Database.open(tmp.resolve("facilitator"))) {
            fay.useClock(clock);
            ShareFixture.chapterNote(fay, "wiki", "Fay", "the facilitator's own");
            NoteSharing sharing = ShareFixture.sharing(fay);
            org.peeragogy.reader.share.FolderPreview preview = sharing.previewFolder(stick);
            assertEquals(PEOPLE, preview.lines().size(), preview.lines().toString());
            assertTrue(preview.lines().contains("p3.peeranotes (notes file): \u201CP3\u201D — 2 notes (1 reply, 0 questions), 1 vote"),
                    preview.lines().toString());
            assertTrue(preview.lines().contains("p1.peeranotes (notes file): \u201CP1\u201D — 2 notes"), preview.lines().toString());
            assertEquals(1, preview.refused().size(), "the damaged file, and only it");
            assertTrue(preview.refused().get(0).startsWith("zz-damaged.peeranotes: This file is damaged"),
                    preview.refused().get(0));
            // Tester's F24: not "Nothing was changed." of one file while the folder's others are imported.
            assertFalse(preview.refused().get(0).contains("Nothing was changed"), preview.refused().get(0));
            MergeRecords.Counts counts = preview.combined().counts();
            assertEquals(2 * PEOPLE, counts.added(), counts.summary());
            assertTrue(preview.combined().remarks().contains("Votes: 9 new, 0 changed (given or withdrawn since), 0 unchanged."),
                    preview.combined().remarks().toString());
            assertEquals(1, rows(fay, "annotation"), "a preview changes nothing");

            ShareStore.Applied done = sharing.apply(preview);
            assertEquals(1, fay.sharing().batches().size(), "one batch for the whole folder");
            assertEquals("stick (30 files)", fay.sharing().batches().get(0).source());
            assertEquals(1 + 2 * PEOPLE, rows(fay, "annotation"));
            assertEquals(10, rows(fay, "note_link"), "the question and nine replies");
            assertEquals(9, rows(fay, "vote"));

            fay.sharing().undoImport(done.batchId().getAsLong());
            assertEquals(1, rows(fay, "annotation"), "one undo takes all 30 files back");
            assertEquals(0, rows(fay, "note_link"));
            assertEquals(0, rows(fay, "vote"));
        }
    }

    /**
     * Fresh tester 16c's F10: Cy's note changed on two laptops from one version, and the sync tool kept both files
     * (hers and its conflict copy). The folder import kept the newer text, said "0 conflicts", and lost the other;
     * the group folder kept both. Both are kept now, said as a conflict in the preview and in what was imported, and
     * one undo takes both back. A later version of the same note (changed from the other) is still just newer.
     */
    @Test
    void twoVersionsOfANoteMadeBesideEachOtherAreBothKeptAsAConflict() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        String note;
        try (Database cy = Database.open(tmp.resolve("cy"))) {
            cy.useClock(clock);
            note = ShareFixture.chapterNoteBy(cy, "wiki", "Cy", "acct:cy@example.org", "Cy's first words").id();
            ShareFixture.sharing(cy).export(NoteSharing.Format.NOTES, stick.resolve("Cy.peeranotes"), ExportFilter.ALL);
        }
        Path copy = stick.resolve("Cy.sync-conflict-20261130-142000-ZZZZZZZ.peeranotes");
        Files.copy(stick.resolve("Cy.peeranotes"), copy);
        String base = "2026-11-01T09:00:00.000Z";
        edit(stick.resolve("Cy.peeranotes"), note, "edited on laptop X", "2026-11-01T11:00:00.000Z", base);
        edit(copy, note, "edited on laptop Y", "2026-11-01T11:05:00.000Z", base);
        try (Database fay = Database.open(tmp.resolve("facilitator"))) {
            NoteSharing sharing = ShareFixture.sharing(fay);
            org.peeragogy.reader.share.FolderPreview preview = sharing.previewFolder(stick);
            assertEquals(1, preview.combined().counts().conflicts(), preview.combined().counts().summary());
            assertTrue(preview.combined().reasons().stream().anyMatch(r -> r.english().contains("two versions")),
                    preview.combined().reasons().toString());
            ShareStore.Applied done = sharing.apply(preview);
            assertEquals(1, done.plan().counts().conflicts(), done.plan().counts().summary());
            List<String> texts = fay.annotations().everything().stream().filter(a -> !a.isDeleted())
                    .map(Annotation::note).sorted().toList();
            assertEquals(List.of("edited on laptop X", "edited on laptop Y"), texts);
            assertEquals(1, fay.sharedNotes().conflictCopies(book).size(), "one note, two versions");

            sharing.undoImport(done.batchId().orElseThrow());
            assertEquals(0, fay.annotations().everything().size(), "one undo takes both back");
        }
        // Changed from the other version, not beside it: the newer is taken, as before.
        edit(copy, note, "edited on laptop Y after X", "2026-11-01T11:10:00.000Z", "2026-11-01T11:00:00.000Z");
        try (Database ben = Database.open(tmp.resolve("ben"))) {
            NoteSharing sharing = ShareFixture.sharing(ben);
            ShareStore.Applied done = sharing.apply(sharing.previewFolder(stick));
            assertEquals(0, done.plan().counts().conflicts(), done.plan().counts().summary());
            assertEquals(List.of("edited on laptop Y after X"), ben.annotations().everything().stream()
                    .map(Annotation::note).toList());
        }
    }

    /** Rewrites one note of a notes file as another computer would have saved it, changed from {@code base}. */
    private static void edit(Path file, String note, String text, String updated, String base) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE annotation SET note = '" + text + "', updated_at = '" + updated + "' WHERE id = '" + note + "'");
            s.execute("INSERT OR REPLACE INTO share_base VALUES ('" + note + "', '" + base + "')");
        }
    }

    /**
     * Fresh tester 18w's N6: when no file of a folder could be imported, only the first was named. Each is named with
     * why, five at most, then how many more; nothing is written. t31's F5: as a short head and one line a file
     * ("- name: why"), not one run-on paragraph, on the command line and in the window (here in Spanish).
     */
    @Test
    void aFolderOfOnlyBadFilesNamesEachWithWhyOneALineUnderAShortHead() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        for (int i = 0; i < 7; i++) {
            byte[] junk = new byte[400];
            new java.util.Random(i).nextBytes(junk);
            Files.write(bad.resolve("junk" + i + ".peeranotes"), junk);
        }
        try (Database fay = Database.open(tmp.resolve("facilitator"))) {
            ShareException e = assertThrows(ShareException.class, () -> ShareFixture.sharing(fay).previewFolder(bad));
            String said = e.reason().english();
            List<String> lines = said.lines().toList();
            assertEquals(7, lines.size(), said);
            assertEquals("None of the 7 files in " + bad + " can be imported; nothing was changed:", lines.get(0));
            for (String line : lines.subList(1, 6)) {
                assertTrue(line.matches("- junk[0-6]\\.peeranotes: .+"), line);
            }
            assertEquals("- and 2 more files that cannot be imported either", lines.get(6));
            assertEquals(0, rows(fay, "annotation"));

            List<String> window = org.peeragogy.reader.ui.Texts.of(java.util.Locale.forLanguageTag("es"))
                    .reason(e.reason()).lines().toList();
            assertEquals(7, window.size(), window.toString());
            assertEquals("No se puede importar ninguno de los 7 archivos de " + bad + "; no se cambió nada:",
                    window.get(0));
            assertTrue(window.get(1).matches("- junk[0-6]\\.peeranotes: .+"), window.get(1));
            assertEquals("- y 2 archivos más que tampoco se pueden importar", window.get(6));
        }
        CommandRun cli = new CommandRun(tmp.resolve("cli"));
        assertEquals(1, cli.run("import", bad.toString()));
        assertTrue(cli.err().startsWith("None of the 7 files in " + bad + " can be imported; nothing was changed:\n- junk"),
                cli.err());
        assertEquals(7, cli.err().lines().count(), cli.err());
    }

    /** Fresh tester t32's F9: of six files, five were named and "- and 1 more files": the sixth is named instead. */
    @Test
    void sixBadFilesAreEachNamedNotFiveAndOneMoreFiles() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad6"));
        Files.write(bad.resolve("empty.json"), new byte[0]);
        Files.write(bad.resolve("zeros.peeranotes"), new byte[100_000]);
        Files.writeString(bad.resolve("trunc.json"), "{\"type\":\"AnnotationCollection\"");
        Files.writeString(bad.resolve("obj.json"), "{}\n");
        Files.writeString(bad.resolve("spaces.json"), "  \n ");
        byte[] junk = new byte[5000];
        new java.util.Random(6).nextBytes(junk);
        Files.write(bad.resolve("junk.json"), junk);
        CommandRun cli = new CommandRun(tmp.resolve("cli"));
        assertEquals(1, cli.run("import", bad.toString()));
        List<String> lines = cli.err().lines().toList();
        assertEquals("None of the 6 files in " + bad + " can be imported; nothing was changed:", lines.get(0));
        assertEquals(7, lines.size(), cli.err());
        for (String name : List.of("empty.json", "zeros.peeranotes", "trunc.json", "obj.json", "spaces.json", "junk.json")) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith("- " + name + ": ")).count(), cli.err());
        }
        assertFalse(cli.err().contains("more file"), cli.err());
        String trunc = lines.stream().filter(l -> l.startsWith("- trunc.json: ")).findFirst().orElseThrow();
        assertTrue(trunc.startsWith("- trunc.json: the JSON is not valid at line 1"), trunc);
        assertFalse(trunc.contains("Nothing was changed"), "said once, in the head: " + trunc);
    }

    @Test
    void aFailureWhileWritingTheLastPartLeavesNothingOfAnyFile() throws Exception {
        Path stick = stick();
        try (Database fay = Database.open(tmp.resolve("facilitator"))) {
            // Votes are written after every note of every file: failing there shows the notes go back too.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fay.file()); Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER full_disk BEFORE INSERT ON vote BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            NoteSharing sharing = ShareFixture.sharing(fay);
            org.peeragogy.reader.share.FolderPreview preview = sharing.previewFolder(stick);
            assertThrows(ShareException.class, () -> sharing.apply(preview));
            assertEquals(0, rows(fay, "annotation"));
            assertEquals(0, rows(fay, "note_link"));
            assertEquals(0, fay.sharing().batches().size());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fay.file()); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER full_disk");
            }
            sharing.apply(sharing.previewFolder(stick));
            assertEquals(2 * PEOPLE, rows(fay, "annotation"));
        }
    }

    @Test
    void importOfAFolderOnTheCommandLinePrintsEachFileThenTheTotal() throws Exception {
        Path stick = stick();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse("--handbook", org.peeragogy.reader.TestHandbooks.real().toString(),
                "--data-dir", tmp.resolve("facilitator").toString(), "import", stick.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = printed.lines().toList();
        assertEquals("p0.peeranotes (notes file): \u201CP0\u201D — 2 notes (0 replies, 1 question)", lines.get(0));
        assertTrue(printed.contains("Imported: 60 new, 0 updated"), printed);
        assertTrue(printed.contains("Undo with: undo-import (import 1, the whole folder)"), printed);
    }
}
