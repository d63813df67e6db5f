package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11: files from other tools are read, not refused. Each shape the W3C Web Annotation model and the
 * Hypothesis API allow, and each kind of content, as a small literal sample through the real import.
 */
class ForeignAnnotationShapesTest {
    private static final String CTX = "\"@context\": \"http://www.w3.org/ns/anno.jsonld\"";
    private static final String PAGE = "https://peeragogy.github.io/pattern-wrapper.html";

    @TempDir
    Path dir;

    record Imported(List<Annotation> notes, NoteSharing.Preview preview) {
        /** The preview's remarks with the file's own id of each item written "*" (these ids are made from hashes). */
        List<String> remarks() {
            return preview.remarks().stream().map(r -> r.replaceFirst(" \\(id [^)]*\\)", " (id *)")).toList();
        }

        Annotation only() {
            assertEquals(1, notes.size(), notes.toString());
            return notes.get(0);
        }
    }

    private Imported importJson(String json) throws Exception {
        Path file = dir.resolve("in" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        try (Database db = Database.open(dir.resolve("p" + System.nanoTime()))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            NoteSharing.Preview preview = sharing.preview(file);
            sharing.apply(preview);
            List<Annotation> notes = db.annotations().book(ShareFixture.HANDBOOK.book().identity()).stream()
                    .sorted(Comparator.comparing(Annotation::chapterId).thenComparing(Annotation::note)).toList();
            assertTrue(sharing.preview(file).counts().changesNothing(), "importing the same file again changes nothing");
            return new Imported(notes, preview);
        }
    }

    private static String annotation(String extra) {
        return "{\"id\": \"https://example.org/anno/" + Math.abs(extra.hashCode()) + "\", \"type\": \"Annotation\","
                + " \"created\": \"2024-02-01T10:00:00Z\", " + extra + "}";
    }

    // ------------------------------------------------------------------ shapes

    @Test
    void aTopLevelArrayOfAnnotationsIsRead() throws Exception {
        Imported i = importJson("[" + annotation("\"bodyValue\": \"one\", \"target\": \"" + PAGE + "\"") + ", "
                + annotation("\"bodyValue\": \"two\", \"target\": \"" + PAGE + "\"") + "]");
        assertEquals(List.of("one", "two"), i.notes().stream().map(Annotation::note).toList());
        assertTrue(i.notes().stream().allMatch(a -> a.chapterId().equals("pattern-wrapper")));
    }

    @Test
    void aBareQuoteThatOccursSeveralTimesInItsChapterIsKeptUnderCouldNotPlaceNotPlacedAtAGuess() throws Exception {
        // Fresh tester t38's F5: "Scrapbook" alone, seven times in its chapter, was highlighted at one of them.
        String bare = "\"bodyValue\": \"which one?\", \"target\": {\"source\": \"" + PAGE + "\", \"selector\":"
                + " {\"type\": \"TextQuoteSelector\", \"exact\": \"participants\"}}";
        Imported several = importJson("[" + annotation(bare) + "]");
        assertEquals(1, several.preview().counts().unplaced(), "the wrapper chapter says 'participants' five times");
        assertEquals("pattern-wrapper", several.only().chapterId(), "kept with its chapter and quote, to re-attach");
        String once = "\"bodyValue\": \"this one\", \"target\": {\"source\": \"" + PAGE + "\", \"selector\":"
                + " {\"type\": \"TextQuoteSelector\", \"exact\": \"keeping participants\"}}";
        assertEquals(0, importJson("[" + annotation(once) + "]").preview().counts().unplaced(), "found once: placed");
    }

    @Test
    void aHypothesisApiSearchResultIsRead() throws Exception {
        String row = """
                {"id": "Hy1", "created": "2024-02-01T10:00:00.000000+00:00", "updated": "2024-02-01T10:00:00.000000+00:00",
                 "user": "acct:kim@hypothes.is", "uri": "%s", "text": "from the API", "tags": ["api"],
                 "group": "__world__", "permissions": {"read": ["group:__world__"]},
                 "target": [{"source": "%s", "selector": [
                   {"type": "TextQuoteSelector", "exact": "keeping participants", "prefix": "", "suffix": ""}]}],
                 "document": {"title": ["Wrapper"]}, "links": {"html": "https://hypothes.is/a/Hy1"}}""".formatted(PAGE, PAGE);
        Annotation a = importJson("{\"total\": 1, \"rows\": [" + row + "]}").only();
        assertEquals("pattern-wrapper", a.chapterId());
        assertEquals("kim", a.author());
        assertEquals(List.of("api"), a.tags());
        assertEquals(Annotation.Kind.HIGHLIGHT, a.kind());
        assertEquals("from the API", importJson("[" + row + "]").only().note(), "a bare array of rows");
    }

    @Test
    void anAnnotationWithoutCreatedIsRead() throws Exception {
        Annotation a = importJson("{" + CTX + ", \"id\": \"https://example.org/anno/x\", \"type\": \"Annotation\","
                + " \"modified\": \"2024-03-01T08:00:00Z\", \"bodyValue\": \"undated\", \"target\": \"" + PAGE + "\"}").only();
        assertEquals(Instant.parse("2024-03-01T08:00:00Z"), a.created());
        assertEquals("undated", a.note());
    }

    @Test
    void aBodyThatIsAnIriIsKeptAsItsAddress() throws Exception {
        Annotation a = importJson("{" + CTX + ", " + annotation("\"body\": \"https://example.org/video/1\", \"target\": \""
                + PAGE + "\"").substring(1)).only();
        assertEquals("https://example.org/video/1", a.note());
        assertEquals(Annotation.Kind.CHAPTER_NOTE, a.kind());
    }

    @Test
    void typeAsAnArrayAndContextAsAnArrayOrHttpsAreRead() throws Exception {
        String json = "{\"@context\": [\"https://www.w3.org/ns/anno.jsonld\", {\"ex\": \"https://example.org/\"}],"
                + " \"id\": \"https://example.org/anno/t\", \"type\": [\"Annotation\", \"ex:Thing\"],"
                + " \"created\": \"2024-02-01T10:00:00Z\", \"bodyValue\": \"typed\", \"target\": \"" + PAGE + "\"}";
        assertEquals("typed", importJson(json).only().note());
        assertEquals("https", importJson("{\"@context\": \"https://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\","
                + " \"id\": \"https://example.org/anno/h\", \"bodyValue\": \"https\", \"target\": \"" + PAGE + "\"}").only().note());
    }

    @Test
    void datesWithoutATimeZoneAreUtcAndCompactOffsetsAreRead() throws Exception {
        Imported i = importJson("[" + "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:x:1\","
                + " \"type\": \"Annotation\", \"created\": \"2024-02-01T10:00:00\", \"bodyValue\": \"a\", \"target\": \"" + PAGE + "\"},"
                + "{\"id\": \"urn:x:2\", \"type\": \"Annotation\", \"created\": \"2024-02-01T10:00:00+0100\","
                + " \"bodyValue\": \"b\", \"target\": \"" + PAGE + "\"}]");
        assertEquals(Instant.parse("2024-02-01T10:00:00Z"), i.notes().get(0).created());
        assertEquals(Instant.parse("2024-02-01T09:00:00Z"), i.notes().get(1).created());
    }

    @Test
    void anAnnotationSetWhoseItemsAreAnnotationsIsRead() throws Exception {
        String json = "{" + CTX + ", \"id\": \"https://example.org/set\", \"type\": \"AnnotationCollection\","
                + " \"label\": \"a set\", \"items\": [" + annotation("\"bodyValue\": \"in a set\", \"target\": \"" + PAGE + "\"") + "]}";
        assertEquals("in a set", importJson(json).only().note());
    }

    // ------------------------------------------------------------------ content

    @Test
    void aChoiceBodyKeepsItsFirstItemAndListsTheOthersAsNotKept() throws Exception {
        Imported i = importJson("{" + CTX + ", " + annotation("""
                "body": {"type": "Choice", "items": [
                  {"type": "TextualBody", "value": "Hello", "language": "en"},
                  {"type": "TextualBody", "value": "Bonjour", "language": "fr"}]},
                "target": "%s\"""".formatted(PAGE)).substring(1));
        assertEquals("Hello", i.only().note());
        assertEquals(List.of("Not kept: annotation 1 (id *): 1 other choice of a Choice body (the first is kept)"),
                i.remarks());
    }

    @Test
    void anHtmlBodyIsKeptAsItsTextNeverAsMarkup() throws Exception {
        Annotation a = importJson("{" + CTX + ", " + annotation("""
                "body": {"type": "TextualBody", "format": "text/html",
                         "value": "<p>Read <b>this</b> &amp; that</p><script>alert(1)</script><p>twice</p>"},
                "target": "%s\"""".formatted(PAGE)).substring(1)).only();
        assertEquals("Read this & that\n\ntwice", a.note());
        assertFalse(a.note().contains("<"));
    }

    @Test
    void aQuoteInsideRefinedByPlacesTheHighlight() throws Exception {
        Imported i = importJson("{" + CTX + ", " + annotation("""
                "target": {"source": "%s", "selector": {"type": "FragmentSelector", "value": "para-7",
                  "refinedBy": {"type": "TextQuoteSelector", "exact": "keeping participants"}}}""".formatted(PAGE))
                .substring(1));
        Annotation a = i.only();
        assertEquals(Annotation.Kind.HIGHLIGHT, a.kind());
        assertEquals("keeping participants", a.quote());
        assertEquals("", a.anchor().orElseThrow().blockId(), "another page's fragment names no block of ours");
        assertEquals(0, i.preview().counts().unplaced());
    }

    @Test
    void everyTargetIsKeptAsANoteOfItsOwn() throws Exception {
        Imported i = importJson("{" + CTX + ", " + annotation("\"bodyValue\": \"both\", \"target\": [\"" + PAGE
                + "\", \"https://peeragogy.github.io/action.html\"]").substring(1));
        assertEquals(List.of("action", "pattern-wrapper"), i.notes().stream().map(Annotation::chapterId).toList());
        assertTrue(i.notes().stream().allMatch(a -> a.note().equals("both")));
    }

    @Test
    void bookmarkingIsABookmarkNotAYellowHighlight() throws Exception {
        Annotation a = importJson("{" + CTX + ", " + annotation("""
                "motivation": "bookmarking", "target": {"source": "%s",
                  "selector": {"type": "TextQuoteSelector", "exact": "keeping participants"}}""".formatted(PAGE))
                .substring(1)).only();
        assertEquals(Annotation.Kind.BOOKMARK, a.kind());
    }

    @Test
    void coloursAndTagsAsSpecificResourcesOrTaggingBodiesAreKept() throws Exception {
        Imported i = importJson("[" + annotation("""
                "body": [{"type": "SpecificResource", "purpose": "tagging", "source": "https://example.org/tags/peer%%20learning"},
                         {"type": "TextualBody", "purpose": ["tagging"], "value": "roles"},
                         {"type": "TextualBody", "purpose": "commenting", "value": "styled"}],
                "stylesheet": {"type": "CssStylesheet", "value": ".green { background: green }"},
                "target": {"type": "SpecificResource", "source": "%s", "styleClass": "green"}""".formatted(PAGE)) + ", "
                + annotation("""
                "body": [{"type": "TextualBody", "purpose": "classifying", "value": "pink"},
                         {"type": "TextualBody", "value": "classified"}],
                "target": "%s\"""".formatted(PAGE)) + "]");
        Annotation styled = i.notes().get(1);
        assertEquals("styled", styled.note());
        assertEquals(Annotation.Colour.GREEN, styled.colour());
        assertEquals(List.of("peer learning", "roles"), styled.tags());
        assertEquals(Annotation.Colour.PINK, i.notes().get(0).colour());
        assertEquals("classified", i.notes().get(0).note());
    }

    @Test
    void aBodyByAnotherCreatorIsListedAsNotKept() throws Exception {
        Imported i = importJson("{" + CTX + ", " + annotation("""
                "creator": {"type": "Person", "name": "Ana"},
                "body": {"type": "TextualBody", "value": "reply", "creator": {"type": "Person", "name": "Bo"}},
                "target": "%s\"""".formatted(PAGE)).substring(1));
        assertEquals("Ana", i.only().author());
        assertEquals(List.of("Not kept: annotation 1 (id *): the author of a body, Bo (the note is kept as Ana's)"),
                i.remarks());
    }

    @Test
    void aGithubPagesAddressWithoutHtmlOrWithATrailingSlashIsTheChapter() throws Exception {
        Imported i = importJson("[" + annotation("\"bodyValue\": \"no html\", \"target\": \"https://peeragogy.github.io/pattern-wrapper\"")
                + ", " + annotation("\"bodyValue\": \"slash\", \"target\": \"https://peeragogy.github.io/action/\"") + "]");
        assertEquals(List.of("action", "pattern-wrapper"), i.notes().stream().map(Annotation::chapterId).toList());
        assertEquals(0, i.preview().counts().unplaced());
    }

    @Test
    void aPositionFromAnotherToolsPageIsOnlyAHint() throws Exception {
        Imported i = importJson("{" + CTX + ", " + annotation("""
                "target": {"source": "%s", "selector": [
                  {"type": "TextPositionSelector", "start": 3, "end": 23},
                  {"type": "TextQuoteSelector", "exact": "keeping participants"}]}""".formatted(PAGE)).substring(1));
        assertEquals("keeping participants", i.only().quote());
        assertEquals(0, i.preview().counts().unplaced(), "placed by its quote, whatever the other page counted");
    }
}
