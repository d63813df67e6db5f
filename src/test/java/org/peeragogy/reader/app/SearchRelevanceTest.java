package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SearchHit;
import org.peeragogy.reader.store.SearchIndex;

/** Search over the real handbook, indexed once for the class. */
@NeedsRealHandbook
class SearchRelevanceTest {
    @TempDir
    static Path dir;
    private static Handbook handbook;
    private static Database db;
    private static String book;

    @BeforeAll
    static void index() throws Exception {
        handbook = Handbooks.open(TestHandbooks.real());
        db = Database.open(dir);
        book = handbook.book().identity();
        assertTrue(db.search().ensureIndexed(handbook.book(), SearchUnits.of(handbook), SearchIndex.Progress.NONE));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
        handbook.close();
    }

    private static List<SearchHit> find(String q) throws Exception {
        return db.search().search(book, q, 20);
    }

    @Test
    void theWrapperPatternIsTheFirstHitForWrapperRole() throws Exception {
        List<SearchHit> hits = find("wrapper role");
        assertEquals("pattern-wrapper", hits.get(0).chapterId(), hits.toString());
        assertEquals("Wrapper", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("\u0002"), hits.get(0).snippet());
    }

    @Test
    void aSnippetKeepsTheSpaceBetweenAFootnoteNumberAndTheNextWord() throws Exception {
        // pattern-wrapper: "…then see what questions they ask.<sup>1</sup>\nWrapper is both a role…"
        SearchHit hit = find("questions they ask").stream().filter(h -> h.chapterId().equals("pattern-wrapper"))
                .findFirst().orElseThrow();
        assertTrue(hit.snippet("", "").contains("ask.1 Wrapper is"), hit.snippet());
    }

    @Test
    void aSearchForARealChaptersTitleListsOnlyHitsThatShowEveryWord() throws Exception {
        for (String title : List.of("Pattern audit routine", "Foreword by Howard Rheingold", "Wrapper")) {
            List<SearchHit> hits = find(title);
            assertFalse(hits.isEmpty(), title);
            for (SearchHit h : hits) {
                for (String word : title.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                    assertTrue(h.snippet("", "").toLowerCase(java.util.Locale.ROOT).contains(word), title + ": " + h);
                }
            }
        }
    }

    @Test
    void theSphinxCaseStudyIsTheFirstHitForItsName() throws Exception {
        List<SearchHit> hits = find("5PH1NX");
        assertEquals("sphinx", hits.get(0).chapterId(), hits.toString());
    }

    @Test
    void aPrefixFindsTheWholeWord() throws Exception {
        List<SearchHit> hits = find("collab");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> h.snippet("[", "]").toLowerCase().contains("[collaboration]")),
                hits.toString());
    }

    @Test
    void aQuotedPhraseFindsOnlyTheWordsTogether() throws Exception {
        List<SearchHit> phrase = find("\"wrapper role\"");
        List<SearchHit> words = find("role wrapper");
        assertTrue(words.size() > phrase.size(), words.size() + " " + phrase.size());
        for (SearchHit h : phrase) {
            assertTrue(h.snippet("[", "]").toLowerCase().matches("(?s).*\\[wrapper\\]\\W+\\[role\\].*"), h.snippet());
        }
    }

    @Test
    void theIndexIsBuiltOnceForTheSameHandbook() throws Exception {
        assertTrue(db.search().isIndexed(handbook.book()));
        int[] steps = {0};
        assertFalse(db.search().ensureIndexed(handbook.book(), SearchUnits.of(handbook), (d, t) -> steps[0]++));
        assertEquals(0, steps[0]);
    }

    @Test
    void aHighlightsNoteIsFoundWithItsAnnotationIdUntilDeleted() throws Exception {
        ChapterText text = ChapterText.of(handbook.render("pattern-wrapper").html());
        var at = Anchoring.findQuote(text, "find at least one person").match().orElseThrow();
        Annotation a = db.annotations().create(new AnnotationStore.Draft(book, "pattern-wrapper",
                Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW, "Ask Xiomara on Thursday", List.of("todo"), "Ana",
                Optional.of(Anchoring.describe(text, at.start(), at.end()))));
        List<SearchHit> hits = find("xiomara");
        assertEquals(1, hits.size());
        assertEquals(SearchHit.Kind.NOTE, hits.get(0).kind());
        assertEquals(Optional.of(a.id()), hits.get(0).annotationId());
        assertEquals("b1", hits.get(0).blockId());
        assertEquals("Wrapper", hits.get(0).title());
        Annotation before = db.annotations().delete(a.id());
        assertEquals(List.of(), find("xiomara"));
        db.annotations().restore(before);
        assertEquals(1, find("xiomara").size());
        db.annotations().edit(a.id(), Annotation.Colour.BLUE, "Ask Wilhelmina instead", List.of());
        assertEquals(List.of(), find("xiomara"));
        assertEquals(1, find("wilhelmina").size());
        db.annotations().delete(a.id());
    }
}
