package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.book.Annotation;

/** Every kind of damage to a real notes file: named precisely, never changed, restorable, salvageable. */
class DamagedNotesFileTest {
    private static final Map<Damage, OpenFailure.Kind> KIND = Map.of(
            Damage.TRUNCATED_HALF, OpenFailure.Kind.TRUNCATED,
            Damage.TRUNCATED_100, OpenFailure.Kind.TRUNCATED,
            Damage.BAD_HEADER, OpenFailure.Kind.NOT_A_DATABASE,
            Damage.GARBAGE, OpenFailure.Kind.NOT_A_DATABASE,
            Damage.FLIPPED_MIDDLE, OpenFailure.Kind.CORRUPT,
            Damage.DIRECTORY, OpenFailure.Kind.NOT_A_FILE);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE_NAME);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void eachDamageIsNamedInPlainWordsAndTheFileIsLeftExactlyAsItWas(Damage damage) throws Exception {
        NotesFixture.write(dir, "book-a", "wiki", 300);
        damage.apply(file());
        String before = Damage.hash(file());

        OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(dir));

        assertEquals(KIND.get(damage), e.kind(), e.getMessage());
        assertTrue(e.damaged());
        String problem = e.problem().english();
        assertTrue(problem.startsWith("Your notes file " + file() + " is damaged (" + KIND.get(damage).what() + ")"),
                problem);
        assertTrue(problem.endsWith("Nothing has been changed."), problem);
        assertTrue(e.getMessage().contains("restore the latest automatic backup"), e.getMessage());
        assertFalse(e.getMessage().contains("SQLITE") || e.getMessage().contains("full"), e.getMessage());
        assertEquals(before, Damage.hash(file()));
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void restoringTheBackupBringsBackThatDaysNotesAndKeepsTheDamagedFileAside(Damage damage) throws Exception {
        List<Annotation> backedUp;
        try (Database db = Database.open(dir)) {
            backedUp = NotesFixture.add(db, "book-a", "wiki", 30, "kept");
            assertTrue(new Backups(dir).takeIfDue(db, LocalDate.of(2026, 11, 20)).isPresent());
            NotesFixture.add(db, "book-a", "wiki", 5, "after the backup");
        }
        damage.apply(file());
        String damaged = Damage.hash(file());

        Backups.Verified latest = new Backups(dir).latestGood().orElseThrow();
        Path aside = new DamagedDatabase(dir).restore(latest.backup(), Instant.parse("2026-11-22T10:15:00Z"))
                .orElseThrow();

        assertEquals(dir.resolve("reader.db.damaged-20261122T101500Z"), aside);
        assertEquals(damaged, Damage.hash(aside));
        assertEquals(30, latest.notes());
        try (Database db = Database.open(dir)) {
            // As sets: the store orders by the time as text, and a time at a whole second sorts after later ones.
            assertEquals(Set.copyOf(backedUp), Set.copyOf(db.annotations().book("book-a")));
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void salvageReadsOnlyWholeNotesAndSettingAsideNeverChangesTheFile(Damage damage) throws Exception {
        List<Annotation> written = NotesFixture.write(dir, "book-a", "wiki", 300);
        damage.apply(file());
        String damaged = Damage.hash(file());

        Salvage.Result read = Salvage.read(file());

        assertEquals(damaged, Damage.hash(file()));
        Set<Annotation> originals = Set.copyOf(written);
        Set<Annotation> withoutTags = written.stream().map(DamagedNotesFileTest::withoutTags).collect(Collectors.toSet());
        for (Annotation a : read.notes()) {
            // A note whose tags were on a lost page is kept without them.
            assertTrue(originals.contains(a) || (a.tags().isEmpty() && withoutTags.contains(a)),
                    "salvaged a note that was never written: " + a);
        }
        int n = read.notes().size();
        System.out.println(damage + ": salvaged " + n + " of 300, " + read.unreadable() + " row ids unreadable");
        switch (damage) {
            // The pages are whole: only the first 16 bytes were wrong, and the copy's header is put right.
            case BAD_HEADER -> assertEquals(300, n);
            // Most pages are whole; the notes on the three inverted ones are lost.
            case FLIPPED_MIDDLE -> assertTrue(n > 0 && n <= 300, "salvaged " + n);
            // The pages before the cut are whole: the notes on them are read.
            case TRUNCATED_HALF -> assertTrue(n > 0 && n < 300, "salvaged " + n);
            default -> assertEquals(0, n);
        }

        Path aside = new DamagedDatabase(dir).setAside(Instant.parse("2026-11-22T10:15:00Z")).orElseThrow();
        assertFalse(Files.exists(file()));
        assertEquals(damaged, Damage.hash(aside));
        try (Database fresh = Database.open(dir)) {
            assertEquals(List.of(), fresh.annotations().everything());
        }
    }

    private static Annotation withoutTags(Annotation a) {
        return new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), a.note(), List.of(), a.author(),
                a.authorId(), a.created(), a.updated(), a.anchor(), a.deleted());
    }

    @Test
    void notesStillOnlyInTheLogAreSalvagedToo() throws Exception {
        // A copy of the reader that stopped with its log not yet written into the file: the notes that
        // are only in reader.db-wal are read from a copy of the log.
        Path copyDir = dir.resolve("copy");
        Files.createDirectories(copyDir);
        try (Database db = Database.open(dir)) {
            NotesFixture.add(db, "book-a", "wiki", 20, "in the file");
            try (var c = db.connection().createStatement()) {
                c.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                c.execute("PRAGMA wal_autocheckpoint=0");
            }
            NotesFixture.add(db, "book-a", "wiki", 7, "only in the log");
            Files.copy(file(), copyDir.resolve(Database.FILE_NAME));
            Files.copy(Path.of(file() + "-wal"), copyDir.resolve(Database.FILE_NAME + "-wal"));
        }
        Salvage.Result read = Salvage.read(copyDir.resolve(Database.FILE_NAME));
        Set<String> notes = read.notes().stream().map(Annotation::note).collect(Collectors.toSet());
        assertEquals(27, notes.size());
        assertTrue(notes.stream().anyMatch(s -> s.startsWith("only in the log")));
    }
}
