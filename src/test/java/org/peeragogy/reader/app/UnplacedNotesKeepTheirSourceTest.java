package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/** Issue 11: a note that could not be placed keeps the address (and quote) it came with, through every format. */
class UnplacedNotesKeepTheirSourceTest {
    private static final String ELSEWHERE = "https://example.org/elsewhere/page?x=1";

    @TempDir
    Path dir;

    private static Annotation onlyNote(Database db) throws Exception {
        List<Annotation> all = db.annotations().book(ShareFixture.HANDBOOK.book().identity());
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static String sourceOf(Database db) throws Exception {
        Annotation a = onlyNote(db);
        assertEquals("_unplaced", a.chapterId());
        assertEquals("words from another page", a.quote());
        return NoteSharing.unplacedSources(db, List.of(a)).get(a.id());
    }

    private static void importInto(Path profile, Path file) throws Exception {
        try (Database db = Database.open(profile)) {
            NoteSharing s = ShareFixture.sharing(db);
            s.apply(s.preview(file));
        }
    }

    private static Path export(Path profile, NoteSharing.Format format, Path out) throws Exception {
        try (Database db = Database.open(profile)) {
            ShareFixture.sharing(db).export(format, out, ExportFilter.ALL);
        }
        return out;
    }

    @Test
    void anUnplacedNoteKeepsItsAddressThroughNotesFileW3cAndMarkdownAndNotesJsonShowsIt() throws Exception {
        Path hypothesis = dir.resolve("h.json");
        Files.writeString(hypothesis, """
                {"export_date": "2024-01-01T00:00:00Z", "annotations": [
                  {"id": "far1", "created": "2024-01-01T00:00:00+00:00", "user": "acct:lu@hypothes.is",
                   "uri": "%s", "text": "made elsewhere", "tags": [],
                   "target": [{"source": "%s", "selector": [
                     {"type": "TextQuoteSelector", "exact": "words from another page", "prefix": "some ", "suffix": " here"}]}]}
                ]}""".formatted(ELSEWHERE, ELSEWHERE));
        Path a = dir.resolve("a");
        importInto(a, hypothesis);
        try (Database db = Database.open(a)) {
            assertEquals(ELSEWHERE, sourceOf(db));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.runCommand(Options.parse("--handbook", TestHandbooks.real().toString(), "--data-dir",
                a.toString(), "notes", "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"source\": \"" + ELSEWHERE + "\"")
                || out.toString(StandardCharsets.UTF_8).contains("\"source\":\"" + ELSEWHERE + "\""), out.toString());

        Path b = dir.resolve("b");
        importInto(b, export(a, NoteSharing.Format.NOTES, dir.resolve("a.peeranotes")));
        try (Database db = Database.open(b)) {
            assertEquals(ELSEWHERE, sourceOf(db), "through the notes file");
            assertEquals("some ", onlyNote(db).anchor().orElseThrow().quote().prefix());
        }

        Path w3c = export(b, NoteSharing.Format.W3C, dir.resolve("b.jsonld"));
        String json = Files.readString(w3c);
        assertTrue(json.contains("\"source\": \"" + ELSEWHERE + "\""), json);
        assertFalse(json.contains("_unplaced.html"), json);
        Path c = dir.resolve("c");
        importInto(c, w3c);
        try (Database db = Database.open(c)) {
            assertEquals(ELSEWHERE, sourceOf(db), "through W3C");
            assertEquals(" here", onlyNote(db).anchor().orElseThrow().quote().suffix());
        }
        Path again = dir.resolve("d");
        importInto(again, export(c, NoteSharing.Format.NOTES, dir.resolve("c.peeranotes")));
        try (Database db = Database.open(again)) {
            assertEquals(ELSEWHERE, sourceOf(db), "through W3C and a notes file again");
        }

        String markdown = Files.readString(export(c, NoteSharing.Format.MARKDOWN, dir.resolve("c.md")));
        assertTrue(markdown.contains("*Made on:* https&#58;\\/\\/example\\.org\\/elsewhere\\/page\\?x\\=1\n"),
                markdown); // shown, as inert text
    }

    @Test
    void aNotesFileWithoutAddressesStillHasTheSchemaEarlierVersionsRead() throws Exception {
        Path a = dir.resolve("a");
        try (Database db = Database.open(a)) {
            ShareFixture.chapterNote(db, "wiki", "Ana", "placed");
        }
        Path file = export(a, NoteSharing.Format.NOTES, dir.resolve("plain.peeranotes"));
        try (var conn = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = conn.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'share_source'")) {
            assertEquals(0, rs.getInt(1), "no share_source table when no note has an address");
        }
        Path b = dir.resolve("b");
        importInto(b, file);
        try (Database db = Database.open(b)) {
            assertEquals(Map.of(), NoteSharing.unplacedSources(db, db.annotations().book(ShareFixture.HANDBOOK.book().identity())));
        }
    }

    @Test
    void anAddressTableOfTheWrongShapeOrTypeRefusesTheFileAndChangesNothing() throws Exception {
        Path a = dir.resolve("a");
        try (Database db = Database.open(a)) {
            ShareFixture.chapterNote(db, "wiki", "Ana", "placed");
        }
        Path plain = export(a, NoteSharing.Format.NOTES, dir.resolve("plain.peeranotes"));
        String[] hostile = {
            "CREATE TABLE share_source (annotation_id TEXT PRIMARY KEY, source_uri TEXT NOT NULL, x)",
            "CREATE TABLE share_source (annotation_id TEXT PRIMARY KEY, source_uri TEXT NOT NULL);"
                    + " INSERT INTO share_source SELECT id, zeroblob(4) FROM annotation",
        };
        for (String sql : hostile) {
            Path f = dir.resolve("h" + sql.length() + ".peeranotes");
            Files.copy(plain, f);
            try (var conn = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var st = conn.createStatement()) {
                for (String part : sql.split("; ")) {
                    st.execute(part);
                }
            }
            try (Database db = Database.open(dir.resolve("b"))) {
                org.peeragogy.reader.share.ShareException e = org.junit.jupiter.api.Assertions.assertThrows(
                        org.peeragogy.reader.share.ShareException.class, () -> ShareFixture.sharing(db).preview(f), sql);
                assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
                assertTrue(db.annotations().book(ShareFixture.HANDBOOK.book().identity()).isEmpty());
            }
        }
    }
}
