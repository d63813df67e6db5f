package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.group.GroupFolder;

/**
 * The reader knows every file it wrote into a group folder, not only the last (issue 16's second retest, b2;
 * decision 0042), over real data folders and real folders swapped at one mount point: yesterday's stick, or two
 * sticks used in turn, hold an older file of its own, which it replaces quietly under its plain name; no second
 * name, no "another computer", no stale file beside it.
 */
class GroupFolderOwnHistoryTest {
    @TempDir
    Path tmp;

    private static List<String> notesFiles(Path dir) throws Exception {
        return GroupMember.namesIn(dir).stream().filter(n -> n.endsWith(".peeranotes")).toList();
    }

    /** Moves what {@code mount} holds into {@code keep} (emptied first), then copies {@code from}'s files in: another stick at the same mount point. */
    private static void swap(Path mount, Path keep, Path from) throws Exception {
        Files.createDirectories(keep);
        for (String n : GroupMember.namesIn(keep)) {
            Files.delete(keep.resolve(n));
        }
        for (String n : GroupMember.namesIn(mount)) {
            Files.move(mount.resolve(n), keep.resolve(n), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String n : GroupMember.namesIn(from)) {
            Files.copy(from.resolve(n), mount.resolve(n));
        }
    }

    @Test
    void yesterdaysStickHoldsAnOlderFileOfYourOwnThatIsReplacedQuietly() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            ana.note("gardens", "yesterday's note");
            String own = ana.writeOwn().getFileName().toString();
            Path yesterday = Files.createDirectories(tmp.resolve("yesterday"));
            Files.copy(group.resolve(own), yesterday.resolve(own));
            ana.note("gardens", "today's note");
            ana.writeOwn();

            swap(group, tmp.resolve("today"), yesterday);
            Path written = ana.writeOwn();
            GroupFolder.Scan scan = ana.scan();

            assertEquals(own, written.getFileName().toString(), "written under the plain name again");
            assertEquals(List.of(own), notesFiles(group));
            assertEquals(List.of(), scan.underYourId(), "no other computer");
            assertEquals(List.of(), scan.arrivals());
        }
    }

    @Test
    void twoSticksInTurnEachHoldOnlyYourOneFile() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path a = Files.createDirectories(tmp.resolve("stick-a"));
        Path b = Files.createDirectories(tmp.resolve("stick-b"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            String own = null;
            for (int round = 0; round < 4; round++) {
                Path stick = round % 2 == 0 ? a : b;
                swap(group, tmp.resolve("off-" + round), stick); // the stick plugged in
                ana.note("gardens", "note of round " + round);
                own = ana.writeOwn().getFileName().toString();
                assertEquals(List.of(), ana.scan().underYourId(), "round " + round);
                assertEquals(List.of(own), notesFiles(group), "round " + round + ": one file of Ana's");
                swap(group, stick, Files.createDirectories(tmp.resolve("empty-" + round))); // unplugged: the stick keeps it
            }
            assertEquals("Ana_" + ana.id().substring("urn:uuid:".length()) + ".peeranotes", own);
        }
    }
}
