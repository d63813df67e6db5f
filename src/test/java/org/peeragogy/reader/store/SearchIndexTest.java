package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.IndexSource;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.book.Part;

/** The index on a tiny generated book: folding, prefixes, phrases, notes, hostile text, reuse. */
class SearchIndexTest {
    @TempDir
    Path dir;
    private Database db;
    private SearchIndex search;

    /** Three chapters; every passage is made up here (never the handbook's text). */
    static final Map<String, List<IndexedUnit>> UNITS = Map.of(
            "intro", List.of(
                    unit("intro", "h", IndexedUnit.Kind.TITLE, "Welcome"),
                    unit("intro", "b1", IndexedUnit.Kind.PASSAGE, "La peeragogía es aprender entre pares."),
                    unit("intro", "b2", IndexedUnit.Kind.PASSAGE, "Collaboration starts with a small group.")),
            "roles", List.of(
                    unit("roles", "", IndexedUnit.Kind.TITLE, "Roles"),
                    unit("roles", "who", IndexedUnit.Kind.HEADING, "Who does what"),
                    unit("roles", "b1", IndexedUnit.Kind.PASSAGE, "The wrapper role summarises the week."),
                    unit("roles", "b2", IndexedUnit.Kind.PASSAGE, "A role can wrap many things; a wrapper is rare.")),
            "misc", List.of(
                    unit("misc", "", IndexedUnit.Kind.TITLE, "Miscellany"),
                    unit("misc", "b1", IndexedUnit.Kind.PASSAGE, "Nothing here about that topic at all.")));

    private static IndexedUnit unit(String chapter, String block, IndexedUnit.Kind kind, String text) {
        return new IndexedUnit(chapter, block, kind, text);
    }

    static Book book(String fingerprint) {
        return new Book("tiny-book", "Tiny", fingerprint, List.of(new Part("All", List.of(
                new Chapter("intro", "1", "Welcome", "All", "intro.md"),
                new Chapter("roles", "2", "Roles", "All", "roles.md"),
                new Chapter("misc", "3", "Miscellany", "All", "misc.md")))));
    }

    static final class CountingSource implements IndexSource {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public List<IndexedUnit> units(Chapter chapter) {
            calls.incrementAndGet();
            return UNITS.get(chapter.id());
        }

        @Override
        public String version() {
            return "test-1";
        }
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        search = db.search();
        search.ensureIndexed(book("fp-1"), new CountingSource(), SearchIndex.Progress.NONE);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<SearchHit> find(String q) throws StoreException {
        return search.search("tiny-book", q, 20);
    }

    private static List<String> places(List<SearchHit> hits) {
        return hits.stream().map(h -> h.chapterId() + "#" + h.blockId()).toList();
    }

    @Test
    void caseAndAccentsDoNotMatter() throws Exception {
        List<SearchHit> hits = find("PEERAGOGIA");
        assertEquals(List.of("intro#b1"), places(hits));
        assertEquals("La \u0002peeragogía\u0003 es aprender entre pares.", hits.get(0).snippet());
        assertEquals(List.of("intro#b1"), places(find("Peeragogía")));
    }

    @Test
    void theLastWordIsAPrefix() throws Exception {
        List<SearchHit> hits = find("collab");
        assertEquals(List.of("intro#b2"), places(hits));
        assertTrue(hits.get(0).snippet("[", "]").contains("[Collaboration]"), hits.get(0).snippet());
        assertEquals(List.of(), places(find("collab ")), "a finished word is a whole word");
        assertEquals(List.of(), places(find("collab group")), "only the last word is a prefix");
        assertEquals(List.of("intro#b2"), places(find("small gro")));
    }

    @Test
    void quotedWordsAreAPhrase() throws Exception {
        assertEquals(List.of("roles#b1", "roles#b2"), places(find("wrapper role")));
        assertEquals(List.of("roles#b1"), places(find("\"wrapper role\"")));
        assertEquals(List.of("roles#b1"), places(find("\u201Cwrapper role\u201D")));
    }

    @Test
    void aHeadingIsFoundAsItself() throws Exception {
        List<SearchHit> hits = find("who");
        assertEquals(List.of("roles#who"), places(hits));
        assertTrue(hits.get(0).snippet().contains("\u0002Who\u0003"), hits.get(0).snippet());
        assertEquals("Roles", hits.get(0).title());
        assertEquals(SearchHit.Kind.CHAPTER, hits.get(0).kind());
    }

    @Test
    void hitsAreGroupedByChapterBestChapterFirst() throws Exception {
        note("intro", "a role for everyone", "small group");
        List<SearchHit> hits = find("role");
        // "role" is a prefix of the title "Roles", which counts most; then roles's passages, then intro's note.
        assertEquals(List.of("roles#", "roles#b1", "roles#b2", "intro#b3"), places(hits));
        assertTrue(hits.get(0).rank() <= hits.get(1).rank() && hits.get(1).rank() <= hits.get(2).rank());
    }

    private Annotation note(String chapter, String text, String quote, String... tags) throws StoreException {
        return db.annotations().create(new AnnotationStore.Draft("tiny-book", chapter, Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.BLUE, text, List.of(tags), "Ana",
                Optional.of(AnnotationStoreTest.anchor(quote, 4))));
    }

    private List<SearchHit> notes(String q) throws StoreException {
        return find(q).stream().filter(h -> h.kind() == SearchHit.Kind.NOTE).toList();
    }

    @Test
    void aSavedNoteIsFoundDeletedIsNotRestoredIsAgain() throws Exception {
        Annotation a = note("roles", "Ask Zanele to take the rotating duty", "wrapper role", "planning");
        List<SearchHit> hits = notes("zanele");
        assertEquals(1, hits.size());
        assertEquals(Optional.of(a.id()), hits.get(0).annotationId());
        assertEquals("roles", hits.get(0).chapterId());
        assertEquals("b3", hits.get(0).blockId());
        assertEquals("Roles", hits.get(0).title());
        assertEquals("Ask \u0002Zanele\u0003 to take the rotating duty", hits.get(0).snippet());
        assertEquals(1, notes("planning").size(), "tags are indexed");
        assertEquals(1, notes("wrapper role").size(), "the quote is indexed");

        Annotation before = db.annotations().delete(a.id());
        assertEquals(List.of(), notes("zanele"));
        assertEquals(List.of(), notes("planning"));
        db.annotations().restore(before);
        assertEquals(1, notes("zanele").size());
    }

    @Test
    void anEditedNoteIsFoundByItsNewWordsOnly() throws Exception {
        Annotation a = note("intro", "first thoughts about otters", "small group");
        db.annotations().edit(a.id(), Annotation.Colour.PINK, "second thoughts about beavers", List.of("rodents"));
        assertEquals(List.of(), notes("otters"));
        assertEquals(1, notes("beavers").size());
        assertEquals(1, notes("rodents").size());
    }

    @Test
    void reattachingIndexesTheNewQuote() throws Exception {
        Annotation a = note("intro", "", "small group");
        db.annotations().reattach(a.id(), AnnotationStoreTest.anchor("entre pares", 20));
        assertEquals(List.of(), notes("small group"));
        assertEquals(1, notes("pares").size());
    }

    @Test
    void notesOfAnotherBookAreNotFound() throws Exception {
        db.annotations().create(new AnnotationStore.Draft("other-book", "roles", Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, "quokka", List.of(), "Ana", Optional.empty()));
        assertEquals(List.of(), find("quokka"));
        assertEquals(1, search.search("other-book", "quokka", 5).size());
    }

    static final List<String> HOSTILE = List.of("\"", "\"unbalanced", "AND", "NOT", "OR", "NEAR", "*", "-", ":", "^",
            "()", "col:", "a AND (", "NEAR(a b)", "title:wrapper", "-wrapper", "wrapper*", "^wrapper", "\"\"\"",
            "\uD83D\uDE00", "wrapper \uD83D\uDE00 role", "'; DROP TABLE annotation; --", "\u0000\u0002\u0003", "\\", "%_",
            "a".repeat(10_000), "wrapper ".repeat(1_250), "\"a ".repeat(3_000), "\uD83D", "", "   ");

    @Test
    void anyTextSearchesAsPlainWordsAndChangesNothing() throws Exception {
        note("roles", "an AND note", "wrapper role");
        String before = dump();
        for (String q : HOSTILE) {
            List<SearchHit> hits = find(q);
            assertTrue(hits.size() <= 20, q);
        }
        assertEquals(before, dump());
        assertEquals(List.of("roles#b1", "roles#b2"), places(find("-wrapper")).subList(0, 2));
        assertEquals(1, notes("AND").size(), "a bare AND is a word");
    }

    /** Every row of the ordinary tables and the number of rows in the search tables. */
    private String dump() throws Exception {
        StringBuilder b = new StringBuilder();
        try (Statement s = db.connection().createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master ORDER BY name")) {
                while (rs.next()) {
                    b.append(rs.getString(1)).append(rs.getString(2)).append('\n');
                    tables.add(rs.getString(1));
                }
            }
            for (String t : List.of("annotation", "annotation_tag", "search_book", "search_note_row", "search_text",
                    "search_note")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void theSameFingerprintIsNotIndexedAgain() throws Exception {
        CountingSource source = new CountingSource();
        AtomicInteger progress = new AtomicInteger();
        assertFalse(search.ensureIndexed(book("fp-1"), source, (d, t) -> progress.incrementAndGet()));
        assertEquals(0, source.calls.get());
        assertEquals(0, progress.get());
        assertTrue(search.isIndexed(book("fp-1")));
        assertFalse(search.isIndexed(book("fp-2")));
    }

    @Test
    void aChangedFingerprintRebuildsWithProgress() throws Exception {
        CountingSource source = new CountingSource();
        List<String> steps = new ArrayList<>();
        assertTrue(search.ensureIndexed(book("fp-2"), source, (d, t) -> steps.add(d + "/" + t)));
        assertEquals(3, source.calls.get());
        assertEquals(List.of("0/4", "1/4", "2/4", "3/4", "4/4"), steps);
        assertTrue(search.isIndexed(book("fp-2")));
        assertFalse(search.isIndexed(book("fp-1")));
        assertEquals(List.of("intro#b1"), places(find("peeragogia")), "one index per book: no duplicates");
    }

    @Test
    void theIndexOutlivesTheDatabaseConnection() throws Exception {
        db.close();
        db = Database.open(dir);
        search = db.search();
        assertTrue(search.isIndexed(book("fp-1")));
        assertEquals(List.of("intro#b1"), places(find("peeragogia")));
    }

    @Test
    void theLimitIsKept() throws Exception {
        for (int i = 0; i < 30; i++) {
            note(List.of("intro", "roles", "misc").get(i % 3), "koala number " + i, "that topic");
        }
        assertEquals(7, search.search("tiny-book", "koala", 7).size());
        assertEquals(3 * SearchIndex.HITS_PER_CHAPTER, find("koala").size(), "at most three hits per chapter and kind");
        assertEquals(List.of(), search.search("tiny-book", "koala", 0));
    }
}
