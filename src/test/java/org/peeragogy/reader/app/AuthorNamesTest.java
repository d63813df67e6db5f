package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NoteRulesViewModel;
import org.peeragogy.reader.ui.NotesViewModel;

/**
 * Author names and ids from the reader and from files (try11 findings 2, 6 and 7; decision 0021): a name is
 * limited where it is entered, what the reader saves every reader imports, a long name in a file is shortened
 * and said instead of refusing the file, cleaning keeps the joiners scripts need, and ids of schemes that
 * name no person are not taken.
 */
class AuthorNamesTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;
    private final String book = ShareFixture.HANDBOOK.book().identity();

    /** Exactly {@link AuthorNames#MAX} code points: Persian with ZWNJ, an emoji ZWJ sequence (astral), an LRM. */
    private static String longestName() {
        String unit = "Ana\u200Eمی\u200Cخواهم\uD83D\uDC69\u200D\uD83D\uDCBB";
        String many = unit.repeat(40);
        return many.substring(0, many.offsetByCodePoints(0, AuthorNames.MAX));
    }

    private static Map<String, Object> anno(String id, Object creator, String text) {
        Map<String, Object> m = new HashMap<>(Map.of("id", "http://example.org/anno/" + id, "type", "Annotation",
                "body", List.of(Map.of("type", "TextualBody", "value", text)),
                "target", Map.of("source", "https://peeragogy.github.io/introduction.html")));
        if (creator != null) {
            m.put("creator", creator);
        }
        return m;
    }

    private Path w3c(String name, List<Map<String, Object>> items) throws Exception {
        Path f = tmp.resolve(name + ".jsonld");
        Files.writeString(f, JsonWriter.write(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "type", "AnnotationPage", "items", items)), StandardCharsets.UTF_8);
        return f;
    }

    private String authorOf(Database db, String note) throws Exception {
        return db.annotations().book(book).stream().filter(a -> a.note().equals(note)).findFirst().orElseThrow().author();
    }

    @Test
    void aNameOfTheLongestLengthRoundTripsThroughEveryFormat() throws Exception {
        String name = longestName();
        assertEquals(AuthorNames.MAX, AuthorNames.length(name));
        Map<NoteSharing.Format, Path> files = new HashMap<>();
        try (Database writer = Database.open(tmp.resolve("writer"))) {
            writer.settings().putReaderName(name);
            assertEquals(Optional.of(name), writer.settings().get(NotesViewModel.AUTHOR_KEY), "kept exactly");
            ShareFixture.highlight(writer, "wiki", 0, name, Annotation.Colour.GREEN, "by the longest name");
            for (NoteSharing.Format f : NoteSharing.Format.values()) {
                files.put(f, tmp.resolve("longest" + f.extension()));
                ShareFixture.sharing(writer).export(f, files.get(f), ExportFilter.ALL);
            }
            // Back into the profile that wrote them: nothing refused, nothing changed.
            for (NoteSharing.Format f : List.of(NoteSharing.Format.NOTES, NoteSharing.Format.W3C)) {
                NoteSharing.Preview p = ShareFixture.sharing(writer).preview(files.get(f));
                assertTrue(p.counts().changesNothing(), f + ": " + p.counts().summary());
            }
        }
        assertTrue(Files.readString(files.get(NoteSharing.Format.MARKDOWN)).contains(name), "the Markdown has it whole");
        for (NoteSharing.Format f : List.of(NoteSharing.Format.NOTES, NoteSharing.Format.W3C)) {
            try (Database reader = Database.open(tmp.resolve("reader-" + f))) {
                NoteSharing.Preview p = ShareFixture.sharing(reader).preview(files.get(f));
                assertEquals(List.of(), p.remarks(), f + ": nothing shortened or dropped");
                ShareFixture.sharing(reader).apply(p);
                assertEquals(name, authorOf(reader, "by the longest name"), f + " keeps the name exactly");
            }
        }
    }

    /**
     * Tester t15's F16: a participant who called themselves "Anonymous" was merged with the anonymous askers in every
     * count and list. The name anonymous questions carry is not a reader's name, however written (decision 0065).
     */
    @Test
    void theNameAnonymousQuestionsCarryIsRefusedAsYourName() throws Exception {
        String expected = "“Anonymous”, and any name that looks like it in one of the reader’s languages (“Anonymous"
                + " (2)”, “Anónimo”), is what anonymous questions show: choose another name, so that your notes are"
                + " not taken for them.";
        for (String name : List.of("Anonymous", " anonymous ", "ANONYMOUS\u200B")) {
            assertEquals(Optional.of(expected), NoteRulesViewModel.nameProblem(TEXTS, name), name);
        }
        assertEquals(Optional.empty(), NoteRulesViewModel.nameProblem(TEXTS, "Anonymous Ana"));
        try (Database db = Database.open(tmp.resolve("anon"))) {
            db.settings().putReaderName("Eve");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> db.settings().putReaderName("anonymous"));
            assertEquals(expected, e.getMessage());
            assertEquals(Optional.of("Eve"), db.settings().get(NotesViewModel.AUTHOR_KEY), "the name stays");
        }
    }

    @Test
    void aLongerNameIsRefusedWhereItIsEnteredWithTheLimitSaid() throws Exception {
        String tooLong = "Ana ".repeat(60).strip();
        String expected = "A name can have at most 200 characters; this one has 239. Please shorten it.";
        assertEquals(Optional.of(expected), NoteRulesViewModel.nameProblem(TEXTS, tooLong), "what the window's name dialog says");
        assertEquals(Optional.empty(), NoteRulesViewModel.nameProblem(TEXTS, longestName()));
        try (Database db = Database.open(tmp.resolve("me"))) {
            db.settings().putReaderName("Ana");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> db.settings().putReaderName(tooLong));
            assertEquals(expected, e.getMessage());
            assertEquals(Optional.of("Ana"), db.settings().get(NotesViewModel.AUTHOR_KEY), "the name stays");
        }
    }

    @Test
    void aLongNameSavedBeforeTheLimitIsShortenedOnImportNeverRefused() throws Exception {
        String saved = "Ana ".repeat(60).strip(); // as a version without the limit let the window save it
        Path notes = tmp.resolve("e.peeranotes");
        Path w3c = tmp.resolve("e.jsonld");
        Path data = tmp.resolve("e");
        try (Database e = Database.open(data)) {
            ShareFixture.highlight(e, "introduction", 0, "Ana", Annotation.Colour.YELLOW, "long-named");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("reader.db"));
             Statement s = c.createStatement()) {
            s.execute("INSERT OR REPLACE INTO setting VALUES ('reader.name', '" + saved + "')");
            s.execute("UPDATE author SET name = '" + saved + "'");
        }
        try (Database e = Database.open(data)) {
            ShareFixture.sharing(e).export(NoteSharing.Format.NOTES, notes, ExportFilter.ALL);
            ShareFixture.sharing(e).export(NoteSharing.Format.W3C, w3c, ExportFilter.ALL);
            assertTrue(ShareFixture.sharing(e).preview(w3c).counts().changesNothing(), "its own file imports back");
        }
        for (Path f : List.of(notes, w3c)) {
            try (Database other = Database.open(tmp.resolve("other-" + f.getFileName()))) {
                NoteSharing.Preview p = ShareFixture.sharing(other).preview(f);
                assertEquals(1, p.counts().added(), p.counts().summary());
                assertTrue(p.remarks().stream().anyMatch(r -> r.startsWith("Not kept: the end of an author name of 239"
                        + " characters (names are kept to 200): it is shortened")), p.remarks().toString());
                ShareFixture.sharing(other).apply(p);
                assertEquals(saved.substring(0, 200).strip(), authorOf(other, "long-named"));
            }
        }
    }

    @Test
    void aW3cFileWithOneTenThousandCharacterCreatorImportsEveryNote() throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            items.add(anno("good" + i, Map.of("name", "Person " + i), "good note " + i));
        }
        items.add(anno("long", Map.of("id", "https://example.org/people/long", "name", "x".repeat(10_000)), "long one"));
        try (Database db = Database.open(tmp.resolve("me"))) {
            NoteSharing.Preview p = ShareFixture.sharing(db).preview(w3c("odd", items));
            assertEquals(12, p.counts().added(), p.counts().summary());
            assertTrue(String.join("\n", p.remarks()).contains("an author name of 10000 characters"), p.remarks().toString());
            ShareFixture.sharing(db).apply(p);
            assertEquals(12, db.annotations().book(book).size());
            assertEquals("x".repeat(200), authorOf(db, "long one"));
        }
    }

    @Test
    void cleaningKeepsTheJoinersScriptsNeedAndRemovesOverridesAndControls() throws Exception {
        String persian = "می\u200Cخواهم \u200Fعلی";
        Map<String, Object> tagged = anno("tagged", Map.of("name", persian), "persian");
        tagged.put("body", List.of(Map.of("type", "TextualBody", "value", "persian"),
                Map.of("type", "TextualBody", "purpose", "tagging", "value", "کتاب\u200Cها")));
        try (Database db = Database.open(tmp.resolve("me"))) {
            ShareFixture.sharing(db).apply(ShareFixture.sharing(db).preview(w3c("scripts", List.of(tagged,
                    anno("spoof", Map.of("id", "mailto:x@example.org", "name", "Evil\u202EanA\u0007\u001B[31mred\u2066x"),
                            "spoof")))));
            assertEquals(persian, authorOf(db, "persian"), "ZWNJ and RLM stay");
            Annotation p = db.annotations().book(book).stream().filter(a -> a.note().equals("persian")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("کتاب\u200Cها"), p.tags(), "in tags too");
            assertEquals("Evil anA [31mred x", authorOf(db, "spoof"), "the override, isolate and controls go");
            db.settings().putReaderName("Ana\u202E \u200Cx");
            assertEquals(Optional.of("Ana \u200Cx"), db.settings().get(NotesViewModel.AUTHOR_KEY), "as typed, cleaned");
        }
    }

    @Test
    void idsOfSchemesThatNameNoPersonAndNameIdsClaimedByAFileAreNotTaken() throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        String[][] creators = {
            {"javascript:alert(1)", "Js"}, {"data:text/html,hi", "Data"}, {"file:///etc/passwd", "Filer"},
            {AuthorIds.fromName("Ana"), "Mallory"}, {"https://example.org/me", "Web"}, {"mailto:m@example.org", "Mail"},
            {"acct:h@hypothes.is", "Acct"}, {"tag:example.org,2026:me", "Tag"}, {"URN:ISNI:0000000121032683", "Isni"},
        };
        for (String[] c : creators) {
            items.add(anno(c[1], Map.of("id", c[0], "name", c[1]), "by " + c[1]));
        }
        try (Database db = Database.open(tmp.resolve("me"))) {
            NoteSharing.Preview p = ShareFixture.sharing(db).preview(w3c("ids", items));
            ShareFixture.sharing(db).apply(p);
            Map<String, String> ids = new HashMap<>();
            db.annotations().book(book).forEach(a -> ids.put(a.author(), a.authorId()));
            for (String[] c : creators) {
                boolean taken = List.of("Web", "Mail", "Acct", "Tag", "Isni").contains(c[1]);
                assertEquals(taken ? c[0] : AuthorIds.fromName(c[1]), ids.get(c[1]), c[0]);
                assertEquals(!taken, p.remarks().stream().anyMatch(r -> r.contains("the creator's id " + c[0]
                        + ", which is not an id the reader takes")), c[0] + " " + p.remarks());
            }
            assertFalse(Files.readString(exportW3c(db)).contains("javascript:"), "never written again as an id");
        }
    }

    private Path exportW3c(Database db) throws Exception {
        Path out = tmp.resolve("again.jsonld");
        ShareFixture.sharing(db).export(NoteSharing.Format.W3C, out, ExportFilter.ALL);
        return out;
    }
}
