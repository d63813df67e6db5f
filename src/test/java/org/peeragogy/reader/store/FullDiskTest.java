package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t17a's M6: on a full disk the notes could not even be read (SQLite could not make the files it writes
 * beside the notes file). On a real full file system (a 4 MiB tmpfs; skipped where this process may not mount one),
 * the notes file opens read-only and every save says the disk is full.
 */
class FullDiskTest {
    @TempDir
    Path temp;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void onAFullDiskTheNotesAreReadAndSavesSayTheDiskIsFull() throws Exception {
        Path disk = Files.createDirectory(temp.resolve("disk"));
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            mount = null;
        }
        assumeTrue(mount != null && mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "this process may not mount a small file system to fill");
        mounted = disk;
        Path data = disk.resolve("data");
        try (Database db = Database.open(data)) {
            db.settings().put("kept", "before the disk filled");
        }
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
        // A data folder never started on that disk: refused as a full disk, and no empty notes file left behind to
        // pass for a damaged one at the next start (fresh tester t17b's M3).
        Path fresh = Files.createDirectory(disk.resolve("fresh"));
        OpenFailure refusedFresh = assertThrows(OpenFailure.class, () -> Database.open(fresh));
        assertEquals(OpenFailure.Kind.DISK_FULL, refusedFresh.kind());
        assertTrue(refusedFresh.seedMayBeReadInstead(), "the seed may not be read where no notes file can be made");
        assertTrue(!Files.exists(fresh.resolve(Database.FILE_NAME)), "an empty notes file was left on the full disk");
        try (Database db = Database.open(data)) {
            assertEquals(Optional.of("before the disk filled"), db.settings().get("kept"), "the notes cannot be read");
            assertEquals(StoreReason.DISK_FULL_READ_ONLY, db.readOnlyReason().orElseThrow().code());
            StoreException refused = assertThrows(StoreException.class, () -> db.settings().put("kept", "after"));
            assertTrue(refused.getMessage().contains("full"), refused.getMessage());
        }
    }
}
