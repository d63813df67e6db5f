package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;

/**
 * Only notes the reader wrote are theirs (try11 finding 1, decision 0021). A stranger's note that the reader
 * has under a name only ("Ana", from a W3C file without ids) must not become the reader's when a later file
 * gives the same note the reader's own author id: not by "a person known by name who comes back with an id
 * takes it" (decision 0017), and not as a second version under the reader's id either. The preview says so.
 */
class NotYoursUnlessYouWroteItTest {
    @TempDir
    Path tmp;
    private final String book = ShareFixture.HANDBOOK.book().identity();

    /** One W3C annotation, {@code http://example.org/anno/1}, on the introduction, by {@code creator}, modified on the {@code day}th. */
    private Path w3c(String name, Map<String, Object> creator, String text, int day) throws Exception {
        Path f = tmp.resolve(name + ".jsonld");
        Files.writeString(f, JsonWriter.write(List.of(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "id", "http://example.org/anno/1", "type", "Annotation", "creator", creator,
                "modified", "2026-10-" + (10 + day) + "T10:00:00Z",
                "body", Map.of("type", "TextualBody", "value", text),
                "target", Map.of("source", "https://peeragogy.github.io/introduction.html",
                        "selector", Map.of("type", "TextQuoteSelector", "exact", "candid confession"))))),
                StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aNameOnlyNoteThatComesBackWithTheReadersOwnIdStaysTheStrangers() throws Exception {
        try (Database me = Database.open(tmp.resolve("me"))) {
            me.settings().putReaderName("Ana");
            String myId = me.settings().readerId();
            NoteSharing sharing = ShareFixture.sharing(me);
            sharing.apply(sharing.preview(w3c("stranger", Map.of("name", "Ana"), "name only Ana", 1)));
            Annotation theirs = me.annotations().book(book).get(0);
            assertEquals(AuthorIds.fromName("Ana"), theirs.authorId(), "a stranger known by name only");

            // The same note, same words, now saying it is by the reader's id (and name).
            NoteSharing.Preview claim = sharing.preview(w3c("claim", Map.of("id", myId, "name", "Ana"), "name only Ana", 1));
            assertEquals(0, claim.counts().updated(), claim.counts().summary());
            assertEquals(0, claim.counts().conflicts(), claim.counts().summary());
            assertTrue(String.join("\n", claim.remarks()).contains("1 note in this file says it is yours (your author"
                    + " id), but you have it as someone else's: left as it is, not made yours"), claim.remarks().toString());
            sharing.apply(claim);

            // The same note with other words: not a second version under the reader's id either.
            NoteSharing.Preview changed = sharing.preview(w3c("claim-changed", Map.of("id", myId, "name", "Ana"),
                    "words put in the reader's mouth", 2));
            assertEquals(0, changed.counts().conflicts(), changed.counts().summary());
            assertTrue(String.join("\n", changed.remarks()).contains("says it is yours"), changed.remarks().toString());
            sharing.apply(changed);

            List<Annotation> all = me.annotations().book(book);
            assertEquals(1, all.size(), "no copy was made");
            assertEquals(AuthorIds.fromName("Ana"), all.get(0).authorId(), "still the stranger's");
            assertEquals("name only Ana", all.get(0).note());
            assertEquals(List.of(), me.annotations().byAuthors(book, List.of(myId)), "nothing became the reader's");
            assertEquals(List.of(), me.sharedNotes().conflicts(book));
        }
    }

    @Test
    void theSameClaimFromAnotherPersonsIdIsStillTakenAsThatPersons() throws Exception {
        // The rule of decision 0017 stands for everyone but the reader: "Ana" known by name, back with her id.
        try (Database me = Database.open(tmp.resolve("fay"))) {
            me.settings().putReaderName("Fay");
            NoteSharing sharing = ShareFixture.sharing(me);
            sharing.apply(sharing.preview(w3c("ana", Map.of("name", "Ana"), "name only Ana", 1)));
            String anasId = "urn:uuid:0b1c2d3e-4f50-4617-8899-aabbccddeeff";
            // A W3C file says no writer: it speaks for no one (decision 0069, amended for t15d's M1), so its change to a
            // note here (the id it gives) is taken by choice.
            NoteSharing.Preview p = sharing.preview(w3c("ana-id", Map.of("id", anasId, "name", "Ana"), "name only Ana", 1));
            assertEquals(0, p.counts().updated(), p.counts().summary());
            MergeRecords.Counts c = sharing.apply(p.withOthers()).plan().counts();
            assertEquals(1, c.updated(), c.summary());
            assertEquals(1, me.annotations().byAuthors(book, List.of(anasId)).size());
        }
    }
}
