package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * Fresh tester t31's F7: notes made in another handbook were said only as "1 could not be placed". The import says
 * they are for another handbook, named as the file names it, and what to do; a file for the open handbook says
 * nothing of the kind.
 */
class NotesForAnotherHandbookTest {
    @TempDir
    Path tmp;

    @Test
    void notesMadeInAnotherHandbookAreSaidToBeForItByNameWithWhatToDo() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Beans"),
                ana.err());
        Path notes = tmp.resolve("ana.peeranotes");
        Path w3c = tmp.resolve("ana.json");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", notes.toString()), ana.err());
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", w3c.toString()), ana.err());
        String open;
        try (Handbook scripts = Handbooks.open(TestHandbooks.fixture("scripts"))) {
            open = scripts.book().title();
        }
        CommandRun ben = new CommandRun(tmp.resolve("ben"), TestHandbooks.fixture("scripts"));

        assertEquals(0, ben.run("import", "--dry-run", notes.toString()), ben.err());
        assertEquals("Would import: 1 new, 0 updated, 0 deleted, 0 unchanged, 0 conflicts, 1 could not be placed\n"
                + "The notes in this file (1) are for another handbook, “The Study Circle Handbook”, not “" + open
                + "”, which is open, so they cannot be placed in it. Open that handbook in the reader and import the"
                + " file there; imported here, they are kept under “Could not place”.\n", ben.out());

        // A W3C file names the handbook by its name in the reader (its notes' sources), not its title.
        assertEquals(0, ben.run("import", "--dry-run", w3c.toString()), ben.err());
        assertTrue(ben.out().contains("\nThe notes in this file (1) are for another handbook, “handbook-the-study-circle-"
                + "handbook”, not “" + open + "”"), ben.out());

        CommandRun cai = new CommandRun(tmp.resolve("cai"));
        assertEquals(0, cai.run("import", "--dry-run", notes.toString()), cai.err());
        assertFalse(cai.out().contains("another handbook"), cai.out());
    }

    /**
     * Fresh tester t32's F14: right after an import kept a note for another handbook, an export said "there are no notes
     * to export yet". It says the notes kept are for other handbooks, and how to export them.
     */
    @Test
    void anExportOfNoneSaysTheNotesKeptAreForOtherHandbooks() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans"), ana.err());
        Path notes = tmp.resolve("ana.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", notes.toString()), ana.err());
        CommandRun ben = new CommandRun(tmp.resolve("ben"), TestHandbooks.fixture("scripts"));
        Path out = tmp.resolve("ben.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--out", out.toString()), ben.err());
        assertTrue(ben.out().contains(": there are no notes to export yet;"), ben.out());

        assertEquals(0, ben.run("import", notes.toString()), ben.err());
        Files.delete(out);
        assertEquals(0, ben.run("export", "--format", "notes", "--out", out.toString()), ben.err());
        assertTrue(ben.out().contains(": none of the notes kept is for this handbook (1 note is for other handbooks:"
                + " start the reader with that handbook, --handbook, to export them); the file was written with none"),
                ben.out());
    }

    /**
     * Fresh tester t33's F8e: {@code export --author Ana} in a handbook where Ana has no note, while her notes are kept
     * for another, said only that no note matches, and wrote an empty file. It is refused (h36c's finding 3), saying
     * how many of hers are kept for which handbook and how to export them (ExportAuthorElsewhereTest has it in a real
     * process, installed handbook and all); an author with no note anywhere is refused too (t35's F6).
     */
    @Test
    void anExportByAnAuthorWhoseNotesAreAllForAnotherHandbookSaysSo() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "a vegetable bed"), ana.err());
        CommandRun inScripts = new CommandRun(tmp.resolve("ana"), TestHandbooks.fixture("scripts"));
        Path out = tmp.resolve("ana.md");

        assertEquals(1, inScripts.run("export", "--format", "markdown", "--out", out.toString(), "--author", "ana"));
        assertEquals("--author ana has no notes for this handbook: their 2 notes are kept for another handbook,"
                + " handbook-the-study-circle-handbook (not installed: --handbook with its folder or zip file). Export"
                + " them from there: this export command with that --handbook. Nothing was written.\n", inScripts.err());
        assertTrue(!Files.exists(out), "nothing written");

        // An author with no note anywhere is refused (t35's F6), and nothing is written.
        assertEquals(1, inScripts.run("export", "--format", "markdown", "--out", out.toString(), "--author", "Zed"));
        assertEquals("--author Zed fits no one who wrote or voted on notes for this handbook: there are no notes for it"
                + " yet, so the file would hold none. Nothing was written.\n", inScripts.err());
        assertTrue(!Files.exists(out));
    }

    /**
     * Fresh tester t32's F14, the rest: {@code notes} printed nothing at all when the notes kept were all for another
     * handbook. It says so on the error stream, with what to do, the output staying empty for a script.
     */
    @Test
    void notesListingNoneSaysTheNotesKeptAreForOtherHandbooks() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "a vegetable bed"), ana.err());
        Path notes = tmp.resolve("ana.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", notes.toString()), ana.err());
        CommandRun ben = new CommandRun(tmp.resolve("ben"), TestHandbooks.fixture("scripts"));
        assertEquals(0, ben.run("notes"), ben.err());
        assertEquals("", ben.out());
        assertEquals("", ben.err(), "no notes at all: nothing to say of other handbooks");

        assertEquals(0, ben.run("import", notes.toString()), ben.err());
        assertEquals(0, ben.run("notes"), ben.err());
        assertEquals("", ben.out());
        assertEquals("None of the notes kept is for this handbook: 2 notes are for other handbooks; start the reader"
                + " with that handbook, --handbook, to list them.\n", ben.err());
        assertEquals(0, ben.run("notes", "--json"), ben.err());
        assertEquals("", ben.err(), "JSON says it by itself");

        CommandRun benInTheirs = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, benInTheirs.run("notes"), benInTheirs.err());
        assertEquals(2, benInTheirs.out().lines().count(), "listed in their own handbook: " + benInTheirs.out());
        assertEquals("", benInTheirs.err());
    }

    /**
     * Fresh tester t32's F6: a folder's import of files whose notes are all for another handbook said only "could not be
     * placed"; each file's line says it, named as the file names that handbook, and a file for the open one does not.
     */
    @Test
    void aFolderImportSaysOnAFilesLineThatItsNotesAreForAnotherHandbook() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "a vegetable bed"), ana.err());
        Path folder = Files.createDirectories(tmp.resolve("stick"));
        assertEquals(0, ana.run("export", "--format", "notes", "--out", folder.resolve("ana.peeranotes").toString()),
                ana.err());
        String open;
        try (Handbook scripts = Handbooks.open(TestHandbooks.fixture("scripts"))) {
            open = scripts.book().title();
        }
        CommandRun ben = new CommandRun(tmp.resolve("ben"), TestHandbooks.fixture("scripts"));
        assertEquals(0, ben.run("import", "--dry-run", folder.toString()), ben.err());
        assertEquals("ana.peeranotes (notes file): \u201CAna\u201D — 2 notes; 2 for another handbook, “The Study"
                + " Circle Handbook”, not “" + open + "”, which is open: open that handbook in the reader and import"
                + " this file there (imported here, they are kept under “Could not place”)",
                ben.out().lines().findFirst().orElseThrow(), ben.out());

        CommandRun cai = new CommandRun(tmp.resolve("cai"));
        assertEquals(0, cai.run("import", "--dry-run", folder.toString()), cai.err());
        assertFalse(cai.out().contains("another handbook"), cai.out());
    }
}
