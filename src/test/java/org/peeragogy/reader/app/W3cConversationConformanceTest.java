package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.W3cSuite;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SteppingClock;

/**
 * Replies, questions and votes in the W3C export (issue 15, decision 0025) pass every must of the W3C Web
 * Annotation Working Group's model tests (as the notes do, decision 0008), and their motivation is one value
 * from the model's list (the optional test for it passes), with the parent annotation as a reply's target.
 */
class W3cConversationConformanceTest {
    @TempDir
    Path tmp;

    private static final W3cSuite SUITE = new W3cSuite(W3cSuite.folder());

    @Test
    void aQuestionAReplyAVoteAndAWithdrawnVotePassEveryMustWithTheModelsMotivations() throws Exception {
        String book = ShareFixture.HANDBOOK.book().identity();
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));
        Path file = tmp.resolve("workshop.jsonld");
        Annotation q;
        Annotation r;
        try (Database db = Database.open(tmp.resolve("ana"))) {
            db.useClock(clock);
            q = db.conversation().ask(new AnnotationStore.Draft(book, "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Why?", List.of(), "Ana", Optional.empty()));
            clock.advance(Duration.ofMinutes(1));
            r = db.conversation().reply(q.id(), "Because", "Ana");
            db.conversation().vote(q.id(), false, "Ana"); // a vote row on her own note: withdrawn only (0080)
            db.conversation().vote(r.id(), false, "Ana");
            db.conversation().markAnswered(q.id(), r.id());
            ShareFixture.sharing(db).export(NoteSharing.Format.W3C, file, ExportFilter.ALL);
        }
        JsonNode collection = SUITE.parse(file);
        List<String> failed = new ArrayList<>();
        List<String> motivations = new ArrayList<>();
        int checked = 0;
        for (JsonNode item : collection.path("first").path("items")) {
            ObjectNode alone = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            alone.set("@context", collection.get("@context"));
            alone.setAll((ObjectNode) item);
            String what = item.path("motivation").asText();
            motivations.add(what);
            for (W3cSuite.Result res : SUITE.run("annotations/annotationMusts.test", alone)) {
                if (res.level() == W3cSuite.Level.MUST && !res.passed()) {
                    failed.add(what + ": " + res);
                }
            }
            for (W3cSuite.Result res : SUITE.run("annotations/annotationOptionals.test", alone)) {
                if (res.assertion().contains("3.3.5-annotationSingleMotivationImplemented")) {
                    checked++;
                    if (!res.passed()) {
                        failed.add(what + ": " + res);
                    }
                }
            }
            if (what.equals("replying")) {
                assertEquals("urn:uuid:" + q.id(), item.path("target").path("id").asText(), "the parent is the target");
            }
            if (what.equals("questioning")) {
                assertEquals("urn:uuid:" + r.id(), item.path("peeragogy:answeredBy").asText());
            }
        }
        assertEquals(List.of(), failed);
        assertEquals(List.of("questioning", "replying", "moderating", "moderating"), motivations);
        assertEquals(4, checked, "the single-motivation test ran on each");
        assertTrue(SUITE.run("collections/collectionMusts.test", collection).stream()
                .filter(x -> x.level() == W3cSuite.Level.MUST).allMatch(W3cSuite.Result::passed));
    }
}
