package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;

/**
 * A notes file copied byte for byte (a used stick copied for a second participant: fresh tester t34's F1, decision 0094)
 * is told from the file it was copied from, and from a file merely opened again or made from the package's seed; someone
 * else using the copy gets an author id of their own, and the notes already there stay their writer's.
 */
class CopiedNotesFileTest {
    @TempDir
    Path dir;

    private Path chensProfile() throws Exception {
        Path stick = dir.resolve("stick1/data");
        try (Database db = Database.open(stick)) {
            db.settings().putReaderName("Chen");
            db.annotations().create(new AnnotationStore.Draft("book", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Chen's", List.of(), "Chen", Optional.empty()));
        }
        return stick;
    }

    private static Path copyOf(Path data, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    @Test
    void theSameFileOpenedAgainIsNoCopy() throws Exception {
        Path stick = chensProfile();
        try (Database db = Database.open(stick)) {
            assertEquals(Optional.empty(), db.settings().copiedFrom());
        }
    }

    @Test
    void aCopiedFileIsToldAndSaysWhoseItWas() throws Exception {
        Path stick = chensProfile();
        String chen;
        try (Database db = Database.open(stick)) {
            chen = db.settings().readerId();
        }
        Path copy = copyOf(stick, dir.resolve("participant2/data"));
        try (Database db = Database.open(copy)) {
            assertEquals(Optional.of(new SettingsStore.Copied(chen, "Chen")), db.settings().copiedFrom());
        }
        try (Database db = Database.open(stick)) {
            assertEquals(Optional.empty(), db.settings().copiedFrom(), "the original is still the original");
        }
    }

    @Test
    void theSamePersonKeepsEverythingAndIsNotAskedAgain() throws Exception {
        Path copy = copyOf(chensProfile(), dir.resolve("restored/data"));
        String chen;
        try (Database db = Database.open(copy)) {
            chen = db.settings().readerId();
            db.settings().sameReader();
        }
        try (Database db = Database.open(copy)) {
            assertEquals(Optional.empty(), db.settings().copiedFrom());
            assertEquals(chen, db.settings().readerId());
            assertEquals(Optional.of("Chen"), db.settings().get(SettingsStore.READER_NAME));
        }
    }

    @Test
    void someoneElseGetsAnIdOfTheirOwnAndTheNotesStayTheirWriters() throws Exception {
        Path copy = copyOf(chensProfile(), dir.resolve("participant2/data"));
        try (Database db = Database.open(copy)) {
            String chen = db.settings().readerId();
            String dana = db.settings().newReader("Dana");
            assertNotEquals(chen, dana);
            assertEquals(dana, db.settings().readerId());
            assertEquals(Optional.of("Dana"), db.settings().get(SettingsStore.READER_NAME));
            Annotation chens = db.annotations().everything().get(0);
            assertEquals(chen, chens.authorId());
            AuthorStore.Author other = db.authors().byId().get(chen);
            assertEquals("Chen", other.name());
            assertFalse(other.mine());
            assertTrue(db.authors().byId().get(dana).mine());
        }
        try (Database db = Database.open(copy)) {
            assertEquals(Optional.empty(), db.settings().copiedFrom(), "asked once");
        }
    }

    @Test
    void aProfileMadeFromTheSeedIsNewNotACopyAndHasItsOwnId() throws Exception {
        Path seedData = dir.resolve("package/seed-data");
        String seedsId;
        try (Database db = Database.open(seedData)) {
            seedsId = db.settings().readerId();
        }
        Path seed = seedData.resolve(Database.FILE_NAME);
        Path profile = dir.resolve("home/data");
        Database.seedIfNew(profile, seed);
        try (Database db = Database.open(profile)) {
            assertEquals(Optional.empty(), db.settings().copiedFrom());
            assertNotEquals(seedsId, db.settings().readerId());
        }
        Path copied = copyOf(profile, dir.resolve("stick2/data"));
        try (Database db = Database.open(copied)) {
            assertTrue(db.settings().copiedFrom().isPresent(), "a seeded profile's own copies are told");
        }
    }

    @Test
    void aBackupPutBackByTheReaderIsNoCopy() throws Exception {
        Path stick = chensProfile();
        String chen;
        try (Database db = Database.open(stick)) {
            chen = db.settings().readerId();
            assertTrue(new Backups(stick).takeIfDue(db, java.time.LocalDate.of(2026, 11, 20)).isPresent());
        }
        Backups.Verified latest = new Backups(stick).latestGood().orElseThrow();
        new DamagedDatabase(stick).restore(latest.backup(), java.time.Instant.parse("2026-11-22T10:15:00Z"));
        try (Database db = Database.open(stick)) {
            assertEquals(Optional.empty(), db.settings().copiedFrom());
            assertEquals(chen, db.settings().readerId());
        }
    }

    @Test
    void aReadOnlyCopyIsReadWithoutAQuestion() throws Exception {
        Path copy = copyOf(chensProfile(), dir.resolve("locked/data"));
        try (org.peeragogy.reader.ReadOnlyFolders readOnly = new org.peeragogy.reader.ReadOnlyFolders()) {
            readOnly.protect(copy.resolve(Database.FILE_NAME));
            readOnly.protect(copy);
            try (Database db = Database.open(copy)) {
                assertTrue(db.readOnly());
                assertEquals(Optional.empty(), db.settings().copiedFrom(), "nothing could be kept: never asked");
                assertEquals(1, db.annotations().everything().size());
            }
        }
    }

    /**
     * t35's review: the file's identity was read twice per open (once to keep it, once to compare). Read once, at the
     * open, it is the identity of the file the open found: a file put at the same path later (here a copy moved over
     * it while the notes are open) is not the one this connection reads, and says nothing about it.
     */
    @Test
    void whetherItIsACopyIsToldOfTheFileTheOpenFound() throws Exception {
        Path stick = chensProfile();
        Path file = stick.resolve(Database.FILE_NAME);
        String found = "ino:" + Files.getAttribute(file, "unix:ino");
        try (Database db = Database.open(stick)) {
            Path copy = dir.resolve("copy.db");
            Files.copy(file, copy);
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertNotEquals(found, "ino:" + Files.getAttribute(file, "unix:ino"), "another file at the path now");
            assertEquals(Optional.of(found), db.identity());
            assertEquals(Optional.empty(), db.settings().copiedFrom(), "the file this connection reads is no copy");
        }
    }
}
