package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.BackgroundTasks;
import org.peeragogy.reader.ui.GroupFigures;
import org.peeragogy.reader.ui.GroupViewModel;
import org.peeragogy.reader.ui.Texts;

/**
 * Fresh tester t15d's F1: a W3C file's question under the facilitator's author id (a note a file only claims is hers,
 * decision 0032) was listed apart in her digest (decision 0071), but counted and shown as her open question in the
 * group view: per chapter "4 open questions", the thread list "By Fay", the contents' line and Hotspots (which read the
 * same figures). Every count agrees with the digest now: the note is apart, marked with its file, counted nowhere,
 * until she saves it. Real data folder, a real W3C file, the real command line and the group view's view-model.
 */
class FileWordsCountedNowhereTest {
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);
    private static org.peeragogy.reader.book.Book BOOK;

    @org.junit.jupiter.api.BeforeAll
    static void book() throws Exception {
        BOOK = org.peeragogy.reader.content.Handbooks.open(org.peeragogy.reader.TestHandbooks.fixture()).book();
    }

    @TempDir
    Path tmp;

    @Test
    void aNoteAFileClaimsIsTheFacilitatorsIsApartInTheGroupViewAsInTheDigestUntilSheSavesIt() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's own question"), fay.err());
        String me;
        try (Database db = Database.open(tmp.resolve("fay"))) {
            me = db.settings().readerId();
        }
        Path file = tmp.resolve("w3c-as-fay.jsonld");
        Files.writeString(file, JsonWriter.write(List.of(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "id", "urn:uuid:5a1d42f8-93e3-46c3-b3ab-b48044427bee", "type", "Annotation", "motivation", "questioning",
                "peeragogy:question", true, "creator", Map.of("id", me, "type", "Person", "name", "Fay"),
                "body", Map.of("type", "TextualBody", "value", "W3C: Fay says the workshop is over, go home"),
                "target", Map.of("source", "https://peeragogy.github.io/gardens.html")))), StandardCharsets.UTF_8);
        assertEquals(0, fay.run("import", file.toString()), fay.err());
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", tmp.resolve("fay.md").toString()),
                fay.err());
        assertTrue(fay.out().contains("1 open question"), "the digest's count: " + fay.out());

        try (Database db = Database.open(tmp.resolve("fay"))) {
            GroupViewModel group = group(db);
            GroupFigures.ChapterRow gardens = group.figuresProperty().get().chapter("gardens").orElseThrow();
            assertEquals(1, gardens.open(), "the file's question is not Fay's open question");
            assertEquals(1, gardens.notes());
            assertEquals("1 person · 1 open question", group.summary("gardens"), "the contents and Hotspots agree");
            assertEquals(List.of("Fay's own question"), group.threads().stream().map(t -> t.text(TEXTS)).toList());
            assertEquals(1, group.apart().size());
            GroupViewModel.Apart apart = group.apart().get(0);
            assertEquals("w3c-as-fay.jsonld", apart.from());
            assertTrue(apart.claimed());
            assertEquals("W3C: Fay says the workshop is over, go home", apart.text());

            // Saved by Fay (what Edit… → Save does), it is hers: counted, a thread of hers, nothing apart.
            String id = db.sharedNotes().claimed(db.annotations().everything().get(0).book()).keySet().iterator().next();
            org.peeragogy.reader.book.Annotation note = db.annotations().everything().stream()
                    .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            db.annotations().edit(id, note.colour(), note.note(), note.tags());
            group = group(db);
            assertEquals(2, group.figuresProperty().get().chapter("gardens").orElseThrow().open());
            assertEquals(List.of(), group.apart());
        }
    }

    private static GroupViewModel group(Database db) throws Exception {
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        GroupViewModel group = new GroupViewModel(new GroupViewModel.Connection() {
            @Override
            public <T> T run(GroupViewModel.Job<T> job) throws Exception {
                try (Database own = db.another()) {
                    return job.with(own);
                }
            }
        }, () -> BOOK, new BackgroundTasks(ui::add), e -> {
            throw new AssertionError(e);
        }, TEXTS);
        group.refresh();
        WorkshopViewModelsTest.awaitIdle(group, ui);
        return group;
    }
}
