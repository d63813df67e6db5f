package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.text.SpacelessSentences;
import org.peeragogy.reader.text.Words;

/**
 * Issue 13, search in every script (decision 0018), on a real SQLite file: Chinese and Japanese words inside
 * runs of text, Latin glued to them, letters users type without their marks, and words the page separates at
 * line breaks and footnote references; in passages and in notes alike.
 */
class SearchScriptsTest {
    @TempDir
    Path dir;

    private static final Book BOOK = new Book("scripts", "Scripts", "fp-1", List.of(new Part("All", List.of(
            new Chapter("zhongwen", "1", "命令行入门", "All", "zhongwen.md"),
            new Chapter("nihongo", "2", "勉強会のしかた", "All", "nihongo.md"),
            new Chapter("names", "3", "Names from many places", "All", "names.md"),
            new Chapter("breaks", "4", "Line breaks and footnotes", "All", "breaks.md")))));

    private static final Map<String, List<IndexedUnit>> UNITS = Map.of(
            "zhongwen", List.of(
                    new IndexedUnit("zhongwen", "", IndexedUnit.Kind.TITLE, "命令行入门"),
                    new IndexedUnit("zhongwen", "b1", IndexedUnit.Kind.PASSAGE, "学习小组每周见面一次。在终端里输入命令，然后按回车键。"),
                    new IndexedUnit("zhongwen", "b2", IndexedUnit.Kind.PASSAGE, "使用Java编程的同学可以先读这一章，其他同学可以慢慢来。")),
            "nihongo", List.of(
                    new IndexedUnit("nihongo", "", IndexedUnit.Kind.TITLE, "勉強会のしかた"),
                    new IndexedUnit("nihongo", "b1", IndexedUnit.Kind.PASSAGE, "毎週木曜日に勉強会を開きます。初めての方も歓迎します。"),
                    new IndexedUnit("nihongo", "b2", IndexedUnit.Kind.PASSAGE, "コマンドを入力してから、エンターキーを押してください。Pythonの本も読みます。")),
            "names", List.of(
                    new IndexedUnit("names", "", IndexedUnit.Kind.TITLE, "Names from many places"),
                    new IndexedUnit("names", "b1", IndexedUnit.Kind.PASSAGE,
                            "Paweł Nowak met Ingrid Økland in Łódź, where they read the Æsir sagas together.")),
            "breaks", List.of(
                    new IndexedUnit("breaks", "", IndexedUnit.Kind.TITLE, "Line breaks and footnotes"),
                    // As content.SearchUnits gives the page's text: "alpha<br>beta", "text[^1]." (content.WordGaps).
                    new IndexedUnit("breaks", "b1", IndexedUnit.Kind.PASSAGE, "The first line says alpha beta and the second says gamma delta."),
                    new IndexedUnit("breaks", "b2", IndexedUnit.Kind.PASSAGE, "A sentence that ends in a footnote needs some text 1.")));

    private static final IndexSource SOURCE = new IndexSource() {
        @Override
        public List<IndexedUnit> units(Chapter chapter) {
            return UNITS.get(chapter.id());
        }

        @Override
        public String version() {
            return "v";
        }
    };

    private Database indexed() throws Exception {
        Database db = Database.open(dir);
        db.search().ensureIndexed(BOOK, SOURCE, SearchIndex.Progress.NONE);
        return db;
    }

    private static List<String> places(List<SearchHit> hits) {
        return hits.stream().map(h -> h.chapterId() + "#" + h.blockId()).toList();
    }

    private static String first(Database db, String query) throws Exception {
        List<SearchHit> hits = db.search().search("scripts", query, 20);
        assertFalse(hits.isEmpty(), "nothing found for " + query);
        return hits.get(0).snippet("[", "]");
    }

    @Test
    void aChineseWordInsideARunOfTextFindsItsPassage() throws Exception {
        try (Database db = indexed()) {
            // Before, the whole run up to the comma was one word: 命令 found nothing.
            assertEquals(List.of("zhongwen#", "zhongwen#b1"), places(db.search().search("scripts", "命令", 20)));
            assertTrue(first(db, "命令").contains("[命令]"), first(db, "命令"));
            assertEquals(List.of("zhongwen#b1"), places(db.search().search("scripts", "输入命令", 20)));
            assertTrue(first(db, "输入命令").contains("[输入命令]"), first(db, "输入命令"));
            assertEquals(List.of("zhongwen#b1"), places(db.search().search("scripts", "学习小组", 20)));
            // Two words of one text, each a pair of pairs.
            assertEquals(List.of("zhongwen#b1"), places(db.search().search("scripts", "小组 回车", 20)));
            // Characters that stand side by side nowhere are not found.
            assertEquals(List.of(), db.search().search("scripts", "命组", 20));
        }
    }

    @Test
    void aJapaneseWordInKanaOrKanjiFindsItsPassage() throws Exception {
        try (Database db = indexed()) {
            assertEquals(List.of("nihongo#", "nihongo#b1"), places(db.search().search("scripts", "勉強会", 20)));
            assertEquals(List.of("nihongo#b2"), places(db.search().search("scripts", "コマンド", 20)));
            assertTrue(first(db, "エンターキー").contains("[エンターキー]"), first(db, "エンターキー"));
            assertEquals(List.of("nihongo#b1"), places(db.search().search("scripts", "木曜日", 20)));
        }
    }

    @Test
    void aLatinWordGluedToChineseOrJapaneseIsAWordOfItsOwn() throws Exception {
        try (Database db = indexed()) {
            assertEquals(List.of("zhongwen#b2"), places(db.search().search("scripts", "java", 20)));
            assertTrue(first(db, "java").contains("使用[Java]编程"), first(db, "java"));
            assertEquals(List.of("nihongo#b2"), places(db.search().search("scripts", "Python", 20)));
            assertEquals(List.of("zhongwen#b2"), places(db.search().search("scripts", "Java编程", 20)));
        }
    }

    @Test
    void aCharacterAloneFindsThePairsItBegins() throws Exception {
        try (Database db = indexed()) {
            assertTrue(places(db.search().search("scripts", "命", 20)).contains("zhongwen#b1"));
        }
    }

    @Test
    void lettersUsersTypeWithoutTheirMarksFindTheirWords() throws Exception {
        try (Database db = indexed()) {
            for (String[] typed : new String[][] {{"pawel", "Paweł"}, {"okland", "Økland"}, {"aesir", "Æsir"},
                    {"lodz", "Łódź"}, {"LODZ", "Łódź"}, {"Lódz", "Łódź"}}) {
                List<SearchHit> hits = db.search().search("scripts", typed[0] + " ", 20);
                assertEquals(List.of("names#b1"), places(hits), typed[0]);
                assertTrue(hits.get(0).snippet("[", "]").contains("[" + typed[1] + "]"), hits.get(0).snippet());
            }
            // The last word is a prefix while it is typed: "pawe" finds Paweł.
            assertEquals(List.of("names#b1"), places(db.search().search("scripts", "pawe", 20)));
        }
    }

    @Test
    void strasseFindsStraßeInAPassageAndANote() throws Exception {
        Book street = new Book("street", "Street", "fp-2", List.of(new Part("All", List.of(
                new Chapter("walk", "1", "A walk", "All", "walk.md")))));
        try (Database db = Database.open(dir)) {
            db.search().ensureIndexed(street, new IndexSource() {
                @Override
                public List<IndexedUnit> units(Chapter chapter) {
                    return List.of(new IndexedUnit("walk", "b1", IndexedUnit.Kind.PASSAGE, "They walked along the Hauptstraße."));
                }

                @Override
                public String version() {
                    return "v";
                }
            }, SearchIndex.Progress.NONE);
            note(db, "street", "walk", "Meet at the Straße corner", "ort");
            List<SearchHit> hits = db.search().search("street", "strasse", 20);
            assertEquals(1, hits.stream().filter(h -> h.kind() == SearchHit.Kind.NOTE).count(), hits.toString());
            assertTrue(hits.stream().anyMatch(h -> h.snippet("[", "]").contains("[Straße]")), hits.toString());
            // "Hauptstraße" is one word: "strasse" is not its prefix, "hauptstrasse" finds it.
            assertEquals(List.of("walk#b1"), places(db.search().search("street", "hauptstrasse", 20)));
        }
    }

    @Test
    void notesInChineseAndJapaneseAndWithMarkedLettersAreFound() throws Exception {
        try (Database db = indexed()) {
            String zh = note(db, "scripts", "zhongwen", "这一章对初学者很有用", "入门");
            String ja = note(db, "scripts", "nihongo", "来週もコマンドの練習をする", "勉強");
            String pl = note(db, "scripts", "names", "Ask Paweł about Łódź", "");
            assertEquals(Optional.of(zh), noteHit(db, "有用"));
            assertEquals(Optional.of(zh), noteHit(db, "初学者"));
            assertEquals(Optional.of(ja), noteHit(db, "練習"));
            assertEquals(Optional.of(pl), noteHit(db, "pawel lodz"));
            // A tag in Chinese is found too.
            assertEquals(Optional.of(zh), noteHit(db, "入门 "));
            // And a highlight by the Japanese words of its quote.
            String quoted = db.annotations().create(new AnnotationStore.Draft("scripts", "nihongo",
                    Annotation.Kind.HIGHLIGHT, Annotation.Colour.GREEN, "", List.of(), "Ana",
                    Optional.of(anchor("エンターキーを押してください")))).id();
            assertEquals(Optional.of(quoted), noteHit(db, "押して"));
        }
    }

    @Test
    void wordsThePageSeparatesAreFoundAsAPhraseAndGluedOnesAreNot() throws Exception {
        try (Database db = indexed()) {
            assertEquals(List.of("breaks#b1"), places(db.search().search("scripts", "\"alpha beta\"", 20)));
            assertEquals(List.of("breaks#b2"), places(db.search().search("scripts", "\"needs some text\"", 20)));
            assertEquals(List.of(), db.search().search("scripts", "text1", 20));
        }
    }

    /**
     * Issue 13: in Thai, Lao, Khmer and Burmese passages (no spaces between words), every word the index holds
     * and every run of two or three of them, typed as written, finds its passage with every typed letter
     * marked; a search never splits what is typed differently from what was indexed.
     */
    @Test
    void everyWordAndRunOfWordsOfThaiLaoKhmerAndBurmeseFindsItsPassage() throws Exception {
        List<IndexedUnit> units = new ArrayList<>();
        for (SpacelessSentences.Sentence s : SpacelessSentences.ALL) {
            units.add(new IndexedUnit("spaceless", s.language(), IndexedUnit.Kind.PASSAGE, s.text()));
        }
        Book book = new Book("spaceless", "Spaceless", "fp-3", List.of(new Part("All", List.of(
                new Chapter("spaceless", "1", "Thai, Lao, Khmer and Burmese", "All", "spaceless.md")))));
        List<String> missed = new ArrayList<>();
        int asked = 0;
        try (Database db = Database.open(dir)) {
            db.search().ensureIndexed(book, new IndexSource() {
                @Override
                public List<IndexedUnit> units(Chapter chapter) {
                    return units;
                }

                @Override
                public String version() {
                    return "v";
                }
            }, SearchIndex.Progress.NONE);
            for (SpacelessSentences.Sentence s : SpacelessSentences.ALL) {
                List<Words.Word> words = Words.of(s.text());
                for (int i = 0; i < words.size(); i++) {
                    for (int j = i + 1; j <= Math.min(words.size(), i + 3); j++) {
                        String typed = s.text().substring(words.get(i).start(), words.get(j - 1).end());
                        asked++;
                        List<SearchHit> hits = db.search().search("spaceless", typed + " ", 20);
                        if (hits.stream().noneMatch(h -> h.blockId().equals(s.language())
                                && h.snippet("[", "]").replace("][", "").contains("[" + typed + "]"))) {
                            missed.add(s.language() + ": " + typed + " -> " + hits);
                        }
                    }
                }
            }
            assertEquals(List.of(), db.search().search("spaceless", "แมว", 20), "a word the passages lack");
        }
        assertTrue(asked > 100, "asked " + asked);
        assertEquals(List.of(), missed);
    }

    /** A chapter note with {@code text} and one tag; returns its id. */
    private static String note(Database db, String book, String chapter, String text, String tag) throws Exception {
        return db.annotations().create(new AnnotationStore.Draft(book, chapter, Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, text, tag.isEmpty() ? List.of() : List.of(tag), "Ana", Optional.empty())).id();
    }

    private static Optional<String> noteHit(Database db, String query) throws Exception {
        return db.search().search("scripts", query, 20).stream().filter(h -> h.kind() == SearchHit.Kind.NOTE)
                .map(h -> h.annotationId().orElseThrow()).findFirst();
    }

    private static TextAnchor anchor(String quote) {
        return new TextAnchor(new TextQuoteSelector(quote, "", ""), new TextPositionSelector(0, quote.length()), "b2",
                "fp");
    }
}
