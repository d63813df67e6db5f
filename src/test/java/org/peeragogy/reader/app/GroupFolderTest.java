package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.group.GroupFileNames;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupFolderSession;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * The group folder (issue 16) with several data folders on one machine: what each reader writes, and what
 * it makes of what sync tools leave in the folder (files still arriving, conflict copies, deleted, renamed
 * and older files, a folder that goes away, hostile files).
 */
class GroupFolderTest {
    @TempDir
    Path tmp;

    private Path folder() throws Exception {
        return GroupMember.groupFolderIn(tmp);
    }

    private static Set<String> names(Path dir) throws Exception {
        return GroupMember.namesIn(dir);
    }

    @Test
    void ownFileIsNamedAfterTheReaderAndIdHoldsOnlyTheirNotesAndLeavesNoTemporaryFile() throws Exception {
        Path group = folder();
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            ben.note("gardens", "Ben's garden note");
            ben.writeOwn();
            Path bens = group.resolve(GroupFileNames.own("Ben", ben.id()));
            byte[] bensBytes = Files.readAllBytes(bens);
            ana.note("meetings", "Ana's meeting note");
            ana.folder.merge(ana.db, ana.sharing, ana.scan().arrivals().get(0), true);

            Path written = ana.writeOwn();

            assertEquals("Ana_" + ana.id().substring("urn:uuid:".length()) + ".peeranotes",
                    written.getFileName().toString());
            assertEquals(Set.of(written.getFileName().toString(), bens.getFileName().toString()), names(group),
                    "no temporary file is left, and nothing but the two readers' files is there");
            assertArrayEquals(bensBytes, Files.readAllBytes(bens), "Ana's reader never writes Ben's file");
            // Ana's file holds her notes only, not Ben's that she merged: each person's notes travel in their file.
            List<String> inFile = ana.sharing.read(written).notes().stream().map(n -> n.annotation().note()).toList();
            assertEquals(List.of("Ana's meeting note"), inFile);
        }
    }

    @Test
    void anotherReadersFileIsOfferedOnceMergedAsOneImportAndRememberedAcrossARestart() throws Exception {
        Path group = folder();
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            ben.note("gardens", "one");
            ben.note("meetings", "two");
            ben.writeOwn();
        }
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            GroupFolder.Scan first = ana.scan();
            assertEquals(1, first.arrivals().size());
            Arrival arrival = first.arrivals().get(0);
            assertEquals("Ben updated their notes (2 new)", arrival.describe());
            assertFalse(ana.folder.accepted(ana.db, arrival), "never merged by hand: Ben is not accepted yet");
            var applied = ana.folder.merge(ana.db, ana.sharing, arrival, true);
            assertTrue(applied.batchId().isPresent(), "one undoable import");
            assertEquals(1, ana.notesSaying("one").size());
            assertTrue(ana.folder.accepted(ana.db, arrival), "merged by hand once: accepted");
            assertTrue(ana.scan().arrivals().isEmpty(), "the same version is not offered again");
        }
        try (GroupMember again = GroupMember.join(tmp, "Ana", group)) {
            GroupFolder.Scan afterRestart = again.folder.scan(again.db, again.sharing, true);
            assertTrue(afterRestart.arrivals().isEmpty(), "what was merged is remembered in the database");
            assertEquals(GroupFolderStore.State.MERGED, afterRestart.files().get(0).state());
            assertEquals("Ben", afterRestart.files().get(0).person());
        }
    }

    @Test
    void filesStillArrivingAreLeftAloneAndAHalfFileIsNotCompleteYetNeverAnAlarm() throws Exception {
        Path group = folder();
        Path elsewhere = Files.createDirectories(tmp.resolve("bens-own-folder"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", elsewhere); GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ben.note("gardens", "arrives whole");
            Path full = ben.writeOwn();
            byte[] bytes = Files.readAllBytes(full);
            String name = full.getFileName().toString();
            // What Syncthing, Nextcloud and a browser leave while a file is on its way: whole files, but not yet ours.
            for (String temp : List.of(".syncthing." + name + ".tmp", "~syncthing~" + name + ".tmp", ".~" + name,
                    name + ".part", name + ".filepart", "." + name + ".Xy12Ab")) {
                Files.write(group.resolve(temp), bytes);
            }
            // Tools' own files, which never become notes files: not "arriving" for ever (t16's N9, t16c's N5).
            for (String tools : List.of("._" + name, ".DS_Store", ".stignore", ".nfs000000000123abcd", name + "~")) {
                Files.write(group.resolve(tools), bytes);
            }
            Files.createDirectories(group.resolve(".stversions"));
            // A copy cut short (a stick pulled out): the first half, under the final name.
            Files.write(group.resolve(name), java.util.Arrays.copyOf(bytes, bytes.length / 2));

            GroupFolder.Scan scan = ana.scan();
            assertTrue(scan.arrivals().isEmpty(), "nothing is offered from a half or temporary file");
            assertEquals(6, scan.arriving().size(), scan.arriving().toString());
            GroupFolderStore.SeenFile half = scan.files().get(0);
            assertEquals(GroupFolderStore.State.INCOMPLETE, half.state());
            assertTrue(half.summary().startsWith("not complete yet"), half.summary());
            assertTrue(ana.notesSaying("arrives whole").isEmpty());

            Files.write(group.resolve(name), bytes); // the rest arrives
            GroupFolder.Scan whole = ana.scan();
            assertEquals(1, whole.arrivals().size(), "read again once it changed, and now complete");
        }
    }

    @Test
    void conflictCopiesAreSecondVersionsOfThatPersonsFileMergedAsTwoVersionsAndNeverDeleted() throws Exception {
        Path group = folder();
        Path laptop2Folder = Files.createDirectories(tmp.resolve("laptop2-folder"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember reader = GroupMember.join(tmp, "Ana", group)) {
            Annotation shared = ben.note("gardens", "first words");
            ben.writeOwn();
            reader.folder.merge(reader.db, reader.sharing, reader.scan().arrivals().get(0), true);
            try (GroupMember benOnLaptop2 = ben.secondComputer(tmp, "ben-laptop2", laptop2Folder)) {
                // The link is down: Ben edits the same note on both computers, and adds one on the second.
                ben.db.annotations().edit(shared.id(), Annotation.Colour.BLUE, "edited on laptop 1", List.of());
                benOnLaptop2.db.annotations().edit(shared.id(), Annotation.Colour.BLUE, "edited on laptop 2", List.of());
                benOnLaptop2.note("meetings", "only on laptop 2");
                Path main = ben.writeOwn();
                Path other = benOnLaptop2.writeOwn();
                // The sync tool keeps both: one under the name, the other as its conflict copy.
                String conflictName = main.getFileName().toString().replace(".peeranotes",
                        ".sync-conflict-20261130-101500-ABCDEFG.peeranotes");
                Files.copy(other, group.resolve(conflictName));
            }
            GroupFolder.Scan scan = reader.scan();
            assertEquals(2, scan.arrivals().size());
            assertFalse(scan.arrivals().get(0).alongside(), "the file under its own name is merged first");
            assertTrue(scan.arrivals().get(1).alongside());
            assertEquals(ben.id(), scan.arrivals().get(1).seen().authorId(), "the copy is Ben's file too");
            for (Arrival a : scan.arrivals()) {
                reader.folder.merge(reader.db, reader.sharing, a, false);
            }
            assertEquals(1, reader.notesSaying("edited on laptop 1").size());
            assertEquals(1, reader.notesSaying("edited on laptop 2").size(), "the other edit is a second version");
            assertEquals(1, reader.notesSaying("only on laptop 2").size());
            assertEquals(1, reader.sharing.conflicts().size(), "one note, two versions");
            var pair = reader.sharing.conflicts().get(0);
            assertEquals(java.util.Set.of(pair.original().id(), pair.copy().id()), reader.sharing.conflictedIds(),
                    "the window's one-query read names the same two notes");
            assertEquals(2, names(group).stream().filter(n -> n.startsWith("Ben_")).count(),
                    "the conflict copy is never deleted");
            assertTrue(reader.scan().arrivals().isEmpty(), "and not offered again");
        }
    }

    /**
     * Files merged at once are one import in one transaction (issue 16): one batch, so that the notice's Undo takes
     * back everything it named; each file is decided against what the files before it wrote (Ben's file updates a
     * note, his conflict copy then keeps its own edit of it as a second version), and the undo puts back the note as
     * it was before the first of them, not between the two.
     */
    @Test
    void filesMergedAtOnceAreOneImportThatOneUndoTakesBackWhole() throws Exception {
        Path group = folder();
        Path laptop2Folder = Files.createDirectories(tmp.resolve("laptop2-folder"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember cy = GroupMember.join(tmp, "Cy", group);
             GroupMember reader = GroupMember.join(tmp, "Ana", group)) {
            Annotation shared = ben.note("gardens", "first words");
            ben.writeOwn();
            reader.folder.merge(reader.db, reader.sharing, reader.scan().arrivals().get(0), true);
            try (GroupMember benOnLaptop2 = ben.secondComputer(tmp, "ben-laptop2", laptop2Folder)) {
                ben.db.annotations().edit(shared.id(), Annotation.Colour.BLUE, "edited on laptop 1", List.of());
                benOnLaptop2.db.annotations().edit(shared.id(), Annotation.Colour.BLUE, "edited on laptop 2", List.of());
                Path main = ben.writeOwn();
                Files.copy(benOnLaptop2.writeOwn(), group.resolve(main.getFileName().toString().replace(".peeranotes",
                        ".sync-conflict-20261130-101500-ABCDEFG.peeranotes")));
            }
            cy.note("meetings", "Cy's first");
            cy.note("gardens", "Cy's second");
            cy.writeOwn();

            List<Arrival> arrivals = reader.scan().arrivals();
            assertEquals(3, arrivals.size());
            long before = reader.db.sharing().batches().size();
            List<org.peeragogy.reader.store.ShareStore.Applied> applied = reader.folder.mergeAll(reader.db,
                    reader.sharing, arrivals, true);
            assertEquals(before + 1, reader.db.sharing().batches().size(), "one import for the three files");
            assertTrue(applied.stream().allMatch(a -> a.batchId().equals(applied.get(0).batchId())));
            assertEquals("group folder (3 files)", reader.db.sharing().batches().get(0).source());
            assertTrue(reader.db.sharing().batches().get(0).summary().startsWith("2 new, 1 updated, 0 deleted"),
                    reader.db.sharing().batches().get(0).summary());
            assertEquals(1, reader.notesSaying("edited on laptop 1").size());
            assertEquals(1, reader.notesSaying("edited on laptop 2").size(), "the copy's edit, a second version");
            assertEquals(2, reader.notesSaying("Cy's first").size() + reader.notesSaying("Cy's second").size());
            assertTrue(reader.scan().arrivals().isEmpty(), "each version is remembered as merged");
            for (Arrival a : arrivals) {
                assertTrue(reader.folder.accepted(reader.db, a), "merged by hand: " + a.person() + " accepted");
            }

            reader.sharing.undoImport(applied.get(0).batchId().orElseThrow());
            assertEquals(1, reader.notesSaying("first words").size(), "as it was before the first of the three");
            assertTrue(reader.notesSaying("edited on laptop 1").isEmpty());
            assertTrue(reader.notesSaying("edited on laptop 2").isEmpty());
            assertTrue(reader.notesSaying("Cy's first").isEmpty() && reader.notesSaying("Cy's second").isEmpty());
            assertTrue(reader.sharing.authors().list().stream().noneMatch(a -> a.name().equals("Cy")),
                    "Cy's layer went with her notes");
        }
    }

    @Test
    void deletedRenamedAndOlderFilesChangeNothingDeletionsComeOnlyFromTombstones() throws Exception {
        Path group = folder();
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            Annotation keep = ben.note("gardens", "keep me");
            Annotation gone = ben.note("meetings", "delete me");
            Path file = ben.writeOwn();
            Path yesterday = Files.copy(file, tmp.resolve("yesterday.peeranotes"));
            ana.folder.merge(ana.db, ana.sharing, ana.scan().arrivals().get(0), true);

            ben.db.annotations().delete(gone.id());
            ben.db.annotations().edit(keep.id(), Annotation.Colour.BLUE, "kept and edited", List.of());
            ben.writeOwn();
            Arrival tombstone = ana.scan().arrivals().get(0);
            assertTrue(tombstone.describe().contains("1 deleted"), tombstone.describe());
            ana.folder.merge(ana.db, ana.sharing, tombstone, true);
            assertTrue(ana.notesSaying("delete me").isEmpty(), "a tombstone deletes");

            // Yesterday's stick: the older file comes back under the same name. It brings nothing back.
            Files.copy(yesterday, file, StandardCopyOption.REPLACE_EXISTING);
            GroupFolder.Scan older = ana.scan();
            assertTrue(older.arrivals().isEmpty(), "an older file changes nothing");
            assertEquals(GroupFolderStore.State.NOTHING_NEW, older.files().get(0).state());
            // Renamed, then deleted: still nothing.
            Path renamed = Files.move(file, group.resolve("ben-from-the-stick.peeranotes"));
            assertTrue(ana.scan().arrivals().isEmpty());
            Files.delete(renamed);
            assertTrue(ana.scan().arrivals().isEmpty());
            assertEquals(1, ana.notesSaying("kept and edited").size(), "a missing file deletes nothing");
            assertTrue(ana.notesSaying("delete me").isEmpty(), "and brings nothing back");
        }
    }

    @Test
    void aFolderThatVanishesIsNotReachableAndTheReaderResumesWhenItIsBack() throws Exception {
        Path group = folder();
        Path unplugged = tmp.resolve("unplugged");
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T10:00:00Z"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            GroupFolderSession session = new GroupFolderSession(ana.folder, Duration.ofSeconds(2), clock);
            assertTrue(session.tick(ana.db, ana.sharing, ana.handbook.book().identity()).written().isPresent());
            ben.note("gardens", "written while the stick was out");
            ben.writeOwn();
            Files.move(group, unplugged);
            ana.note("meetings", "made while unplugged");
            assertFalse(session.tick(ana.db, ana.sharing, ana.handbook.book().identity()).scan().reachable());
            clock.advance(Duration.ofSeconds(5)); // the change has settled: its write is due
            GroupFolderSession.Tick away = session.tick(ana.db, ana.sharing, ana.handbook.book().identity());
            assertFalse(away.scan().reachable());
            assertTrue(away.scan().problem().english().contains("not there"), away.scan().problem().english());
            assertTrue(away.writeProblem().orElseThrow().english().contains("when it is back"), away.writeProblem().toString());

            Files.move(unplugged, group);
            GroupFolderSession.Tick back = session.tick(ana.db, ana.sharing, ana.handbook.book().identity());
            assertTrue(back.scan().reachable());
            assertTrue(back.written().isPresent(), "the waiting write is made once the folder is back");
            assertEquals(List.of("made while unplugged"), ana.sharing.read(back.written().get()).notes().stream()
                    .map(n -> n.annotation().note()).toList());
            assertEquals(1, back.scan().arrivals().size(), "and Ben's file is offered");
        }
    }

    @Test
    void everyFileIsAStrangersFileAndOneBadFileNeverStopsTheOthers() throws Exception {
        Path group = folder();
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ben.note("gardens", "good note");
            ben.writeOwn();
            Files.writeString(group.resolve("Eve_00000000-0000-4000-8000-000000000000.peeranotes"), "not a notes file");
            Files.write(group.resolve("Mallory.peeranotes"), new byte[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o',
                    'r', 'm', 'a', 't', ' ', '3', 0, 1, 2, 3});
            Files.createDirectory(group.resolve("folder.peeranotes"));
            Files.writeString(group.resolve("handout.md"), "# Digest");

            GroupFolder.Scan scan = ana.scan();

            assertEquals(1, scan.arrivals().size(), "Ben's file is offered whatever else is there");
            // Text under a notes file's name can never be read (said once, decision 0035); a notes file's first
            // 19 bytes may be one still arriving.
            assertEquals(1, scan.files().stream().filter(f -> f.state() == GroupFolderStore.State.INCOMPLETE).count());
            assertEquals(1, scan.files().stream().filter(f -> f.state() == GroupFolderStore.State.UNUSABLE).count());
            assertTrue(ana.sharing.imports().isEmpty(), "no file imported anything by itself");
            assertTrue(ana.notesSaying("good note").isEmpty(), "nothing is merged without being asked");
        }
    }

    @Test
    void theOwnFileIsWrittenAFewSecondsAfterTheLastChangeNotAtEachOne() throws Exception {
        Path group = folder();
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T10:00:00Z"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            GroupFolderSession session = new GroupFolderSession(ana.folder, Duration.ofSeconds(3), clock);
            String book = ana.handbook.book().identity();
            assertTrue(session.tick(ana.db, ana.sharing, book).written().isPresent(), "written when the session starts");
            assertTrue(session.tick(ana.db, ana.sharing, book).written().isEmpty(), "nothing changed: not written");
            ana.note("gardens", "first");
            clock.advance(Duration.ofSeconds(1));
            assertTrue(session.tick(ana.db, ana.sharing, book).written().isEmpty(), "just changed: waits");
            ana.note("gardens", "second");
            clock.advance(Duration.ofSeconds(2));
            assertTrue(session.tick(ana.db, ana.sharing, book).written().isEmpty(), "changed again: waits again");
            clock.advance(Duration.ofSeconds(3));
            Path written = session.tick(ana.db, ana.sharing, book).written().orElseThrow();
            assertEquals(2, ana.sharing.read(written).notes().size(), "one write with both notes");
        }
    }

    @Test
    void namesTellNotesFilesConflictCopiesAndFilesStillArrivingApart() {
        assertEquals(new GroupFileNames.Name(GroupFileNames.Kind.CONFLICT_COPY, "Ben_x.peeranotes"),
                GroupFileNames.classify("Ben_x.sync-conflict-20261130-101500-ABCDEFG.peeranotes"));
        assertEquals(new GroupFileNames.Name(GroupFileNames.Kind.CONFLICT_COPY, "Ben_x.peeranotes"),
                GroupFileNames.classify("Ben_x (conflicted copy).peeranotes"));
        assertEquals(new GroupFileNames.Name(GroupFileNames.Kind.CONFLICT_COPY, "Ben_x.peeranotes"),
                GroupFileNames.classify("Ben_x (Ana's conflicted copy 2026-11-30).peeranotes"));
        assertEquals(GroupFileNames.Kind.NOTES, GroupFileNames.classify("Ben_x.PEERANOTES").kind());
        for (String arriving : List.of(".syncthing.Ben.peeranotes.tmp", "~syncthing~Ben.peeranotes.tmp",
                ".~Ben.peeranotes", "Ben.peeranotes.part", ".Ben.peeranotes.Xy12Ab", "Ben.PEERANOTES.crdownload")) {
            assertEquals(GroupFileNames.Kind.ARRIVING, GroupFileNames.classify(arriving).kind(), arriving);
        }
        // Tools' own files never become notes files, so they are never "arriving" (t16's N9, t16c's N5).
        for (String tools : List.of(".stfolder", ".stignore", ".stversions", ".DS_Store", "._Ben_x.peeranotes",
                ".nfs000000000123abcd", "Ben.peeranotes~", ".Trashes", "report.pdf.part", "~$handout.docx", ".tmp")) {
            assertEquals(GroupFileNames.Kind.OTHER, GroupFileNames.classify(tools).kind(), tools);
        }
        // A facilitator's digest is the group's handout (decision 0032); other documents are left alone.
        for (String handout : List.of("digest.md", "digest.html", "Digest-week-2.PDF", "digest.htm", "week1-digest.html",
                "Tuesday circle digest.pdf")) {
            assertEquals(GroupFileNames.Kind.HANDOUT, GroupFileNames.classify(handout).kind(), handout);
        }
        for (String other : List.of("handout.pdf", "digest.txt", "notes.md", "digest.html.exe", "week1-digest.html.part")) {
            assertEquals(GroupFileNames.Kind.OTHER, GroupFileNames.classify(other).kind(), other);
        }
        assertEquals("Zoe-Ana_3f2a9c1e-0000-4000-8000-000000000001.peeranotes",
                GroupFileNames.own("Zoë  Ana/../", "urn:uuid:3f2a9c1e-0000-4000-8000-000000000001"));
        assertEquals("urn:uuid:3f2a9c1e-0000-4000-8000-000000000001",
                GroupFileNames.authorIdOf("Zoe-Ana_3f2a9c1e-0000-4000-8000-000000000001.peeranotes").orElseThrow());
        // Letters NFKD does not decompose, and scripts with no Latin letters, keep a readable name (ICU's
        // Any-Latin; Latin-ASCII), so a facilitator looking in the folder can tell people apart.
        String id = "urn:uuid:3f2a9c1e-0000-4000-8000-000000000001";
        assertEquals("Zoe-Odegard-Lukasz_3f2a9c1e-0000-4000-8000-000000000001.peeranotes",
                GroupFileNames.own("Zoë Ødegård-Łukasz", id));
        assertTrue(GroupFileNames.own("王芳", id).startsWith("wang-fang_"), GroupFileNames.own("王芳", id));
        for (String name : List.of("Мария", "سارة", "Ελένη")) {
            String file = GroupFileNames.own(name, id);
            assertFalse(file.startsWith("reader_"), name + " " + file);
            assertTrue(file.matches("[A-Za-z0-9-]+_[0-9a-f-]{36}\\.peeranotes"), file);
        }
        assertEquals("reader_3f2a9c1e-0000-4000-8000-000000000001.peeranotes", GroupFileNames.own("🙂", id));
        assertEquals("Ana-2_3f2a9c1e-0000-4000-8000-000000000001.peeranotes", GroupFileNames.own("Ana", id, 2));
    }

    /**
     * Issue 16's notice, "Ben updated his notes (4 new, 1 reply)": tester t16's F4 found a reply counted as one more
     * new note ("2 new" for a highlight and a reply), so nobody could tell that someone had answered. Said apart in
     * the command line's words here; the window's notice says it with the same rule ({@code NewReplies}) in its language.
     */
    @Test
    void aNoticeSaysNewRepliesApartFromNewNotesAsTheIssueWordsIt() throws Exception {
        Path group = folder();
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            Annotation first = ben.note("gardens", "one");
            ben.note("gardens", "two");
            ben.note("meetings", "three");
            ben.note("meetings", "four");
            ben.db.conversation().reply(first.id(), "a reply to my own note", "Ben");
            ben.writeOwn();
        }
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            Arrival arrival = ana.scan().arrivals().get(0);
            assertEquals("Ben updated their notes (4 new, 1 reply)", arrival.describe());
            assertEquals("4 new, 1 reply", org.peeragogy.reader.share.group.FileChanges.of(arrival.preview()), "group-folder status and sync say it so");
        }
    }
}
