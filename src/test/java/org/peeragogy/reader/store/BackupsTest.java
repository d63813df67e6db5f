package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;

/** The daily automatic copies of the notes file. */
class BackupsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    private Database db;
    private Backups backups;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        backups = new Backups(dir);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<String> names() throws Exception {
        try (var files = Files.list(backups.folder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBackupIsACheckedCopyOfTheNotesMadeAtMostOnceADay() throws Exception {
        NotesFixture.add(db, "book-a", "wiki", 12, "mine");

        Optional<Backups.Backup> made = backups.takeIfDue(db, MONDAY);
        NotesFixture.add(db, "book-a", "wiki", 1, "later the same day");

        assertEquals(Optional.of(new Backups.Backup(dir.resolve("backups/reader-2026-11-16.db"), MONDAY)), made);
        assertEquals(Optional.empty(), backups.takeIfDue(db, MONDAY), "one a day");
        assertEquals(List.of("reader-2026-11-16.db"), names(), "no half-made copy is left");
        assertEquals(12, backups.latestGood().orElseThrow().notes());
        // It is a notes file the reader opens as its own.
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.copy(made.get().file(), elsewhere.resolve(Database.FILE_NAME));
        try (Database copy = Database.open(elsewhere)) {
            assertEquals(12, copy.annotations().book("book-a").size());
        }
    }

    @Test
    void onlyTheLastFiveDaysAreKept() throws Exception {
        for (int day = 0; day < 8; day++) {
            NotesFixture.add(db, "book-a", "wiki", 1, "day " + day);
            assertTrue(backups.takeIfDue(db, MONDAY.plusDays(day)).isPresent());
        }
        assertEquals(List.of("reader-2026-11-19.db", "reader-2026-11-20.db", "reader-2026-11-21.db",
                "reader-2026-11-22.db", "reader-2026-11-23.db"), names());
        assertEquals(8, backups.latestGood().orElseThrow().notes());
    }

    @Test
    void theLatestGoodBackupSkipsOneThatIsDamagedOrHalfWritten() throws Exception {
        NotesFixture.add(db, "book-a", "wiki", 4, "mine");
        backups.takeIfDue(db, MONDAY);
        Path newer = backups.folder().resolve("reader-2026-11-17.db");
        Files.copy(backups.folder().resolve("reader-2026-11-16.db"), newer);
        Damage.TRUNCATED_HALF.apply(newer);
        // What a copy of the reader that stopped while writing leaves: never listed as a backup.
        Files.writeString(backups.folder().resolve(".reader-2026-11-18-123.part"), "half");

        assertEquals(2, backups.list().size(), "two backups listed, the part is not one");
        assertEquals(MONDAY, backups.latestGood().orElseThrow().backup().day());
    }

    @Test
    void aPartLeftByAStoppedCopyIsClearedAnHourLater() throws Exception {
        Files.createDirectories(backups.folder());
        Path old = backups.folder().resolve(".reader-2026-11-15-1.part");
        Path fresh = backups.folder().resolve(".reader-2026-11-16-2.part");
        Files.writeString(old, "half");
        Files.writeString(fresh, "being written");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));

        backups.takeIfDue(db, MONDAY);

        assertEquals(List.of(".reader-2026-11-16-2.part", "reader-2026-11-16.db"), names());
    }

    @Test
    void aReadOnlyNotesFileIsNotBackedUp() throws Exception {
        db.close();
        try (var readOnly = new org.peeragogy.reader.ReadOnlyFolders()) {
            readOnly.protect(dir.resolve(Database.FILE_NAME));
            try (Database ro = Database.open(dir)) {
                assertEquals(Optional.empty(), backups.takeIfDue(ro, MONDAY));
            }
        } finally {
            db = Database.open(dir);
        }
        assertTrue(backups.list().isEmpty());
    }

    @Test
    void todaysBackupThatIsEmptyOrDamagedIsMadeAgain() throws Exception {
        NotesFixture.write(dir, "book", "a", 4);
        Files.createDirectories(backups.folder());
        Path today = backups.folder().resolve("reader-" + MONDAY + ".db");
        for (byte[] left : java.util.List.of(new byte[0], "SQLite format 3\0 and nothing".getBytes())) {
            Files.write(today, left);
            assertTrue(backups.takeIfDue(db, MONDAY).isPresent(), "no backup was made over " + left.length + " bytes");
            assertEquals(Optional.of(4), Backups.verify(today));
            assertEquals(Optional.empty(), backups.takeIfDue(db, MONDAY), "a good one is kept for the day");
        }
    }

    private static String notMade(Path folder, String why) {
        return "Today's backup of your notes could not be made in " + folder + ": " + why + ". This does not change"
                + " your notes; the reader tries the backup again at its next start.";
    }

    // Each kind of a backup that cannot be made says what is wrong with the backup, not that the notes cannot be
    // saved (fresh tester t31's F1 and F3: "This folder is read-only … not saved" while notes were being saved).

    @Test
    void aFileWhereTheBackupsGoIsSaidAsAFileInTheWay() throws Exception {
        NotesFixture.write(dir, "book", "a", 3);
        Files.writeString(backups.folder(), "mine");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> backups.takeIfDue(db, MONDAY));
        assertEquals(notMade(backups.folder(), "it is a file, not a folder (move or rename that file)"), e.getMessage());
        assertEquals("mine", Files.readString(backups.folder()));
    }

    @Test
    void aReadOnlyBackupsFolderIsSaidAsReadOnly() throws Exception {
        Files.createDirectories(backups.folder());
        try (var readOnly = new org.peeragogy.reader.ReadOnlyFolders()) {
            readOnly.protect(backups.folder());
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> backups.takeIfDue(db, MONDAY));
            assertEquals(notMade(backups.folder(), "the folder is read-only"), e.getMessage());
        }
        assertTrue(backups.list().isEmpty());
    }

    @Test
    void aFullDiskIsSaidAsFullAndLeavesNoPart() throws Exception {
        Path stick = dir.resolve("stick");
        Files.createDirectories(stick);
        org.junit.jupiter.api.Assumptions.assumeTrue(org.peeragogy.reader.Mounts.mount(stick),
                "mounting a tmpfs needs mount permission (root in the CI container)");
        try {
            Path data = stick.resolve("data");
            NotesFixture.write(data, "book", "a", 3);
            try (Database full = Database.open(data)) {
                try (var out = Files.newOutputStream(stick.resolve("filler"))) {
                    byte[] block = new byte[4096];
                    while (true) {
                        out.write(block);
                        out.flush();
                    }
                } catch (java.io.IOException isFull) {
                    // The stick is full.
                }
                Backups onStick = new Backups(data);
                StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                        () -> onStick.takeIfDue(full, MONDAY));
                assertEquals(notMade(onStick.folder(), "the disk is full"), e.getMessage());
                try (var left = Files.list(onStick.folder())) {
                    assertEquals(List.of(), left.toList(), "a part of the copy was left on the full stick");
                }
            }
        } finally {
            org.peeragogy.reader.Mounts.unmount(stick);
        }
    }
}
