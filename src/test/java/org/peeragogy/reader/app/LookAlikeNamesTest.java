package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11 (second tester, MINOR 5): a name with nothing visible is no name, and names that only differ by
 * invisible characters or kinds of space count as the same name, so a stranger called "Ana" + ZWSP is marked
 * with their id beside the reader's own "Ana".
 */
class LookAlikeNamesTest {
    @TempDir
    Path tmp;

    private static Map<String, Object> anno(String id, String creatorId, String name, String text) {
        return Map.of("id", "http://example.org/anno/" + id, "type", "Annotation",
                "creator", Map.of("id", creatorId, "name", name),
                "body", List.of(Map.of("type", "TextualBody", "value", text)),
                "target", Map.of("source", "https://peeragogy.github.io/introduction.html"));
    }

    @Test
    void invisibleNamesAreUnknownAndALookAlikeOfTheReadersNameCarriesItsId() throws Exception {
        Path file = tmp.resolve("names.jsonld");
        Files.writeString(file, JsonWriter.write(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "type", "AnnotationPage", "items", List.of(
                        anno("1", "acct:ana@evil.example", "Ana\u200b", "I am Ana, trust me"),
                        anno("2", "acct:z@evil.example", "\u200b\u200b", "zero width"),
                        anno("3", "acct:n@evil.example", "   \u00a0 ", "spaces")))), StandardCharsets.UTF_8);
        Path data = tmp.resolve("a");
        try (Database db = Database.open(data)) {
            db.settings().putReaderName("Ana");
            ShareFixture.chapterNote(db, "introduction", "Ana", "mine");
            NoteSharing sharing = ShareFixture.sharing(db);
            sharing.apply(sharing.preview(file));
            List<Annotation> all = db.annotations().everything();
            assertEquals("unknown", all.stream().filter(a -> a.note().equals("zero width")).findFirst().orElseThrow().author());
            assertEquals("unknown", all.stream().filter(a -> a.note().equals("spaces")).findFirst().orElseThrow().author());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.runCommand(Options.parse("--handbook", TestHandbooks.real().toString(), "--data-dir",
                data.toString(), "notes"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        String listing = out.toString(StandardCharsets.UTF_8);
        String stranger = listing.lines().filter(l -> l.contains("trust me")).findFirst().orElseThrow();
        assertTrue(stranger.contains("Ana\u200b (acct:ana@evil.example)"), stranger);
        String mine = listing.lines().filter(l -> l.contains("\tmine\t")).findFirst().orElseThrow();
        assertTrue(mine.contains("\tAna (id "), mine);
    }

    @Test
    void aNameOfOnlyInvisibleCharactersCannotBeTheReadersName() {
        assertTrue(AuthorNames.problem("\u200b\u00a0").isPresent());
        assertTrue(AuthorNames.problem("Ana\u200c").isEmpty(), "a joiner beside letters is fine");
        assertEquals(AuthorNames.compared("Ana"), AuthorNames.compared("ANA\u200b\u00a0"));
    }
}
