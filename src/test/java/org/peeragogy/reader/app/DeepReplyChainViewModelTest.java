package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SteppingClock;
import org.peeragogy.reader.ui.ConversationViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.SaveQueue;
import org.peeragogy.reader.ui.Texts;

/**
 * Fresh tester t15's F14: one reply chain 20,000 deep (each reply answering the one before, under a question) froze
 * the window for 40 s at each choice of a note: the notes panel asks, for the chosen note, which question of the
 * reader's it would answer, and that walked up the chain searching every note at each step. On real SQLite, the
 * chain arriving as another tool's W3C file.
 */
class DeepReplyChainViewModelTest {
    private static final int DEPTH = 20_000;
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);
    private static final String BO = java.util.UUID.nameUUIDFromBytes("Bo".getBytes()).toString();
    @TempDir
    Path tmp;
    private Handbook handbook;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        handbook = Handbooks.open(TestHandbooks.fixture());
        db = Database.open(tmp.resolve("ana"));
        db.useClock(new SteppingClock(Instant.parse("2026-11-01T10:00:00Z")));
        db.settings().putReaderName("Ana");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        handbook.close();
    }

    /** The id of Bo's reply number {@code i} of the chain. */
    private static String reply(int i) {
        return java.util.UUID.nameUUIDFromBytes(("reply " + i).getBytes()).toString();
    }

    /**
     * Every note of the chain says which question of the reader's it would answer (the one at its top) and is found
     * by its id; all 20,000 asked, as a reader moving down the list would. Before, each answer cost a search of the
     * whole list per step up: 20,000 × 20,000 × 20,000 / 2 look-ups, which the time limit (a safety net only, many
     * times what the answers take now) stops.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyReplyOfAChainTwentyThousandDeepFindsTheQuestionAtItsTop() throws Exception {
        List<String> problems = new ArrayList<>();
        NotesViewModel notes = new NotesViewModel(db.annotations(), db.settings(), problems::add, TEXTS);
        ConversationViewModel talk = new ConversationViewModel(db.conversation(), db.conversation(), db.settings(),
                notes, SaveQueue.inline(problems::add), problems::add, TEXTS);
        ChapterText text = ChapterText.of(handbook.render("gardens").html());
        Runnable show = () -> {
            talk.chapterShown(handbook.book().identity(), "gardens", text);
            notes.chapterShown(handbook.book().identity(), "gardens", text);
        };
        show.run();
        talk.ask("Which depth won?", false, () -> { });
        String question = talk.entries().get(0).annotation().id();

        // Bo's file, as the reader writes one: each reply's target is the note it answers, with the chapter.
        Path file = tmp.resolve("bo-chain.jsonld");
        String chapter = "urn:peeragogy-reader:" + handbook.book().identity() + ":gardens";
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < DEPTH; i++) {
            String parent = i == 0 ? question : reply(i - 1);
            json.append(i == 0 ? "" : ",\n").append("""
                    {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:%s", "type": "Annotation",
                     "motivation": "replying", "created": "2026-11-01T11:00:00Z", "modified": "2026-11-01T11:00:00Z",
                     "creator": {"id": "urn:uuid:%s", "type": "Person", "name": "Bo"},
                     "peeragogy:kind": "chapter-note", "peeragogy:colour": "yellow",
                     "body": [{"type": "TextualBody", "value": "reply %d", "format": "text/plain"}],
                     "target": {"id": "urn:uuid:%s", "peeragogy:readerTarget": {"type": "SpecificResource",
                       "source": "%s"}}}"""
                    .formatted(reply(i), BO, i, parent, chapter));
        }
        Files.writeString(file, json.append("]"));
        NoteSharing sharing = new NoteSharing(db, new HandbookChapters(handbook), "test");
        sharing.apply(sharing.preview(file));
        show.run();

        List<ConversationViewModel.Entry> entries = List.copyOf(talk.entries());
        assertEquals(DEPTH + 1, entries.size(), "the question and its chain");
        assertEquals(List.of(), problems);
        ConversationViewModel.Entry deepest = entries.get(DEPTH);
        assertEquals("reply " + (DEPTH - 1), deepest.annotation().note());
        assertEquals(DEPTH, deepest.depth());
        // From the deepest up, as End then Up in the list; then from the top down.
        for (int i = DEPTH; i >= 1; i--) {
            String id = entries.get(i).annotation().id();
            assertEquals(Optional.of(question), talk.questionFor(id), "reply " + (i - 1));
            assertEquals(Optional.of(entries.get(i)), talk.entry(id));
        }
        assertEquals(Optional.empty(), talk.questionFor(question), "nothing above the question");
    }
}
