package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;

/**
 * Fresh tester t15e's M1: {@code group-folder sync --merge-all}, the facilitator's everyday command, took everything a
 * forged file in the group folder said (an import of the same file held it back): Ana's note deleted, Chen's question
 * re-worded and marked answered, Chen's vote given in his name, Chen renamed. Now a group file is checked as an
 * import's is (decision 0077): what it says for people other than its owner is held back, named in its remarks and
 * on the error stream with how to take it, and taken only with {@code --others-changes} and {@code --others-votes}.
 * Real data folders, a real folder, the command line as typed.
 */
class GroupFolderHoldsBackForOthersTest {
    private static final String QUESTION = "Is the whole chapter outdated?";
    private static final String FORGED = "(edited by Mal: yes it is)";

    @TempDir
    Path tmp;
    private Path group;
    private Path mals;
    private String chenId;
    private CommandRun fay;

    /** Ana's and Chen's own files in the group, merged by Fay; then Mal's forgery of them beside them. */
    @BeforeEach
    void forgery() throws Exception {
        group = GroupMember.groupFolderIn(tmp);
        mals = group.resolve("mal.peeranotes");
        fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember chen = GroupMember.join(tmp, "Chen", group);
             GroupMember mal = GroupMember.join(tmp, "Mal", tmp.resolve("mals-own"))) {
            chenId = chen.id();
            Annotation question = chen.db.conversation().ask(new AnnotationStore.Draft(chen.handbook.book().identity(),
                    "gardens", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, QUESTION, List.of(), "Chen",
                    Optional.empty()));
            Annotation useful = ana.note("gardens", "Useful for us");
            Path chens = chen.writeOwn();
            Path anas = ana.writeOwn();
            assertEquals(0, fay.run("group-folder", "set", group.toString()));
            assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());

            mal.sharing.apply(mal.sharing.preview(chens));
            mal.sharing.apply(mal.sharing.preview(anas));
            Annotation reply = mal.db.conversation().reply(question.id(), "Mal answers", "Mal");
            mal.db.annotations().edit(question.id(), Annotation.Colour.BLUE, FORGED, List.of());
            mal.db.annotations().delete(useful.id());
            mal.sharing.export(NoteSharing.Format.NOTES, mals, ExportFilter.ALL);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mals); Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE note_link SET answered_by = '" + reply.id()
                        + "' WHERE annotation_id = '" + question.id() + "'"));
                s.executeUpdate("INSERT INTO vote VALUES ('" + reply.id() + "', '" + chenId + "', 1, '"
                        + java.time.Instant.now() + "')");
            }
        }
    }

    private String notes() throws Exception {
        assertEquals(0, fay.run("notes"));
        return fay.out();
    }

    private void untouched() throws Exception {
        String notes = notes();
        assertTrue(notes.contains(QUESTION) && !notes.contains(FORGED), notes);
        assertTrue(notes.contains("question open"), "only Chen closes his question\n" + notes);
        assertTrue(notes.contains("Useful for us"), "Ana's note is not deleted\n" + notes);
        assertTrue(notes.contains("Mal answers"), "Mal's own reply comes in\n" + notes);
        assertFalse(notes.contains("really Mallory"), notes);
    }

    @Test
    void syncMergeAllHoldsBackAForgedFilesChangesAndVotesForOthersAndSaysHowToTakeThem() throws Exception {
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        String out = fay.out();
        assertTrue(out.contains("mal.peeranotes\t1 reply; left out: 2 changes to other people's notes,"
                + " 1 vote for someone else"), out);
        assertTrue(out.contains("2 changes to other people's notes are left out: Ana's note \u201CUseful for us\u201D"
                + " deleted, Chen's question \u201C" + QUESTION + "\u201D re-worded, marked answered."), out);
        assertTrue(fay.err().contains("Not merged: mal.peeranotes: 2 changes to other people's notes, 1 vote"), fay.err());
        assertTrue(fay.err().contains("undo-import, then group-folder sync --merge mal.peeranotes --others-changes"
                + " --others-votes"), fay.err());
        untouched();

        // Taken by choice, as the error stream said.
        assertEquals(0, fay.run("undo-import"));
        assertEquals(0, fay.run("group-folder", "sync", "--merge", "mal.peeranotes", "--others-changes",
                "--others-votes"), fay.err());
        assertTrue(fay.out().contains("Changes to other people's notes are taken, as you chose"), fay.out());
        String notes = notes();
        assertTrue(notes.contains(FORGED) && notes.contains("question answered"), notes);
        assertFalse(notes.contains("Useful for us"), notes);
    }

    @Test
    void aGroupFileThatDoesNotSayWhoWroteItSpeaksForNoOneAsAnImportedOneDoes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mals); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("DELETE FROM meta WHERE key = 'exported_by'"));
            assertEquals(1, s.executeUpdate("UPDATE author SET name = 'Chen (really Mallory)' WHERE id = '" + chenId
                    + "'"));
        }
        assertEquals(0, fay.run("group-folder", "status"));
        assertTrue(fay.out().contains("held back until you choose: 2 changes to other people's notes"), fay.out());
        assertTrue(fay.out().contains("This file does not say who wrote it"), fay.out());
        assertEquals(0, fay.run("group-folder", "sync", "--merge", "mal.peeranotes"), fay.err());
        assertTrue(fay.out().contains("The names it gives other people are not taken (Chen as Chen (really Mallory))"),
                fay.out());
        untouched();
    }

    /**
     * Fresh tester t15f's M1: the same forgery, writer line taken out and renamed after Ana ({@code Ana_<id>}, her id is
     * in her own file's name), or saying Ana wrote it under Chen's name: a file name alone makes no one its writer, so
     * it speaks for no one and her notes stay as her own file has them.
     */
    @Test
    void aFileNamedAfterSomeoneThatDoesNotItselfSayTheyWroteItSpeaksForNoOne() throws Exception {
        String anaId;
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            anaId = ana.id();
        }
        Path asAna = group.resolve("Ana-2_" + anaId.substring("urn:uuid:".length()) + ".peeranotes");
        java.nio.file.Files.move(mals, asAna);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + asAna); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("DELETE FROM meta WHERE key = 'exported_by'"));
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        assertTrue(fay.out().contains("Its file name says it is Ana's, but the file itself does not say who wrote it"),
                fay.out());
        assertTrue(fay.out().contains("left out: 2 changes"), fay.out());
        untouched();

        assertEquals(0, fay.run("undo-import"));
        Path asChen = group.resolve("Chen-2_" + chenId.substring("urn:uuid:".length()) + ".peeranotes");
        java.nio.file.Files.move(asAna, asChen);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + asChen); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO meta VALUES ('exported_by', '" + anaId + "')");
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        assertTrue(fay.out().contains("Its file name says it is Chen's, but the file itself says someone else wrote it"),
                fay.out());
        untouched();
    }

    /**
     * Fresh tester t15g's M1: Ana's own file (it says Ana wrote it) copied under another name, with her note deleted: merged as hers without a question at a facilitator who had merged Ana
     * before. A group file speaks for its writer only under their own name; these speak for no one, and ask.
     */
    @Test
    void anOwnersFileCopiedUnderAnotherNameSpeaksForNoOne() throws Exception {
        java.nio.file.Files.delete(mals);
        Path anas;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(group)) {
            anas = s.filter(p -> p.getFileName().toString().startsWith("Ana_")).findFirst().orElseThrow();
        }
        Path extra = group.resolve("zz-extra.peeranotes");
        for (Path forged : List.of(extra)) {
            java.nio.file.Files.copy(anas, forged);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE annotation SET deleted_at = '" + java.time.Instant.now()
                        + "', updated_at = '" + java.time.Instant.now() + "', note = '' WHERE note = 'Useful for us'"));
            }
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-accepted"), fay.err());
        assertFalse(fay.out().contains("merged\t"), "Ana is accepted, but neither is her file\n" + fay.out());
        assertTrue(fay.out().contains("It says Ana wrote it, but it is not Ana's file in the group folder"), fay.out());
        assertTrue(fay.out().contains("held back until you choose: 1 change"), fay.out());
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        assertTrue(notes().contains("Useful for us"), "not deleted as hers");
    }

    /**
     * Fresh tester t15g's M2: Mal, merged before, calls himself "Anonymous" in his own file: his notes would pass for
     * anonymous questions where the group allows none. The name is not taken, and the merge says so.
     */
    @Test
    void aRenameToAnonymousIsNeverTaken() throws Exception {
        java.nio.file.Files.delete(mals);
        try (GroupMember mal = GroupMember.join(tmp, "Mal", group)) {
            mal.note("gardens", "Mal's note");
            mal.writeOwn();
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        try (GroupMember mal = GroupMember.join(tmp, "Mal", group)) {
            // As an older reader, or a hand-edited settings table, lets him (decision 0075 refuses it here).
            mal.db.settings().put(org.peeragogy.reader.store.SettingsStore.READER_NAME, "Anonymous");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mal.db.file());
                 Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE author SET name = 'Anonymous', named_at = '" + java.time.Instant.now()
                        + "' WHERE id = '" + mal.id() + "'");
            }
            mal.note("gardens", "Is the facilitator even qualified?");
            mal.writeOwn();
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        assertTrue(fay.out().contains("calls themselves Anonymous"), fay.out());
        String notes = notes();
        assertTrue(notes.contains("Is the facilitator even qualified?"), notes);
        assertFalse(notes.lines().anyMatch(l -> l.contains("qualified") && l.contains("Anonymous")), notes);
    }

    /**
     * Fresh tester t15h's M1: where the group allows no anonymous questions (Fay's reader has the option off), Chen's own
     * file carrying a question under his anonymous id, and a newcomer who calls themselves "Anonymous", merged without
     * asking (the rule was only the asker's reader's). Both now ask, naming "Anonymous".
     */
    @Test
    void whereTheGroupAllowsNoAnonymousQuestionsAFileCarryingOneAsks() throws Exception {
        java.nio.file.Files.delete(mals);
        try (GroupMember chen = GroupMember.join(tmp, "Chen", group)) {
            chen.db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
            chen.db.conversation().ask(new AnnotationStore.Draft(chen.handbook.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Is Fay even qualified?", List.of(), "Chen",
                    Optional.empty()), true);
            chen.writeOwn();
        }
        try (GroupMember zed = GroupMember.joinUnchecked(tmp, "Anonymous", group)) {
            zed.note("gardens", "Zed's words as nobody's");
            zed.writeOwn();
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-accepted"), fay.err());
        assertFalse(fay.out().contains("merged\t"), "Chen is accepted, but his file carries an anonymous question\n"
                + fay.out());
        assertTrue(fay.out().contains("This file holds notes by other people: Anonymous (1 note)"), fay.out());
        assertTrue(fay.out().lines().filter(l -> l.startsWith("new\t")).allMatch(l -> l.contains("asks every time")),
                fay.out());
        assertFalse(notes().contains("Is Fay even qualified?"));
    }

    /** Fresh tester t15f's M2: a participant's new name alone is news, and reaches the group. */
    @Test
    void aNewNameAloneIsOfferedAndMerged() throws Exception {
        java.nio.file.Files.delete(mals);
        try (GroupMember chen = GroupMember.join(tmp, "Chen", group)) {
            chen.db.settings().putReaderName("Chen Wei");
            chen.writeOwn();
        }
        assertEquals(0, fay.run("group-folder", "status"));
        assertTrue(fay.out().contains("\ta new name"), fay.out());
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        assertTrue(fay.out().contains("Chen is now called Chen Wei"), fay.out());
        assertTrue(notes().contains("Chen Wei"));
    }

    @Test
    void anOwnersFileStillChangesTheirOwnNotes() throws Exception {
        java.nio.file.Files.delete(mals);
        try (GroupMember chen = GroupMember.join(tmp, "Chen", group)) {
            Annotation q = chen.db.annotations().book(chen.handbook.book().identity()).stream()
                    .filter(a -> a.note().equals(QUESTION)).findFirst().orElseThrow();
            chen.db.annotations().edit(q.id(), Annotation.Colour.BLUE, "Is all of it outdated?", List.of());
            chen.writeOwn();
        }
        assertEquals(0, fay.run("group-folder", "sync", "--merge-all"), fay.err());
        assertFalse(fay.out().contains("held back"), fay.out());
        assertTrue(notes().contains("Is all of it outdated?"));
    }
}
