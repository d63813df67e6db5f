package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/** Issue 11: what the reader saves, the reader imports; one item over a limit is skipped and listed, never the whole file. */
class ImportSkipsOverlongItemsTest {
    @TempDir
    Path dir;

    private String book() {
        return ShareFixture.HANDBOOK.book().identity();
    }

    @Test
    void aNotesFileWithOneNoteOverTheLimitImportsTheRestAndListsTheSkippedNote() throws Exception {
        Path file = dir.resolve("ana.peeranotes");
        try (Database a = Database.open(dir.resolve("a"))) {
            ShareFixture.highlight(a, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "short");
            // No reader saves a note over the limit (try17w F10): the file is made long afterwards, as a stranger's.
            ShareFixture.chapterNote(a, "wiki", "Ana", "to be made too long");
            ShareFixture.highlight(a, "action", 1, "Ana", Annotation.Colour.PINK, "", "t".repeat(201));
            ShareFixture.chapterNote(a, "action", "Ana", "fine");
            ShareFixture.sharing(a).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.PreparedStatement ps = c.prepareStatement("UPDATE annotation SET note = ? WHERE note = ?")) {
            ps.setString(1, "x".repeat(100_001));
            ps.setString(2, "to be made too long");
            assertEquals(1, ps.executeUpdate());
        }
        try (Database b = Database.open(dir.resolve("b"))) {
            NoteSharing sharing = ShareFixture.sharing(b);
            NoteSharing.Preview preview = sharing.preview(file);
            assertEquals(2, preview.counts().added(), preview.counts().summary());
            List<String> remarks = preview.remarks();
            assertEquals(2, remarks.size(), remarks.toString());
            assertTrue(remarks.stream().anyMatch(r -> r.startsWith("Skipped note ")
                    && r.contains("its note is longer than 100000 characters (100001)")), remarks.toString());
            assertTrue(remarks.stream().anyMatch(r -> r.contains("a tag is longer than 200 characters")), remarks.toString());
            sharing.apply(preview);
            assertEquals(2, b.annotations().book(book()).size());
        }
    }

    @Test
    void aW3cFileWithOneQuoteOverTheLimitImportsTheOtherAnnotation() throws Exception {
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
                  {"id": "https://example.org/a/1", "type": "Annotation", "created": "2024-01-01T00:00:00Z",
                   "bodyValue": "kept",
                   "target": "https://peeragogy.github.io/pattern-wrapper.html"},
                  {"id": "https://example.org/a/2", "type": "Annotation", "created": "2024-01-01T00:00:00Z",
                   "target": {"source": "https://peeragogy.github.io/pattern-wrapper.html",
                              "selector": {"type": "TextQuoteSelector", "exact": "%s"}}}
                ]}""".formatted("q".repeat(20_001));
        Path file = dir.resolve("other.jsonld");
        Files.writeString(file, json);
        try (Database b = Database.open(dir.resolve("b"))) {
            NoteSharing.Preview preview = ShareFixture.sharing(b).preview(file);
            assertEquals(1, preview.counts().added(), preview.counts().summary());
            assertEquals(List.of("Skipped annotation 2 (id https://example.org/a/2): its quote is longer than 20000 characters (20001)"),
                    preview.remarks());
        }
    }

    @Test
    void aHypothesisExportWithOneOverlongTagImportsTheRestAndDryRunListsTheSkippedAnnotation() throws Exception {
        String json = """
                {"export_date": "2024-01-01T00:00:00Z", "annotations": [
                  {"id": "h1", "created": "2024-01-01T00:00:00+00:00", "user": "acct:jo@hypothes.is",
                   "uri": "https://peeragogy.github.io/pattern-wrapper.html", "text": "fine", "tags": ["ok"]},
                  {"id": "h2", "created": "2024-01-01T00:00:00+00:00", "user": "acct:jo@hypothes.is",
                   "uri": "https://peeragogy.github.io/pattern-wrapper.html", "text": "long tag", "tags": ["%s"]}
                ]}""".formatted("t".repeat(201));
        Path file = dir.resolve("hyp.json");
        Files.writeString(file, json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse("--handbook", TestHandbooks.real().toString(), "--data-dir",
                        dir.resolve("c").toString(), "import", file.toString(), "--dry-run"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.startsWith("Would import: 1 new"), printed);
        assertTrue(printed.contains("Skipped annotation 2 (id h2): a tag is longer than 200 characters (201)"), printed);
    }
}
