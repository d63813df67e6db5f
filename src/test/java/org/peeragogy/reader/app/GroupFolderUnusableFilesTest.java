package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.NotesFileHead;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;
import org.peeragogy.reader.store.GroupFolderStore.State;

/**
 * Files in a group folder that will never be readable (issue 16's retest, m3 and m4; decision 0035): said once as
 * unusable, with what to do and in a notes file's words, never "not complete yet"; one over the size limit is refused
 * by its size, never read or hashed; a file still arriving is still "not complete yet".
 */
class GroupFolderUnusableFilesTest {
    @TempDir
    Path tmp;

    @Test
    void filesThatCanNeverBeReadAreSaidOnceWithWhatToDo() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        Path elsewhere = Files.createDirectories(tmp.resolve("bens-own"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", elsewhere); GroupMember host = GroupMember.join(tmp, "Host", group)) {
            ben.note("gardens", "Ben's note");
            Path newer = Files.copy(ben.writeOwn(), group.resolve("Newer.peeranotes"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version=9"); // as a later version of the reader would write it
            }
            Files.writeString(group.resolve("pom.peeranotes"), "<project><modelVersion>4.0.0</modelVersion></project>");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + group.resolve("db.peeranotes"));
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x)"); // a SQLite database, but no notes file
            }
            Files.createFile(group.resolve("Empty.peeranotes"));
            try (RandomAccessFile huge = new RandomAccessFile(group.resolve("Huge.peeranotes").toFile(), "rw")) {
                huge.setLength(NotesFileHead.MAX_BYTES + 1); // sparse: nothing is written, nothing need be read
            }

            GroupFolder.Scan first = host.scan();

            Map<String, SeenFile> byName = first.files().stream().collect(Collectors.toMap(SeenFile::name, f -> f));
            assertEquals(State.UNUSABLE, byName.get("Newer.peeranotes").state());
            assertTrue(byName.get("Newer.peeranotes").summary().contains("newer version of Peeragogy Reader")
                    && byName.get("Newer.peeranotes").summary().contains("Update the reader"),
                    byName.get("Newer.peeranotes").summary());
            assertEquals(State.UNUSABLE, byName.get("pom.peeranotes").state());
            assertTrue(byName.get("pom.peeranotes").summary().contains("not a notes file"));
            assertEquals(State.UNUSABLE, byName.get("db.peeranotes").state());
            assertEquals(State.UNUSABLE, byName.get("Huge.peeranotes").state());
            assertTrue(byName.get("Huge.peeranotes").summary().contains("larger than 64 MB"));
            assertEquals("", byName.get("Huge.peeranotes").sha256(), "refused by its size: never hashed");
            assertEquals(State.INCOMPLETE, byName.get("Empty.peeranotes").state(), "an empty file may still be arriving");
            for (SeenFile f : first.files()) {
                assertFalse(f.summary().contains("JSON") || f.summary().contains("--chapter"), f.summary());
            }
            assertEquals(4, first.unusable().size(), "said in this look");

            // Touched (a sync tool copies it again): looked at again, but not said again.
            Files.setLastModifiedTime(newer, FileTime.from(Instant.now().plusSeconds(60)));
            GroupFolder.Scan second = host.scan();
            assertTrue(second.unusable().isEmpty(), second.unusable().toString());
            assertEquals(State.UNUSABLE, second.files().stream().filter(f -> f.name().equals("Newer.peeranotes"))
                    .findFirst().orElseThrow().state());
        }
    }

    /**
     * b6: a whole file whose metadata names format 9 while its header says 2 is unusable, with that reason, not "not
     * complete yet" for ever; the same file cut short (a copy under way) is still "not complete yet".
     */
    @Test
    void aWholeFileWhoseVersionsDisagreeIsUnusableWithTheTrueReasonAndACutOneIsStillArriving() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        Path elsewhere = Files.createDirectories(tmp.resolve("bens-own"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", elsewhere); GroupMember host = GroupMember.join(tmp, "Host", group)) {
            ben.note("gardens", "Ben's note");
            Path odd = Files.copy(ben.writeOwn(), group.resolve("Newer_fmt.peeranotes"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + odd); Statement s = c.createStatement()) {
                s.execute("UPDATE meta SET value = '9' WHERE key = 'format_version'");
            }
            byte[] whole = Files.readAllBytes(odd);
            Files.write(group.resolve("Trunc.peeranotes"), java.util.Arrays.copyOf(whole, whole.length - 512));

            Map<String, SeenFile> byName = host.scan().files().stream()
                    .collect(Collectors.toMap(SeenFile::name, f -> f));

            SeenFile inconsistent = byName.get("Newer_fmt.peeranotes");
            assertEquals(State.UNUSABLE, inconsistent.state(), inconsistent.summary());
            assertTrue(inconsistent.summary().contains("its metadata says notes format 9 but its header says format 2"),
                    inconsistent.summary());
            assertEquals(State.INCOMPLETE, byName.get("Trunc.peeranotes").state(), byName.get("Trunc.peeranotes").summary());
        }
    }

    /**
     * 16c's F12: a copy that set the file's whole length first and fills it in order (Windows Explorer, SMB) has a
     * true header and its full size while its second half is still zeros. It is still arriving, never "damaged",
     * and offered once the rest lands.
     */
    @Test
    void aCopyWhoseLengthWasSetFirstIsStillArrivingUntilItsTailLands() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        Path elsewhere = Files.createDirectories(tmp.resolve("bens-own"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", elsewhere); GroupMember host = GroupMember.join(tmp, "Host", group)) {
            for (int i = 0; i < 60; i++) {
                ben.note("gardens", "Ben's note number " + i + " about gardens and the people who tend them together");
            }
            byte[] whole = Files.readAllBytes(ben.writeOwn());
            assertTrue(whole.length >= 8 * 4096, "a file of several pages: " + whole.length);
            byte[] half = whole.clone();
            java.util.Arrays.fill(half, half.length / 2, half.length, (byte) 0);
            Path arriving = group.resolve("Ben_copy.peeranotes");
            Files.write(arriving, half);

            SeenFile first = host.scan().files().stream().filter(f -> f.name().equals("Ben_copy.peeranotes"))
                    .findFirst().orElseThrow();
            assertEquals(State.INCOMPLETE, first.state(), first.summary());
            assertTrue(first.summary().startsWith("not complete yet"), first.summary());

            Files.write(arriving, whole);
            Files.setLastModifiedTime(arriving, FileTime.from(Instant.now().plusSeconds(5)));
            SeenFile landed = host.scan().files().stream().filter(f -> f.name().equals("Ben_copy.peeranotes"))
                    .findFirst().orElseThrow();
            assertEquals(State.WAITING, landed.state(), landed.summary());
        }
    }

    /** m4: a file over the limit costs a look at its size, whatever its size, and never delays the others. */
    @Test
    void aHugeFileIsRefusedByItsSizeAndTheOthersAreOfferedAtOnce() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        try (GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember host = GroupMember.join(tmp, "Host", group)) {
            ben.note("gardens", "Ben's note");
            ben.writeOwn();
            try (RandomAccessFile huge = new RandomAccessFile(group.resolve("Huge_sparse.peeranotes").toFile(), "rw")) {
                huge.setLength(3L << 30); // 3 GB, sparse: hashing it whole took the tester 40 s
            }
            long started = System.nanoTime();
            GroupFolder.Scan scan = host.scan();
            long ms = (System.nanoTime() - started) / 1_000_000;

            assertEquals(1, scan.arrivals().size(), "Ben's file is offered");
            SeenFile huge = scan.files().stream().filter(f -> f.name().startsWith("Huge")).findFirst().orElseThrow();
            assertEquals(State.UNUSABLE, huge.state());
            assertEquals("", huge.sha256(), "never read");
            assertTrue(ms < 10_000, "a look took " + ms + " ms");
        }
    }
}
