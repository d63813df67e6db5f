package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * What the reader passes on and what it says (try11 findings 3, 5 and 7; decision 0021): a second version of
 * a note kept from a file (a conflict copy, as a forged edit of the reader's own note becomes) is never
 * exported as an ordinary note, and the export says so; {@code notes --json} shows {@code conflictOf} and
 * {@code private}, and no made-up position; the listing tells two people of one name apart; what a file says
 * that is not kept (a reply's link, a second creator, a second name for one person) is in the preview.
 */
class SecondVersionsStayHomeTest {
    @TempDir
    Path tmp;
    private String printed = "";

    private int cli(Path data, String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "--handbook";
        all[1] = TestHandbooks.real().toString();
        all[2] = "--data-dir";
        all[3] = data.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse(all), new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8));
        printed = sink.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aForgedVersionOfTheReadersNoteIsKeptButNeverExported() throws Exception {
        Path data = tmp.resolve("ana");
        Annotation mine;
        Path forged = tmp.resolve("forged.peeranotes");
        try (Database ana = Database.open(data)) {
            ana.settings().putReaderName("Ana");
            mine = ShareFixture.highlight(ana, "introduction", 0, "Ana", Annotation.Colour.GREEN, "my own words");
            ShareFixture.sharing(ana).export(NoteSharing.Format.NOTES, tmp.resolve("mine.peeranotes"), ExportFilter.ALL);
        }
        // Someone edits a copy of Ana's file: her note id, her author id, new words, a later time.
        Files.copy(tmp.resolve("mine.peeranotes"), forged, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
            s.execute("UPDATE annotation SET note = 'FORGED words', updated_at = '2030-01-01T00:00:00Z'");
        }
        assertEquals(0, cli(data, "import", forged.toString()));
        assertTrue(printed.contains("1 conflict,") && !printed.contains("1 conflicts"), printed);

        assertEquals(0, cli(data, "notes", "--json"));
        List<?> notes = json(printed);
        assertEquals(2, notes.size());
        Map<?, ?> copy = notes.stream().map(n -> (Map<?, ?>) n).filter(n -> n.get("note").equals("FORGED words"))
                .findFirst().orElseThrow();
        Map<?, ?> original = notes.stream().map(n -> (Map<?, ?>) n).filter(n -> n.get("note").equals("my own words"))
                .findFirst().orElseThrow();
        assertEquals(mine.id(), copy.get("conflictOf"), "the copy says what it is a version of");
        assertTrue(original.containsKey("conflictOf") && original.get("conflictOf") == null);
        assertEquals(Boolean.FALSE, copy.get("private"));

        for (NoteSharing.Format f : NoteSharing.Format.values()) {
            Path out = tmp.resolve("out" + f.extension());
            assertEquals(0, cli(data, "export", "--format", f.name().toLowerCase(java.util.Locale.ROOT), "--out",
                    out.toString()));
            assertTrue(printed.contains("Exported 1 note to "), f + ": " + printed);
            assertTrue(printed.contains("1 second version of notes, kept from shared files (conflicts), left out"),
                    f + ": " + printed);
            assertFalse(text(out).contains("FORGED"), f + " does not pass the forged words on as Ana's");
            assertTrue(text(out).contains("my own words"), f.name());
        }
    }

    /**
     * A new note a file says is the reader's (their author id) is added as theirs, since restoring one's own export
     * must work (decision 0017), but it keeps the file it came from (try11b MINOR 6, decision 0032): the preview
     * and {@code notes --json} say so, and no export passes it on as the reader's word until the reader has saved
     * it themselves. Its deletion is passed on like any other.
     */
    @Test
    void aNewNoteThatSaysItIsTheReadersKeepsItsFileAndStaysHomeUntilTheySaveIt() throws Exception {
        Path data = tmp.resolve("ana");
        String me;
        try (Database ana = Database.open(data)) {
            ana.settings().putReaderName("Ana");
            me = ana.settings().readerId();
            ShareFixture.highlight(ana, "introduction", 0, "Ana", Annotation.Colour.GREEN, "my own words");
        }
        Path forged = tmp.resolve("mallory.jsonld");
        Files.writeString(forged, JsonWriter.write(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "type", "AnnotationPage", "items", List.of(
                        w3cNote("10", Map.of("id", me, "name", "Mallory"), "I (Ana) endorse Mallory"),
                        w3cNote("11", Map.of("id", me, "name", "Mallory"), "a second forged note"),
                        w3cNote("12", Map.of("id", "https://mallory.example/", "name", "Mallory"), "Mallory writes as herself")))),
                StandardCharsets.UTF_8);
        assertEquals(0, cli(data, "import", forged.toString()));
        assertTrue(printed.contains("2 new notes in this file say they are yours (your author id): added as yours,"
                + " marked as from this file, and left out of your exports until you save each yourself"), printed);

        assertEquals(0, cli(data, "notes", "--json"));
        Map<String, Map<?, ?>> byNote = new java.util.HashMap<>();
        json(printed).forEach(n -> byNote.put((String) ((Map<?, ?>) n).get("note"), (Map<?, ?>) n));
        Map<?, ?> endorse = byNote.get("I (Ana) endorse Mallory");
        assertEquals(me, endorse.get("authorId"), "added as the reader's, as decision 0017 says");
        assertEquals("mallory.jsonld", endorse.get("claimedFrom"));
        assertTrue(byNote.get("my own words").containsKey("claimedFrom"));
        assertNull(byNote.get("my own words").get("claimedFrom"), "the reader's own note came from no file");
        assertNull(byNote.get("Mallory writes as herself").get("claimedFrom"), "Mallory's note under her own id is hers");

        for (NoteSharing.Format f : NoteSharing.Format.values()) {
            Path out = tmp.resolve("claimed" + f.extension());
            assertEquals(0, cli(data, "export", "--format", f.name().toLowerCase(java.util.Locale.ROOT), "--out",
                    out.toString()));
            assertTrue(printed.contains("Exported 2 notes"), f + ": " + printed);
            assertTrue(printed.contains("2 notes that a file said were yours left out until you save each yourself"),
                    f + ": " + printed);
            assertFalse(text(out).contains("endorse") || text(out).contains("second forged"),
                    f + " does not pass the file's words on as Ana's");
            assertTrue(text(out).contains("my own words") && text(out).contains("Mallory writes as herself"), f.name());
        }

        String second = (String) byNote.get("a second forged note").get("id");
        try (Database ana = Database.open(data)) {
            // Ana reads the first, finds it hers after all and saves it; the second she deletes.
            ana.annotations().edit((String) endorse.get("id"), Annotation.Colour.YELLOW, "I (Ana) endorse Mallory",
                    List.of());
            ana.annotations().delete(second);
            assertEquals(Map.of(), ana.sharedNotes().claimed(ShareFixture.HANDBOOK.book().identity()));
        }
        Path out = tmp.resolve("saved.peeranotes");
        assertEquals(0, cli(data, "export", "--format", "notes", "--out", out.toString()));
        assertTrue(printed.contains("Exported 3 notes"), printed);
        assertFalse(printed.contains("a file said"), printed);
        assertTrue(text(out).contains("I (Ana) endorse Mallory"), "saved by Ana: hers to pass on");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT deleted_at FROM annotation WHERE id = '" + second + "'")) {
            assertTrue(rs.next() && rs.getString(1) != null, "the deletion goes, so that others lose it too");
        }
    }

    @Test
    void notesJsonGivesNoPositionWhenTheFileGaveNoneAndShowsPrivateNotes() throws Exception {
        Path data = tmp.resolve("me");
        Path hyp = tmp.resolve("h.json");
        Files.writeString(hyp, JsonWriter.write(Map.of("annotations", List.of(Map.of("id", "q1",
                "created", "2021-03-01T10:00:00Z", "user", "acct:joe@hypothes.is",
                "uri", "https://peeragogy.github.io/introduction.html", "text", "only joe", "tags", List.of(),
                "permissions", Map.of("read", List.of("acct:joe@hypothes.is")),
                "target", List.of(Map.of("selector", List.of(Map.of("type", "TextQuoteSelector",
                        "exact", "candid confession")))))))), StandardCharsets.UTF_8);
        assertEquals(0, cli(data, "import", hyp.toString()));
        assertEquals(0, cli(data, "notes", "--json"));
        Map<?, ?> n = (Map<?, ?>) (json(printed)).get(0);
        assertEquals(Boolean.TRUE, n.get("private"));
        assertTrue(n.containsKey("position"));
        assertNull(n.get("position"), "not a made-up 0-0");
        assertNull(n.get("block"));
        assertEquals("candid confession", ((Map<?, ?>) n.get("quote")).get("exact"));
    }

    @Test
    void theListingTellsTwoPeopleOfOneNameApart() throws Exception {
        Path data = tmp.resolve("me");
        String stranger = "urn:uuid:0b1c2d3e-4f50-4617-8899-aabbccddeeff";
        try (Database db = Database.open(data)) {
            db.settings().putReaderName("Ana");
            ShareFixture.highlight(db, "introduction", 0, "Ana", Annotation.Colour.GREEN, "the reader's");
            ShareFixture.highlightBy(db, "introduction", 2, "Ana", stranger, Annotation.Colour.BLUE, "the other Ana's");
            ShareFixture.highlightBy(db, "introduction", 4, "Bo", "acct:bo@hypothes.is", Annotation.Colour.BLUE, "Bo's");
            String me = db.settings().readerId();
            assertEquals(0, cli(data, "notes"));
            assertTrue(printed.contains("\tAna (id " + me.substring(9, 17) + ")\t"), printed);
            assertTrue(printed.contains("\tAna (id 0b1c2d3e)\t"), printed);
            assertTrue(printed.contains("\tBo\t"), "one person of a name needs nothing more: " + printed);
            // Two Anas: the export asks which one (t15b), naming each by the start of their id.
            assertEquals(1, cli(data, "export", "--format", "w3c", "--out", tmp.resolve("anas.jsonld").toString(),
                    "--author", "Ana"));
            assertTrue(printed.contains("--author Ana fits 2 people: "), printed);
            assertTrue(printed.contains("id 0b1c2d3e") && printed.contains("id " + me.substring(9, 17)), printed);
            assertFalse(Files.exists(tmp.resolve("anas.jsonld")));
        }
    }

    @Test
    void whatAFileSaysOfItsPeopleThatIsNotKeptIsInThePreviewAndARepliesLinkIsKept() throws Exception {
        Path w3c = tmp.resolve("people.jsonld");
        Files.writeString(w3c, JsonWriter.write(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "type", "AnnotationPage", "items", List.of(
                        w3cNote("1", List.of(Map.of("id", "https://example.org/p1", "name", "P1"),
                                Map.of("id", "https://example.org/p2", "name", "P2")), "two creators"),
                        w3cNote("2", Map.of("id", "acct:same@example.org", "name", "First"), "first name"),
                        w3cNote("3", Map.of("id", "acct:same@example.org", "name", "Second"), "second name")))),
                StandardCharsets.UTF_8);
        Path hyp = tmp.resolve("replies.json");
        Files.writeString(hyp, JsonWriter.write(Map.of("annotations", List.of(
                Map.of("id", "r0", "created", "2021-03-01T10:00:00Z", "user", "acct:joe@hypothes.is",
                        "uri", "https://peeragogy.github.io/introduction.html", "text", "a question", "tags", List.of()),
                Map.of("id", "r1", "created", "2021-03-01T11:00:00Z", "user", "acct:eve@hypothes.is",
                        "uri", "https://peeragogy.github.io/introduction.html", "text", "public reply", "tags", List.of(),
                        "references", List.of("r0"))))), StandardCharsets.UTF_8);
        try (Database db = Database.open(tmp.resolve("me"))) {
            NoteSharing.Preview p = ShareFixture.sharing(db).preview(w3c);
            String remarks = String.join("\n", p.remarks());
            assertTrue(remarks.contains("Not kept: annotation 1 (id http://example.org/anno/1): its second creator, P2 (the note is kept as P1's)"),
                    remarks);
            assertTrue(remarks.contains("Not kept: the name \"Second\" of acct:same@example.org, who is also called"
                    + " \"First\" in this file"), remarks);
            assertEquals(3, p.counts().added());
            NoteSharing.Preview r = ShareFixture.sharing(db).preview(hyp);
            // Since issue 15 a reply keeps its link (the thread), so nothing of it is said as not kept.
            assertTrue(r.remarks().stream().noneMatch(x -> x.contains("replies to")), r.remarks().toString());
            String question = r.contents().notes().get(0).annotation().id();
            String reply = r.contents().notes().get(1).annotation().id();
            assertEquals(java.util.Optional.of(question), r.contents().conversation().links().get(reply).parentId());
        }
    }

    private static Map<String, Object> w3cNote(String id, Object creator, String text) {
        return Map.of("id", "http://example.org/anno/" + id, "type", "Annotation", "creator", creator,
                "body", Map.of("type", "TextualBody", "value", text),
                "target", Map.of("source", "https://peeragogy.github.io/introduction.html"));
    }

    private static List<?> json(String text) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, List.class);
    }

    /** A file's text: JSON and Markdown as they are, a notes file as the text of its notes. */
    private static String text(Path file) throws Exception {
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
