package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.IndexSource;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.book.Part;

/**
 * Issue 12: a hit holds the words that found it. A search for a chapter's title used to list that
 * chapter's headings ("Motivation", "Context") because the title was written into every passage's row.
 * On a real SQLite file in a temporary folder.
 */
class SearchShowsWhatFoundItTest {
    @TempDir
    Path dir;

    private static final Book BOOK = new Book("circles", "Circles", "fp-1", List.of(new Part("All", List.of(
            new Chapter("circles", "1", "Peer learning circles", "All", "circles.md"),
            new Chapter("other", "2", "Other things", "All", "other.md")))));

    private static final Map<String, List<IndexedUnit>> UNITS = Map.of(
            "circles", List.of(
                    new IndexedUnit("circles", "", IndexedUnit.Kind.TITLE, "Peer learning circles"),
                    new IndexedUnit("circles", "motivation", IndexedUnit.Kind.HEADING, "Motivation"),
                    new IndexedUnit("circles", "b1", IndexedUnit.Kind.PASSAGE, "Why people meet at all."),
                    new IndexedUnit("circles", "context", IndexedUnit.Kind.HEADING, "Context"),
                    new IndexedUnit("circles", "b2", IndexedUnit.Kind.PASSAGE, "Circles of peer learning meet weekly."),
                    new IndexedUnit("circles", "references", IndexedUnit.Kind.HEADING, "References")),
            "other", List.of(
                    new IndexedUnit("other", "", IndexedUnit.Kind.TITLE, "Other things"),
                    new IndexedUnit("other", "b1", IndexedUnit.Kind.PASSAGE, "Learning alone, then with a peer."),
                    new IndexedUnit("other", "b2", IndexedUnit.Kind.PASSAGE,
                            "Alpha " + "filler words go on here ".repeat(6) + "until omega.")));

    private static IndexSource source(String version) {
        return new IndexSource() {
            @Override
            public List<IndexedUnit> units(Chapter chapter) {
                return UNITS.get(chapter.id());
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    private static String shown(SearchHit h) {
        return h.snippet("", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> places(List<SearchHit> hits) {
        return hits.stream().map(h -> h.chapterId() + "#" + h.blockId()).toList();
    }

    @Test
    void aSearchForAChaptersTitleFindsTheTitleAndNotItsHeadingsThatLackTheWords() throws Exception {
        try (Database db = Database.open(dir)) {
            db.search().ensureIndexed(BOOK, source("v"), SearchIndex.Progress.NONE);
            List<SearchHit> hits = db.search().search("circles", "peer learning circles", 20);
            // The title first (it counts most), then the one passage that has all three words.
            assertEquals(List.of("circles#", "circles#b2"), places(hits));
            assertEquals("\u0002Peer\u0003 \u0002learning\u0003 \u0002circles\u0003", hits.get(0).snippet());
        }
    }

    @Test
    void everyHitShowsEveryWordSearchedFor() throws Exception {
        try (Database db = Database.open(dir)) {
            db.search().ensureIndexed(BOOK, source("v"), SearchIndex.Progress.NONE);
            for (String q : List.of("peer learning", "learning", "circles", "peer", "motivation", "meet", "other")) {
                List<SearchHit> hits = db.search().search("circles", q, 20);
                assertFalse(hits.isEmpty(), q);
                for (SearchHit h : hits) {
                    for (String word : q.split(" ")) {
                        assertTrue(shown(h).contains(word), q + " → " + h);
                    }
                }
            }
        }
    }

    @Test
    void wordsFarApartInAPassageAreAllInItsSnippet() throws Exception {
        try (Database db = Database.open(dir)) {
            db.search().ensureIndexed(BOOK, source("v"), SearchIndex.Progress.NONE);
            SearchHit hit = db.search().search("circles", "alpha omega", 20).get(0);
            assertTrue(hit.snippet().contains("\u0002Alpha\u0003") && hit.snippet().contains("\u0002omega\u0003"),
                    hit.snippet());
        }
    }

    @Test
    void aNoteIsFoundOnlyWhenOneOfItsPartsHoldsAllTheWordsAndShowsThatPart() throws Exception {
        try (Database db = Database.open(dir)) {
            db.annotations().create(new AnnotationStore.Draft("circles", "circles", Annotation.Kind.HIGHLIGHT,
                    Annotation.Colour.BLUE, "ask the otters", List.of("rivers"), "Ana",
                    Optional.of(AnnotationStoreTest.anchor("peer learning meet weekly", 12))));
            // "otters" is in the note and "weekly" in the quote: no one part holds both.
            assertEquals(List.of(), db.search().search("circles", "otters weekly", 20));
            List<SearchHit> quote = db.search().search("circles", "learning weekly", 20);
            assertEquals(1, quote.size());
            assertEquals("peer \u0002learning\u0003 meet \u0002weekly\u0003", quote.get(0).snippet());
            assertEquals("ask the \u0002otters\u0003", db.search().search("circles", "otters", 20).get(0).snippet());
            assertEquals("\u0002rivers\u0003", db.search().search("circles", "rivers", 20).get(0).snippet());
        }
    }

    @Test
    void anIndexWrittenTheOldWayIsRebuiltOnItsNextUse() throws Exception {
        try (Database db = Database.open(dir)) {
            // The rows as the reader wrote them before: the title and the nearest heading in every row,
            // and the source's version stored bare.
            try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO search_text"
                    + " (title, heading, body, book, book_identity, chapter_id, block_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (String[] row : List.of(new String[] {"Peer learning circles", "Motivation", "", "motivation"},
                        new String[] {"Peer learning circles", "Motivation", "Why people meet at all.", "b1"})) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.setString(3, row[2]);
                    ps.setString(4, SearchIndex.bookToken("circles"));
                    ps.setString(5, "circles");
                    ps.setString(6, "circles");
                    ps.setString(7, row[3]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO search_book"
                    + " (book_identity, fingerprint, source_version, units, built_at) VALUES ('circles', 'fp-1', 'v', 2, 'then')")) {
                ps.executeUpdate();
            }
            assertEquals(List.of("circles#motivation", "circles#b1"),
                    places(db.search().search("circles", "peer learning circles", 20)), "the old index, as it was");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.search().ensureIndexed(BOOK, source("v"), SearchIndex.Progress.NONE), "rebuilt");
            assertEquals(List.of("circles#", "circles#b2"), places(db.search().search("circles", "peer learning circles", 20)));
            assertFalse(db.search().ensureIndexed(BOOK, source("v"), SearchIndex.Progress.NONE), "once");
        }
    }
}
