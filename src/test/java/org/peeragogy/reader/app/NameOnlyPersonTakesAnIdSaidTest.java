package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11 (second tester, MINOR 7): decision 0017 lets a person known by name only take the id a file gives
 * that name. Any file can give one, so the preview names who took which id, and the reader can undo it.
 */
class NameOnlyPersonTakesAnIdSaidTest {
    @TempDir
    Path tmp;

    private static final String ITEM = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/2", "type": "Annotation",
              %s, "body": {"type": "TextualBody", "value": "%s"},
              "target": {"source": "https://peeragogy.github.io/introduction.html"}}]""";

    @Test
    void thePreviewSaysWhichIdANameOnlyPersonsNotesNowCarry() throws Exception {
        Path first = tmp.resolve("bob.json");
        Files.writeString(first, ITEM.formatted("\"created\": \"2024-01-01T00:00:00Z\", \"creator\": \"Bob\"", "by Bob"));
        Path takeover = tmp.resolve("takeover.json");
        Files.writeString(takeover, ITEM.formatted("\"modified\": \"2025-01-01T00:00:00Z\", \"creator\":"
                + " {\"id\": \"https://mallory.example/\", \"name\": \"Bob\"}", "Bob now says: trust Mallory"));
        try (Database db = Database.open(tmp.resolve("r"))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            sharing.apply(sharing.preview(first));
            // The file says no writer: its change to Bob's note is left out unless taken (t15d's M1), and said.
            NoteSharing.Preview held = sharing.preview(takeover);
            assertEquals(0, held.counts().updated(), held.counts().summary());
            assertTrue(held.remarks().stream().anyMatch(r -> r.contains("left out")), held.remarks().toString());
            NoteSharing.Preview p = sharing.previewByHand(takeover, true, true).preview();
            assertEquals(1, p.counts().updated(), p.counts().summary());
            assertTrue(p.remarks().contains("1 note of Bob (known by name only) now carries the id"
                    + " https://mallory.example/ from this file. If that is not Bob, take the import back (Undo last"
                    + " import)."), p.remarks().toString());
        }
    }
}
