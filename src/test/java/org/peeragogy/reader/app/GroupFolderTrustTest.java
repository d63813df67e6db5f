package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.group.GroupFileNames;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupFolderSession;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * What a group folder's files are trusted with (issue 16's hostile retest, decision 0035), over real data folders
 * and a real folder: a file is its owner's only if all its notes are; the reader removes only files it wrote, and
 * says when another computer writes under its id; undoing a merge takes it back; the reader never accepts itself.
 */
class GroupFolderTrustTest {
    @TempDir
    Path tmp;

    private Path folder() throws Exception {
        return GroupMember.groupFolderIn(tmp);
    }

    private static List<String> notesFiles(Path dir) throws Exception {
        return GroupMember.namesIn(dir).stream().filter(n -> n.endsWith(".peeranotes")).toList();
    }

    /** {@code whose} writes a note into their file and {@code by} merges it by hand: {@code whose} is accepted. */
    private static ShareStore.Applied acceptedOnce(GroupMember by, GroupMember whose, String note) throws Exception {
        whose.note("gardens", note);
        whose.writeOwn();
        return by.folder.merge(by.db, by.sharing, by.scan().arrivals().get(0), true);
    }

    private static String uuid(GroupMember m) throws Exception {
        return m.id().substring("urn:uuid:".length());
    }

    /** M2: Fay accepted Ben; Eve's own file copied in under Ben's id is not Ben's, and asks. */
    @Test
    void aFileNamedAfterAnAcceptedPersonThatHoldsSomeoneElsesNotesAlwaysAsksAndSaysWhose() throws Exception {
        Path group = folder();
        Path evesOwn = Files.createDirectories(tmp.resolve("eves-own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group);
             GroupMember eve = GroupMember.join(tmp, "Eve", evesOwn)) {
            acceptedOnce(fay, ben, "Ben's note");
            eve.note("gardens", "EVE: spam link http://evil.example");
            Files.copy(eve.writeOwn(), group.resolve("Eve_" + uuid(ben) + ".peeranotes"));

            List<Arrival> arrivals = fay.scan().arrivals();

            assertEquals(1, arrivals.size());
            Arrival forged = arrivals.get(0);
            assertFalse(fay.folder.accepted(fay.db, forged), "not Ben's file, whatever its name says: it asks");
            assertEquals("", forged.seen().authorId(), "no one's file");
            assertTrue(forged.preview().remarks().get(0).startsWith("This file holds notes by other people: Eve (1 note)"),
                    forged.preview().remarks().toString());
            // The owner its id points to (Ben, as Fay knows him), not the name the file's name gives (a nit).
            assertTrue(forged.preview().remarks().get(0).contains("so it is not treated as Ben's"),
                    forged.preview().remarks().get(0));
            fay.folder.merge(fay.db, fay.sharing, forged, true);
            assertFalse(fay.db.groupFolder().people().accepted(eve.id()), "merging it by hand accepts no one");
        }
    }

    /** M2: a file under Ben's name carrying Ana's tombstone never deletes Ana's note without asking. */
    @Test
    void aDeletionOfSomeoneElsesNoteInAnAcceptedPersonsFileNameIsNeverMergedWithoutAsking() throws Exception {
        Path group = folder();
        Path anasOwn = Files.createDirectories(tmp.resolve("anas-own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group);
             GroupMember ana = GroupMember.join(tmp, "Ana", anasOwn)) {
            ben.note("gardens", "Ben's note");
            ben.writeOwn();
            Annotation anas = ana.note("meetings", "Ana's note");
            Files.copy(ana.writeOwn(), group.resolve("Ana_" + uuid(ana) + ".peeranotes"));
            fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), true); // Ben and Ana accepted
            Files.delete(group.resolve("Ana_" + uuid(ana) + ".peeranotes"));
            ana.db.annotations().delete(anas.id());
            Path tombstone = group.resolve("Eve_" + uuid(ben) + ".peeranotes");
            Files.copy(ana.writeOwn(), tombstone);
            // Labelling Ana "Anonymous" in the file does not pass her deletion off as Ben's anonymous question.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tombstone); Statement s = c.createStatement()) {
                s.execute("UPDATE author SET name = 'Anonymous'");
            }

            Arrival forged = fay.scan().arrivals().get(0);

            // Held back until Fay chooses, not counted as what it brings (decision 0077).
            assertTrue(forged.describe().contains("nothing new; held back until you choose: 1 change to another"
                    + " person's note"), forged.describe());
            assertFalse(fay.folder.accepted(fay.db, forged), "Ben is accepted, but this is not Ben's file");
            assertTrue(forged.preview().remarks().get(0).startsWith(
                    "This file holds notes by other people: Ana (1 deletion)"), forged.preview().remarks().toString());
            assertEquals(1, fay.notesSaying("Ana's note").size(), "nothing deleted without asking");
            fay.folder.merge(fay.db, fay.sharing, forged, true);
            assertEquals(1, fay.notesSaying("Ana's note").size(), "nor by merging it: only by taking it");
        }
    }

    /** The owner's own anonymous question (decision 0031) travels in their file and keeps it theirs. */
    @Test
    void anOwnFileWithTheOwnersAnonymousQuestionIsStillTheirs() throws Exception {
        Path group = folder();
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            acceptedOnce(fay, ben, "Ben's note");
            ben.db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true"); // decision 0080
            ben.db.conversation().ask(new AnnotationStore.Draft(ben.handbook.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Who asks?", List.of(), "Ben", Optional.empty()),
                    true);
            ben.writeOwn();

            Arrival next = fay.scan().arrivals().get(0);

            assertEquals(ben.id(), next.seen().authorId());
            assertTrue(fay.folder.accepted(fay.db, next), "accepted once: merged without asking");
            assertTrue(next.preview().remarks().stream().noneMatch(r -> r.contains("other people")));
        }
    }

    /**
     * A stranger calling themself "Anonymous" in a file named after accepted Ben: only questions pass as Ben's
     * anonymous ones, so a highlight under that name asks and is named (a fresh tester's spam, issue 16 retest B1).
     */
    @Test
    void anAnonymousNameCarriesOnlyQuestionsNeverAPlainNoteOrADeletion() throws Exception {
        Path group = folder();
        Path evesOwn = Files.createDirectories(tmp.resolve("eves-own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group);
             GroupMember eve = GroupMember.joinUnchecked(tmp, "Anonymous", evesOwn)) {
            acceptedOnce(fay, ben, "Ben's note");
            eve.note("gardens", "BUY CHEAP PILLS");
            Path bens = ben.writeOwn();
            Files.copy(eve.writeOwn(), bens, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            Arrival next = fay.scan().arrivals().get(0);

            assertEquals("", next.seen().authorId(), "no one's file");
            assertFalse(fay.folder.accepted(fay.db, next), "never merged without asking");
            assertTrue(next.preview().remarks().get(0).startsWith("This file holds notes by other people: Anonymous"),
                    next.preview().remarks().toString());
        }
    }

    /** M3: a stranger's file under Fay's own id is never deleted by her reader, and is said. */
    @Test
    void aFileUnderYourIdThatYouDidNotWriteIsNeverRemovedAndIsReported() throws Exception {
        Path group = folder();
        Path evesOwn = Files.createDirectories(tmp.resolve("eves-own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember eve = GroupMember.join(tmp, "Eve", evesOwn)) {
            eve.note("gardens", "Eve's note");
            Path strangers = Files.copy(eve.writeOwn(), group.resolve("Eve_" + uuid(fay) + ".peeranotes"));
            fay.note("gardens", "Fay's note");

            fay.writeOwn();
            GroupFolder.Scan scan = fay.scan();

            assertTrue(Files.exists(strangers), "a file Fay's reader did not write is never removed");
            assertEquals(List.of(strangers.getFileName().toString()), scan.underYourId());
            // b3: not a copy of Fay's profile (it holds none of her notes), and her notes went under her own name.
            assertEquals("A file under your id in the group folder does not hold your notes: "
                    + strangers.getFileName() + " holds other people's. Your reader never removes a file it did not"
                    + " write, and never merges it without asking; your notes reach the group under Fay_" + uuid(fay)
                    + ".peeranotes. Whoever put it there can take it out.", scan.underYourIdProblem().orElseThrow());
            assertEquals(1, scan.arrivals().size(), "read like anyone's file, not skipped");
        }
    }

    /** M3: a laptop set up by copying Cai's data folder; whichever syncs last, both computers' notes reach Fay. */
    @Test
    void twoComputersWithOneCopiedProfileBothGetTheirNotesToTheGroup() throws Exception {
        Path group = folder();
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember cai = GroupMember.join(tmp, "Cai", group)) {
            cai.note("gardens", "Cai before the copy");
            cai.writeOwn();
            try (GroupMember copy = cai.secondComputer(tmp, "cai-laptop2", group)) {
                copy.note("gardens", "made on the copied laptop");
                copy.writeOwn();
                cai.note("meetings", "Cai after the copy");
                cai.writeOwn();
                copy.writeOwn();
                cai.writeOwn();

                assertEquals(2, notesFiles(group).size(), "each computer keeps one file: " + notesFiles(group));
                assertEquals(1, cai.scan().underYourId().size(), "each says the other writes under its id");
                GroupFolder.Scan copys = copy.scan();
                assertEquals(1, copys.underYourId().size());
                // b3: the message names the file each computer's notes went to, not "under your own".
                String went = copys.ownFile();
                assertEquals(2, java.util.Set.of(went, copys.underYourId().get(0)).size(), went);
                assertTrue(notesFiles(group).contains(went), went);
                assertTrue(copys.underYourIdProblem().orElseThrow().startsWith("Another computer writes notes under"
                        + " your id in the group folder: " + copys.underYourId().get(0) + "."),
                        copys.underYourIdProblem().get());
                assertTrue(copys.underYourIdProblem().get().contains("and yours under " + went + "."),
                        copys.underYourIdProblem().get());
            }
            fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), true);
            assertEquals(1, fay.notesSaying("made on the copied laptop").size());
            assertEquals(1, fay.notesSaying("Cai after the copy").size());
            assertEquals(1, fay.notesSaying("Cai before the copy").size());
        }
    }

    /** M3: the copied laptop renamed to Gus: Cai's reader no longer deletes Gus's file. */
    @Test
    void aRenamedCopyOfYourProfileKeepsItsFile() throws Exception {
        Path group = folder();
        try (GroupMember cai = GroupMember.join(tmp, "Cai", group)) {
            cai.note("gardens", "Cai's note");
            cai.writeOwn();
            try (GroupMember gus = cai.secondComputer(tmp, "gus", group)) {
                gus.db.settings().putReaderName("Gus");
                gus.note("gardens", "Gus: my own note on the cloned laptop");
                Path gusFile = gus.writeOwn();
                cai.note("meetings", "Cai's second");
                cai.writeOwn();
                gus.writeOwn();
                assertTrue(Files.exists(gusFile), "Cai's reader did not write it: it stays");
                // Gus's copy knew Cai's file as it was at the copy and may take that one away once; Cai's reader
                // writes its file again, which Gus's reader did not write and leaves alone from then on.
                assertTrue(Files.exists(group.resolve(GroupFileNames.own("Cai", cai.id()))));
                assertEquals(2, notesFiles(group).size(), notesFiles(group).toString());
                assertEquals(List.of(gusFile.getFileName().toString()), cai.scan().underYourId());
            }
        }
    }

    /** m1: each look checks the reader's own file, and writes it again when it is gone or another stick is in. */
    @Test
    void theOwnFileIsWrittenAgainWhenRemovedOrTheFolderIsSwappedAndNeverOverAForgery() throws Exception {
        Path group = folder();
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T10:00:00Z"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember eve = GroupMember.join(tmp, "Eve",
                Files.createDirectories(tmp.resolve("eves-own")))) {
            String book = ana.handbook.book().identity();
            GroupFolderSession session = new GroupFolderSession(ana.folder, Duration.ofSeconds(3), clock);
            Path own = session.tick(ana.db, ana.sharing, book).written().orElseThrow();
            assertTrue(session.tick(ana.db, ana.sharing, book).written().isEmpty(), "there and as written");

            Files.delete(own);
            assertEquals(Optional.of(own), session.tick(ana.db, ana.sharing, book).written(), "removed: written again");

            Files.move(group, tmp.resolve("stick1"));
            Files.createDirectories(group); // another stick at the same mount point
            assertEquals(Optional.of(own), session.tick(ana.db, ana.sharing, book).written(), "swapped: written again");

            eve.note("gardens", "forged");
            Files.copy(eve.writeOwn(), own, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path moved = session.tick(ana.db, ana.sharing, book).written().orElseThrow();
            assertEquals(GroupFileNames.own("Ana", ana.id(), 2), moved.getFileName().toString(),
                    "a file Ana's reader did not write is not overwritten: hers go under the next name");
            assertTrue(Files.exists(own));
            assertTrue(session.tick(ana.db, ana.sharing, book).written().isEmpty(), "and that one is now hers");
        }
    }

    /** M4: Undo of a group merge makes the file wait again and takes back the acceptance. */
    @Test
    void undoingAGroupMergeMakesItsFilesWaitAgainAndTakesBackTheAcceptance() throws Exception {
        Path group = folder();
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember dan = GroupMember.join(tmp, "Dan", group)) {
            ShareStore.Applied merged = acceptedOnce(fay, dan, "Dan's first");
            assertTrue(fay.db.groupFolder().people().accepted(dan.id()));

            fay.sharing.undoImport(merged.batchId().orElseThrow());

            assertFalse(fay.db.groupFolder().people().accepted(dan.id()), "the acceptance that merge made is taken back");
            GroupFolder.Scan again = fay.scan(); // a later look of the window, not the first of a session
            assertEquals(1, again.arrivals().size(), "offered again");
            assertFalse(fay.folder.accepted(fay.db, again.arrivals().get(0)), "and it asks");
            assertEquals(org.peeragogy.reader.store.GroupFolderStore.State.WAITING, again.files().get(0).state());
            assertTrue(fay.scan().arrivals().isEmpty(), "offered once, not at every look");

            dan.note("gardens", "Dan's second");
            dan.writeOwn();
            Arrival next = fay.scan().arrivals().get(0);
            assertFalse(fay.folder.accepted(fay.db, next), "his next change asks too");
            assertTrue(fay.notesSaying("Dan's first").isEmpty(), "nothing came back by itself");
        }
    }

    /** M4: undoing a merge made without asking (Dan accepted before) takes his acceptance back as well. */
    @Test
    void undoingAMergeMadeWithoutAskingAsksNextTime() throws Exception {
        Path group = folder();
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember dan = GroupMember.join(tmp, "Dan", group)) {
            acceptedOnce(fay, dan, "Dan's first");
            dan.note("gardens", "spam");
            dan.writeOwn();
            ShareStore.Applied auto = fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), false).get(0);

            fay.sharing.undoImport(auto.batchId().orElseThrow());

            assertTrue(fay.notesSaying("spam").isEmpty());
            assertFalse(fay.db.groupFolder().people().accepted(dan.id()), "his next file asks");
            assertEquals(1, fay.scan().arrivals().size(), "the undone file waits again");
        }
    }

    /** The staging folder as the group folder (try16's nit): the file made there was removed once copied. */
    @Test
    void theReadersOwnStagingFolderIsRefusedAsTheGroupFolder() throws Exception {
        try (GroupMember dan = GroupMember.join(tmp, "Dan", tmp.resolve("dan").resolve("group-staging"))) {
            dan.note("gardens", "Dan's note");
            Files.createDirectories(dan.folder.folder());
            org.peeragogy.reader.share.ShareException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    org.peeragogy.reader.share.ShareException.class, dan::writeOwn);
            assertTrue(refused.getMessage().contains("staging folder"), refused.getMessage());
        }
    }

    /** m8: merging your own conflict copy by hand never accepts you. */
    @Test
    void mergingYourOwnConflictCopyNeverAcceptsYou() throws Exception {
        Path group = folder();
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ana.note("gardens", "on laptop 1");
            Path main = ana.writeOwn();
            try (GroupMember ana2 = ana.secondComputer(tmp, "ana2", Files.createDirectories(tmp.resolve("laptop2")))) {
                ana2.note("meetings", "on laptop 2");
                Files.copy(ana2.writeOwn(), group.resolve(main.getFileName().toString()
                        .replace(".peeranotes", ".sync-conflict-20261130-101500-ABCDEFG.peeranotes")));
            }
            List<Arrival> copies = ana.scan().arrivals();
            assertEquals(1, copies.size());

            ana.folder.mergeAll(ana.db, ana.sharing, copies, true);

            assertEquals(1, ana.notesSaying("on laptop 2").size());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ana.db.file());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM group_person")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1), "the reader's own id is never accepted");
            }
        }
    }
}
