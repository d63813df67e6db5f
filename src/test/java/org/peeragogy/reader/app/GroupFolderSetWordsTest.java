package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.group.GroupFolderRule;

/**
 * What {@code group-folder set} and {@code sync} say when the folder is not one to use (tester t16's N4, N5, N7): a
 * file is said to be a file, another reader's data folder is refused as the reader's own is (the window's Notes →
 * Group folder… keeps the same rule, {@link GroupFolderRule}, in the same words), and a stick pulled out is said once,
 * with what to type. Real data folders and a real tmpfs as the stick (skipped where it may not mount).
 */
class GroupFolderSetWordsTest {
    @TempDir
    Path tmp;
    /** The last command run, on the data folder of the person who ran it. */
    private CommandRun last;

    private int run(String who, String... rest) throws Options.UsageException {
        last = new CommandRun(tmp.resolve(who));
        return last.run(rest);
    }

    private String err() {
        return last.err();
    }

    @Test
    void aFileIsSaidToBeAFileNotAFolderToMake() throws Exception {
        Path log = Files.writeString(tmp.resolve("ana.log"), "a log");
        assertEquals(1, run("ana", "group-folder", "set", log.toString()));
        assertEquals(log + " is a file, not a folder. Choose the folder the group shares (a stick, a shared folder, a"
                + " Syncthing folder). Then run group-folder set again.", err().strip());
        assertEquals(1, run("ana", "group-folder", "status"), "nothing was set");
    }

    @Test
    void anotherReadersDataFolderIsRefusedAsTheReadersOwnIs() throws Exception {
        try (GroupMember ben = GroupMember.join(tmp, "Ben", tmp.resolve("unused"))) {
            ben.note("gardens", "Ben's note");
        }
        Path bens = tmp.resolve("ben");
        assertTrue(Files.isRegularFile(bens.resolve("reader.db")), "Ben's data folder holds his notes");
        assertEquals(1, run("cat", "group-folder", "set", bens.toString()));
        String said = err().strip();
        assertTrue(said.startsWith("The folder " + bens + " is a reader's data folder (it holds their notes, reader.db)"),
                said);
        assertEquals(1, run("cat", "group-folder", "status"), "nothing was set");
        try (var files = Files.list(bens)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".peeranotes")), "nothing written there");
        }
        // The window's Notes → Group folder… asks the same rule, and says the same words.
        assertEquals(said, GroupFolderRule.refusal(bens, tmp.resolve("cat"), Optional.empty()).orElseThrow().english()
                + " Then run group-folder set again.");
    }

    @Test
    void aStickPulledOutIsSaidOnceInTheCommandLinesWords() throws Exception {
        Path mountPoint = Files.createDirectories(tmp.resolve("media-stick"));
        org.junit.jupiter.api.Assumptions.assumeTrue(org.peeragogy.reader.Mounts.mount(mountPoint),
                "mounting a tmpfs as the stick needs mount permission (root in the CI container)");
        try {
            assertEquals(0, run("ana", "group-folder", "set", mountPoint.toString()));
            assertEquals(0, run("ana", "group-folder", "sync"), err());
            assertTrue(org.peeragogy.reader.Mounts.unmount(mountPoint), "the stick pulled out");

            assertEquals(1, run("ana", "group-folder", "sync"));
            String said = err().strip();
            assertEquals(1, said.split("was a stick", -1).length - 1, "said once: " + said);
            assertTrue(said.endsWith("Plug the stick back in, then run group-folder sync again; to use this folder of the"
                    + " computer's own instead, set it again: group-folder set " + mountPoint), said);
            assertFalse(said.contains("Notes →"), "no menu on a command line: " + said);
        } finally {
            org.peeragogy.reader.Mounts.unmount(mountPoint);
        }
    }

    /** t16's N6: a write that fails names the group folder and why, not the reader's temporary or staging file. */
    @Test
    void aWriteThatFailsSaysTheGroupFolderAndWhyWithoutTheReadersTemporaryFileNames() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", tmp.resolve("unused"))) {
            ana.note("gardens", "Ana's note");
        }
        assertEquals(0, run("ana", "group-folder", "set", stick.toString()));
        try (org.peeragogy.reader.ReadOnlyFolders readOnly = new org.peeragogy.reader.ReadOnlyFolders()) {
            readOnly.protect(stick);
            assertEquals(1, run("ana", "group-folder", "sync"));
        }
        String said = err().strip();
        assertTrue(said.startsWith("Could not write your notes to the group folder " + stick + ": "), said);
        // Why, in the system's words or the reader's (read-only, disk full, permission denied), and nothing more.
        assertTrue(said.matches("(?s)Could not write your notes to the group folder [^:]*: [A-Za-z -]+\\. Check .*"), said);
        for (String internal : List.of(".tmp", "syncthing", "group-staging", ".peeranotes")) {
            assertFalse(said.contains(internal), internal + " said: " + said);
        }
    }

    @Test
    void aGroupNameIsCutTo200CharactersAsPeoplesNamesAre() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        assertEquals(0, run("ana", "group-folder", "set", stick.toString(), "--group", "g".repeat(5000) + "\n\u202Eevil"));
        assertEquals(0, run("ana", "group-folder", "status"));
        String group = last.out().lines().filter(l -> l.startsWith("group\t")).findFirst().orElseThrow();
        assertEquals("g".repeat(200), group.split("\t")[1], "t16's N14: 5,000 characters were kept and printed");
    }
}
