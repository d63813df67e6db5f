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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.ReadOnlyFolders;
import org.peeragogy.reader.TestHandbooks;

/** {@code group-folder set|status|sync} (issue 16) over two readers' data folders and one folder between them. */
class GroupFolderCommandTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String who, String... rest) throws Options.UsageException {
        out.reset();
        err.reset();
        String[] all = new String[rest.length + 4];
        all[0] = "--handbook";
        all[1] = TestHandbooks.fixture().toString();
        all[2] = "--data-dir";
        all[3] = tmp.resolve(who).toString();
        System.arraycopy(rest, 0, all, 4, rest.length);
        return Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void noteBy(String who, String text) throws Exception {
        try (GroupMember m = GroupMember.join(tmp, who, tmp.resolve("unused"))) {
            m.note("gardens", text);
        }
    }

    @Test
    void setStatusAndSyncMergeOnlyPeopleAcceptedOnceUnlessTold() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ben", "Ben's first");
        assertEquals(0, run("ben", "group-folder", "set", group.toString(), "--group", "Tuesday circle"));
        assertTrue(out().contains("Group folder for Tuesday circle: " + group), out());
        assertEquals(0, run("ben", "group-folder", "sync"));
        assertTrue(out().startsWith("wrote\tBen_"), out());

        assertEquals(1, run("ana", "group-folder", "status"));
        assertTrue(err().contains("No group folder is set"), err());
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        assertEquals(0, run("ana", "group-folder", "status"));
        assertTrue(out().contains("yours\tnot in the folder\tgroup-folder sync writes it"), out());
        assertTrue(out().contains("new\tBen\t"), out());
        assertTrue(out().contains("\t1 new\tnot accepted yet"), out());
        assertTrue(out().contains("\twaiting\t"), out());

        assertEquals(0, run("ana", "group-folder", "sync", "--merge-accepted"));
        assertTrue(out().contains("new\tBen\t"), "never accepted: it still asks\n" + out());
        assertEquals(0, run("ana", "notes"));
        assertTrue(!out().contains("Ben's first"), out());

        assertEquals(0, run("ana", "group-folder", "sync", "--merge-all"));
        assertTrue(out().contains("merged\tBen\t"), out());
        assertEquals(0, run("ana", "notes"));
        assertTrue(out().contains("Ben's first"), out());

        noteBy("Ben", "Ben's second");
        assertEquals(0, run("ben", "group-folder", "sync"));
        assertEquals(0, run("ana", "group-folder", "sync", "--merge-accepted"));
        assertTrue(out().contains("merged\tBen\t") && out().contains("\t1 new"), "accepted once: merged\n" + out());
        assertEquals(0, run("ana", "group-folder", "status"));
        assertTrue(out().contains("\tmerged\t"), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("yours\t") && l.endsWith(".peeranotes\t" + l.split("\t")[2])
                && l.split("\t")[2].matches("\\d{4}-\\d\\d-\\d\\dT.*Z")), "the reader's own file and when: " + out());
    }

    /**
     * Fresh tester 16c's F6 (and the window's w2 after a restart): a stick mounted at a fixed mount point was pulled,
     * the empty mount point stayed, and {@code sync} wrote onto the laptop's disk there and said {@code wrote}. Each
     * command is a new start: what the folder was at the last write is kept. Another stick mounted there is written to
     * again, and choosing the folder again takes it as it is. A real tmpfs is the stick (skipped where it may not mount).
     */
    @Test
    void aStickPulledOutLeavesAMountPointThatSyncNeverWritesIntoAcrossStarts() throws Exception {
        Path mountPoint = Files.createDirectories(tmp.resolve("media-stick"));
        org.junit.jupiter.api.Assumptions.assumeTrue(org.peeragogy.reader.Mounts.mount(mountPoint),
                "mounting a tmpfs as the stick needs mount permission (root in the CI container)");
        try {
            noteBy("Ana", "Ana's first");
            assertEquals(0, run("ana", "group-folder", "set", mountPoint.toString()));
            assertEquals(0, run("ana", "group-folder", "sync"));
            assertTrue(out().startsWith("wrote\t"), out());
            assertTrue(org.peeragogy.reader.Mounts.unmount(mountPoint), "the stick pulled out");

            assertEquals(1, run("ana", "group-folder", "sync"));
            assertTrue(err().contains("is not reachable") || err().contains("was a stick"), err());
            assertFalse(out().contains("wrote"), out());
            try (java.util.stream.Stream<Path> in = Files.list(mountPoint)) {
                assertEquals(0, in.count(), "nothing written onto the laptop's disk");
            }
            assertEquals(1, run("ana", "group-folder", "status"));

            assertTrue(org.peeragogy.reader.Mounts.mount(mountPoint), "another stick in");
            assertEquals(0, run("ana", "group-folder", "sync"), err());
            assertTrue(out().startsWith("wrote\t"), out());
            assertTrue(org.peeragogy.reader.Mounts.unmount(mountPoint));
            assertEquals(0, run("ana", "group-folder", "set", mountPoint.toString()), "chosen again, as it is now");
            assertEquals(0, run("ana", "group-folder", "sync"), err());
            assertTrue(out().startsWith("wrote\t"), out());
        } finally {
            org.peeragogy.reader.Mounts.unmount(mountPoint);
        }
    }

    /**
     * Fresh tester 16c's F11: {@code export --out} onto another participant's file replaced their notes with the
     * exporter's. An existing file named with another reader's id is refused wherever it is, and a notes-file export
     * into one's own group folder too (the reader writes its file there itself); both change nothing. A Markdown
     * export there, and a notes file elsewhere, are written as before.
     */
    @Test
    void exportNeverReplacesAnotherReadersFileNorWritesANotesFileIntoTheGroupFolder() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ben", "Ben's first");
        noteBy("Ana", "Ana's first");
        assertEquals(0, run("ben", "group-folder", "set", group.toString()));
        assertEquals(0, run("ben", "group-folder", "sync"));
        Path bens = Files.list(group).filter(f -> f.getFileName().toString().startsWith("Ben_")).findFirst().orElseThrow();
        byte[] before = Files.readAllBytes(bens);

        assertEquals(1, run("ana", "export", "--format", "notes", "--out", bens.toString()));
        assertTrue(err().contains("is another reader's notes file") && err().contains("Nothing was exported"), err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(bens)), "Ben's file is untouched");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere")).resolve(bens.getFileName());
        Files.copy(bens, elsewhere);
        assertEquals(1, run("ana", "export", "--format", "notes", "--out", elsewhere.toString()));

        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        assertEquals(1, run("ana", "export", "--format", "notes", "--out", group.resolve("ana.peeranotes").toString()));
        assertTrue(err().contains("is in your group folder"), err());
        assertFalse(Files.exists(group.resolve("ana.peeranotes")));
        assertEquals(0, run("ana", "export", "--format", "markdown", "--out", group.resolve("ana.md").toString()), err());
        assertEquals(0, run("ana", "export", "--format", "notes", "--out", tmp.resolve("ana.peeranotes").toString()), err());
        assertTrue(Files.exists(tmp.resolve("ana.peeranotes")));
    }

    /**
     * Fresh tester 16c's F9: {@code --merge} took only a file's raw name, so a name with a tab, a line break or a
     * direction mark, listed cleaned by {@code status}, could not be merged by the name shown. Two files that show
     * alike are refused by that name, with why.
     */
    @Test
    void mergeTakesAFileByTheNameStatusShowsUnlessTwoFilesShowAlike() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ben", "Ben's first");
        assertEquals(0, run("ben", "group-folder", "set", group.toString()));
        assertEquals(0, run("ben", "group-folder", "sync"));
        Path bens = Files.list(group).filter(f -> f.getFileName().toString().startsWith("Ben_")).findFirst().orElseThrow();
        Files.move(bens, group.resolve("tab\tin\nname.peeranotes"));
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        assertEquals(0, run("ana", "group-folder", "status"));
        String shown = out().lines().filter(l -> l.startsWith("new\t")).findFirst().orElseThrow().split("\t")[2];
        assertEquals(0, run("ana", "group-folder", "sync", "--merge", shown), err());
        assertTrue(out().contains("merged\tBen\t"), out());

        noteBy("Cai", "Cai's first");
        assertEquals(0, run("cai", "group-folder", "set", group.toString()));
        assertEquals(0, run("cai", "group-folder", "sync"));
        Path cais = Files.list(group).filter(f -> f.getFileName().toString().startsWith("Cai_")).findFirst().orElseThrow();
        Files.copy(cais, group.resolve("same\u200bname.peeranotes"));
        Files.move(cais, group.resolve("same\u200cname.peeranotes"));
        assertEquals(1, run("ana", "group-folder", "sync", "--merge", "samename.peeranotes"));
        assertTrue(err().contains("2 files waiting in the group folder show as samename.peeranotes"), err());
    }

    @Test
    void aFolderThatIsNotThereIsSaidPlainly() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        assertEquals(1, run("ana", "group-folder", "set", tmp.resolve("nowhere").toString()));
        assertTrue(err().contains("There is no folder at"), err());
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        Files.delete(group);
        assertEquals(1, run("ana", "group-folder", "sync"));
        assertTrue(err().contains("is not there"), err());
        assertEquals(1, err().split("is not there", -1).length - 1, "said once, not as a write failure too\n" + err());
    }

    /** The file {@code who}'s {@code group-folder sync} wrote (their file in the group folder). */
    private Path synced(String who) throws Exception {
        assertEquals(0, run(who, "group-folder", "sync"), err());
        return tmp.resolve("stick").resolve(out().lines().filter(l -> l.startsWith("wrote\t")).findFirst()
                .orElseThrow().substring("wrote\t".length()));
    }

    /** m2: a script learns that the participant's notes did not reach the group, and the message says what to do. */
    @Test
    void syncExitsOneAndSaysWhatToDoWhenYourNotesCannotBeWritten() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ana", "Ana's note");
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        try (ReadOnlyFolders readOnly = new ReadOnlyFolders()) {
            readOnly.protect(group); // a write-protected stick, a share without write permission
            assertEquals(1, run("ana", "group-folder", "sync"));
        }
        assertTrue(err().contains("write-protected") && err().contains("Then run group-folder sync again."), err());
        assertTrue(err().contains("The group folder " + group + " can be read but not written to (it is read-only):"
                + " others' notes in it are still read, but yours are not written there"), err());
        assertFalse(err().contains("looks again") || err().contains("next change"), "a one-shot command: " + err());

        Files.move(group, tmp.resolve("unplugged"));
        assertEquals(1, run("ana", "group-folder", "sync"));
        assertTrue(err().contains("run group-folder sync again"), err());
        assertFalse(err().contains("looks again") || err().contains("when it is back"), err());
    }

    /**
     * Fresh tester t32's F12: a read-only group folder's status said nothing of it. It says the folder can be read but
     * not written to and that others' notes are still read, and lists them.
     */
    @Test
    void statusOfAReadOnlyGroupFolderSaysItIsReadNotWrittenAndListsOthersFiles() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ben", "Ben's note");
        assertEquals(0, run("ben", "group-folder", "set", group.toString()));
        assertEquals(0, run("ben", "group-folder", "sync"), err());
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        try (ReadOnlyFolders readOnly = new ReadOnlyFolders()) {
            readOnly.protect(group);
            assertEquals(0, run("ana", "group-folder", "status"), err());
        }
        assertEquals("The group folder " + group + " can be read but not written to (it is read-only): others' notes in"
                + " it are still read, but yours are not written there, so the group does not get them. Make it writable"
                + " (a stick's lock switch on its side, the shared folder's permissions).\n", err());
        assertTrue(out().contains("\nfile\tBen\t"), out());

        assertEquals(0, run("ana", "group-folder", "status"), err());
        assertEquals("", err(), "writable again: nothing said");
    }

    /** m5: status lists the group's digests, and leaves the window's notice of one for the window. */
    @Test
    void statusListsTheGroupsDigestsAndLeavesTheWindowsNoticeUnused() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        Files.writeString(group.resolve("digest.html"), "<h1>Digest</h1>");
        assertEquals(0, run("cai", "group-folder", "set", group.toString()));
        assertEquals(0, run("cai", "group-folder", "status"));
        assertTrue(out().contains("digest\tdigest.html\t"), out());
        try (GroupMember cai = GroupMember.join(tmp, "Cai", group)) {
            assertEquals(1, cai.scan().handouts().size(), "the window still offers it");
        }
    }

    /**
     * Fresh tester t32's F13: a named pipe named as a group notes file still arriving (a sync tool's temporary name)
     * was listed "arriving", for ever; it is passed over, as a pipe named as a finished notes file is, while a real
     * file arriving is still listed.
     */
    @Test
    void aNamedPipeNamedAsAGroupFileIsPassedOver() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        String ben = "Ben_6f1c2a9e-2b7d-4c1e-9a3f-0d5e8b7c6a41.peeranotes";
        for (String name : List.of(".syncthing." + ben + ".tmp", ben + ".part", ben)) {
            Process mkfifo = new ProcessBuilder("mkfifo", group.resolve(name).toString()).start();
            assertTrue(mkfifo.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && mkfifo.exitValue() == 0, name);
        }
        Files.writeString(group.resolve("Cai_0b8e7f6a-1c2d-4e3f-8a9b-0c1d2e3f4a5b.peeranotes.part"), "half a file");
        assertEquals(0, run("dee", "group-folder", "set", group.toString()), err());
        assertEquals(0, run("dee", "group-folder", "sync"), err());
        assertEquals(0, run("dee", "group-folder", "status"), err());
        assertFalse(out().contains("Ben"), out());
        assertTrue(out().contains("arriving\tCai_0b8e7f6a-1c2d-4e3f-8a9b-0c1d2e3f4a5b.peeranotes.part\n"), out());
    }

    /** m6, m7 and the time column: every line one record, remarks after their file, times to the millisecond. */
    @Test
    void linesStayOneRecordEachCarryTheFilesRemarksAndTimesToTheMillisecond() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ben", "Ben's note");
        assertEquals(0, run("ben", "group-folder", "set", group.toString()));
        Path bens = synced("ben");
        // Ben's file with a name that would break a line, and dated in the future; and half a file.
        Path odd = group.resolve("new\nline\tTAB\u202Egnp.peeranotes");
        Files.copy(bens, odd);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + odd); Statement st = c.createStatement()) {
            st.execute("UPDATE annotation SET updated_at = '2099-01-01T00:00:00Z'");
            st.execute("UPDATE meta SET value = '2099-01-01T00:00:00Z' WHERE key = 'exported_at'");
        }
        Files.write(group.resolve("Half.peeranotes"), Arrays.copyOf(Files.readAllBytes(bens), 4096));
        assertEquals(0, run("hana", "group-folder", "set", group.toString()));

        assertEquals(0, run("hana", "group-folder", "status"));

        List<String> lines = out().lines().toList();
        assertFalse(out().contains("\u202E"), out());
        int at = -1;
        for (int k = 0; k < lines.size(); k++) {
            String[] f = lines.get(k).split("\t", -1);
            assertTrue(List.of("group", "yours", "new", "remark", "file", "arriving", "digest").contains(f[0]), lines.get(k));
            if (f[0].equals("new") && f[2].equals("new line TAB gnp.peeranotes")) {
                at = k;
            }
            if (f[0].equals("file")) {
                assertTrue(f[3].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), lines.get(k));
            }
        }
        assertTrue(at >= 0, out());
        assertTrue(lines.get(at + 1).startsWith("remark\t") && out().contains("dated in the future"), out());
        assertTrue(out().contains("remark\tNot kept: the date the file says it was written"), out());
        assertTrue(out().contains("\tHalf.peeranotes\t") && out().contains("\tincomplete\t"), out());

        assertEquals(0, run("hana", "group-folder", "sync", "--merge-all"));
        List<String> merged = out().lines().toList();
        int m = merged.indexOf(merged.stream().filter(l -> l.startsWith("merged\t") && l.contains("gnp.peeranotes"))
                .findFirst().orElseThrow());
        assertTrue(merged.get(m + 1).startsWith("remark\t"), out());
    }

    /** The reader's own data folder is no group's: the staging copy would be the file itself, and be removed. */
    @Test
    void setRefusesTheReadersOwnDataFolderAndAnythingInsideIt() throws Exception {
        noteBy("Dan", "Dan's note");
        Path staging = Files.createDirectories(tmp.resolve("dan").resolve("group-staging"));
        assertEquals(1, run("dan", "group-folder", "set", staging.toString()));
        assertTrue(err().contains("data folder"), err());
        assertEquals(1, run("dan", "group-folder", "set", tmp.resolve("dan").toString()));
        assertEquals(1, run("dan", "group-folder", "status"), "nothing was set");
    }

    /** A link to the data folder, or to a folder inside it, is refused as the data folder is (decision 0045). */
    @Test
    void setRefusesALinkIntoTheReadersOwnDataFolder() throws Exception {
        noteBy("Dan", "Dan's note");
        Files.createDirectories(tmp.resolve("dan").resolve("group-staging"));
        Path toData = Files.createSymbolicLink(tmp.resolve("looks-like-a-stick"), tmp.resolve("dan"));
        Path toStaging = Files.createSymbolicLink(tmp.resolve("staging-link"), tmp.resolve("dan").resolve("group-staging"));
        assertEquals(1, run("dan", "group-folder", "set", toData.toString()));
        assertTrue(err().contains("data folder"), err());
        assertEquals(1, run("dan", "group-folder", "set", toStaging.toString()));
        assertEquals(1, run("dan", "group-folder", "status"), "nothing was set");
    }

    /**
     * Fresh tester 16c's F7: the check was made only at {@code set}, so a link re-pointed at the data folder later had
     * {@code sync} write the reader's file into it; and a group folder holding the data folder was taken, which a sync
     * tool would pass, private database and all, to everyone. Both are refused at every write, and at {@code set}.
     */
    @Test
    void aGroupFolderThatIsOrHoldsTheDataFolderIsRefusedAtEverySyncNotOnlyWhenSet() throws Exception {
        noteBy("Dan", "Dan's note");
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        Path link = Files.createSymbolicLink(tmp.resolve("the-stick"), stick);
        assertEquals(0, run("dan", "group-folder", "set", link.toString()), err());
        Files.delete(link);
        Files.createSymbolicLink(link, tmp.resolve("dan"));
        assertEquals(1, run("dan", "group-folder", "sync"));
        assertTrue(err().contains("with its links followed it is the reader's own data folder"), err());
        try (java.util.stream.Stream<Path> files = Files.list(tmp.resolve("dan"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".peeranotes")),
                    "nothing written into the data folder");
        }
        assertEquals(1, run("dan", "group-folder", "set", tmp.toString()), "the folder holding the data folder");
        assertTrue(err().contains("or holds it"), err());
    }

    @Test
    void helpIsAnsweredWithTheUsageAndExitZero() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--help")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(printed.startsWith("Usage:") && printed.contains("group-folder sync"), printed);
    }

    @Test
    void wrongUsesAreRefusedWithTheReason() {
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "set"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "status", "x"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "status", "--group", "x"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "sync", "--merge-all",
                "--merge-accepted"));
    }
}
