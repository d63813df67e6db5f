package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.group.GroupFolder;

/**
 * The group folder over real Syncthing (Debian's {@code syncthing}; {@code .ci/run} installs it): two
 * instances on loopback, each with its own configuration home, GUI and discovery off, each syncing one
 * reader's copy of the group folder. A note made in reader A reaches B's folder and is offered and merged
 * there; a note edited on both sides while the link is down comes back as two versions, and Syncthing's
 * conflict copy stays. Every wait is for a file in the folder, bounded.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GroupFolderSyncthingTest {
    private static final Duration SYNC_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsSyncthing() {
        Assumptions.assumeTrue(SyncthingPeer.available(), "syncthing is not installed here: this end-to-end test"
                + " needs Debian's syncthing package (apt-get install syncthing; .ci/run installs it)");
    }

    /** Waits until {@code done} holds, looking every 100 ms, for at most {@code limit}; fails with {@code what}. */
    private static void await(Duration limit, Supplier<String> what, BooleanSupplier done) {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what.get());
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.mismatch(a, b) == -1;
        } catch (java.io.IOException e) {
            return false; // being written: looked at again
        }
    }

    private static List<String> conflictCopies(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".sync-conflict-")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    @Test
    void aNoteMadeInReaderAReachesReaderBAndAConflictWhileTheLinkIsDownComesBackAsTwoVersions() throws Exception {
        Path folderA = tmp.resolve("a-group");
        Path folderB = tmp.resolve("b-group");
        try (SyncthingPeer a = SyncthingPeer.generate(tmp.resolve("st-a"), folderA);
             SyncthingPeer b = SyncthingPeer.generate(tmp.resolve("st-b"), folderB);
             GroupMember ana = GroupMember.join(tmp, "Ana", folderA);
             GroupMember ben = GroupMember.join(tmp, "Ben", folderB)) {
            a.pairWith(b);
            b.pairWith(a);
            a.start();
            b.start();
            Supplier<String> logs = () -> "\n--- A ---\n" + a.log() + "\n--- B ---\n" + b.log();

            Annotation note = ana.note("gardens", "Ana's note, made in reader A");
            Path inA = ana.writeOwn();
            Path inB = folderB.resolve(inA.getFileName());
            await(SYNC_LIMIT, () -> "Ana's file to reach B's folder" + logs.get(), () -> sameBytes(inA, inB));

            GroupFolder.Scan seenByBen = ben.scan();
            assertEquals(1, seenByBen.arrivals().size(), seenByBen.toString());
            assertEquals("Ana updated their notes (1 new)", seenByBen.arrivals().get(0).describe());
            ben.folder.merge(ben.db, ben.sharing, seenByBen.arrivals().get(0), true);
            assertEquals(1, ben.notesSaying("Ana's note, made in reader A").size());

            // The link goes down. Ana edits her note in reader A; the same Ana, on a second computer that
            // syncs into B's folder, edits it too.
            b.stop(Duration.ofSeconds(30));
            // A laptop cloned whole from Ana's (decision 0035's amendment: a copy made elsewhere would write Ana-2).
            try (GroupMember anaOnLaptop2 = ana.secondComputer(tmp, "ana-laptop2", folderB).asIfItWroteHereBefore()) {
                ana.db.annotations().edit(note.id(), Annotation.Colour.BLUE, "edited in reader A", List.of());
                ana.writeOwn();
                anaOnLaptop2.db.annotations().edit(note.id(), Annotation.Colour.BLUE, "edited on the second computer",
                        List.of());
                anaOnLaptop2.writeOwn();
            }
            b.start();
            await(SYNC_LIMIT, () -> "a conflict copy on both sides" + logs.get(),
                    () -> conflictCopies(folderA).size() == 1 && conflictCopies(folderB).size() == 1
                            && sameBytes(folderA.resolve(conflictCopies(folderA).get(0)),
                            folderB.resolve(conflictCopies(folderA).get(0))) && sameBytes(inA, inB));

            GroupFolder.Scan afterConflict = ben.scan();
            assertEquals(2, afterConflict.arrivals().size(), afterConflict.toString());
            for (Arrival arrival : afterConflict.arrivals()) {
                ben.folder.merge(ben.db, ben.sharing, arrival, false);
            }
            assertEquals(1, ben.notesSaying("edited in reader A").size(), "one version");
            assertEquals(1, ben.notesSaying("edited on the second computer").size(), "and the other");
            assertEquals(1, ben.sharing.conflicts().size(), "kept as two versions of one note");
            assertEquals(1, conflictCopies(folderB).size(), "the reader deletes no conflict copy");
        }
    }
}
