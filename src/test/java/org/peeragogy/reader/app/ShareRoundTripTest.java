package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ShareStore;

class ShareRoundTripTest {
    @TempDir
    Path tmp;

    private List<Annotation> sample(Database db) throws Exception {
        ShareFixture.highlight(db, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "line one\nline two", "wrap", "roles");
        ShareFixture.highlightBy(db, "pattern-wrapper", 3, "Bo", ShareFixture.BO, Annotation.Colour.PINK, "");
        ShareFixture.highlight(db, "action", 5, "Ana", Annotation.Colour.YELLOW, "<script>alert(1)</script> é 😀", "x");
        ShareFixture.chapterNoteBy(db, "wiki", "Bo", ShareFixture.BO, "about the wiki");
        Annotation gone = ShareFixture.highlight(db, "action", 9, "Ana", Annotation.Colour.BLUE, "zqx deleted note");
        db.annotations().delete(gone.id());
        return sorted(db.annotations().everything());
    }

    private static List<Annotation> sorted(List<Annotation> l) {
        return l.stream().sorted(Comparator.comparing(Annotation::id)).toList();
    }

    private void roundTrip(NoteSharing.Format format) throws Exception {
        Path file = tmp.resolve("out" + format.extension());
        List<Annotation> before;
        try (Database a = Database.open(tmp.resolve("a"))) {
            before = sample(a);
            ShareFixture.sharing(a).export(format, file, ExportFilter.ALL);
        }
        try (Database b = Database.open(tmp.resolve("b"))) {
            NoteSharing s = ShareFixture.sharing(b);
            // Taken whole, as its writer would: a W3C file says no writer, so its deletions (the tombstone) and the
            // like come in by choice (decision 0069, amended for t15d's M1); a notes file says Ana's writer.
            NoteSharing.Preview p = s.previewByHand(file, true, true).preview();
            assertEquals(4, p.counts().added(), p.counts().summary());
            assertEquals(0, p.counts().unplaced(), p.counts().summary());
            assertTrue(b.annotations().everything().isEmpty(), "preview changes nothing");
            ShareStore.Applied done = s.apply(p);
            assertTrue(done.batchId().isPresent());
            assertEquals(before, sorted(b.annotations().everything()));
            assertEquals(Set.of("Ana", "Bo"), b.authors().list().stream().map(AuthorStore.Author::name)
                    .collect(Collectors.toSet()));
            assertEquals(1, b.search().search(ShareFixture.HANDBOOK.book().identity(), "wiki", 10).stream()
                    .filter(h -> h.annotationId().isPresent()).count(), "imported notes are searchable");
            // Same file again: nothing to do, nothing written.
            ShareStore.Applied again = s.apply(s.previewByHand(file, true, true).preview());
            assertTrue(again.batchId().isEmpty());
            assertEquals(5, again.plan().counts().unchanged(), again.plan().counts().summary());
            // One undo reverts the whole import.
            s.undoImport(done.batchId().getAsLong());
            assertTrue(b.annotations().everything().isEmpty());
            assertTrue(b.search().search(ShareFixture.HANDBOOK.book().identity(), "wiki", 10).stream()
                    .noneMatch(h -> h.annotationId().isPresent()));
        }
    }

    @Test
    void notesFileRoundTripKeepsNotesSelectorsAuthorsTagsAndTombstones() throws Exception {
        roundTrip(NoteSharing.Format.NOTES);
    }

    @Test
    void w3cRoundTripKeepsNotesSelectorsAuthorsTagsAndTombstones() throws Exception {
        roundTrip(NoteSharing.Format.W3C);
    }

    @Test
    void w3cExportIsAnAnnotationCollectionWithCodePointPositions() throws Exception {
        Path file = tmp.resolve("n.jsonld");
        try (Database a = Database.open(tmp.resolve("a"))) {
            sample(a);
            ShareFixture.sharing(a).export(NoteSharing.Format.W3C, file, ExportFilter.ALL);
        }
        String json = Files.readString(file);
        assertTrue(json.contains("\"@context\": \"http://www.w3.org/ns/anno.jsonld\""));
        assertTrue(json.contains("\"type\": \"AnnotationCollection\""));
        assertTrue(json.contains("\"id\": \"urn:uuid:"));
        assertTrue(json.contains("\"purpose\": \"tagging\""));
        assertTrue(json.contains("\"type\": \"TextPositionSelector\""));
        assertTrue(json.contains("\"source\": \"urn:peeragogy-reader:peeragogy-handbook-en-3:pattern-wrapper\""));
    }

    @Test
    void markdownHasEveryQuoteAndNoteInBookOrderWithScriptsEscaped() throws Exception {
        Path file = tmp.resolve("n.md");
        List<Annotation> live;
        try (Database a = Database.open(tmp.resolve("a"))) {
            sample(a);
            live = a.annotations().book(ShareFixture.HANDBOOK.book().identity());
            ShareFixture.sharing(a).export(NoteSharing.Format.MARKDOWN, file, ExportFilter.ALL);
        }
        String md = Files.readString(file);
        String text = MarkdownExportSafetyTest.renderedText(md);
        for (Annotation x : live) {
            assertTrue(text.contains(MarkdownExportSafetyTest.squash(x.quote().split("\n")[0])), x.quote());
            assertTrue(text.contains(MarkdownExportSafetyTest.squash(x.note())), x.note());
        }
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<script").matcher(md).find(), "every < is escaped");
        assertFalse(md.contains("zqx deleted note"), "deleted notes are not exported");
        assertTrue(text.contains("Tags: roles, wrap"));
    }

    @Test
    void exportFiltersByAuthorAndColour() throws Exception {
        Path file = tmp.resolve("bo.peeranotes");
        try (Database a = Database.open(tmp.resolve("a"))) {
            sample(a);
            org.peeragogy.reader.share.Exported e = ShareFixture.sharing(a).export(NoteSharing.Format.NOTES, file,
                    new ExportFilter(Set.of(), Set.of(Annotation.Colour.PINK), Set.of(), Set.of("Bo")));
            assertEquals(1, e.notes());
        }
    }
}
