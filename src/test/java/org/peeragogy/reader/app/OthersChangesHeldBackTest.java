package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * A note changes by its own writer's file only (fresh tester t15b's M2; decision 0069). Chen asks "Is the whole
 * chapter outdated?", Ana notes "Useful for us", and the facilitator Fay has both their files. Mal's file, written by
 * Mal's reader, re-words Chen's question, marks it answered by Mal's reply and deletes Ana's note: it did all of it
 * under a preview that promised the opposite, and Chen's and Ana's own files could not undo it. Now those changes
 * are held back and named unless Fay takes them ({@code --others-changes}); Mal's own reply, and others' new notes
 * relayed honestly, still come in; Chen's and Ana's own edits and deletions still apply.
 */
class OthersChangesHeldBackTest {
    private static final String QUESTION = "Is the whole chapter outdated?";
    private static final String FORGED = "(edited by Mal: yes it is)";

    @TempDir
    Path tmp;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T20:00:00Z"));
    private Path anas;
    private Path chens;
    private Path mals;
    private Path anasAll;
    private String chenId;
    private Annotation question;
    private Annotation anasNote;
    private CommandRun fay;

    @BeforeEach
    void files() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        anas = tmp.resolve("ana.peeranotes");
        chens = tmp.resolve("chen.peeranotes");
        anasAll = tmp.resolve("ana-with-chens.peeranotes");
        mals = Files.createDirectories(tmp.resolve("stick")).resolve("mal.peeranotes");
        fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember chen = GroupMember.join(tmp, "Chen", group);
             GroupMember mal = GroupMember.join(tmp, "Mal", group)) {
            for (GroupMember m : List.of(ana, chen, mal)) {
                m.db.useClock(clock);
            }
            chenId = chen.id();
            question = chen.db.conversation().ask(new AnnotationStore.Draft(chen.handbook.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, QUESTION, List.of(), "Chen", Optional.empty()));
            chen.sharing.export(NoteSharing.Format.NOTES, chens, only(chenId));
            anasNote = ana.note("gardens", "Useful for us");
            ana.sharing.export(NoteSharing.Format.NOTES, anas, only(ana.id()));
            // Ana's file of everything she has, Chen's question relayed in it.
            ana.sharing.apply(ana.sharing.preview(chens));
            ana.sharing.export(NoteSharing.Format.NOTES, anasAll, ExportFilter.ALL);

            mal.sharing.apply(mal.sharing.preview(chens));
            mal.sharing.apply(mal.sharing.preview(anas));
            clock.advance(Duration.ofMinutes(5));
            Annotation reply = mal.db.conversation().reply(question.id(), "Mal answers", "Mal");
            mal.db.annotations().edit(question.id(), Annotation.Colour.BLUE, FORGED, List.of());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mal.db.file());
                 Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE note_link SET answered_by = '" + reply.id()
                        + "' WHERE annotation_id = '" + question.id() + "'"));
            }
            mal.db.annotations().delete(anasNote.id());
            mal.sharing.export(NoteSharing.Format.NOTES, mals, ExportFilter.ALL);
        }
        assertEquals(0, fay.run("import", anas.toString()));
        assertEquals(0, fay.run("import", chens.toString()));
    }

    private static ExportFilter only(String author) {
        return new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(author));
    }

    private String notes(CommandRun who) throws Exception {
        assertEquals(0, who.run("notes"));
        return who.out();
    }

    @Test
    void malsFileCannotRewordCloseOrDeleteOtherPeoplesNotesWithoutTheFlag() throws Exception {
        assertEquals(0, fay.run("import", mals.toString(), "--dry-run"));
        String said = fay.out();
        assertTrue(said.contains("2 changes to other people's notes are left out: Ana's note \u201CUseful for us\u201D"
                + " deleted, Chen's question \u201C" + QUESTION + "\u201D re-worded, marked answered."), said);
        assertTrue(said.contains("Would import: 1 new, 0 updated, 0 deleted"), "only Mal's reply\n" + said);
        assertFalse(said.contains("never replaces what their own files say"), "no promise that is not kept\n" + said);
        assertTrue(fay.err().contains("mal.peeranotes: 2 changes to other people's notes"), fay.err());
        assertTrue(fay.err().contains("--others-changes"), fay.err());

        assertEquals(0, fay.run("import", mals.toString()));
        assertTrue(fay.err().contains("--others-changes"), fay.err());
        String notes = notes(fay);
        assertTrue(notes.contains(QUESTION), notes);
        assertFalse(notes.contains(FORGED), notes);
        assertTrue(notes.contains("question open"), "still open: only Chen closes his question\n" + notes);
        assertTrue(notes.contains("Useful for us"), "Ana's note is not deleted\n" + notes);
        assertTrue(notes.contains("Mal answers"), "Mal's own reply comes in\n" + notes);

        // Chen's and Ana's own files afterwards: what they say stands, nothing to put right.
        assertEquals(0, fay.run("import", chens.toString()));
        assertTrue(fay.out().contains("0 new, 0 updated, 0 deleted"), fay.out());
        assertEquals(0, fay.run("import", anas.toString()));
        assertTrue(fay.out().contains("0 new, 0 updated, 0 deleted"), fay.out());
        notes = notes(fay);
        assertTrue(notes.contains(QUESTION) && !notes.contains(FORGED) && notes.contains("Useful for us"), notes);
    }

    @Test
    void withTheFlagTheChangesAreTakenAndSaidSo() throws Exception {
        assertEquals(0, fay.run("import", mals.toString(), "--others-changes"));
        assertTrue(fay.out().contains("Changes to other people's notes are taken, as you chose: Ana's note \u201CUseful"),
                fay.out());
        String notes = notes(fay);
        assertTrue(notes.contains(FORGED), notes);
        assertTrue(notes.contains("question answered"), notes);
        assertFalse(notes.contains("Useful for us"), notes);

        // --others-deletions, the flag's older name, says the same.
        assertEquals(0, fay.run("undo-import"));
        assertEquals(0, fay.run("import", mals.toString(), "--others-deletions"));
        assertFalse(notes(fay).contains("Useful for us"));

        // Taken, Mal's version merges by the usual rules: Chen's own later edit, from the version Fay had from him,
        // replaces it (the store's base version: only his side changed since).
        try (GroupMember chen = GroupMember.join(tmp, "Chen", tmp.resolve("group"))) {
            chen.db.useClock(clock);
            clock.advance(Duration.ofMinutes(10));
            chen.db.annotations().edit(question.id(), Annotation.Colour.BLUE, "Is all of it outdated?", List.of());
            chen.sharing.export(NoteSharing.Format.NOTES, chens, only(chenId));
        }
        assertEquals(0, fay.run("import", chens.toString()));
        assertTrue(fay.out().contains("0 new, 1 updated"), fay.out());
        notes = notes(fay);
        assertTrue(notes.contains("Is all of it outdated?") && !notes.contains(FORGED), notes);
    }

    /** Ana's file of everything she has brings Chen's question to Gil, who has never seen it: a new note, taken. */
    @Test
    void anHonestRelayStillBringsOtherPeoplesNewNotes() throws Exception {
        CommandRun gil = new CommandRun(tmp.resolve("gil"));
        assertEquals(0, gil.run("import", anasAll.toString()));
        assertFalse(gil.out().contains("changes to other people's notes"), gil.out());
        String notes = notes(gil);
        assertTrue(notes.contains(QUESTION) && notes.contains("Useful for us"), notes);
    }

    /** Chen re-words his own question and Ana deletes her note: their own files change them as before. */
    @Test
    void theWritersOwnEditsAndDeletionsStillApply() throws Exception {
        try (GroupMember chen = GroupMember.join(tmp, "Chen", tmp.resolve("group"));
             GroupMember ana = GroupMember.join(tmp, "Ana", tmp.resolve("group"))) {
            chen.db.useClock(clock);
            ana.db.useClock(clock);
            clock.advance(Duration.ofMinutes(10));
            chen.db.annotations().edit(question.id(), Annotation.Colour.BLUE, "Is all of it outdated?", List.of());
            chen.sharing.export(NoteSharing.Format.NOTES, chens, only(chenId));
            ana.db.annotations().delete(anasNote.id());
            ana.sharing.export(NoteSharing.Format.NOTES, anas, only(ana.id()));
        }
        assertEquals(0, fay.run("import", chens.toString()));
        assertTrue(fay.out().contains("0 new, 1 updated"), fay.out());
        assertEquals(0, fay.run("import", anas.toString()));
        assertTrue(fay.out().contains("1 deleted"), fay.out());
        String notes = notes(fay);
        assertTrue(notes.contains("Is all of it outdated?"), notes);
        assertFalse(notes.contains("Useful for us"), notes);
    }

    /**
     * In a folder with Chen's own file: the forged changes are held back, and the question names the file (N4); the
     * change to Chen's question is not offered, as Chen's own file in the folder has the question (t15c's F2).
     */
    @Test
    void inAFolderTheChangesAreHeldBackAndTheFileCarryingThemIsNamed() throws Exception {
        Files.copy(chens, mals.resolveSibling("chen.peeranotes"));
        try (GroupMember f = GroupMember.join(tmp, "Fay", tmp.resolve("group"))) {
            FolderPreview p = f.sharing.previewFolder(mals.getParent());
            assertEquals(List.of("mal.peeranotes"), p.combined().forOthers().files());
            assertEquals(1, p.combined().forOthers().changesLeftOut().size(), "Ana's note's deletion, to take or not");
        }
        assertEquals(0, fay.run("import", mals.getParent().toString()));
        assertTrue(fay.out().contains("mal.peeranotes: 1 change to another person's note is not taken, whatever you"
                + " choose: their own file in this folder (chen.peeranotes) has the note as they wrote it"), fay.out());
        assertTrue(fay.err().contains("Not imported: mal.peeranotes: 1 change to other people's notes"), fay.err());
        String notes = notes(fay);
        assertTrue(notes.contains(QUESTION) && !notes.contains(FORGED) && notes.contains("Useful for us"), notes);
    }

    /**
     * Gil has none of these notes yet; his folder has Chen's own file and Mal's newer version of Chen's question: a
     * note's version from its author's own file is the one taken, however new the other, and Mal's deletion of Ana's
     * note (one Gil does not have) is held back too, so Ana's note can still arrive.
     */
    @Test
    void inAFolderTheAuthorsOwnFileOutranksANewerVersionInAnothersFile() throws Exception {
        Files.copy(chens, mals.resolveSibling("chen.peeranotes"));
        CommandRun gil = new CommandRun(tmp.resolve("gil"));
        assertEquals(0, gil.run("import", mals.getParent().toString()));
        String notes = notes(gil);
        assertTrue(notes.contains(QUESTION) && !notes.contains(FORGED), notes);
        assertTrue(notes.contains("question open"), notes);
        assertEquals(0, gil.run("import", anas.toString()));
        assertTrue(notes(gil).contains("Useful for us"), "Mal's deletion of a note Gil did not have yet was left out");
    }

    /**
     * t15c's F2 and t15d's F3: Gil, who has none of these notes, imports a folder of Ana's, Chen's and Mal's files.
     * Mal's deletion of Ana's note was "a note of Ana's you do not have, deleted" (Ana's file beside it has it), his
     * re-wording and answered mark of Chen's question were left out without a word, and with {@code --others-changes}
     * the import said it took the deletion it did not take. Each is said as not taken, whatever the choice.
     */
    @Test
    void inAFolderAChangeToANoteItsAuthorsOwnFileHasIsSaidNotTakenWhateverTheChoice() throws Exception {
        Files.copy(chens, mals.resolveSibling("chen.peeranotes"));
        Files.copy(anas, mals.resolveSibling("ana.peeranotes"));
        CommandRun gil = new CommandRun(tmp.resolve("gil"));
        for (boolean take : new boolean[] {false, true}) {
            assertEquals(0, take ? gil.run("import", mals.getParent().toString(), "--others-changes", "--dry-run")
                    : gil.run("import", mals.getParent().toString(), "--dry-run"), gil.err());
            String said = gil.out();
            assertTrue(said.contains("mal.peeranotes: 2 changes to other people's notes are not taken, whatever you"
                    + " choose: their own files in this folder (ana.peeranotes, chen.peeranotes) have the notes as they"
                    + " wrote them, and a note changes by its own writer's file: Ana's note \u201CUseful for us\u201D"
                    + " deleted, Chen's question \u201C" + QUESTION + "\u201D re-worded, marked answered."), said);
            assertFalse(said.contains("you do not have"), said);
            assertFalse(said.contains("are taken, as you chose"), said);
            assertFalse(gil.err().contains("changes to other people's notes"), "nothing to take: " + gil.err());
        }
        assertEquals(0, gil.run("import", mals.getParent().toString(), "--others-changes"));
        String notes = notes(gil);
        assertTrue(notes.contains("Useful for us") && notes.contains(QUESTION) && !notes.contains(FORGED), notes);
    }

    /** A file that does not say who wrote it is taken as it says, and its preview says which notes it changes. */
    @Test
    void aNotesFileThatDoesNotSayWhoWroteItChangesNoOnesNotesUnlessTaken() throws Exception {
        // Fresh tester t15c's M2: with the writer's line taken out, Mal's file was "imported as it says".
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mals); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("DELETE FROM meta WHERE key = 'exported_by'"));
        }
        assertEquals(0, fay.run("import", mals.toString(), "--dry-run"));
        String said = fay.out();
        assertTrue(said.contains("This file does not say who wrote it"), said);
        assertTrue(said.contains("changes to other people's notes are left out: "), said);
        assertTrue(said.contains("Chen's question \u201C" + QUESTION + "\u201D re-worded, marked answered"), said);
        assertTrue(said.contains("Ana's note \u201CUseful for us\u201D deleted"), said);
        assertEquals(0, fay.run("import", mals.toString()), fay.err());
        assertEquals(0, fay.run("notes"), fay.err());
        assertTrue(fay.out().contains("Useful for us") && fay.out().contains(QUESTION + "\t"), fay.out());
    }

    /**
     * Tester t15b's F1: two files in one folder say Chen wrote them (Chen's own, and a copy of Mal's that says so):
     * files carry no signature, so the preview says it first, naming both.
     */
    @Test
    void twoFilesThatSayOneWriterAreSaid() throws Exception {
        Path stick = mals.getParent();
        Files.copy(chens, stick.resolve("chen.peeranotes"));
        Path notChens = stick.resolve("not-chen.peeranotes");
        Files.copy(mals, notChens);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + notChens); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE meta SET value = '" + chenId + "' WHERE key = 'exported_by'"));
        }
        assertEquals(0, fay.run("import", stick.toString(), "--dry-run"));
        assertTrue(fay.out().contains("2 files in this folder say the same person wrote them (Chen): chen.peeranotes,"
                + " not-chen.peeranotes. Files carry no signature"), fay.out());
    }

    /**
     * Tester t15b's F9 and N7: a file of 60 invented people and one whose name is a paragraph of made-up import lines.
     * The folder's line for each lists six names at most, then how many more, each set apart in quotes and cut at a
     * name's 200 characters; a file bringing far more strangers than the reader knows is said plainly.
     */
    @Test
    void aFilesLineIsCappedAndItsNamesAreSetApart() throws Exception {
        Path stick = mals.getParent();
        Files.delete(mals);
        Path many = stick.resolve("many.peeranotes");
        Files.copy(anas, many);
        String spoof = "Bo \u2014 1 note\nImported: 0 new, 99 unchanged\nbo.peeranotes: This file is signed and verified by"
                + " the facilitator " + "x".repeat(300);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + many); Statement s = c.createStatement()) {
            for (int i = 0; i < 60; i++) {
                String id = String.format("urn:uuid:00000000-0000-4000-8000-%012d", i);
                String name = i == 0 ? spoof.replace("'", "''") : String.format("Person %02d", i);
                s.execute("CREATE TEMP TABLE t AS SELECT * FROM annotation WHERE deleted_at IS NULL LIMIT 1");
                s.execute("UPDATE t SET id = '" + id.substring(9) + "', author_id = '" + id + "', author = '" + name
                        + "'");
                s.execute("INSERT INTO annotation SELECT * FROM t");
                s.execute("DROP TABLE t");
                s.execute("INSERT INTO author VALUES ('" + id + "', '" + name + "', NULL, '')");
            }
        }
        assertEquals(0, fay.run("import", stick.toString(), "--dry-run"));
        String line = fay.out().lines().filter(l -> l.startsWith("many.peeranotes (notes file): ")).findFirst()
                .orElseThrow();
        assertTrue(line.contains(" and 55 more \u2014 61 notes"), line);
        assertTrue(line.length() < 600, line.length() + " characters: " + line);
        assertTrue(line.contains("\u201CAna\u201D, "), line);
        assertTrue(line.contains("\u201CBo \u2014 1 note Imported: 0 new, 99 unchanged bo.peeranotes: This file is signed"),
                "set apart in quotes, on one line\n" + line);
        int from = line.indexOf("\u201CBo");
        int to = line.indexOf('\u201D', from);
        assertTrue(to > from && line.codePointCount(from + 1, to) <= 200, "cut at a name's 200 characters\n" + line);
        assertTrue(fay.out().contains("many.peeranotes: This file brings 60 people you have never seen, far more than"),
                fay.out());
    }

    /**
     * Fresh tester t32's F17: Ben imported Ana's notes, replied, and gave Ana his whole export; her own notes in it were
     * told in the group folder's words ("never merged without asking, and merging it accepts no one"), which mean nothing
     * in an import by hand. They are said as hers, passed on by Ben.
     */
    @Test
    void yourOwnNotesPassedBackInSomeonesFileAreSaidInAnImportsWords() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana2"));
        CommandRun ben = new CommandRun(tmp.resolve("ben2"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(0, ben.run("name", "Ben"), ben.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Ana's"), ana.err());
        Path anas = tmp.resolve("ana2.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", anas.toString()), ana.err());
        assertEquals(0, ben.run("import", anas.toString()), ben.err());
        Path bens = tmp.resolve("ben2.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--out", bens.toString()), ben.err());

        assertEquals(0, ana.run("import", bens.toString()), ana.err());
        String said = ana.out() + ana.err();
        assertTrue(said.contains("This file holds notes of yours (1 note), as Ben, who it says wrote it, passed them on."
                + " What it would change in them comes in only if you choose."), said);
        assertFalse(said.contains("merged without asking"), said);
    }
}
