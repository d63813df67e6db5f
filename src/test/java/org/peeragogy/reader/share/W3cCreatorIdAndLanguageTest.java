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
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Placement;

/**
 * When the profile knows an author's id and the handbook its language, the export writes them, and the
 * W3C tests' shoulds for them pass; without them nothing is made up (no id made from a name).
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
    private static final Annotation NOTE = new Annotation("6f1c2b8e-0c1d-4b5a-9e7f-1a2b3c4d5e6f", "handbook-x", "wiki",
            Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "a note", List.of("t"), "Ana",
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), Optional.empty(), Optional.empty());
    private final W3cSuite suite = new W3cSuite(W3cSuite.folder());

    private JsonNode export(W3cJson.Facts facts) throws Exception {
        JsonNode root = suite.parse(W3cJson.write(BOOK, List.of(NOTE), Map.of(), NO_TEXT, "t", Instant.EPOCH, facts));
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
    void aKnownAuthorIdAndLanguageAreWrittenAndPassTheirShoulds() throws Exception {
        JsonNode item = export(new W3cJson.Facts(name -> name.equals("Ana")
                ? Optional.of("urn:uuid:0b6d4c8a-3f0e-4e4b-9d8e-5a6b7c8d9e0f") : Optional.empty(), Optional.of("en")));
        assertEquals("urn:uuid:0b6d4c8a-3f0e-4e4b-9d8e-5a6b7c8d9e0f", item.path("creator").path("id").asText());
        item.path("body").forEach(b -> assertEquals("en", b.path("language").asText()));
        assertTrue(passes(item, "3.3.2-annotationCreatorAgentIdImplemented.json"));
        assertTrue(passes(item, "3.2.1-bodySingleLanguage.json"));
    }

    @Test
    void withoutThemNoIdIsMadeUpFromTheNameAndNoLanguageIsGuessed() throws Exception {
        JsonNode item = export(W3cJson.Facts.NONE);
        assertTrue(item.path("creator").path("id").isMissingNode());
        assertEquals("Ana", item.path("creator").path("name").asText());
        item.path("body").forEach(b -> assertTrue(b.path("language").isMissingNode()));
    }
}
