package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.group.Arrival;
import org.peeragogy.reader.store.ShareStore;

/**
 * A sync tool's conflict copies of a person's notes file never make a version of a note disappear (fresh tester t38's
 * F1 and F2): whichever path merges them (the facilitator's folder import, the group folder's merge of several files at
 * once), every distinct text is kept exactly once, a copy's later edit replaces that copy's earlier second version, and
 * identical texts are never stored twice. Real data folders, real notes files written by the reader, copies made by
 * copying the file and changing one note with SQL, as the tester did.
 */
class ConflictCopiesKeepEveryTextTest {
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** Changes one note of a notes file as another computer (or a hand with sqlite3) would have: its text, and its time. */
    static void edit(Path file, String noteId, String text, Instant updated) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(updated == null ? "UPDATE annotation SET note = ? WHERE id = ?"
                     : "UPDATE annotation SET note = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, text);
            if (updated != null) {
                ps.setString(2, STORED.format(updated));
            }
            ps.setString(updated == null ? 2 : 3, noteId);
            assertEquals(1, ps.executeUpdate(), "the note is in the file");
        }
    }

    /** {@code main}'s conflict copies' names, as Syncthing and Dropbox make them. */
    static Path syncthingCopy(Path folder, Path main) {
        return folder.resolve(main.getFileName().toString().replace(".peeranotes",
                ".sync-conflict-20261203-134500-ABCDEF.peeranotes"));
    }

    static Path dropboxCopy(Path folder, Path main) {
        return folder.resolve(main.getFileName().toString().replace(".peeranotes", " (conflicted copy).peeranotes"));
    }

    /** The live texts of {@code m}'s notes, sorted. */
    private static List<String> texts(GroupMember m) throws Exception {
        return m.db.annotations().book(m.handbook.book().identity()).stream().filter(a -> !a.isDeleted())
                .map(Annotation::note).sorted().toList();
    }

    @Test
    void aFolderImportKeepsTheMainFilesTextAsTheNoteAndEachConflictCopysOtherTextAsASecondVersion() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        String id;
        Path main;
        try (GroupMember cleo = GroupMember.join(tmp, "Cleo", group)) {
            Annotation n = cleo.note("gardens", "Cleo on beginner's mind");
            cleo.note("meetings", "Cleo's other note");
            id = n.id();
            main = Files.copy(cleo.writeOwn(), stick.resolve(GroupMember.namesIn(group).first()));
        }
        Path dropbox = Files.copy(main, dropboxCopy(stick, main));
        edit(dropbox, id, "Cleo laptop-2 edit", Instant.now().plusSeconds(30));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", tmp.resolve("fays-group"))) {
            FolderPreview preview = fay.sharing.previewFolder(stick);
            assertEquals(1, preview.combined().counts().conflicts(), preview.combined().counts().summary());
            // A file and its conflict copy are not two files speaking for Cleo (fresh tester t39).
            assertTrue(preview.combined().remarks().stream().noneMatch(r -> r.contains("say the same person wrote")),
                    preview.combined().remarks().toString());
            ShareStore.Applied done = fay.sharing.apply(preview);
            assertEquals(1, done.plan().counts().conflicts(), done.plan().counts().summary());
            assertEquals(List.of("Cleo laptop-2 edit", "Cleo on beginner's mind", "Cleo's other note"), texts(fay),
                    "the main file's text is not lost to the copy's newer one");
            assertEquals(1, fay.sharing.conflicts().size());
            assertEquals("Cleo on beginner's mind", fay.sharing.conflicts().get(0).original().note(),
                    "the file under its own name has the note, as the group folder merges it");

            // A third version with the same time as the second, other words: kept too, once.
            edit(Files.copy(main, syncthingCopy(stick, main)), id, "Cleo CONFLICT version",
                    fay.sharing.conflicts().get(0).copy().updated());
            ShareStore.Applied again = fay.sharing.apply(fay.sharing.previewFolder(stick));
            assertEquals(1, again.plan().counts().conflicts(), again.plan().counts().summary());
            assertEquals(List.of("Cleo CONFLICT version", "Cleo laptop-2 edit", "Cleo on beginner's mind",
                    "Cleo's other note"), texts(fay));

            FolderPreview thirdTime = fay.sharing.previewFolder(stick);
            assertEquals(0, thirdTime.combined().counts().conflicts(), thirdTime.combined().counts().summary());
            fay.sharing.apply(thirdTime);
            assertEquals(4, texts(fay).size(), "the same folder again stores nothing twice: " + texts(fay));
        }
    }

    @Test
    void aGroupFolderMergeKeepsEachCopysTextOnceAndACopysLaterEditReplacesItsEarlierVersion() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember cleo = GroupMember.join(tmp, "Cleo", group);
             GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            String id = cleo.note("gardens", "Cleo on beginner's mind").id();
            Path main = cleo.writeOwn();
            // Two copies with other words for the same note and the SAME time stamp.
            Path syncthing = Files.copy(main, syncthingCopy(group, main));
            Path dropbox = Files.copy(main, dropboxCopy(group, main));
            edit(syncthing, id, "Cleo CONFLICT version", null);
            edit(dropbox, id, "Cleo DROPBOX conflicted copy", null);

            List<Arrival> arrivals = ben.scan().arrivals();
            assertEquals(3, arrivals.size());
            List<ShareStore.Applied> done = ben.folder.mergeAll(ben.db, ben.sharing, arrivals, true);
            assertEquals(List.of("Cleo CONFLICT version", "Cleo DROPBOX conflicted copy", "Cleo on beginner's mind"),
                    texts(ben), "no copy's text is \"nothing new\" for having the same time");
            assertEquals(2, done.stream().mapToInt(a -> a.plan().counts().conflicts()).sum());

            // Both copies get later times, their words unchanged: nothing is stored twice.
            edit(syncthing, id, "Cleo CONFLICT version", Instant.now().plusSeconds(60));
            edit(dropbox, id, "Cleo DROPBOX conflicted copy", Instant.now().plusSeconds(120));
            List<Arrival> later = ben.scan().arrivals();
            assertTrue(later.isEmpty(), "words kept already are nothing new: " + later);
            ben.folder.mergeAll(ben.db, ben.sharing, later, true);
            assertEquals(List.of("Cleo CONFLICT version", "Cleo DROPBOX conflicted copy", "Cleo on beginner's mind"),
                    texts(ben), "the same texts are not kept twice");

            // A further edit in one copy replaces that copy's earlier second version.
            edit(syncthing, id, "Cleo CONFLICT edited again", Instant.now().plusSeconds(180));
            List<Arrival> edited = ben.scan().arrivals();
            assertEquals(1, edited.size());
            assertEquals("Cleo (1 conflict)", edited.get(0).person() + " (" + edited.get(0).preview().counts().conflicts()
                    + " conflict)");
            ben.folder.mergeAll(ben.db, ben.sharing, edited, true);
            assertEquals(List.of("Cleo CONFLICT edited again", "Cleo DROPBOX conflicted copy",
                    "Cleo on beginner's mind"), texts(ben), "one second version per copy, not one per edit");
            assertEquals(2, ben.sharing.conflicts().size());
        }
    }

    /** A real {@code java -jar} run of the reader on {@code data}; its output and error streams. */
    private String jar(Path data, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ClassPathJar.java(), "-Dpeeragogy.relaunch=false",
                "-jar", ClassPathJar.write(tmp.resolve("reader.jar")).toString(), "--handbook",
                org.peeragogy.reader.TestHandbooks.fixture().toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the reader did not end");
        assertEquals(0, p.exitValue(), said);
        return said;
    }

    /** t38's F1 as the tester ran it: {@code import FOLDER} on the command line, then {@code notes --json}. */
    @Test
    void theCommandLinesFolderImportCountsAConflictCopysOtherTextAsAConflictAndKeepsBoth() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path stick = Files.createDirectories(tmp.resolve("stick2"));
        try (GroupMember cleo = GroupMember.join(tmp, "Cleo", group)) {
            String id = cleo.note("gardens", "Cleo on beginner's mind").id();
            Path main = Files.copy(cleo.writeOwn(), stick.resolve(GroupMember.namesIn(group).first()));
            edit(Files.copy(main, dropboxCopy(stick, main)), id, "Cleo laptop-2 edit (older)",
                    Instant.now().plusSeconds(30));
        }
        String imported = jar(tmp.resolve("fac2"), "import", stick.toString());
        assertTrue(imported.contains("Imported: 1 new, 0 updated, 0 deleted, 0 unchanged, 1 conflict,"), imported);
        String notes = jar(tmp.resolve("fac2"), "notes", "--json");
        assertTrue(notes.contains("Cleo on beginner's mind") && notes.contains("Cleo laptop-2 edit (older)"), notes);
        assertTrue(notes.contains("\"conflictOf\": \""), "the copy's text is a second version: " + notes);
    }

    /**
     * t38's F7: {@code group-folder sync --merge-all} said "1 new, 2 replies" for Cleo's file and for its conflict copy
     * too; the copy's replies were merged from her file just before, so its line says only what it added.
     */
    @Test
    void eachMergedFilesLineCountsOnlyWhatThatFileAdded() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember cleo = GroupMember.join(tmp, "Cleo", group)) {
            Annotation n = cleo.note("gardens", "Cleo on beginner's mind");
            cleo.db.conversation().reply(n.id(), "Cleo's first reply", "Cleo");
            cleo.db.conversation().reply(n.id(), "Cleo's second reply", "Cleo");
            Path main = cleo.writeOwn();
            edit(Files.copy(main, dropboxCopy(group, main)), n.id(), "Cleo laptop-2 edit", null);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        for (String[] command : List.of(new String[] {"group-folder", "set", group.toString()},
                new String[] {"group-folder", "sync", "--merge-all"})) {
            List<String> all = new java.util.ArrayList<>(List.of("--handbook",
                    org.peeragogy.reader.TestHandbooks.fixture().toString(), "--data-dir", tmp.resolve("fac3").toString()));
            all.addAll(List.of(command));
            out.reset();
            assertEquals(0, Main.runCommand(Options.parse(all.toArray(String[]::new)), print, print), out.toString());
        }
        List<String> merged = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("merged\t")).map(l -> l.substring(l.lastIndexOf('\t') + 1)).toList();
        assertEquals(List.of("1 conflict", "1 new, 2 replies"), merged.stream().sorted().toList(), merged.toString());
    }

    /** The same rule for a conflict copy imported by hand, after the file under its own name. */
    @Test
    void aConflictCopyImportedByHandKeepsItsOtherTextAsASecondVersion() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        Path main;
        Path dropbox;
        try (GroupMember cleo = GroupMember.join(tmp, "Cleo", group)) {
            String id = cleo.note("gardens", "Cleo on beginner's mind").id();
            main = Files.copy(cleo.writeOwn(), stick.resolve(GroupMember.namesIn(group).first()));
            dropbox = Files.copy(main, dropboxCopy(stick, main));
            edit(dropbox, id, "Cleo laptop-2 edit", Instant.now().plusSeconds(30));
        }
        try (GroupMember fay = GroupMember.join(tmp, "Fay", tmp.resolve("fays-group"))) {
            fay.sharing.apply(fay.sharing.preview(main));
            ShareStore.Applied done = fay.sharing.apply(fay.sharing.preview(dropbox));
            assertEquals(1, done.plan().counts().conflicts(), done.plan().counts().summary());
            assertEquals(List.of("Cleo laptop-2 edit", "Cleo on beginner's mind"), texts(fay));
            assertEquals(0, fay.sharing.apply(fay.sharing.preview(dropbox)).plan().counts().conflicts(),
                    "the same copy again keeps nothing twice");
            assertEquals(2, texts(fay).size());
        }
    }

    /**
     * A folder that holds only the conflict copy: its other text is kept beside the note the reader has, as the group
     * folder merges it (it replaced the note, being newer); a reader without the note takes the copy's as new.
     */
    @Test
    void aFolderWithOnlyAConflictCopyKeepsItsOtherTextBesideTheNoteTheReaderHas() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        Path main;
        try (GroupMember cleo = GroupMember.join(tmp, "Cleo", group)) {
            String id = cleo.note("gardens", "Cleo on beginner's mind").id();
            main = cleo.writeOwn();
            edit(Files.copy(main, dropboxCopy(stick, main)), id, "Cleo laptop-2 edit", Instant.now().plusSeconds(30));
        }
        try (GroupMember fay = GroupMember.join(tmp, "Fay", tmp.resolve("fays-group"));
             GroupMember gus = GroupMember.join(tmp, "Gus", tmp.resolve("gus-group"))) {
            fay.sharing.apply(fay.sharing.preview(main));
            FolderPreview preview = fay.sharing.previewFolder(stick);
            assertEquals(1, preview.combined().counts().conflicts(), preview.combined().counts().summary());
            // A file and its conflict copy are not two files speaking for Cleo (fresh tester t39).
            assertTrue(preview.combined().remarks().stream().noneMatch(r -> r.contains("say the same person wrote")),
                    preview.combined().remarks().toString());
            ShareStore.Applied done = fay.sharing.apply(preview);
            assertEquals(1, done.plan().counts().conflicts(), done.plan().counts().summary());
            assertEquals(List.of("Cleo laptop-2 edit", "Cleo on beginner's mind"), texts(fay));

            FolderPreview fresh = gus.sharing.previewFolder(stick);
            assertEquals(1, fresh.combined().counts().added(), fresh.combined().counts().summary());
            assertEquals(0, fresh.combined().counts().conflicts(), fresh.combined().counts().summary());
            gus.sharing.apply(fresh);
            assertEquals(List.of("Cleo laptop-2 edit"), texts(gus));
        }
    }
}
