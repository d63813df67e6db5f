package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Part;

@NeedsRealHandbook
class RealReadingOrderTest {
    private static Handbook handbook;
    private static Book book;

    @BeforeAll
    static void open() throws Exception {
        handbook = Handbooks.open(TestHandbooks.real());
        book = handbook.book();
    }

    @AfterAll
    static void close() throws Exception {
        handbook.close();
    }

    @Test
    void readingStartsWithForewordPrefaceAndIntroduction() {
        List<String> first = book.chapters().stream().limit(3).map(Chapter::id).toList();
        assertEquals(List.of("foreword", "preface", "introduction"), first);
    }

    @Test
    void frontMatterHasNoPartAndPartsFollowTheTableOfContents() {
        List<String> parts = book.parts().stream().map(Part::title).toList();
        assertEquals(List.of("", "Introduction", "Motivation", "Peeragogy in Practice", "Convening a group",
                "Organizing a Learning Context", "Cooperation", "Assessment",
                "Technologies, Services, and Platforms", "Resources", "More chapters"), parts);
    }

    @Test
    void chaptersCarryTheHandbooksNumbersAndTableOfContentsTitles() {
        Chapter peeragogy = book.chapter("pattern-peeragogy").orElseThrow();
        assertEquals("6.1", peeragogy.number());
        assertEquals("Peeragogy in Practice", peeragogy.part());
        assertEquals("1a Workbook", book.chapter("workbook").orElseThrow().displayTitle());
        assertEquals("1 Welcome", book.chapter("introduction").orElseThrow().displayTitle());
    }

    @Test
    void noChapterFileIsDropped() throws Exception {
        List<String> files = TestHandbooks.realChapterFiles().stream().map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        assertEquals(files, book.chapters().stream().map(Chapter::id).sorted().toList());
    }

    @Test
    void chaptersOutsideTheTableOfContentsComeLastUnderMoreChapters() {
        Part last = book.parts().get(book.parts().size() - 1);
        assertEquals("More chapters", last.title());
        List<String> ids = last.chapters().stream().map(Chapter::id).toList();
        assertTrue(ids.containsAll(List.of("isolation", "social-bookmarking", "landmarks")), ids::toString);
        assertTrue(last.chapters().stream().allMatch(c -> c.number().isEmpty()), ids::toString);
    }

    @Test
    void everyExtraChapterHasItsOwnFittingTitle() {
        List<Chapter> more = book.parts().get(book.parts().size() - 1).chapters();
        List<String> titles = more.stream().map(Chapter::title).toList();
        assertEquals(titles.size(), titles.stream().distinct().count(), titles::toString);
        assertTrue(titles.stream().noneMatch(t -> t.endsWith(":")), titles::toString);
        assertEquals("Isolation (anti-pattern)", book.chapter("isolation").orElseThrow().title());
        assertEquals("Navel gazing (anti-pattern)", book.chapter("navel_gazing").orElseThrow().title());
        assertEquals("Roles (pattern)", book.chapter("roles").orElseThrow().title());
        assertEquals("Isolation (anti-pattern)", book.chapter("isolation").orElseThrow().displayTitle());
    }

    @Test
    void noChapterTitleAnywhereIsAGenericLabel() {
        assertTrue(book.chapters().stream().noneMatch(c -> c.title().endsWith(":")),
                () -> book.chapters().stream().map(Chapter::title).toList().toString());
    }

    @Test
    void theManifestNamesTheBookAndItsLanguage() throws Exception {
        assertEquals("en", book.language());
        assertTrue(handbook.render("introduction").html().contains("<html lang=\"en\">"));
        assertEquals(java.util.List.of(), handbook.translations("introduction"), "one language only");
        assertEquals("peeragogy-handbook-en-3", book.identity());
        assertEquals(64, book.fingerprint().length());
    }
}
