package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Hypothesis notes that not everyone could read (their {@code permissions.read} does not name the public
 * group {@code group:__world__}: only their author, or a closed group) are marked private on import and never
 * go out again in any format unless the reader includes them; when included they say they are private, and
 * stay private in the next reader's profile. Every export says how many it left out.
 */
class PrivateHypothesisNotesTest {
    @TempDir
    Path tmp;
    private Path hypothesis;

    private static Map<String, Object> note(String id, String text, List<String> read) {
        return Map.of("id", id, "created", "2021-03-01T10:00:00Z", "user", "acct:joe@hypothes.is",
                "uri", "https://peeragogy.github.io/wiki.html", "text", text, "tags", List.of(),
                "permissions", Map.of("read", read, "update", List.of("acct:joe@hypothes.is")));
    }

    @BeforeEach
    void hypothesisExport() throws Exception {
        hypothesis = tmp.resolve("hypothesis.json");
        Files.writeString(hypothesis, JsonWriter.write(Map.of("export_date", "2021-04-01T00:00:00Z", "annotations", List.of(
                note("p1", "zqprivate only for joe", List.of("acct:joe@hypothes.is")),
                note("g1", "zqgroup for the study group", List.of("group:8a7b6c5d")),
                note("w1", "zqworld for everyone", List.of("group:__world__"))))), StandardCharsets.UTF_8);
    }

    private Path export(Database db, NoteSharing.Format format, boolean includePrivate) throws Exception {
        Path out = tmp.resolve("out-" + includePrivate + format.extension());
        // A W3C file is never replaced by an export (decision 0060 amended): each export is made anew.
        Files.deleteIfExists(out);
        ShareFixture.sharing(db).export(format, out, ExportFilter.ALL.withPrivate(includePrivate));
        return out;
    }

    @Test
    void privateNotesAreMarkedOnImportAndLeftOutOfEveryExportUnlessIncluded() throws Exception {
        try (Database db = Database.open(tmp.resolve("me"))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            NoteSharing.Preview preview = sharing.preview(hypothesis);
            // The closed group's note too (decision 0021): spreading it to anyone would open the group.
            assertTrue(preview.remarks().stream().anyMatch(r -> r.startsWith("2 notes are private (only their author"
                    + " or a closed group could read them")), preview.remarks().toString());
            sharing.apply(preview);
            assertEquals(3, db.annotations().book(ShareFixture.HANDBOOK.book().identity()).size(), "all three are kept");
            assertEquals(2, sharing.privateCount());

            for (NoteSharing.Format format : NoteSharing.Format.values()) {
                Path out = tmp.resolve("counted" + format.extension());
                org.peeragogy.reader.share.Exported done = sharing.export(format, out, ExportFilter.ALL);
                String without = read(out);
                assertFalse(without.contains("zqprivate"), format + " leaves the private note out");
                assertFalse(without.contains("zqgroup"), format + " leaves the group's note out");
                assertTrue(without.contains("zqworld"), format + " has the public one");
                assertEquals(2, done.privateLeftOut(), format + " says how many it left out");
                assertEquals("2 private notes left out", done.leftOut());
                String with = read(export(db, format, true));
                assertTrue(with.contains("zqprivate") && with.contains("zqgroup"), format + " has them when included");
            }
            assertTrue(Files.readString(export(db, NoteSharing.Format.W3C, true)).contains("\"peeragogy:private\": true"));
            assertTrue(Files.readString(export(db, NoteSharing.Format.MARKDOWN, true)).contains("*Private:*"));
        }
    }

    @Test
    void anIncludedPrivateNoteStaysPrivateInTheNextReadersProfile() throws Exception {
        Path included;
        try (Database db = Database.open(tmp.resolve("me"))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            sharing.apply(sharing.preview(hypothesis));
            included = export(db, NoteSharing.Format.NOTES, true);
        }
        try (Database next = Database.open(tmp.resolve("next"))) {
            NoteSharing sharing = ShareFixture.sharing(next);
            sharing.apply(sharing.preview(included));
            assertEquals(2, sharing.privateCount());
            assertFalse(read(export(next, NoteSharing.Format.W3C, false)).contains("zqprivate"));
            // A later copy that says nothing of it does not make it shareable: private stays private.
            // A Hypothesis file says no writer: its change is taken by choice (decision 0069, amended for t15d's M1).
            assertEquals(1, sharing.apply(sharing.previewByHand(hypothesisWithoutPermissions(), true, true).preview())
                    .plan().counts().updated());
            assertEquals(2, sharing.privateCount());
        }
    }

    /** The private note again, edited later, as a copy that Hypothesis now shows to everyone. */
    private Path hypothesisWithoutPermissions() throws Exception {
        Path f = tmp.resolve("again.json");
        Map<String, Object> later = new java.util.HashMap<>(note("p1", "zqprivate only for joe, edited",
                List.of("group:__world__")));
        later.put("updated", "2021-03-05T10:00:00Z");
        Files.writeString(f, JsonWriter.write(Map.of("annotations", List.of(later))), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theCommandLineIncludesThemOnlyWhenAsked() throws Exception {
        Path data = tmp.resolve("cli");
        try (Database db = Database.open(data)) {
            NoteSharing sharing = ShareFixture.sharing(db);
            sharing.apply(sharing.preview(hypothesis));
        }
        Path without = tmp.resolve("cli.jsonld");
        Path with = tmp.resolve("cli-private.jsonld");
        assertEquals(0, cli("--data-dir", data.toString(), "export", "--format", "w3c", "--out", without.toString()));
        assertTrue(printed.contains("Exported 1 note to ") && printed.contains("2 private notes left out (add"
                + " --include-private"), printed);
        assertEquals(0, cli("--data-dir", data.toString(), "export", "--format", "w3c", "--out", with.toString(),
                "--include-private"));
        assertFalse(printed.contains("left out"), printed);
        assertFalse(Files.readString(without).contains("zqprivate"));
        assertTrue(Files.readString(with).contains("zqprivate"));
        // An export of one person's notes that are all private says why it is empty.
        assertEquals(0, cli("--data-dir", data.toString(), "export", "--format", "notes", "--out",
                tmp.resolve("joe.peeranotes").toString(), "--author", "acct:joe@hypothes.is", "--chapter", "wiki"));
        assertTrue(printed.contains("Exported 1 note to ") && printed.contains("2 private notes left out"), printed);
    }

    private String printed = "";

    private int cli(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--handbook";
        all[1] = TestHandbooks.real().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse(all), new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8));
        printed = sink.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** A file's text: JSON and Markdown as they are, a notes file as the text of its notes. */
    private static String read(Path file) throws Exception {
        if (!file.toString().endsWith(".peeranotes")) {
            return Files.readString(file);
        }
        StringBuilder notes = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT note FROM annotation")) {
            while (rs.next()) {
                notes.append(rs.getString(1)).append('\n');
            }
        }
        return notes.toString();
    }
}
