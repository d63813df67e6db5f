package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's words say what it does (fresh testers t15c, t15d and t15e on issue 15): a file's change to the reader's
 * own note is said, not counted unchanged; a writer-less file's line and votes are worded as such.
 */
class ImportRemarksSayWhatHappensTest {
    @TempDir
    Path tmp;
    private CommandRun fay;

    @BeforeEach
    void fay() throws Exception {
        fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"));
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's own question"), fay.err());
    }

    /** Fay's own W3C export, her question re-worded later; {@code sameBase}: the file says it was not changed since. */
    private Path forgedW3c(boolean sameBase) throws Exception {
        Path w3c = tmp.resolve("fay.jsonld");
        assertEquals(0, fay.run("export", "--format", "w3c", "--out", w3c.toString()), fay.err());
        String later = Instant.now().plusSeconds(60).toString();
        String json = Files.readString(w3c).replace("Fay's own question", "FORGED Fay's own question")
                .replaceAll("\"modified\"\\s*:\\s*\"[^\"]*\"", "\"modified\": \"" + later + "\""
                        + (sameBase ? ", \"peeragogy:base\": \"" + later + "\"" : ""));
        Path forged = tmp.resolve("w3c-fayown.jsonld");
        Files.writeString(forged, json);
        Files.delete(w3c);
        return forged;
    }

    /**
     * t15e's F1: a W3C file's new words for Fay's own question, with a "last shared" time as late as its own, were
     * dropped and counted "1 unchanged", with no word; the other people's changes had their remark.
     */
    @Test
    void aFilesChangeToYourOwnNoteIsSaidLeftOutAndNotCountedUnchanged() throws Exception {
        Path forged = forgedW3c(true);
        assertEquals(0, fay.run("import", forged.toString(), "--dry-run"), fay.err());
        String said = fay.out();
        assertTrue(said.contains("1 change to your own note is left out: your question \u201CFay's own question\u201D"
                + " re-worded"), said);
        assertTrue(said.contains(" 0 unchanged"), said);
        assertEquals(0, fay.run("import", forged.toString(), "--others-changes"), fay.err());
        assertTrue(fay.out().contains("1 change to your own note is left out"), "never taken: " + fay.out());
        assertEquals(0, fay.run("notes"));
        assertFalse(fay.out().contains("FORGED"), fay.out());
    }

    /** A newer version of Fay's note by her id, in a file not hers: "your own note", not "another person's note". */
    @Test
    void aNewerVersionOfYourOwnNoteIsCalledYoursAndKeptBesideOnlyByChoice() throws Exception {
        Path forged = forgedW3c(false);
        assertEquals(0, fay.run("import", forged.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("1 change to your own note is left out: your question \u201CFay's own question\u201D"
                + " given a second version, re-worded"), fay.out());
        assertFalse(fay.out().contains("another person's note"), fay.out());
        assertTrue(fay.err().contains("Not imported: w3c-fayown.jsonld: 1 change to your own note"), fay.err());
        assertFalse(fay.err().contains("other people's notes"), fay.err());
        assertEquals(0, fay.run("import", forged.toString(), "--others-changes"), fay.err());
        assertTrue(fay.out().contains("Versions of your own notes are kept beside them as second versions, as you chose:"
                + " your question"), fay.out());
        assertEquals(0, fay.run("notes"));
        assertTrue(fay.out().contains("Fay's own question"), fay.out());
    }

    /** t15e's F3: a folder's line said a W3C file of held-back changes held "nobody — 0 notes". */
    @Test
    void aFoldersLineSaysWhatAFileCarriesWhatIsHeldBackToo() throws Exception {
        Path forged = forgedW3c(false);
        Path folder = Files.createDirectories(tmp.resolve("stick"));
        Files.move(forged, folder.resolve(forged.getFileName()));
        assertEquals(0, fay.run("import", folder.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("w3c-fayown.jsonld (W3C JSON-LD): \u201CFay\u201D — 1 note (0 replies, 1 question)"),
                fay.out());
        assertFalse(fay.out().contains("nobody"), fay.out());
    }

    /**
     * t15c's N4: sub-folders, hidden notes files and a folder named like a notes file were passed over without a word;
     * now one line says what was not read and why, naming a few and counting the rest.
     */
    @Test
    void aFolderImportSaysInOneLineWhatItDidNotRead() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("stick"));
        Path own = folder.resolve("fay.peeranotes");
        assertEquals(0, fay.run("export", "--format", "notes", "--out", own.toString()), fay.err());
        Files.copy(own, folder.resolve(".hidden.peeranotes"));
        for (String sub : new String[] {"ana", "bo", "chen", "dee", "dir.peeranotes"}) {
            Files.copy(own, Files.createDirectories(folder.resolve(sub)).resolve(sub + ".peeranotes"));
        }
        Files.createDirectories(folder.resolve(".Trashes"));
        // A named pipe, a special file: "1 special file", not "1 special file(s)" (t33's F8c).
        assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("pipe.peeranotes").toString()).start().waitFor());
        CommandRun gil = new CommandRun(tmp.resolve("gil"));
        assertEquals(0, gil.run("import", folder.toString(), "--dry-run"), gil.err());
        String said = gil.out();
        assertTrue(said.contains("Not read: 5 sub-folders (ana, bo, chen and 2 more), 1 hidden file"
                + " (.hidden.peeranotes), 1 special file (pipe.peeranotes). A folder's import reads only the notes files directly in it: import a"
                + " sub-folder on its own"), said);
        assertEquals(1, said.split("Not read: ", -1).length - 1, "one line: " + said);
        assertFalse(said.contains(".Trashes"), said);

        Files.delete(own);
        assertEquals(1, gil.run("import", folder.toString(), "--dry-run"));
        assertTrue(gil.err().contains("Not read: 5 sub-folders (ana, bo, chen and 2 more)"), gil.err());
        Files.copy(folder.resolve(".hidden.peeranotes"), folder.resolve(".second.peeranotes"));
        gil.run("import", folder.toString(), "--dry-run");
        assertTrue(gil.err().contains(", 2 hidden files (.hidden.peeranotes, .second.peeranotes), 1 special file"
                + " (pipe.peeranotes)."), gil.err());
    }

    /**
     * t15e's N1: the votes a W3C file carries were "votes by people other than the file's writer", of a file that says
     * no writer (the remark just above said so); in a folder too.
     */
    @Test
    void votesLeftOutOfAFileWithNoWriterAreNotOtherPeoplesThanItsWriter() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("name", "Ana"));
        Path anas = tmp.resolve("ana.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", anas.toString()), ana.err());
        assertEquals(0, fay.run("import", anas.toString()), fay.err());
        assertEquals(0, fay.run("notes"));
        String question = fay.out().lines().filter(l -> l.contains("Fay's own question")).findFirst().orElseThrow()
                .split("\t")[0];
        assertEquals(0, ana.run("import", exported(fay, "w3c", "fay-for-ana.jsonld").toString()), ana.err());
        assertEquals(0, ana.run("vote", question), ana.err());
        Path folder = Files.createDirectories(tmp.resolve("stick"));
        Path w3c = exported(ana, "w3c", "stick/ana.jsonld");

        CommandRun gil = new CommandRun(tmp.resolve("gil"));
        assertEquals(0, gil.run("import", w3c.toString(), "--dry-run"), gil.err());
        assertTrue(gil.err().contains("Not imported: ana.jsonld: 1 vote in a file that does not say who wrote it"),
                gil.err());
        assertFalse(gil.err().contains("the file's writer"), gil.err());
        assertEquals(0, gil.run("import", folder.toString(), "--dry-run"), gil.err());
        assertTrue(gil.err().contains("Not imported: stick (ana.jsonld): 1 vote in a file that does not say who wrote"
                + " it"), gil.err());

        // Fay takes Ana's vote and passes it on in her notes file, which says Fay wrote it.
        assertEquals(0, fay.run("import", w3c.toString(), "--others-votes"), fay.err());
        Files.copy(exported(fay, "notes", "fay.peeranotes"), folder.resolve("fay.peeranotes"));
        assertEquals(0, gil.run("import", folder.toString(), "--dry-run"), gil.err());
        assertTrue(gil.err().contains("Not imported: stick (ana.jsonld, fay.peeranotes): 2 votes by people other than"
                + " the file's writer, or in a file that does not say who wrote it (ana.jsonld)"), gil.err());
    }

    /** {@code who}'s export of everything as {@code format}, at {@code name} under the test's folder. */
    private Path exported(CommandRun who, String format, String name) throws Exception {
        Path out = tmp.resolve(name);
        assertEquals(0, who.run("export", "--format", format, "--out", out.toString()), who.err());
        return out;
    }

    /**
     * t15c's F6 and t15d's F6: a new writer who calls themselves "Ana" was printed as "Ana" beside the Ana Fay has, so
     * their file read as Ana's own; with no one else's notes in it, it had no remark at all.
     */
    @Test
    void aNewWriterWithTheNameOfSomeoneYouHaveIsToldApart() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("name", "Ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Is the whole chapter outdated?"), ana.err());
        String anasQuestion = ana.out().strip();
        assertEquals(0, fay.run("import", exported(ana, "notes", "ana.peeranotes").toString()), fay.err());
        CommandRun mal = new CommandRun(tmp.resolve("mal"));
        assertEquals(0, mal.run("name", "Ana"));
        assertEquals(0, mal.run("import", tmp.resolve("ana.peeranotes").toString()), mal.err());
        assertEquals(0, mal.run("reply", anasQuestion, "--note", "Ana here: I withdraw my question"), mal.err());
        String malId;
        String anaId;
        try (org.peeragogy.reader.store.Database m = org.peeragogy.reader.store.Database.open(tmp.resolve("mal"));
             org.peeragogy.reader.store.Database a = org.peeragogy.reader.store.Database.open(tmp.resolve("ana"))) {
            malId = m.settings().readerId();
            anaId = a.settings().readerId();
        }
        String malShort = "id " + malId.substring(9, 17);

        Path all = exported(mal, "notes", "mal-all.peeranotes");
        assertEquals(0, fay.run("import", all.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("It says Ana (" + malShort + ", new to you) wrote it"), fay.out());

        Path own = tmp.resolve("mal-own.peeranotes");
        assertEquals(0, mal.run("export", "--format", "notes", "--author", malId, "--out", own.toString()), mal.err());
        assertEquals(0, fay.run("import", own.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("This file says Ana (" + malShort + ") wrote it: someone new to you, not the Ana"
                + " you have (id " + anaId.substring(9, 17) + ")."), fay.out());
    }
}
