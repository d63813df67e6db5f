package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.text.SpacelessSentences;

/** Upgrading a database from before search: the notes already there become searchable. */
class SearchUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void notesWrittenBeforeSearchExistedAreFoundAfterTheUpgradeButNotTheDeletedOnes() throws Exception {
        String kept;
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 2))) {
            kept = create(old, "remember the pelican", "birds").id();
            String gone = create(old, "forget the pelican", "birds").id();
            try (var ps = old.connection().prepareStatement(
                    "UPDATE annotation SET note = '', deleted_at = updated_at WHERE id = ?")) {
                ps.setString(1, gone);
                ps.executeUpdate();
            }
        }
        try (Database db = Database.open(dir)) {
            List<SearchHit> hits = db.search().search("book-a", "pelican", 10);
            assertEquals(1, hits.size());
            assertEquals(Optional.of(kept), hits.get(0).annotationId());
            assertEquals(1, db.search().search("book-a", "birds", 10).size(), "tags too");
        }
    }

    /**
     * Issue 13: an index written in the first layout (SQLite's unicode61 on the text as written) is made anew
     * when the file opens: the notes are indexed again as folded words, so "lodz" finds a note on Łódź, and the
     * handbook's passages are left to be rebuilt (the book no longer counts as indexed).
     */
    @Test
    void anIndexInTheFirstLayoutIsRebuiltWhenTheFileOpens() throws Exception {
        String id;
        try (Database db = Database.open(dir)) {
            id = db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Meet in Łódź", List.of("命令行"), "Ana", Optional.empty())).id();
            // Put the first layout back, as a file written before this version has it.
            try (var s = db.connection().createStatement()) {
                s.execute("DROP TABLE search_layout");
                s.execute("DROP TABLE search_text");
                s.execute("DROP TABLE search_note");
                s.execute("DROP TABLE IF EXISTS search_text_content"); // left by SQLite 3.50, see below
                s.execute("DROP TABLE IF EXISTS search_note_content");
                for (String sql : Schema.MIGRATIONS.get(2).split(";")) {
                    if (sql.strip().startsWith("CREATE VIRTUAL TABLE")) {
                        s.execute(sql);
                    }
                }
                s.execute("INSERT INTO search_note (rowid, note, quote, tags, book, annotation_id, book_identity,"
                        + " chapter_id, block_id) SELECT r.id, 'Meet in Łódź', '', '命令行', 'b' || lower(hex('book-a')),"
                        + " r.annotation_id, 'book-a', 'wiki', '' FROM search_note_row r");
                s.execute("INSERT INTO search_book VALUES ('book-a', 'fp', 'rows-2/blocks-3', 1, '2026-01-01')");
            }
        }
        try (Database db = Database.open(dir)) {
            assertTrue(SearchTables.isCurrent(db.connection()));
            assertEquals(List.of(Optional.of(id)), db.search().search("book-a", "lodz", 10).stream()
                    .map(SearchHit::annotationId).toList());
            assertEquals("Meet in \u0002Łódź\u0003", db.search().search("book-a", "lodz", 10).get(0).snippet());
            assertEquals(1, db.search().search("book-a", "命令", 10).size(), "the tag, as pairs of characters");
            assertFalse(db.search().isIndexed(new org.peeragogy.reader.book.Book("book-a", "A", "fp", List.of())),
                    "the handbook's passages are rebuilt on the next ensureIndexed");
        }
    }

    /**
     * A layout of another version is made anew even when the tables are this version's contentless ones:
     * SQLite 3.50 leaves their {@code _content} shadow table behind on DROP TABLE, which SearchTables drops too.
     */
    @Test
    void theContentlessTablesCanBeMadeAnewAndTheNotesStayFound() throws Exception {
        String id;
        try (Database db = Database.open(dir)) {
            id = db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Ærøskøbing harbour", List.of(), "Ana", Optional.empty())).id();
            try (var s = db.connection().createStatement()) {
                s.execute("UPDATE search_layout SET version = 'another'");
            }
        }
        try (Database db = Database.open(dir)) {
            assertTrue(SearchTables.isCurrent(db.connection()));
            assertEquals(List.of(Optional.of(id)), db.search().search("book-a", "aeroskobing", 10).stream()
                    .map(SearchHit::annotationId).toList());
        }
    }

    /**
     * Issue 13: a file indexed before Thai, Lao, Khmer and Burmese runs were split (layout words-1: a run is one
     * word) finds nothing inside a run; opened by this version, its notes are indexed again and a word from
     * the middle of a Thai note is found.
     */
    @Test
    void anIndexThatKeptThaiRunsWholeIsRebuiltAndFindsAWordInsideARun() throws Exception {
        String id;
        try (Database db = Database.open(dir)) {
            id = db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, SpacelessSentences.THAI, List.of(), "Ana", Optional.empty())).id();
            // The row and layout as the version before wrote them: the folded run as one word.
            try (var s = db.connection().createStatement()) {
                s.execute("UPDATE search_layout SET version = 'contentless-1/words-1/icu-"
                        + com.ibm.icu.util.VersionInfo.ICU_VERSION.getMajor() + "'");
            }
            try (var s = db.connection().createStatement()) {
                s.execute("DELETE FROM search_note");
            }
            try (var ps = db.connection().prepareStatement("INSERT INTO search_note (rowid, note, quote, tags, book,"
                    + " note_shown, quote_shown, tags_shown, annotation_id, book_identity, chapter_id, block_id)"
                    + " SELECT r.id, ?, '', '', 'b' || lower(hex('book-a')), ?, '', '', r.annotation_id, 'book-a', 'wiki', ''"
                    + " FROM search_note_row r")) {
                ps.setString(1, org.peeragogy.reader.text.Folding.fold(SpacelessSentences.THAI));
                ps.setString(2, SpacelessSentences.THAI);
                ps.executeUpdate();
            }
            // Asked on the file itself (the search connection would bring the layout up to date first).
            assertEquals(0, matches(db, "สัปดาห์"), "the old row keeps the run whole");
            assertEquals(1, matches(db, org.peeragogy.reader.text.Folding.fold(SpacelessSentences.THAI)));
        }
        try (Database db = Database.open(dir)) {
            assertTrue(SearchTables.isCurrent(db.connection()));
            List<SearchHit> hits = db.search().search("book-a", "สัปดาห์", 10);
            assertEquals(List.of(Optional.of(id)), hits.stream().map(SearchHit::annotationId).toList());
            assertTrue(hits.get(0).snippet("[", "]").contains("ทุก[สัปดาห์]เพื่อ"), hits.get(0).snippet("[", "]"));
        }
    }

    /**
     * Issue 13 (second test): a file indexed with ICU's dictionary words for Burmese (layout words-2, where
     * စာအုပ် "book" was indexed as the wrong pieces မှာစာ and အုပ်) is rebuilt once when opened, and the word
     * is then found inside its sentence.
     */
    @Test
    void anIndexOfDictionaryWordsIsRebuiltAsClusterPairsAndFindsAWordTheDictionarySplitWrongly() throws Exception {
        String id;
        try (Database db = Database.open(dir)) {
            id = db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, SpacelessSentences.BURMESE_BOOK, List.of(), "Ana", Optional.empty())).id();
            try (var s = db.connection().createStatement()) {
                s.execute("UPDATE search_layout SET version = 'contentless-1/words-2/icu-"
                        + com.ibm.icu.util.VersionInfo.ICU_VERSION.getMajor() + "'");
                s.execute("DELETE FROM search_note");
            }
            // The row as words-2 wrote it: ICU's split of the whole run.
            writeNoteRowAsBefore(db, "ကျွန်တော် တို့ စာကြည့်တိုက် မှာစာ အုပ် ဖတ် ကြ တယ်", SpacelessSentences.BURMESE_BOOK);
            assertEquals(0, matches(db, "စာအုပ်"), "the old row has no such word");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(SearchTables.isCurrent(db.connection()));
            List<SearchHit> hits = db.search().search("book-a", "စာအုပ်", 10);
            assertEquals(List.of(Optional.of(id)), hits.stream().map(SearchHit::annotationId).toList());
            assertTrue(hits.get(0).snippet("[", "]").replace("][", "").contains("မှာ[စာအုပ်]ဖတ်"), hits.get(0).snippet("[", "]"));
        }
    }

    /**
     * Issue 13 (third test): an index written by words-3 (pairs only, no run's last character alone) is made
     * anew when the file opens, and then finds a character typed alone at the end of a run.
     */
    @Test
    void anIndexWithoutTheRunsTailsIsRebuiltAndFindsTheLastCharacterOfARun() throws Exception {
        String id;
        try (Database db = Database.open(dir)) {
            id = db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "我们在图书馆", List.of(), "Ana", Optional.empty())).id();
            try (var s = db.connection().createStatement()) {
                s.execute("UPDATE search_layout SET version = 'contentless-1/words-3/icu-"
                        + com.ibm.icu.util.VersionInfo.ICU_VERSION.getMajor() + "'");
                s.execute("DELETE FROM search_note");
            }
            writeNoteRowAsBefore(db, "我们 们在 在图 图书 书馆", "我们在图书馆"); // words-3: pairs only
            assertEquals(0, matches(db, "馆"), "the old row has no such word");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(SearchTables.isCurrent(db.connection()));
            assertEquals(List.of(Optional.of(id)), db.search().search("book-a", "馆", 10).stream()
                    .map(SearchHit::annotationId).toList());
        }
    }

    /** Writes the only note's search row with the words an older layout gave it, and its text as shown. */
    private static void writeNoteRowAsBefore(Database db, String words, String shown) throws Exception {
        try (var ps = db.connection().prepareStatement("INSERT INTO search_note (rowid, note, quote, tags, book,"
                + " note_shown, quote_shown, tags_shown, annotation_id, book_identity, chapter_id, block_id)"
                + " SELECT r.id, ?, '', '', 'b' || lower(hex('book-a')), ?, '', '', r.annotation_id, 'book-a', 'wiki', ''"
                + " FROM search_note_row r")) {
            ps.setString(1, words);
            ps.setString(2, shown);
            ps.executeUpdate();
        }
    }

    private static int matches(Database db, String word) throws Exception {
        try (var ps = db.connection().prepareStatement("SELECT count(*) FROM search_note WHERE search_note MATCH ?")) {
            ps.setString(1, '"' + word + '"');
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    /** Writes the annotation rows the way schema 2 did (no search tables yet). */
    private static Annotation create(Database db, String note, String tag) throws Exception {
        Annotation a = new Annotation(java.util.UUID.randomUUID().toString(), "book-a", "wiki",
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, note, List.of(tag), "Ana", "",
                java.time.Instant.now(), java.time.Instant.now(), Optional.empty(), Optional.empty());
        try (var ps = db.connection().prepareStatement("INSERT INTO annotation (id, book_identity, chapter_id, kind,"
                + " colour, note, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.book());
            ps.setString(3, a.chapterId());
            ps.setString(4, a.kind().code());
            ps.setString(5, a.colour().code());
            ps.setString(6, a.note());
            ps.setString(7, a.author());
            ps.setString(8, a.created().toString());
            ps.setString(9, a.updated().toString());
            ps.executeUpdate();
        }
        try (var ps = db.connection().prepareStatement("INSERT INTO annotation_tag VALUES (?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, tag);
            ps.executeUpdate();
        }
        return a;
    }
}
