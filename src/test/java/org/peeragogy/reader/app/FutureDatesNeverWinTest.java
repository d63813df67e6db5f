package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11 (second tester, MAJOR 1; decision 0028): a file that dates an edit, a deletion or its own names in
 * 2099 (a forgery, or a clock gone wrong) never outranks the real author's later versions. The forged edit is
 * kept as a second version, the deletion is not applied, the names rename no one, the preview says so, and the
 * author's real correction, made after, still applies.
 */
class FutureDatesNeverWinTest {
    @TempDir
    Path dir;

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.executeUpdate(st);
            }
        }
    }

    private static Annotation byNote(Database db, String id) throws Exception {
        return db.annotations().find(id).orElseThrow();
    }

    @Test
    void aForgedEditDatedIn2099IsASecondVersionAndTheAuthorsLaterCorrectionStillApplies() throws Exception {
        Path bea = dir.resolve("bea.peeranotes");
        Path forged = dir.resolve("forged.peeranotes");
        Path corrected = dir.resolve("corrected.peeranotes");
        try (Database b = Database.open(dir.resolve("b")); Database a = Database.open(dir.resolve("a"))) {
            b.settings().putReaderName("Bea");
            Annotation note = ShareFixture.chapterNote(b, "wiki", "Bea", "Bea third");
            Annotation gone = ShareFixture.chapterNote(b, "action", "Bea", "stays");
            ShareFixture.sharing(b).export(NoteSharing.Format.NOTES, bea, ExportFilter.ALL);
            NoteSharing ana = ShareFixture.sharing(a);
            ana.apply(ana.preview(bea));

            ShareFixture.sharing(b).export(NoteSharing.Format.NOTES, forged, ExportFilter.ALL);
            sql(forged, "UPDATE annotation SET note = 'FORGED FUTURE', updated_at = '2099-01-01T00:00:00.000Z'"
                            + " WHERE id = '" + note.id() + "'",
                    "UPDATE annotation SET deleted_at = '2099-01-01T00:00:00.000Z', updated_at = '2099-01-01T00:00:00.000Z'"
                            + " WHERE id = '" + gone.id() + "'",
                    "UPDATE meta SET value = '2099-01-01T00:00:00.000Z' WHERE key = 'exported_at'",
                    "UPDATE author SET name = 'Bea (fraud)'");
            NoteSharing.Preview p = ana.preview(forged);
            String remarks = String.join("\n", p.remarks());
            assertTrue(remarks.startsWith("2 items in this file are dated in the future"), remarks);
            assertTrue(remarks.contains("the names in it rename no one"), remarks);
            assertEquals(0, p.counts().updated(), p.counts().summary());
            assertEquals(0, p.counts().deleted(), p.counts().summary());
            assertEquals(1, p.counts().conflicts(), "the forged edit is kept as a second version");
            ana.apply(p);
            assertEquals("Bea third", byNote(a, note.id()).note());
            assertFalse(byNote(a, gone.id()).isDeleted(), "a deletion dated 2099 is not applied");
            assertTrue(a.authors().list().stream().noneMatch(x -> x.name().equals("Bea (fraud)")),
                    a.authors().list().toString());

            b.annotations().edit(note.id(), note.colour(), "Bea third, corrected", note.tags());
            b.settings().putReaderName("Bea Jones");
            ShareFixture.sharing(b).export(NoteSharing.Format.NOTES, corrected, ExportFilter.ALL);
            ana.apply(ana.preview(corrected));
            assertEquals("Bea third, corrected", byNote(a, note.id()).note());
            assertEquals("Bea Jones", byNote(a, note.id()).author());
            List<Annotation> all = a.annotations().everything();
            assertTrue(all.stream().noneMatch(x -> x.note().equals("FORGED FUTURE") && x.id().equals(note.id())));
        }
    }

    @Test
    void aNewNoteDatedInTheFutureIsTakenAsMadeNow() throws Exception {
        Path bea = dir.resolve("bea.peeranotes");
        try (Database b = Database.open(dir.resolve("b")); Database a = Database.open(dir.resolve("a"))) {
            Annotation note = ShareFixture.chapterNote(b, "wiki", "Bea", "new");
            ShareFixture.sharing(b).export(NoteSharing.Format.NOTES, bea, ExportFilter.ALL);
            sql(bea, "UPDATE annotation SET created_at = '2099-01-01T00:00:00.000Z', updated_at = '2099-01-01T00:00:00.000Z'");
            NoteSharing ana = ShareFixture.sharing(a);
            NoteSharing.Preview p = ana.preview(bea);
            assertEquals(1, p.counts().added());
            ana.apply(p);
            assertTrue(byNote(a, note.id()).updated().isBefore(java.time.Instant.now().plusSeconds(60)));
        }
    }
}
