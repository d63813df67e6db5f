package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * A workshop (issue 15): three participants (Ana, Bo, and another Ana) and a facilitator, each a data folder
 * of their own, passing notes files. Replies arrive before their questions, a question's author deletes it,
 * votes are withdrawn and given again, two people share a name; threads come out right at the facilitator.
 */
class WorkshopConversationTest {
    @TempDir
    Path tmp;

    private final String book = ShareFixture.HANDBOOK.book().identity();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));
    private int files;

    private Database open(String name) throws Exception {
        Database db = Database.open(tmp.resolve(name));
        db.useClock(clock);
        return db;
    }

    private void tick() {
        clock.advance(Duration.ofMinutes(1));
    }

    /** The reader's own notes (not what they imported from others), as a notes file. */
    private Path exportOwn(Database db) throws Exception {
        Path f = tmp.resolve("file" + ++files + ".peeranotes");
        ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, f,
                new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(db.settings().readerId())));
        return f;
    }

    private Path exportAll(Database db, NoteSharing.Format format) throws Exception {
        Path f = tmp.resolve("file" + ++files + format.extension());
        ShareFixture.sharing(db).export(format, f, ExportFilter.ALL);
        return f;
    }

    private static ShareStore.Applied importInto(Database db, Path f) throws Exception {
        NoteSharing s = ShareFixture.sharing(db);
        return s.apply(s.preview(f));
    }

    private List<Threads.Node> threads(Database db) throws Exception {
        Conversation c = db.conversation().of(book);
        List<Annotation> notes = db.annotations().everything().stream().filter(a -> a.book().equals(book)).toList();
        return Threads.build(notes, c.links(), c.votes());
    }

    private Threads.Node thread(Database db, String rootId) throws Exception {
        return threads(db).stream().filter(n -> n.id().equals(rootId)).findFirst().orElseThrow();
    }

    private Annotation ask(Database db, String name, String text) throws Exception {
        return db.conversation().ask(new AnnotationStore.Draft(book, "wiki", Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, text, List.of(), name, Optional.empty()));
    }

    @Test
    void aReplyReachesTheFacilitatorBeforeItsQuestionThenTheQuestionIsAnsweredAndDeletedByItsAuthor()
            throws Exception {
        try (Database ana = open("ana"); Database bo = open("bo"); Database fay = open("facilitator")) {
            Annotation q = ask(ana, "Ana", "What is a peeragogue?");
            Path anasFirst = exportOwn(ana);
            importInto(bo, anasFirst);
            tick();
            Annotation r = bo.conversation().reply(q.id(), "Someone who learns with peers", "Bo");

            // Bo's file reaches the facilitator first: his reply waits under a placeholder naming him.
            importInto(fay, exportOwn(bo));
            Threads.Node waiting = thread(fay, q.id());
            assertEquals(Threads.Shape.MISSING, waiting.shape());
            assertEquals("A note you do not have yet, with replies from Bo", waiting.label());
            assertEquals(List.of(r.id()), waiting.replies().stream().map(Threads.Node::id).toList());

            // Ana's question arrives: the reply is in its place, the question open.
            importInto(fay, anasFirst);
            Threads.Node arrived = thread(fay, q.id());
            assertEquals(Threads.Shape.NOTE, arrived.shape());
            assertTrue(arrived.open());
            assertEquals(r.id(), arrived.replies().get(0).id());

            // Ana marks Bo's reply as the answer; her next file updates the facilitator's copy.
            importInto(ana, exportOwn(bo));
            tick();
            ana.conversation().markAnswered(q.id(), r.id());
            ShareStore.Applied answered = importInto(fay, exportOwn(ana));
            assertEquals(1, answered.plan().counts().updated(), answered.plan().counts().summary());
            assertEquals(Optional.of(r.id()), thread(fay, q.id()).answeredBy());
            assertFalse(thread(fay, q.id()).open());

            // Ana deletes her question: at the facilitator's it becomes "Deleted note", Bo's reply stays under it.
            tick();
            ana.annotations().delete(q.id());
            ShareStore.Applied deleted = importInto(fay, exportOwn(ana));
            assertEquals(1, deleted.plan().counts().deleted(), deleted.plan().counts().summary());
            Threads.Node kept = thread(fay, q.id());
            assertEquals(Threads.Shape.DELETED, kept.shape());
            assertEquals("Deleted note", kept.label());
            assertEquals(List.of(r.id()), kept.replies().stream().map(Threads.Node::id).toList());
            assertEquals("Someone who learns with peers", kept.replies().get(0).note().orElseThrow().note());

            // Bo's old file, with the question as it was, does not bring it back.
            importInto(fay, anasFirst);
            assertEquals(Threads.Shape.DELETED, thread(fay, q.id()).shape());
        }
    }

    @Test
    void votesWithdrawnAndGivenAgainArriveAsTheLatestAndAnOlderFileOrTheSameFileTwiceChangesNothing()
            throws Exception {
        try (Database ana = open("ana"); Database bo = open("bo"); Database fay = open("facilitator")) {
            Annotation q = ask(ana, "Ana", "Shall we meet weekly?");
            importInto(bo, exportOwn(ana));
            importInto(fay, exportOwn(ana));
            tick();
            bo.conversation().vote(q.id(), true, "Bo");
            Path given = exportOwn(bo);
            assertEquals(1, importInto(fay, given).plan().remarks().stream()
                    .map(org.peeragogy.reader.book.Reason::english).filter(l -> l.startsWith("Votes: 1 new")).count());
            assertEquals(1, thread(fay, q.id()).votes());

            tick();
            bo.conversation().vote(q.id(), false, "Bo");
            Path withdrawn = exportOwn(bo);
            importInto(fay, withdrawn);
            assertEquals(0, thread(fay, q.id()).votes(), "withdrawn");

            importInto(fay, given);
            assertEquals(0, thread(fay, q.id()).votes(), "the older file's vote does not come back");

            tick();
            bo.conversation().vote(q.id(), true, "Bo");
            Path again = exportOwn(bo);
            ShareStore.Applied back = importInto(fay, again);
            assertTrue(back.batchId().isPresent(), "a vote alone is an import of its own, undoable");
            assertEquals(1, thread(fay, q.id()).votes(), "given again: a vote is never a tombstone");
            assertTrue(importInto(fay, again).batchId().isEmpty(), "the same file twice changes nothing");
            assertEquals(1, fay.conversation().of(book).votes().size(), "one row per person and note");

            // One undo takes the last import back: the vote is withdrawn again, as it was.
            fay.sharing().undoImport(back.batchId().getAsLong());
            assertEquals(0, thread(fay, q.id()).votes());

        }
    }

    @Test
    void twoParticipantsOfTheSameNameStayTwoPeopleInThreadsAndVotes() throws Exception {
        try (Database ana = open("ana"); Database ana2 = open("other-ana"); Database fay = open("facilitator");
             Database bo = open("bo")) {
            // Bo asks: a +1 goes on someone else's note (decision 0080).
            Annotation q = ask(bo, "Bo", "Which pattern helps most?");
            Path question = exportOwn(bo);
            importInto(ana, question);
            importInto(ana2, question);
            tick();
            ana.conversation().vote(q.id(), true, "Ana");
            ana2.conversation().vote(q.id(), true, "Ana");
            Annotation reply = ana2.conversation().reply(q.id(), "The wrapper", "Ana");
            importInto(fay, exportOwn(ana2));
            assertEquals("A note you do not have yet, with replies from Ana", thread(fay, q.id()).label());
            importInto(fay, exportOwn(ana));
            importInto(fay, question);
            Threads.Node t = thread(fay, q.id());
            assertEquals(2, t.votes(), "two people called Ana give two votes");
            assertEquals(Set.of(ana.settings().readerId(), ana2.settings().readerId()), Set.copyOf(t.voterIds()));
            assertEquals(ana2.settings().readerId(), t.replies().get(0).note().orElseThrow().authorId());
            assertEquals(reply.id(), t.replies().get(0).id());
            assertEquals(2, fay.authors().list().stream().filter(a -> a.name().equals("Ana")).count(),
                    "two layers named Ana");
        }
    }

    @Test
    void aConversationRoundTripsThroughTheNotesFileAndW3cJsonExactly() throws Exception {
        try (Database ana = open("ana"); Database bo = open("bo")) {
            Annotation q = ask(ana, "Ana", "Why offline?");
            importInto(bo, exportOwn(ana));
            tick();
            Annotation r = bo.conversation().reply(q.id(), "No internet in the room", "Bo");
            Annotation rr = bo.conversation().reply(r.id(), "And no accounts", "Bo");
            bo.conversation().vote(q.id(), true, "Bo");
            tick();
            bo.conversation().vote(r.id(), false, "Bo"); // his own reply: a vote row, withdrawn (decision 0080)
            importInto(ana, exportOwn(bo));
            tick();
            ana.conversation().markAnswered(q.id(), rr.id());
            ana.conversation().vote(rr.id(), true, "Ana");
            Conversation original = ana.conversation().of(book);
            assertEquals(3, original.links().size());
            assertEquals(3, original.votes().size());
            for (NoteSharing.Format format : List.of(NoteSharing.Format.NOTES, NoteSharing.Format.W3C)) {
                Path f = exportAll(ana, format);
                try (Database copy = open("copy-" + format)) {
                    // Ana's whole file carries Bo's votes too: taken by choice, as votes by others than the file's
                    // writer are (decision 0061).
                    NoteSharing s = ShareFixture.sharing(copy);
                    s.apply(s.preview(f).withOthers());
                    Conversation back = copy.conversation().of(book);
                    assertEquals(original.links(), back.links(), format.name());
                    assertEquals(votes(original), votes(back), format.name());
                    assertEquals(shape(threads(ana)), shape(threads(copy)), format.name());
                    assertTrue(importInto(copy, f).batchId().isEmpty(), format + ": importing again changes nothing");
                }
            }
            Path w3c = exportAll(ana, NoteSharing.Format.W3C);
            String json = Files.readString(w3c);
            assertTrue(json.contains("\"motivation\": \"replying\"") || json.contains("\"motivation\":\"replying\""), json);
            assertTrue(json.contains("\"questioning\""), "the question's motivation");
            assertTrue(json.contains("\"moderating\""), "votes are moderating annotations");
            assertTrue(json.contains("\"id\": \"urn:uuid:" + q.id() + "\"") || json.contains("\"id\":\"urn:uuid:" + q.id()
                    + "\""), "the reply's target is its parent annotation");
        }
    }

    private static Set<String> votes(Conversation c) {
        return c.votes().stream().map(v -> v.noteId() + "|" + v.voterId() + "|" + v.value() + "|" + v.updated())
                .collect(Collectors.toSet());
    }

    private static String shape(List<Threads.Node> roots) {
        return roots.stream().map(n -> n.shape() + ":" + n.id() + ":" + n.votes() + ":" + n.answeredBy().orElse("")
                + "[" + shape(n.replies()) + "]").collect(Collectors.joining(","));
    }

    @Test
    void aHypothesisExportsRepliesHangFromTheLastOfTheirReferences() throws Exception {
        Path export = tmp.resolve("hypothesis.json");
        String page = "https://peeragogy.github.io/wiki.html";
        Files.writeString(export, """
                {"export_date": "2026-11-02T10:00:00Z", "annotations": [
                 {"id": "reply2", "created": "2026-11-01T10:03:00Z", "user": "acct:cy@hypothes.is", "uri": "%1$s",
                  "text": "a reply to the reply", "references": ["root1", "reply1"], "target": [{"source": "%1$s"}]},
                 {"id": "root1", "created": "2026-11-01T10:00:00Z", "user": "acct:ana@hypothes.is", "uri": "%1$s",
                  "text": "a page note", "target": [{"source": "%1$s"}]},
                 {"id": "reply1", "created": "2026-11-01T10:01:00Z", "user": "acct:bo@hypothes.is", "uri": "%1$s",
                  "text": "a reply", "references": ["root1"], "target": [{"source": "%1$s"}]}
                ]}""".formatted(page));
        try (Database fay = open("facilitator")) {
            ShareStore.Applied done = importInto(fay, export);
            assertEquals(3, done.plan().counts().added(), done.plan().counts().summary());
            assertEquals(0, done.plan().counts().unplaced(), "replies are placed on their page's chapter");
            List<Threads.Node> roots = threads(fay);
            assertEquals(1, roots.size(), "one thread, not three unrelated chapter notes");
            assertEquals(List.of("a page note", "a reply", "a reply to the reply"), roots.get(0).flatten().stream()
                    .map(n -> n.note().orElseThrow().note()).toList());
            // ... and on through our own formats, links intact.
            Conversation before = fay.conversation().of(book);
            try (Database copy = open("copy")) {
                importInto(copy, exportAll(fay, NoteSharing.Format.W3C));
                assertEquals(before.links(), copy.conversation().of(book).links());
            }
            NoteLink reply1 = before.links().values().stream().filter(l -> l.parentId().isPresent()).findFirst()
                    .orElseThrow();
            assertFalse(reply1.question());
        }
    }

    @Test
    void anotherToolsRepliesAndModeratingAreReadButAReplyToAWebPageIsAPlainNote() throws Exception {
        Path file = tmp.resolve("other-tool.jsonld");
        String page = "https://peeragogy.github.io/wiki.html";
        Files.writeString(file, """
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://ex.org/a/1", "type": "Annotation",
                  "created": "2026-11-01T10:00:00Z", "creator": {"id": "https://ex.org/u/ana", "name": "Ana"},
                  "body": {"type": "TextualBody", "value": "a note"}, "target": "%1$s"},
                 {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://ex.org/a/2", "type": "Annotation",
                  "motivation": "replying", "created": "2026-11-01T10:01:00Z", "creator": {"id": "https://ex.org/u/bo",
                  "name": "Bo"}, "body": {"type": "TextualBody", "value": "a reply"}, "target": "https://ex.org/a/1"},
                 {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://ex.org/a/3", "type": "Annotation",
                  "motivation": "moderating", "created": "2026-11-01T10:02:00Z", "creator": {"id": "https://ex.org/u/bo",
                  "name": "Bo"}, "target": "https://ex.org/a/1"},
                 {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://ex.org/a/4", "type": "Annotation",
                  "motivation": "replying", "created": "2026-11-01T10:03:00Z", "creator": {"id": "https://ex.org/u/cy",
                  "name": "Cy"}, "body": {"type": "TextualBody", "value": "about the page"}, "target": "%1$s"}]
                """.formatted(page));
        try (Database fay = open("facilitator")) {
            // Another tool's file says no writer: Bo's vote in it is taken by choice (decision 0069, amended for t15d).
            NoteSharing s = ShareFixture.sharing(fay);
            ShareStore.Applied done = s.apply(s.previewByHand(file, true, true).preview());
            assertEquals(3, done.plan().counts().added(), "a vote is no note: " + done.plan().counts().summary());
            List<Threads.Node> roots = threads(fay);
            assertEquals(List.of("a note", "about the page"), roots.stream().map(n -> n.note().orElseThrow().note()).toList());
            assertEquals(List.of("a reply"), roots.get(0).replies().stream().map(n -> n.note().orElseThrow().note()).toList());
            assertEquals(List.of("https://ex.org/u/bo"), roots.get(0).voterIds());
        }
    }
}
