package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.group.GroupFileNames;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.AnnotationStore;

/**
 * The reader's own file in a group folder (issue 16, try17w F1, F15, F16), over real data folders and a real folder:
 * named after the name its notes carry when none was set; when a copy of a data folder joins, the reader already
 * writing keeps its file and the copy takes {@code -2}; a reader's own anonymous questions never make its own file
 * "other people's", and its own notes in someone else's file are said as its own.
 */
class GroupFolderOwnFileTest {
    @TempDir
    Path tmp;

    /**
     * F1: {@code ask} with the name only from the command line ({@code user.name}, no name set) wrote
     * {@code reader_<id>}; the file carries the notes' name, as the README says.
     */
    @Test
    void aNameGivenOnlyOnTheCommandLineNamesTheFile() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        String was = System.getProperty("user.name");
        System.setProperty("user.name", "Ana");
        try {
            assertEquals(0, ana.run("ask", "gardens", "--note", "Who decides?"), ana.err());
        } finally {
            System.setProperty("user.name", was);
        }
        assertEquals(0, ana.run("group-folder", "set", group.toString()), ana.err());
        assertEquals(0, ana.run("group-folder", "sync"), ana.err());
        assertTrue(ana.out().startsWith("wrote\tAna_"), ana.out());
        assertEquals(1, GroupMember.namesIn(group).stream().filter(n -> n.startsWith("Ana_")).count(),
                GroupMember.namesIn(group).toString());
    }

    /**
     * t31's F13: a stick pulled out while Ana's file was written leaves it empty, or its bytes zero. It holds no one's
     * notes: her reader writes there again, never "Another computer writes notes under your id" and a second file
     * {@code Ana-2} beside an empty one that every other member saw as "not complete yet" for good.
     */
    @Test
    void anEmptyOrZeroedOwnFileIsWrittenAgainUnderItsOwnName() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ana.note("gardens", "Ana's note");
            Path hers = ana.writeOwn();
            for (byte[] cut : List.of(new byte[0], new byte[8192])) {
                Files.write(hers, cut);
                assertEquals(Optional.empty(), ana.scan().underYourIdProblem());
                ana.note("meetings", "Ana again " + cut.length);
                assertEquals(hers, ana.writeOwn(), "her file is written again under its name");
                assertTrue(Files.size(hers) > 8192, "it holds her notes again");
                assertEquals(List.of(hers.getFileName().toString()), GroupMember.namesIn(group).stream()
                        .filter(n -> n.startsWith("Ana")).toList());
            }
        }
    }

    /**
     * F16: a copy of Ana's data folder ({@code cp -r}) synced while her reader was writing took over her file and
     * pushed her reader to {@code Ana-2}, then called that file "other people's" for her anonymous question. Now the
     * reader already writing keeps its file, the copy writes {@code Ana-2_<id>}, and each says the other computer
     * writes under the id, neither saying "other people's".
     */
    @Test
    void aCopiedDataFolderTakesTheSecondNameAndTheReaderAlreadyWritingKeepsItsFile() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ana.note("gardens", "Ana's note");
            ana.db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true"); // decision 0080
            ana.db.conversation().ask(new AnnotationStore.Draft(ana.handbook.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Is this silly?", List.of(), "Ana",
                    Optional.empty()), true);
            Path hers = ana.writeOwn();
            assertEquals(GroupFileNames.own("Ana", ana.id()), hers.getFileName().toString());
            byte[] before = Files.readAllBytes(hers);
            try (GroupMember copy = ana.secondComputer(tmp, "anacopy", group)) {
                Path copys = copy.writeOwn();
                assertEquals(GroupFileNames.own("Ana", ana.id(), 2), copys.getFileName().toString(), "the newcomer");
                assertArrayEquals(before, Files.readAllBytes(hers), "the file of the reader already writing is hers");

                ana.note("meetings", "Ana again");
                assertEquals(hers, ana.writeOwn(), "she keeps her file");

                GroupFolder.Scan copySays = copy.scan();
                assertEquals(List.of(hers.getFileName().toString()), copySays.underYourId());
                assertEquals(List.of(), copySays.notYours(), "her anonymous question is her own");
                assertTrue(copySays.underYourIdProblem().orElseThrow().startsWith("Another computer writes notes under"
                        + " your id"), copySays.underYourIdProblem().get());
                GroupFolder.Scan anaSays = ana.scan();
                assertEquals(List.of(copys.getFileName().toString()), anaSays.underYourId());
                assertEquals(List.of(), anaSays.notYours());
            }
        }
    }

    /**
     * F15: a copy of Ben's file that carries Ana's notes (an export made without {@code --author}) told Ana it
     * "holds notes by other people: Ana (2 notes)". To her they are her own.
     */
    @Test
    void yourOwnNotesInSomeoneElsesFileAreSaidAsYourOwn() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group);
             GroupMember ben = GroupMember.join(tmp, "Ben", Files.createDirectories(tmp.resolve("bens")))) {
            ana.note("gardens", "Ana's first");
            ana.note("gardens", "Ana's second");
            Path anas = tmp.resolve("anas.peeranotes");
            ana.sharing.export(NoteSharing.Format.NOTES, anas, ExportFilter.ALL);
            ben.sharing.apply(ben.sharing.preview(anas));
            ben.note("gardens", "Ben's own");
            // Ben's whole notes, Ana's among them, put in under his file's name.
            ben.sharing.export(NoteSharing.Format.NOTES, group.resolve(GroupFileNames.own("Ben", ben.id())),
                    ExportFilter.ALL);
            List<String> remarks = ana.scan().arrivals().get(0).preview().remarks();
            assertTrue(remarks.get(0).startsWith("This file holds your own notes (2 notes). A reader's own file holds"
                    + " only their own notes, so it is not treated as Ben's"), remarks.toString());
        }
    }

    /**
     * F17: {@code group-folder set} took the handbook's own folder, and {@code sync} then wrote a notes file among its
     * chapters. It is refused, as the data folder is, and nothing is set.
     */
    @Test
    void theHandbooksOwnFolderIsRefusedAsAGroupFolder() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        Path book = org.peeragogy.reader.TestHandbooks.fixture();
        for (Path dir : List.of(book, Files.list(book).filter(Files::isDirectory).findFirst().orElse(book))) {
            assertEquals(1, ana.run("group-folder", "set", dir.toString()), ana.out());
            assertTrue(ana.err().startsWith("The folder " + dir.toAbsolutePath().normalize() + " is the handbook's own"
                    + " folder"), ana.err());
            // The window's Notes → Group folder… says the same words, then asks to choose another (GroupFolderRule).
            assertEquals(org.peeragogy.reader.book.Reason.of(org.peeragogy.reader.share.GroupReason
                    .GROUP_CHOSEN_HANDBOOK_FOLDER, dir.toAbsolutePath().normalize(), book.toAbsolutePath().normalize())
                    .english() + " Then run group-folder set again.", ana.err().strip());
        }
        assertEquals(1, ana.run("group-folder", "status"));
        assertTrue(ana.err().contains("No group folder is set"), ana.err());
    }

    /**
     * A write cut short (the reader killed mid-export) leaves its file in the staging folder inside the data folder;
     * exports never replace a file of the data folder (decision 0060), so the next write removes the leftover first
     * and the notes still reach the group folder.
     */
    @Test
    void aLeftoverOfAWriteCutShortInTheStagingFolderDoesNotStopTheNextWrite() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ana.note("gardens", "Ana's note");
            Path staging = Files.createDirectories(ana.data.resolve("group-staging"));
            Files.writeString(staging.resolve(GroupFileNames.own("Ana", ana.id())), "half a file");

            Path hers = ana.writeOwn();

            assertEquals(GroupFileNames.own("Ana", ana.id()), hers.getFileName().toString());
            assertTrue(Files.size(hers) > "half a file".length());
        }
    }

    /**
     * Every write of the reader's own file asked the system for the computer's name (InetAddress.getLocalHost), which
     * on a machine with a broken resolver waits seconds each time. It is asked once: at the first write, not when
     * the folder is made, and not again for later writes nor for another folder chosen in the same process.
     */
    @Test
    void theComputersNameIsAskedOnceForEveryWriteOfTheProcess() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        org.peeragogy.reader.share.group.ComputerName computer = new org.peeragogy.reader.share.group.ComputerName(() -> {
            asked.incrementAndGet();
            return "laptop-7";
        });
        Path stick = GroupMember.groupFolderIn(tmp);
        Path share = Files.createDirectories(tmp.resolve("share"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", stick)) {
            GroupFolder onStick = new GroupFolder(stick, ana.data.resolve("group-staging"), computer);
            assertEquals(0, asked.get(), "not asked before a write needs it");
            for (int k = 0; k < 3; k++) {
                ana.note("gardens", "Ana's note " + k);
                onStick.writeOwn(ana.db, ana.sharing);
            }
            new GroupFolder(share, ana.data.resolve("group-staging"), computer).writeOwn(ana.db, ana.sharing);
            assertEquals(1, asked.get(), "asked once for four writes in two folders");
            assertTrue(ana.db.settings().get("group.writer").orElseThrow().startsWith("laptop-7\n"),
                    "the name asked is the one the copy check keeps");
            assertEquals(1, GroupMember.namesIn(stick).size(), "her file: " + GroupMember.namesIn(stick));
            assertEquals(1, GroupMember.namesIn(share).size(), "her file: " + GroupMember.namesIn(share));
        }
    }

    /**
     * A group folder set to the handbook's own folder before {@code set} (or the window) refused it, or a link re-pointed
     * at it since: {@code sync} wrote the reader's notes file among the chapters. It now refuses, in the words of
     * {@code set}, and writes nothing there. (A copy of the fixture, so that nothing could be written into the source
     * tree.)
     */
    @Test
    void syncNeverWritesIntoAHandbookFolderSetBeforeItWasRefused() throws Exception {
        Path book = Files.createDirectories(tmp.resolve("book"));
        try (java.util.stream.Stream<Path> files = Files.list(TestHandbooks.fixture())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, book.resolve(f.getFileName().toString()));
            }
        }
        Path ana = tmp.resolve("ana");
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(ana)) {
            db.settings().putReaderName("Ana");
            db.settings().put(GroupFolder.FOLDER_SETTING, book.toString());
            db.settings().put(GroupFolder.GROUP_SETTING, "Tuesday circle");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse(new String[] {"--handbook", book.toString(), "--data-dir",
                ana.toString(), "group-folder", "sync"}), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, said);
        assertTrue(said.startsWith("The folder " + book + " is the handbook's own folder (" + book + "), or inside it:"),
                said);
        try (java.util.stream.Stream<Path> files = Files.list(book)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md")).toList(),
                    "nothing written among the chapters");
        }
    }
}
