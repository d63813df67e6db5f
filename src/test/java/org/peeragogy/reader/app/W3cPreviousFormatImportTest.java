package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * A W3C file exactly as the version before the W3C-tested shape wrote it (our URN as the target's
 * source, the web page as scope, positions and block id among the target's selectors, the fingerprint on
 * the target) still imports onto the right chapter with its position, block and fingerprint.
 */
class W3cPreviousFormatImportTest {
    @TempDir
    Path dir;

    private static final String PREVIOUS = """
            {
              "@context": "http://www.w3.org/ns/anno.jsonld",
              "id": "urn:uuid:7d3f0a52-9a0e-4c11-8f0e-2b6a1c9d4e01",
              "type": "AnnotationCollection",
              "label": "Notes on The Peeragogy Handbook",
              "generator": {"type": "Software", "name": "Peeragogy Reader 0.1.0"},
              "generated": "2026-11-25T10:00:00Z",
              "peeragogy:book": "BOOK",
              "peeragogy:bookFingerprint": "f",
              "total": 2,
              "first": {
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": [
                  {"id": "urn:uuid:7d3f0a52-9a0e-4c11-8f0e-2b6a1c9d4e02", "type": "Annotation",
                   "motivation": "commenting", "creator": {"type": "Person", "name": "Previous Reader"},
                   "created": "2026-11-24T09:00:00Z", "modified": "2026-11-24T09:30:00Z",
                   "peeragogy:kind": "highlight", "peeragogy:colour": "purple",
                   "body": [{"type": "TextualBody", "value": "as it was", "format": "text/plain", "purpose": "commenting"},
                            {"type": "TextualBody", "value": "old", "purpose": "tagging"}],
                   "target": {"source": "urn:peeragogy-reader:BOOK:pattern-wrapper",
                              "scope": "https://peeragogy.github.io/pattern-wrapper.html",
                              "selector": [{"type": "TextQuoteSelector", "exact": "EXACT", "prefix": "", "suffix": ""},
                                           {"type": "TextPositionSelector", "start": START, "end": END},
                                           {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3986",
                                            "value": "p-3"}],
                              "peeragogy:textFingerprint": "print-1"}},
                  {"id": "urn:uuid:7d3f0a52-9a0e-4c11-8f0e-2b6a1c9d4e03", "type": "Annotation",
                   "motivation": "commenting", "creator": {"type": "Person", "name": "Previous Reader"},
                   "created": "2026-11-24T09:00:00Z", "modified": "2026-11-24T09:00:00Z",
                   "peeragogy:kind": "chapter-note", "peeragogy:colour": "blue",
                   "body": [{"type": "TextualBody", "value": "on the wiki", "format": "text/plain", "purpose": "commenting"}],
                   "target": {"source": "urn:peeragogy-reader:BOOK:wiki",
                              "scope": "https://peeragogy.github.io/wiki.html"}}
                ]
              }
            }
            """;

    @Test
    void aFileOfThePreviousShapeImportsOntoItsChaptersWithPositionBlockAndFingerprint() throws Exception {
        String book = ShareFixture.HANDBOOK.book().identity();
        String text = ChapterText.of(ShareFixture.HANDBOOK.render("pattern-wrapper").html()).text();
        int at = text.indexOf("keeping participants");
        Path file = dir.resolve("previous.jsonld");
        Files.writeString(file, PREVIOUS.replace("BOOK", book).replace("EXACT", "keeping participants")
                .replace("START", Integer.toString(text.codePointCount(0, at)))
                .replace("END", Integer.toString(text.codePointCount(0, at + 20))));
        try (Database db = Database.open(dir.resolve("profile"))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            NoteSharing.Preview p = sharing.preview(file);
            assertEquals(2, p.counts().added(), p.counts().summary());
            assertEquals(0, p.counts().unplaced(), p.counts().summary());
            sharing.apply(p);
            List<Annotation> wrapper = db.annotations().chapter(book, "pattern-wrapper");
            assertEquals(1, wrapper.size());
            Annotation a = wrapper.get(0);
            assertEquals("as it was", a.note());
            assertEquals(List.of("old"), a.tags());
            assertEquals("Previous Reader", a.author());
            assertEquals(Annotation.Colour.PURPLE, a.colour());
            assertEquals(at, a.anchor().orElseThrow().position().start());
            assertEquals(at + 20, a.anchor().orElseThrow().position().end());
            assertEquals("p-3", a.anchor().orElseThrow().blockId());
            assertEquals("print-1", a.anchor().orElseThrow().fingerprint());
            assertEquals(1, db.annotations().chapter(book, "wiki").size());
        }
    }
}
