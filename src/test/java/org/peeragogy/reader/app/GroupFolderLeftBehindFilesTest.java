package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;
import org.peeragogy.reader.store.GroupFolderStore.State;

/**
 * A group file left incomplete under its final name (fresh tester t33's F7): an empty one, one of zero bytes only and
 * one cut short were "not complete yet: it is still arriving" for ever. Sync tools write under a temporary name and
 * rename, so one unchanged for more than 2 minutes is said as empty, zeros only or cut short, with what to do; a
 * young one is still arriving. Real files with their modified times set, the command line run as typed.
 */
class GroupFolderLeftBehindFilesTest {
    @TempDir
    Path tmp;

    @Test
    void filesLeftIncompleteForMoreThanTwoMinutesAreSaidAsEmptyZerosOrCutShortAndYoungOnesAsArriving()
            throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("name", "Ben"));
        assertEquals(0, ben.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Ben's note"));
        Path bens = tmp.resolve("bens.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--out", bens.toString()));
        byte[] whole = Files.readAllBytes(bens);

        CommandRun host = new CommandRun(tmp.resolve("host"));
        assertEquals(0, host.run("group-folder", "set", group.toString()));
        Path empty = Files.createFile(group.resolve("Ana_" + UUID.randomUUID() + ".peeranotes"));
        Path zeros = Files.write(group.resolve("Cid_" + UUID.randomUUID() + ".peeranotes"), new byte[5000]);
        Path cut = Files.write(group.resolve("Dee_" + UUID.randomUUID() + ".peeranotes"),
                java.util.Arrays.copyOf(whole, whole.length - 512));
        Path young = Files.createFile(group.resolve("Eve_" + UUID.randomUUID() + ".peeranotes"));
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : new Path[] {empty, zeros, cut}) {
            Files.setLastModifiedTime(p, old);
        }

        assertEquals(0, host.run("group-folder", "status"), host.err());

        String out = host.out();
        assertTrue(out.contains(empty.getFileName() + "\t") && out.contains("\tunusable\tcannot be used: it is empty"
                + " (0 bytes) and has not changed for more than 2 minutes, so nothing more of it is coming (a sync tool"
                + " gives a file its name only once all of it has arrived). Whoever wrote it can write it again; whoever"
                + " put it in the group folder can take it out.\n"), out);
        // A look at the folder changes nothing, and does not say so as a refusal would (t35's F9).
        assertTrue(!out.contains("Nothing was changed"), out);
        assertTrue(out.contains("cannot be used: it holds only zero bytes (5000 of them) and has not changed for more"
                + " than 2 minutes"), out);
        assertTrue(out.contains("cannot be used: it was cut short (only " + (whole.length - 512) + " bytes of a notes"
                + " file are there) and has not changed for more than 2 minutes, so the rest of it is not coming."), out);
        assertTrue(out.contains(young.getFileName() + "\t") && out.contains("\tincomplete\tnot complete yet: it is"
                + " empty so far\n"), out);
        assertEquals(1, out.split("still arriving|not complete yet", -1).length - 1, "only the young one: " + out);
    }

    /**
     * The time is the reader's clock: a file seen arriving, then left so past 2 minutes, is said unusable once (t38's F3:
     * at 10 minutes, a half file was "still arriving" for 7 minutes and counting).
     */
    @Test
    void aFileSeenArrivingAndThenLeftAsItIsIsSaidUnusableOnceItsTwoMinutesArePast() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        try (GroupMember host = GroupMember.join(tmp, "Host", group)) {
            Path zeros = Files.write(group.resolve("Cid_" + UUID.randomUUID() + ".peeranotes"), new byte[300]);
            Instant modified = Files.getLastModifiedTime(zeros).toInstant();
            host.db.useClock(Clock.fixed(modified.plus(Duration.ofSeconds(100)), ZoneOffset.UTC));
            GroupFolder.Scan arriving = host.scan();
            assertEquals(State.INCOMPLETE, only(arriving).state(), only(arriving).summary());
            assertEquals(0, arriving.unusable().size());

            host.db.useClock(Clock.fixed(modified.plus(Duration.ofMinutes(3)), ZoneOffset.UTC));
            GroupFolder.Scan left = host.scan();
            assertEquals(State.UNUSABLE, only(left).state(), only(left).summary());
            assertTrue(only(left).summary().startsWith("cannot be used: it holds only zero bytes (300 of them)"),
                    only(left).summary());
            assertEquals(1, left.unusable().size(), "said once");
            assertEquals(0, host.scan().unusable().size(), "and not again");
        }
    }

    private static SeenFile only(GroupFolder.Scan scan) {
        assertEquals(1, scan.files().size(), scan.files().toString());
        return scan.files().get(0);
    }
}
