package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11 (second tester, MAJOR 3; decision 0028): one bad value in one item of a notes, W3C or Hypothesis
 * file never refuses the file. The item is skipped and listed by its place and the file's own id, with what to
 * do, or, for a value that can be done without (a colour, an optional date, a position), kept without it and said.
 */
class ImportSkipsBadItemsTest {
    @TempDir
    Path dir;

    private String book() {
        return ShareFixture.HANDBOOK.book().identity();
    }

    /** A notes file of six notes, five of them damaged by hand (as a tester did with sqlite3), one value each. */
    @Test
    void aNotesFileWithBadValuesInSomeNotesImportsTheRestAndNamesEachSkippedNoteById() throws Exception {
        Path file = dir.resolve("ana.peeranotes");
        List<Annotation> made;
        try (Database a = Database.open(dir.resolve("a"))) {
            made = List.of(
                    ShareFixture.highlight(a, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "colour"),
                    ShareFixture.highlight(a, "pattern-wrapper", 2, "Ana", Annotation.Colour.GREEN, "position"),
                    ShareFixture.chapterNote(a, "wiki", "Ana", "time"),
                    ShareFixture.chapterNote(a, "action", "Ana", "chapter"),
                    ShareFixture.chapterNote(a, "action", "Ana", "kind"),
                    ShareFixture.chapterNote(a, "wiki", "Ana", "fine"));
            ShareFixture.sharing(a).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE annotation SET colour = 'octarine' WHERE id = '" + made.get(0).id() + "'");
            s.executeUpdate("UPDATE annotation SET position_start = -5, position_end = -1 WHERE id = '" + made.get(1).id() + "'");
            s.executeUpdate("UPDATE annotation SET updated_at = 'yesterday' WHERE id = '" + made.get(2).id() + "'");
            s.executeUpdate("UPDATE annotation SET chapter_id = '../../etc/passwd' WHERE id = '" + made.get(3).id() + "'");
            s.execute("PRAGMA ignore_check_constraints = ON"); // a hand-made file need not keep our checks
            s.executeUpdate("UPDATE annotation SET kind = 'sticker' WHERE id = '" + made.get(4).id() + "'");
        }
        try (Database b = Database.open(dir.resolve("b"))) {
            NoteSharing sharing = ShareFixture.sharing(b);
            NoteSharing.Preview preview = sharing.preview(file);
            String remarks = String.join("\n", preview.remarks());
            assertEquals(3, preview.counts().added(), remarks);
            assertTrue(remarks.contains("(id " + made.get(2).id() + "): it has an updated time that is not a date"
                    + " (yesterday); the rest of the file is imported"), remarks);
            assertTrue(remarks.contains("(id " + made.get(3).id() + "): it names a chapter id"), remarks);
            assertTrue(remarks.contains("(id " + made.get(4).id() + "): it has an unknown kind"), remarks);
            // The note's number is its row in the file, which follows ids when notes share a time: only the id is named.
            assertTrue(remarks.lines().anyMatch(l -> l.startsWith("Not kept: note ")
                    && l.contains("(id " + made.get(0).id() + "): its colour \"octarine\"")), remarks);
            assertTrue(remarks.contains("(id " + made.get(1).id() + "): its text position, which no text has"), remarks);
            sharing.apply(preview);
            List<Annotation> got = b.annotations().book(book());
            assertEquals(3, got.size());
            assertEquals(Annotation.Colour.YELLOW, got.stream().filter(g -> g.note().equals("colour")).findFirst()
                    .orElseThrow().colour(), "an unknown colour is shown yellow");
            assertTrue(got.stream().anyMatch(g -> g.note().equals("position") && g.anchor().isPresent()),
                    "a note with a bad position keeps its quote");
        }
    }

    @Test
    void aW3cFileWithBadValuesImportsTheRestReadsDateOnlyTimesAndKeepsTheLaterOfTwoVersionsOfOneId() throws Exception {
        String page = "https://peeragogy.github.io/pattern-wrapper.html";
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
                  {"id": "https://example.org/a/1", "type": "Annotation", "created": "2026-11-30",
                   "bodyValue": "date only", "target": "%1$s"},
                  {"id": "https://example.org/a/2", "type": "Annotation", "peeragogy:kind": "sticker",
                   "bodyValue": "unknown kind", "target": "%1$s"},
                  {"id": "https://example.org/a/3", "type": "Annotation", "peeragogy:colour": "octarine",
                   "modified": "yesterday", "bodyValue": "odd colour", "target": "%1$s"},
                  {"id": "https://example.org/a/4", "type": "Annotation", "created": "2024-01-01T00:00:00Z",
                   "bodyValue": "first", "target": "%1$s"},
                  {"id": "https://example.org/a/4", "type": "Annotation", "created": "2024-01-01T00:00:00Z",
                   "modified": "2024-02-01 10:00:00", "bodyValue": "second, later", "target": "%1$s"},
                  {"id": "https://example.org/a/5", "type": "Annotation", "bodyValue": "RFC 1123",
                   "created": "Mon, 30 Nov 2026 10:00:00 GMT", "target": {"source": "%1$s", "selector":
                   {"type": "TextPositionSelector", "start": -5, "end": -1}}}
                ]}""".formatted(page);
        Path file = dir.resolve("other.jsonld");
        Files.writeString(file, json);
        try (Database b = Database.open(dir.resolve("b"))) {
            NoteSharing sharing = ShareFixture.sharing(b);
            NoteSharing.Preview preview = sharing.preview(file);
            String remarks = String.join("\n", preview.remarks());
            assertEquals(4, preview.counts().added(), remarks);
            assertTrue(remarks.contains("Skipped annotation 2 (id https://example.org/a/2): it has an unknown kind;"
                    + " the rest of the file is imported. To have this one too"), remarks);
            assertTrue(remarks.contains("annotation 3 (id https://example.org/a/3): its modified time \"yesterday\""),
                    remarks);
            assertTrue(remarks.contains("annotation 3 (id https://example.org/a/3): its colour \"octarine\""), remarks);
            assertTrue(remarks.contains("Not kept: annotation 4 (id https://example.org/a/4): another version of the note"
                    + " in annotation 5 (id https://example.org/a/4)"), remarks);
            assertTrue(remarks.contains("annotation 6 (id https://example.org/a/5): its text position"), remarks);
            sharing.apply(preview);
            List<Annotation> got = b.annotations().book(book());
            assertEquals(Instant.parse("2026-11-30T00:00:00Z"), got.stream().filter(g -> g.note().equals("date only"))
                    .findFirst().orElseThrow().created(), "a date alone is midnight UTC");
            assertEquals(Instant.parse("2026-11-30T10:00:00Z"), got.stream().filter(g -> g.note().equals("RFC 1123"))
                    .findFirst().orElseThrow().created());
            assertTrue(got.stream().anyMatch(g -> g.note().equals("second, later")), got.toString());
            assertTrue(got.stream().noneMatch(g -> g.note().equals("first")), got.toString());
        }
    }

    @Test
    void aHypothesisRowWithABadUpdatedTimeIsImportedWithItsCreatedTime() throws Exception {
        String json = """
                {"export_date": "2024-01-01T00:00:00Z", "annotations": [
                  {"id": "h1", "created": "2024-01-01T00:00:00+00:00", "updated": "garbage", "user": "acct:jo@hypothes.is",
                   "uri": "https://peeragogy.github.io/pattern-wrapper.html", "text": "kept"},
                  {"id": "h2", "created": "garbage", "user": "acct:jo@hypothes.is",
                   "uri": "https://peeragogy.github.io/pattern-wrapper.html", "text": "no date at all"},
                  {"id": "h3", "created": "2024-01-01T00:00:00+00:00", "user": "acct:jo@hypothes.is",
                   "uri": "https://peeragogy.github.io/pattern-wrapper.html", "text": "fine"}
                ]}""";
        Path file = dir.resolve("hyp.json");
        Files.writeString(file, json);
        try (Database b = Database.open(dir.resolve("b"))) {
            NoteSharing.Preview preview = ShareFixture.sharing(b).preview(file);
            String remarks = String.join("\n", preview.remarks());
            assertEquals(2, preview.counts().added(), remarks);
            assertTrue(remarks.contains("Skipped annotation 2 (id h2): it has a created time that is not a date"), remarks);
            assertTrue(remarks.contains("annotation 1 (id h1): its updated time"), remarks);
        }
    }
}
