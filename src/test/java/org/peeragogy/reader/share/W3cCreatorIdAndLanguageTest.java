package org.peeragogy.reader.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.store.AuthorStore;

/**
 * The export writes each note's author id as the creator's {@code id}, with their name and nickname, and
 * the handbook's language on every body, and the W3C tests' shoulds for them pass; an author known only by
 * name gets no {@code id} (an id made from a name is no identity) and an unknown language is not guessed.
 */
class W3cCreatorIdAndLanguageTest {
    private static final Book BOOK = new Book("handbook-x", "X", "fp", List.of());
    private static final Chapters NO_TEXT = new Chapters() {
        public Book book() {
            return BOOK;
        }

        public Optional<String> chapterFor(String uri) {
            return Optional.empty();
        }

        public Optional<String> text(String chapterId) {
            return Optional.empty();
        }

        public boolean placeable(Annotation a) {
            return false;
        }

        public Placement place(Annotation a) {
            return Placement.orphan();
        }
    };
    private static final String ANA = "urn:uuid:0b6d4c8a-3f0e-4e4b-9d8e-5a6b7c8d9e0f";
    private static final Annotation NOTE = new Annotation("6f1c2b8e-0c1d-4b5a-9e7f-1a2b3c4d5e6f", "handbook-x", "wiki",
            Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "a note", List.of("t"), "Ana", ANA,
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), Optional.empty(), Optional.empty());
    /** The same note by an author of whom only the name is known (an older notes file). */
    private static final Annotation BY_NAME = NOTE.withAuthor("Ana", AuthorIds.fromName("Ana"));
    private final W3cSuite suite = new W3cSuite(W3cSuite.folder());

    private JsonNode export(Annotation note, W3cJson.Facts facts) throws Exception {
        JsonNode root = suite.parse(W3cJson.write(BOOK, List.of(note), Map.of(), NO_TEXT, "t", Instant.EPOCH, facts));
        ObjectNode item = (ObjectNode) root.path("first").path("items").get(0).deepCopy();
        item.set("@context", root.get("@context"));
        return item;
    }

    private boolean passes(JsonNode item, String assertion) {
        List<W3cSuite.Result> all = new java.util.ArrayList<>(suite.run("annotations/annotationOptionals.test", item));
        all.addAll(suite.run("annotations/annotationsAgentOptionals.test", item));
        return all.stream().filter(r -> r.assertion().endsWith(assertion)).findFirst().orElseThrow().passed();
    }

    @Test
    void theAuthorsIdNicknameAndTheLanguageAreWrittenAndPassTheirShoulds() throws Exception {
        JsonNode item = export(NOTE, new W3cJson.Facts(Map.of(ANA, new AuthorStore.Person(ANA, "Ana", "ana", "")),
                Optional.of("en"), Set.of()));
        assertEquals(ANA, item.path("creator").path("id").asText());
        assertEquals("Ana", item.path("creator").path("name").asText());
        assertEquals("ana", item.path("creator").path("nickname").asText());
        assertEquals(2, item.path("body").size());
        item.path("body").forEach(b -> assertEquals("en", b.path("language").asText()));
        assertTrue(passes(item, "3.3.2-annotationCreatorAgentIdImplemented.json"));
        assertTrue(passes(item, "3.3.2-annotationCreatorAgentNicknameImplemented.json"));
        assertTrue(passes(item, "3.2.1-bodySingleLanguage.json"));
    }

    @Test
    void anAuthorKnownByNameOnlyGetsNoIdAndNoLanguageIsGuessed() throws Exception {
        JsonNode item = export(BY_NAME, W3cJson.Facts.NONE);
        assertTrue(item.path("creator").path("id").isMissingNode());
        assertEquals("Ana", item.path("creator").path("name").asText());
        item.path("body").forEach(b -> assertTrue(b.path("language").isMissingNode()));
    }
}
