package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.NotesFileHead;

/**
 * Fresh tester t38's F3: the reader's own file in the group folder cut short (a copy or a sync that stopped halfway)
 * made the reader call it another computer's ("Another computer writes notes under your id") and write {@code Ann-2_…}
 * beside it. The reader knows its own broken file (a name it wrote, fewer bytes than its header says) and writes it
 * again under its own name.
 */
class GroupFolderOwnFileCutShortTest {
    @TempDir
    Path tmp;

    @Test
    void theReadersOwnFileCutShortIsWrittenAgainUnderItsOwnNameNotCalledAnotherComputers() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ann = GroupMember.join(tmp, "Ann", group)) {
            ann.note("gardens", "Ann's first note");
            ann.note("meetings", "Ann's second note");
            Path own = ann.writeOwn();
            long whole = Files.size(own);
            try (FileChannel ch = FileChannel.open(own, StandardOpenOption.WRITE)) {
                ch.truncate(whole / 2);
            }
            assertTrue(!NotesFileHead.complete(own, Files.size(own)), "the file is cut short");

            assertTrue(ann.scan().underYourIdProblem().isEmpty(), "not another computer's: "
                    + ann.scan().underYourIdProblem());
            Path again = ann.writeOwn();
            assertEquals(own.getFileName(), again.getFileName(), "written again under its own name, no Ann-2");
            assertEquals(java.util.Set.of(own.getFileName().toString()), GroupMember.namesIn(group));
            assertTrue(NotesFileHead.complete(again, Files.size(again)), "whole again");
            assertEquals(2, ann.sharing.read(again).notes().size());
        }
    }
}
