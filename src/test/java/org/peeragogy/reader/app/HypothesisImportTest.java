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
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/** A Hypothesis export of notes made on peeragogy.org, imported into the reader. */
class HypothesisImportTest {
    @TempDir
    Path dir;

    /** One annotation as Hypothesis exports it, on a quote taken from the real chapter. */
    private static Map<String, Object> annotation(String id, String uri, String exact, String prefix, String suffix,
                                                  String text, List<String> tags) {
        return Map.of("id", id, "created", "2021-03-01T10:00:00.000000+00:00",
                "updated", "2021-03-02T11:00:00.000000+00:00", "user", "acct:joe@hypothes.is", "uri", uri,
                "text", text, "tags", tags,
                "target", List.of(Map.of("source", uri, "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", exact, "prefix", prefix, "suffix", suffix)))));
    }

    private Path export(Map<String, Object> root) throws Exception {
        Path file = dir.resolve("hypothesis.json");
        Files.writeString(file, JsonWriter.write(root), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void hypothesisNotesArriveInTheirChapterWithTheirAuthorTagsAndPlace() throws Exception {
        String text = ChapterText.of(ShareFixture.HANDBOOK.render("pattern-wrapper").html()).text();
        int at = text.indexOf("keeping participants");
        Path file = export(Map.of("export_date", "2021-04-01T00:00:00Z", "annotations", List.of(
                annotation("AbC123hyp", "https://peeragogy.github.io/pattern-wrapper.html", "keeping participants",
                        text.substring(Math.max(0, at - 20), at), text.substring(at + 20, at + 40),
                        "A note from the web", List.of("roles")),
                annotation("ZzZ999hyp", "https://example.org/not-the-handbook", "some words", "", "",
                        "Made on another site", List.of()))));
        try (Database db = Database.open(dir.resolve("profile"))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            NoteSharing.Preview preview = sharing.preview(file);
            assertEquals(2, preview.counts().added(), preview.counts().summary());
            assertEquals(1, preview.counts().unplaced(), preview.counts().summary());
            sharing.apply(preview);
            List<Annotation> inChapter = db.annotations().chapter(ShareFixture.HANDBOOK.book().identity(), "pattern-wrapper");
            assertEquals(1, inChapter.size());
            Annotation a = inChapter.get(0);
            assertEquals("joe", a.author());
            assertEquals("A note from the web", a.note());
            assertEquals(List.of("roles"), a.tags());
            assertEquals("keeping participants", a.quote());
            assertEquals(2, db.annotations().book(ShareFixture.HANDBOOK.book().identity()).size(),
                    "the note from another site is kept, never dropped");
            assertTrue(sharing.preview(file).counts().changesNothing(), "importing the same export again changes nothing");
        }
    }
}
