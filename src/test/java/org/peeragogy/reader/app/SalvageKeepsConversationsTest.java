package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;

/**
 * A damaged notes file set aside with {@code recover --start-fresh} (decision 0010) keeps its replies,
 * questions and votes (issue 15): the salvaged notes file carries them, and importing it brings the threads back.
 */
class SalvageKeepsConversationsTest {
    @TempDir
    Path temp;

    private String out = "";

    private int run(Path data, String... args) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("--handbook", TestHandbooks.fixture().toString(),
                "--data-dir", data.toString()));
        all.addAll(List.of(args));
        int code = Main.runCommand(Options.parse(all.toArray(String[]::new)), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void startingFreshAfterDamageKeepsRepliesQuestionsAndVotesInTheSalvagedFile() throws Exception {
        Path data = temp.resolve("data");
        String book;
        try (var h = Handbooks.open(TestHandbooks.fixture())) {
            book = h.book().identity();
        }
        Conversation before;
        try (Database db = Database.open(data)) {
            Annotation q = db.conversation().ask(new AnnotationStore.Draft(book, "gardens", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Who waters?", List.of(), "Ana", Optional.empty()));
            Annotation r = db.conversation().reply(q.id(), "We take turns", "Ana");
            db.conversation().markAnswered(q.id(), r.id());
            db.conversation().vote(r.id(), false, "Ana"); // her own reply: a vote row, withdrawn (decision 0080)
            before = db.conversation().of(book);
        }
        Damage.BAD_HEADER.apply(data.resolve("reader.db"));
        assertEquals(0, run(data, "recover", "--start-fresh"));
        String first = out.lines().findFirst().orElseThrow();
        Path salvaged = Path.of(first.replaceFirst(".* are saved in (.*?\\.peeranotes)\\..*", "$1"));
        assertEquals(0, run(data, "import", salvaged.toString()));
        try (Database db = Database.open(data)) {
            Conversation after = db.conversation().of(book);
            assertEquals(before.links(), after.links());
            assertEquals(before.votes().stream().map(v -> v.noteId() + v.voterId() + v.value() + v.updated()).toList(),
                    after.votes().stream().map(v -> v.noteId() + v.voterId() + v.value() + v.updated()).toList());
            assertTrue(after.votes().get(0).voterId().equals(db.settings().readerId()), "still the reader's vote");
        }
    }
}
