package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.store.SteppingClock;
import org.peeragogy.reader.ui.SharingViewModel;
import org.peeragogy.reader.ui.Texts;

/**
 * A file speaks for its writer only (fresh tester t15's M2 and F12; decision 0061). Ana asks, Ben votes +1 on her
 * question, the facilitator Fay has both their files. Mal's file, written by Mal's reader from Ben's file, renames Ben
 * "Ben (really Mallory)", withdraws Ben's vote and adds a note under Ben's id, and gives Fay a vote she never gave:
 * under any name it had no remark and did all of it. Now its preview names Ben and what of his it holds, Ben's name
 * and vote stay as his own file said unless Fay takes his votes, and the vote "of Fay's" is not hers.
 */
class FileSpeaksForItsWriterTest {
    @TempDir
    Path tmp;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T19:58:00Z"));
    private Path anas;
    private Path bens;
    private Path mals;
    private String benId;
    private String fayId;
    private Annotation question;
    private CommandRun fay;

    @BeforeEach
    void files() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        anas = tmp.resolve("ana.peeranotes");
        bens = tmp.resolve("ben.peeranotes");
        mals = Files.createDirectories(tmp.resolve("stick")).resolve("notes-from-the-circle.peeranotes");
        fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"));
        try (Database f = Database.open(tmp.resolve("fay"))) {
            fayId = f.settings().readerId();
        }
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember ben = GroupMember.join(tmp, "Ben", group);
             GroupMember mal = GroupMember.join(tmp, "Mal", group)) {
            for (GroupMember m : List.of(ana, ben, mal)) {
                m.db.useClock(clock);
            }
            benId = ben.id();
            question = ana.db.conversation().ask(new AnnotationStore.Draft(ana.handbook.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Who tends the garden?", List.of(), "Ana",
                    Optional.empty()));
            ana.sharing.export(NoteSharing.Format.NOTES, anas, ExportFilter.ALL);
            ben.sharing.apply(ben.sharing.preview(anas));
            clock.advance(Duration.ofMinutes(1));
            ben.note("gardens", "Ben's own note");
            ben.db.conversation().vote(question.id(), true, "Ben");
            ben.sharing.export(NoteSharing.Format.NOTES, bens, new ExportFilter(java.util.Set.of(), java.util.Set.of(),
                    java.util.Set.of(), java.util.Set.of(benId)));

            mal.sharing.apply(mal.sharing.preview(bens));
            clock.advance(Duration.ofMinutes(1));
            mal.note("gardens", "Mal's note");
            Annotation forged = mal.note("gardens", "I am Ben, and I take my vote back");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mal.db.file()); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE annotation SET author_id = '" + benId + "', author = 'Ben (really Mallory)'"
                        + " WHERE id = '" + forged.id() + "'");
                s.executeUpdate("UPDATE author SET name = 'Ben (really Mallory)' WHERE id = '" + benId + "'");
                s.executeUpdate("UPDATE vote SET value = 0, updated_at = '" + clock.instant() + "' WHERE voter_id = '"
                        + benId + "'");
                s.executeUpdate("INSERT INTO vote VALUES ('" + question.id() + "', '" + fayId + "', '"
                        + ana.handbook.book().identity() + "', 1, '" + clock.instant() + "')");
                s.executeUpdate("INSERT INTO author (id, name, colour, visible) VALUES ('" + fayId + "', 'Fay', '#123456', 1)");
            }
            mal.sharing.export(NoteSharing.Format.NOTES, mals, ExportFilter.ALL);
            mal.sharing.export(NoteSharing.Format.W3C, tmp.resolve("mal.jsonld"), ExportFilter.ALL);
        }
        assertEquals(0, fay.run("import", anas.toString()));
        assertEquals(0, fay.run("import", bens.toString()));
        assertEquals(1, voteOf(benId), "Fay has Ben's +1 from his own file");
    }

    private Integer voteOf(String voter) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("fay").resolve("reader.db"));
             PreparedStatement ps = c.prepareStatement("SELECT value FROM vote WHERE annotation_id = ? AND voter_id = ?")) {
            ps.setString(1, question.id());
            ps.setString(2, voter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private String benIsCalled() throws Exception {
        try (Database db = Database.open(tmp.resolve("fay"))) {
            return db.authors().byId().get(benId).name();
        }
    }

    @Test
    void anotherPersonsFileNamesBenAndNeitherRenamesHimNorWithdrawsHisVote() throws Exception {
        assertEquals(0, fay.run("import", mals.toString(), "--dry-run"));
        String said = fay.out();
        assertTrue(said.contains("This file holds notes by other people: Ben (2 notes, 1 vote, a new name)"), said);
        assertTrue(said.contains("It says Mal wrote it"), said);
        // Tester t15b's M2: the remark promised "what it says for anyone else never replaces what their own files
        // say", while the file's changes and deletions of Ben's notes are taken; it says what is and is not taken.
        assertTrue(said.contains("their new notes in it are taken as it has them; the names it gives them are not,"
                + " and their votes and its changes to their notes only if you choose"), said);
        assertTrue(said.contains("1 vote by someone other than Mal is left out"), said);
        assertTrue(said.contains("The names it gives other people are not taken (Ben as Ben (really Mallory))"), said);
        assertFalse(said.contains("is now called"), said);

        assertEquals(0, fay.run("import", mals.toString()));
        assertTrue(fay.err().contains("--others-votes"), "how to take them: " + fay.err());
        assertEquals("Ben", benIsCalled(), "Mal's file does not rename Ben");
        assertEquals(1, voteOf(benId), "nor withdraw his vote");
        assertEquals(0, fay.run("notes"));
        assertTrue(fay.out().contains("I am Ben, and I take my vote back"), "notes add: the forged one is in, named");

        assertEquals(0, fay.run("undo-import"));
        assertEquals(0, fay.run("import", mals.toString(), "--others-votes"));
        assertEquals(0, voteOf(benId), "taken when Fay chooses to");
        assertEquals("Ben", benIsCalled(), "a name never");
    }

    /** The same file in a folder with Ben's own: the line names Ben, and his own file's name and vote stand. */
    @Test
    void inAFolderBensOwnFileIsWhatCounts() throws Exception {
        Path stick = mals.getParent();
        Files.copy(bens, stick.resolve("ben.peeranotes"));
        assertEquals(0, fay.run("import", stick.toString()));
        assertTrue(fay.out().contains(mals.getFileName() + ": This file holds notes by other people: Ben ("), fay.out());
        assertEquals("Ben", benIsCalled());
        assertEquals(1, voteOf(benId));
    }

    /** t15's F12: a vote a file says is Fay's is not hers, and never leaves in her exports. */
    @Test
    void aVoteTheFileSaysIsYoursIsNotTaken() throws Exception {
        assertEquals(0, fay.run("import", mals.toString()));
        assertTrue(fay.out().contains("1 vote in this file says it is yours: it is not taken"), fay.out());
        assertEquals(null, voteOf(fayId));

        Path out = tmp.resolve("fay-out.peeranotes");
        assertEquals(0, fay.run("export", "--format", "notes", "--author", fayId, "--out", out.toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'vote'");
            if (rs.getInt(1) > 0) {
                assertEquals(0, s.executeQuery("SELECT count(*) FROM vote WHERE voter_id = '" + fayId + "'").getInt(1));
            }
        }
    }

    /**
     * A file that does not say who wrote it (a notes file of an older version, here the same file without its
     * {@code exported_by}) is taken as it says, as before, and its preview says who is in it and that no one can tell.
     */
    @Test
    void aNotesFileThatDoesNotSayWhoWroteItSpeaksForNoOne() throws Exception {
        // Fresh tester t15c's M2: taking the writer's line out of Mal's file let it rename Ben and withdraw his vote,
        // with no choice asked. A notes file that says no writer speaks for no one: its votes and names for people the
        // reader knows are taken only by choice.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mals); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("DELETE FROM meta WHERE key = 'exported_by'"));
        }
        assertEquals(0, fay.run("import", mals.toString()));
        assertTrue(fay.out().contains("This file does not say who wrote it"), fay.out());
        assertTrue(fay.out().contains("Ben (2 notes, 1 vote, a new name)"), fay.out());
        assertFalse(fay.out().contains("Ben is now called Ben (really Mallory)"), fay.out());
        assertTrue(fay.out().contains("1 vote in it is left out: the file does not say who wrote it, so it speaks for no one's vote, unless you choose to take it."), fay.out());
        assertEquals(1, voteOf(benId), "Ben's own vote stands");
        assertEquals(null, voteOf(fayId), "and never a vote in Fay's name");
        assertEquals(0, fay.run("undo-import"), fay.err());
        assertEquals(0, fay.run("import", mals.toString(), "--others-votes"));
        assertEquals(0, voteOf(benId), "taken by choice");
    }

    /**
     * Fay's export of everyone's notes says she wrote it, by name though she wrote no note: Gil, who imports it, is told
     * whose votes are whose, and takes them only by choosing to.
     */
    @Test
    void aFacilitatorsExportOfEveryonesNotesSaysSheWroteItAndAsks() throws Exception {
        Path everyone = tmp.resolve("everyone.peeranotes");
        assertEquals(0, fay.run("export", "--format", "notes", "--out", everyone.toString()));
        CommandRun gil = new CommandRun(tmp.resolve("gil"));
        assertEquals(0, gil.run("import", everyone.toString()));
        assertTrue(gil.out().contains("This file holds notes by other people: Ben (1 note, 1 vote), Ana (1 note). It"
                + " says Fay wrote it"), gil.out());
        assertTrue(gil.out().contains("1 vote by someone other than Fay is left out"), gil.out());
    }

    /**
     * W3C JSON-LD says no writer, so it speaks for no one (fresh tester t15d's M1: Mal's forgery exported as W3C
     * re-worded Bo's reply, renamed him and withdrew his votes): the preview names the people in it, and their votes and
     * names are taken by choice only.
     */
    @Test
    void aW3cFileSpeaksForNoOne() throws Exception {
        assertEquals(0, fay.run("import", tmp.resolve("mal.jsonld").toString(), "--dry-run"));
        assertTrue(fay.out().contains("This file does not say who wrote it (a notes file of an older version or with its"
                + " writer taken out, W3C or Hypothesis), so it speaks for no one. It holds notes of several people: "),
                fay.out());
        assertTrue(fay.out().contains("Ben (2 notes, 1 vote"), fay.out());
        assertTrue(fay.out().contains("1 vote in this file says it is yours: it is not taken"), fay.out());
    }

    /** The window's File → Import previews through {@code SharingViewModel.preview}: the remark, in its language. */
    @Test
    void theWindowsPreviewSaysItFirstAndTakesTheVotesOnlyWhenAsked() throws Exception {
        try (GroupMember f = GroupMember.join(tmp, "Fay", GroupMember.groupFolderIn(tmp))) {
            SharingViewModel vm = new SharingViewModel(() -> f.sharing, new SharingViewModel.OwnConnection() {
                @Override
                public <T> T run(SharingViewModel.Work<T> work) throws ShareException {
                    try (Database own = f.db.another()) {
                        return work.with(new NoteSharing(own, new HandbookChapters(f.handbook), "test"));
                    } catch (StoreException e) {
                        throw ShareException.of(e);
                    }
                }
            }, p -> { }, Texts.of(java.util.Locale.ENGLISH));
            NoteSharing.Preview preview = vm.preview(mals);
            Texts spanish = Texts.of(java.util.Locale.forLanguageTag("es"));
            assertTrue(spanish.reason(preview.reasons().get(0)).startsWith(
                    "Este archivo contiene notas de otras personas: Ben (2 notas, 1 voto, un nombre nuevo)"),
                    spanish.reason(preview.reasons().get(0)));
            assertEquals(1, preview.forOthers().votesLeftOut().size());

            vm.apply(preview);
            assertEquals(1, voteOf(benId), "left out unless taken");
            f.sharing.undoImport(f.sharing.imports().get(0).id());
            vm.apply(preview.withOthers());
            assertEquals(0, voteOf(benId), "taken when the reader chooses");
            assertEquals("Ben", f.db.authors().byId().get(benId).name());
        }
    }
}
