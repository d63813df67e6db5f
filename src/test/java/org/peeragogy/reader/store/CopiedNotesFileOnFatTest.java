package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On FAT and exFAT sticks (inode numbers made anew at each mount) a copied notes file is told by the volume's serial
 * and the file's path on it (decision 0094): a real folder of real symlinks stands for udev's {@code /dev/disk/by-uuid}
 * ({@code 1A2B-3C4D -> ../../sdb1}), pointing at device paths that need not exist; the kept identity is in a real
 * SQLite notes file.
 */
class CopiedNotesFileOnFatTest {
    private static final String FILE = "peeragogy-reader/data/reader.db";

    @TempDir
    Path dir;
    private Path links;

    @BeforeEach
    void udevsLinks() throws Exception {
        links = Files.createDirectories(dir.resolve("dev/disk/by-uuid"));
        Files.createSymbolicLink(links.resolve("1A2B-3C4D"), Path.of("../../sdb1"));
        Files.createSymbolicLink(links.resolve("5E6F-7A8B"), Path.of("../../sdc1"));
        Files.createSymbolicLink(links.resolve("0f1e2d3c-aaaa-bbbb-cccc-123456789abc"), Path.of("../../sda2"));
    }

    private String device(String name) {
        return dir.resolve("dev").resolve(name).toString();
    }

    private Optional<String> onStick(String device, Path mount, String inside) throws Exception {
        return FileIdentity.of(mount.resolve(inside), "vfat", device(device), mount, links);
    }

    @Test
    void theIdentityIsTheVolumesSerialAndThePathOnIt() throws Exception {
        assertEquals(Optional.of("vol:1A2B-3C4D:" + FILE), onStick("sdb1", dir.resolve("media/stick1"), FILE));
    }

    /** A device the mount table names through a link ({@code /dev/mapper/stick -> ../dm-0}) is found by its target. */
    @Test
    void aDeviceNamedThroughALinkIsFound() throws Exception {
        Path dev = dir.resolve("dev");
        Files.createFile(dev.resolve("dm-0"));
        Files.createSymbolicLink(links.resolve("9DC2-4A00"), Path.of("../../dm-0"));
        Files.createSymbolicLink(Files.createDirectories(dev.resolve("mapper")).resolve("stick"), Path.of("../dm-0"));
        Path mount = dir.resolve("media/stick1");
        assertEquals(Optional.of("vol:9DC2-4A00:" + FILE), FileIdentity.of(mount.resolve(FILE), "exfat",
                dev.resolve("mapper/stick").toString(), mount, links));
    }

    @Test
    void aCopyOntoAnotherStickIsTold() throws Exception {
        try (Database db = Database.open(dir.resolve("profile"))) {
            FileIdentity.forget(db.connection());
            FileIdentity.recordIfNone(db.connection(), onStick("sdb1", dir.resolve("media/stick1"), FILE));
            assertTrue(FileIdentity.copied(db.connection(), onStick("sdc1", dir.resolve("media/stick2"), FILE)));
        }
    }

    /** Another computer: another mount point, and the stick may be another device there (sdc1 for its serial). */
    @Test
    void theSameStickOnAnotherComputerIsNoCopy() throws Exception {
        try (Database db = Database.open(dir.resolve("profile"))) {
            FileIdentity.forget(db.connection());
            FileIdentity.recordIfNone(db.connection(), onStick("sdb1", dir.resolve("media/chen/STICK"), FILE));
            Files.delete(links.resolve("1A2B-3C4D"));
            Files.delete(links.resolve("5E6F-7A8B"));
            Files.createSymbolicLink(links.resolve("1A2B-3C4D"), Path.of("../../sdc1"));
            assertFalse(FileIdentity.copied(db.connection(),
                    onStick("sdc1", dir.resolve("run/media/dana/1A2B-3C4D"), FILE)));
        }
    }

    @Test
    void anotherFolderOnTheSameStickIsTold() throws Exception {
        try (Database db = Database.open(dir.resolve("profile"))) {
            FileIdentity.forget(db.connection());
            FileIdentity.recordIfNone(db.connection(), onStick("sdb1", dir.resolve("media/stick1"), FILE));
            assertTrue(FileIdentity.copied(db.connection(),
                    onStick("sdb1", dir.resolve("media/stick1"), "participant2/data/reader.db")));
        }
    }

    @Test
    void withoutTheLinkOrTheFolderNothingIsTold() throws Exception {
        Path mount = dir.resolve("media/stick1");
        assertEquals(Optional.empty(), onStick("sdd1", mount, FILE));
        assertEquals(Optional.empty(),
                FileIdentity.of(mount.resolve(FILE), "exfat", device("sdb1"), mount, dir.resolve("no/by-uuid")));
        assertEquals(Optional.empty(), FileIdentity.of(mount.resolve(FILE), "vfat", "", mount, links));
        try (Database db = Database.open(dir.resolve("profile"))) {
            FileIdentity.forget(db.connection());
            FileIdentity.recordIfNone(db.connection(), onStick("sdb1", mount, FILE));
            assertFalse(FileIdentity.copied(db.connection(), onStick("sdd1", mount, FILE)));
        }
    }

    @Test
    void aFileFromADiskNowOnAStickIsNotAskedAboutAndKeepsTheNewIdentity() throws Exception {
        Path profile = dir.resolve("profile");
        try (Database db = Database.open(profile)) {
            Optional<String> ino = FileIdentity.of(profile.resolve("reader.db"), "ext4", device("sda2"), profile,
                    links);
            assertTrue(ino.orElseThrow().startsWith("ino:"));
            FileIdentity.forget(db.connection());
            FileIdentity.recordIfNone(db.connection(), ino);
            Optional<String> vol = onStick("sdb1", dir.resolve("media/stick1"), FILE);
            assertFalse(FileIdentity.copied(db.connection(), vol));
            FileIdentity.recordIfNone(db.connection(), vol);
            assertFalse(FileIdentity.copied(db.connection(), vol));
            assertTrue(FileIdentity.copied(db.connection(), onStick("sdc1", dir.resolve("media/stick2"), FILE)));
        }
    }

    @Test
    void aFileFromAStickNowOnADiskIsNotAskedAboutAndKeepsTheNewIdentity() throws Exception {
        Path profile = dir.resolve("profile");
        try (Database db = Database.open(profile)) {
            FileIdentity.forget(db.connection());
            FileIdentity.recordIfNone(db.connection(), onStick("sdb1", dir.resolve("media/stick1"), FILE));
            Optional<String> ino = FileIdentity.of(profile.resolve("reader.db"));
            assertTrue(ino.orElseThrow().startsWith("ino:"), ino.toString());
            assertFalse(FileIdentity.copied(db.connection(), ino));
            FileIdentity.recordIfNone(db.connection(), ino);
            assertFalse(FileIdentity.copied(db.connection(), FileIdentity.of(profile.resolve("reader.db"))));
            assertTrue(FileIdentity.copied(db.connection(), Optional.of("ino:1")));
        }
    }

    /**
     * A FAT or exFAT file system really mounted here (a stick, a loop-mounted image) is known by its serial, its top
     * folder by an empty path; nothing is written there. Skipped where none is mounted or udev's folder is missing
     * (a container: this machine could not loop-mount {@code mkfs.vfat}'s image, "unknown filesystem type 'vfat'").
     */
    @Test
    void aMountedFatStickIsKnownByItsSerial() throws Exception {
        Path byUuid = Path.of("/dev/disk/by-uuid");
        assumeTrue(Files.isDirectory(byUuid), "no /dev/disk/by-uuid here (a container)");
        for (FileStore store : FileSystems.getDefault().getFileStores()) {
            if (Set.of("vfat", "exfat").contains(store.type().toLowerCase(Locale.ROOT))) {
                String line = store.toString(); // "/media/chen/STICK (/dev/sdb1)": the mount point, then the device
                Path top = Path.of(line.substring(0, line.lastIndexOf(" (")));
                if (Files.isReadable(top)) {
                    assertTrue(FileIdentity.of(top).orElseThrow().matches("vol:[^:]+:"), FileIdentity.of(top)::toString);
                    return;
                }
            }
        }
        assumeTrue(false, "no FAT or exFAT file system mounted here");
    }
}
