package org.peeragogy.reader.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Part;

class ChapterUrisTest {
    private static final Book BOOK = new Book("book-a", "A", "fp", List.of(new Part("", List.of(
            new Chapter("100%25", "", "Literal", "", "100%25.md"),
            new Chapter("carrying capacity", "", "Capacity", "", "carrying capacity.md")))));

    @Test
    void everythingButUnreservedCharactersIsPercentEncodedAsUtf8() {
        assertEquals("pattern-wrapper_1.0~x", ChapterUris.encodeSegment("pattern-wrapper_1.0~x"));
        assertEquals("carrying%20capacity", ChapterUris.encodeSegment("carrying capacity"));
        assertEquals("%C3%89tica", ChapterUris.encodeSegment("Ética"));
        assertEquals("%F0%9F%8C%B1", ChapterUris.encodeSegment("🌱"));
        assertEquals("a%23b%3Fc%2520d%3A%40%2F%2B", ChapterUris.encodeSegment("a#b?c%20d:@/+"));
    }

    @Test
    void decodingGivesBackWhatWasEncoded() {
        for (String id : List.of("carrying capacity", "Ética", "E\u0301tica", "🌱 seedlings", "中文", "a#b?c%20d",
                "Q&A: one+one=two", "100%25")) {
            assertEquals(Optional.of(id), ChapterUris.decodeSegment(ChapterUris.encodeSegment(id)), id);
        }
    }

    @Test
    void textThatIsNoEncodedSegmentDoesNotDecode() {
        for (String raw : List.of("carrying capacity", "Ética", "a#b", "a?b", "50%", "%zz", "%C3", "%FF%FE")) {
            assertEquals(Optional.empty(), ChapterUris.decodeSegment(raw), raw);
        }
    }

    @Test
    void ourUrnNamesBookAndChapterEncodedOrRawAsOlderVersionsWroteIt() {
        assertEquals(Optional.of(new ChapterUris.Named("book-a", "carrying capacity")),
                ChapterUris.fromUrn(ChapterUris.urn("book-a", "carrying capacity"), BOOK));
        assertEquals(Optional.of(new ChapterUris.Named("book-a", "carrying capacity")),
                ChapterUris.fromUrn("urn:peeragogy-reader:book-a:carrying capacity", BOOK));
        assertEquals(Optional.of(new ChapterUris.Named("book a", "Q&A: x")),
                ChapterUris.fromUrn(ChapterUris.urn("book a", "Q&A: x"), BOOK));
        // Raw "100%25" from an older version: the book has that chapter and no "100%".
        assertEquals(Optional.of(new ChapterUris.Named("book-a", "100%25")),
                ChapterUris.fromUrn("urn:peeragogy-reader:book-a:100%25", BOOK));
        assertEquals(Optional.of(new ChapterUris.Named("book-a", "100%25")),
                ChapterUris.fromUrn(ChapterUris.urn("book-a", "100%25"), BOOK));
        assertEquals(Optional.empty(), ChapterUris.fromUrn("urn:peeragogy-reader:no-colon", BOOK));
        assertEquals(Optional.empty(), ChapterUris.fromUrn("https://peeragogy.github.io/x.html", BOOK));
    }
}
