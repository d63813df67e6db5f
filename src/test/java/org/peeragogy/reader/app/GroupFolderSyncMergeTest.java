package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.share.group.GroupFileNames;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code group-folder sync --merge FILE} and {@code --merge-all} (issue 16's second retest, b5 and a nit), over real
 * data folders and a real folder: a named file is merged alone; what one sync merges is one import, taken back whole
 * by one {@code undo-import}; the {@code new} lines are counted after that sync's merges.
 */
class GroupFolderSyncMergeTest {
    @TempDir
    Path tmp;
    private CommandRun fay;

    private int fay(String... args) throws Options.UsageException {
        fay = fay == null ? new CommandRun(tmp.resolve("fay")) : fay;
        return fay.run(args);
    }

    private String out() {
        return fay.out();
    }

    /** Ana, Ben and Cai each write a note into {@code group}; returns Ben's file name. */
    private String threeFiles(Path group) throws Exception {
        String bens = null;
        for (String who : new String[] {"Ana", "Ben", "Cai"}) {
            try (GroupMember m = GroupMember.join(tmp, who, group)) {
                m.note("gardens", who + "'s note");
                String name = m.writeOwn().getFileName().toString();
                bens = who.equals("Ben") ? name : bens;
            }
        }
        return bens;
    }

    @Test
    void mergeNamesOneFileAndMergeAllIsOneImportThatOneUndoTakesBack() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        String bens = threeFiles(group);
        assertEquals(0, fay("group-folder", "set", group.toString()));

        assertEquals(0, fay("group-folder", "sync", "--merge", bens));
        assertTrue(out().contains("merged\tBen\t" + bens + "\t1 new"), out());
        assertTrue(out().contains("new\tAna\t") && out().contains("new\tCai\t"), "the others still wait\n" + out());
        assertTrue(out().contains("or sync --merge FILE"), out());

        assertEquals(1, fay("group-folder", "sync", "--merge", "Nobody_x.peeranotes"));
        assertTrue(fay.err().contains("No file waits to be merged in the group folder under"
                + " the name Nobody_x.peeranotes"), fay.err());
        // A file status lists that cannot be merged says why, not that there is none (t31's F6).
        String dans = GroupFileNames.own("Dan", "00000000-0000-4000-8000-000000000002");
        Files.write(group.resolve(dans), new byte[0]);
        assertEquals(1, fay("group-folder", "sync", "--merge", dans));
        assertTrue(fay.err().contains(dans + " cannot be merged: it is incomplete (") && !fay.err().contains("No file waits"),
                fay.err());
        Files.delete(group.resolve(dans));

        assertEquals(0, fay("group-folder", "sync", "--merge-all"));
        assertTrue(out().contains("merged\tAna\t") && out().contains("merged\tCai\t"), out());
        assertEquals(0, fay("undo-import"));
        assertTrue(out().startsWith("Undid the import of group folder (2 files)"), out());
        assertEquals(0, fay("notes"));
        assertFalse(out().contains("Ana's note") || out().contains("Cai's note"), "one undo took both back\n" + out());
        assertTrue(out().contains("Ben's note"), "Ben's merge was an import of its own");
    }

    /**
     * A file not all one person's that holds Ana's note says "1 new" before Ana's own file is merged in the same
     * sync, and nothing after it: its {@code new} line is counted after the merge, so it is not listed.
     */
    @Test
    void newLinesAreCountedAfterTheSameSyncsMerges() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path anasOwn = Files.createDirectories(tmp.resolve("anas-own"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember ben = GroupMember.join(tmp, "Ben", anasOwn)) {
            ana.note("gardens", "Ana's note");
            Path anas = ana.writeOwn();
            Files.copy(anas, group.resolve("Ben_" + ben.id().substring(9) + ".peeranotes"));
        }
        assertEquals(0, fay("group-folder", "set", group.toString()));
        assertEquals(0, fay("group-folder", "status"));
        assertTrue(out().contains("new\tBen\tBen_"), "before: it would bring Ana's note\n" + out());

        assertEquals(0, fay("group-folder", "sync", "--merge", "Ana_" + out().split("new\tAna\tAna_", 2)[1].split("\t")[0]));

        assertTrue(out().contains("merged\tAna\t"), out());
        assertFalse(out().contains("new\tBen\t"), "after Ana's merge it brings nothing new\n" + out());
    }
}
