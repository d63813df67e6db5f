package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void newDatabaseIsAtTheLatestSchemaVersion() throws Exception {
        try (Database db = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
        }
    }

    @Test
    void settingsAndPositionSurviveReopening() throws Exception {
        try (Database db = Database.open(dir)) {
            db.settings().put("view.theme", "dark");
            db.readingPositions().put("book-a", new ReadingPositions.Position("wiki", 0.42));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Optional.of("dark"), db.settings().get("view.theme"));
            assertEquals(Optional.of(new ReadingPositions.Position("wiki", 0.42)), db.readingPositions().get("book-a"));
        }
    }

    @Test
    void positionsAreKeptPerHandbookIdentity() throws Exception {
        try (Database db = Database.open(dir)) {
            db.readingPositions().put("book-a", new ReadingPositions.Position("wiki", 0.1));
            db.readingPositions().put("book-b", new ReadingPositions.Position("forums", 0.9));
            db.readingPositions().put("book-a", new ReadingPositions.Position("roles", 0.3));
            assertEquals("roles", db.readingPositions().get("book-a").orElseThrow().chapterId());
            assertEquals("forums", db.readingPositions().get("book-b").orElseThrow().chapterId());
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note(x)");
            s.execute("INSERT INTO note VALUES ('mine')");
            s.execute("PRAGMA user_version=99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void unreadableDataFolderGivesAPlainMessage() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(notAFolder.resolve("data")));
        assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
    }

    /** A database as version 1 of the reader left it, with a setting in it. */
    private void writeVersionOne() throws Exception {
        try (Database db = Database.open(dir, Database.MIGRATIONS.subList(0, 1))) {
            db.settings().put("view.theme", "sepia");
            db.readingPositions().put("book-a", new ReadingPositions.Position("wiki", 0.5));
        }
    }

    @Test
    void upgradeKeepsEverythingAndLeavesABackupOfTheOldVersion() throws Exception {
        writeVersionOne();
        try (Database db = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
            assertEquals(Optional.of("sepia"), db.settings().get("view.theme"));
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            Path backup = files.findFirst().orElseThrow();
            assertTrue(backup.getFileName().toString().startsWith("reader-v1-"), backup.toString());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                 Statement s = c.createStatement()) {
                assertEquals(1, s.executeQuery("PRAGMA user_version").getInt(1));
                assertEquals("sepia", s.executeQuery("SELECT value FROM setting WHERE key = 'view.theme'").getString(1));
            }
        }
    }

    @Test
    void failedUpgradeLeavesTheOldDatabaseAsItWas() throws Exception {
        writeVersionOne();
        List<String> broken = new java.util.ArrayList<>(Database.MIGRATIONS);
        broken.add("CREATE TABLE extra(x); INSERT INTO setting VALUES ('half', 'done'); THIS IS NOT SQL");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir, broken));
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            assertEquals(1, s.executeQuery("PRAGMA user_version").getInt(1));
            assertEquals(0, s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'annotation'").getInt(1));
            assertEquals(0, s.executeQuery("SELECT count(*) FROM setting WHERE key = 'half'").getInt(1));
            assertEquals(0, s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").getInt(1));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Optional.of("sepia"), db.settings().get("view.theme"));
        }
    }

    @Test
    void aNewProfileStartsFromTheSeedAndAnExistingOneIsLeftAlone() throws Exception {
        Path seedDir = dir.resolve("seed");
        try (Database seed = Database.open(seedDir)) {
            seed.settings().put("from", "seed");
        }
        Path fresh = dir.resolve("fresh");
        Database.seedIfNew(fresh, seedDir.resolve(Database.FILE_NAME));
        try (Database db = Database.open(fresh)) {
            assertEquals(Optional.of("seed"), db.settings().get("from"));
            db.settings().put("from", "mine");
        }
        Database.seedIfNew(fresh, seedDir.resolve(Database.FILE_NAME));
        try (Database db = Database.open(fresh)) {
            assertEquals(Optional.of("mine"), db.settings().get("from"));
        }
    }

    /** Fresh tester t17a's M9: every copy of the package started from one seed, and so was one person. */
    @Test
    void eachProfileSeededFromOneSeedIsAPersonOfItsOwn() throws Exception {
        Path seedDir = dir.resolve("seed");
        String seedsId;
        try (Database seed = Database.open(seedDir)) {
            seedsId = seed.settings().readerId();
        }
        Database.seedIfNew(dir.resolve("ana"), seedDir.resolve(Database.FILE_NAME));
        Database.seedIfNew(dir.resolve("ben"), seedDir.resolve(Database.FILE_NAME));
        String ana;
        String ben;
        try (Database a = Database.open(dir.resolve("ana")); Database b = Database.open(dir.resolve("ben"))) {
            ana = a.settings().readerId();
            ben = b.settings().readerId();
        }
        assertTrue(ana.startsWith("urn:uuid:"), ana);
        assertNotEquals(seedsId, ana, "a profile seeded from the package's seed has the seed's author id");
        assertNotEquals(ana, ben, "two profiles seeded from one seed are one person");
    }

    /** Fresh tester t17a's M8: a seed on a read-only stick made a notes file that could never be written. */
    @Test
    void aProfileSeededFromAReadOnlySeedCanBeWritten() throws Exception {
        Path seedDir = dir.resolve("seed");
        try (Database seed = Database.open(seedDir)) {
            seed.settings().put("from", "seed");
        }
        Path seed = seedDir.resolve(Database.FILE_NAME);
        Files.setPosixFilePermissions(seed, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Path fresh = dir.resolve("fresh");
        Database.seedIfNew(fresh, seed);
        // The mode, not Files.isWritable: as root (CI) every file is writable whatever its mode.
        assertTrue(Files.getPosixFilePermissions(fresh.resolve(Database.FILE_NAME))
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), "the new notes file took the seed's read-only mode");
        try (Database db = Database.open(fresh)) {
            assertTrue(db.readOnlyReason().isEmpty(), "the new profile opened read-only");
            db.settings().put("from", "mine");
            assertEquals(Optional.of("mine"), db.settings().get("from"));
        }
    }

    /** Fresh tester t17a's M2: a locked stick never started could not open at all; the seed is read as it is. */
    @Test
    void theSeedReadAsItIsOpensReadOnlyAndSaysTheDataFolderIsWhy() throws Exception {
        Path seedDir = dir.resolve("seed");
        try (Database seed = Database.open(seedDir)) {
            seed.settings().put("from", "seed");
        }
        Path seed = seedDir.resolve(Database.FILE_NAME);
        byte[] before = Files.readAllBytes(seed);
        Path locked = dir.resolve("stick").resolve("data");
        try (Database db = Database.openSeedReadOnly(locked, seed,
                OpenFailure.of(OpenFailure.Kind.READ_ONLY_FOLDER, locked.resolve(Database.FILE_NAME), "", null))) {
            assertEquals(Optional.of("seed"), db.settings().get("from"), "the seed's contents are read");
            assertTrue(db.readOnlyReason().isPresent(), "opened for writing");
            assertTrue(db.readOnlyReason().get().args().stream().anyMatch(a -> a.toString().contains("stick")),
                    "the reason names the data folder: " + db.readOnlyReason().get());
            assertThrows(StoreException.class, () -> db.settings().put("from", "mine"));
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(seed)), "the seed was changed");
        assertFalse(Files.exists(locked), "a data folder was made");
    }
}
