package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    private static String match(String typed) {
        return SearchQuery.toMatch(typed).orElse("<none>");
    }

    @Test
    void wordsBecomeQuotedStringsAndTheLastOneBeingTypedAPrefix() {
        assertEquals("\"wrapper\" \"role\"*", match("wrapper role"));
        assertEquals("\"wrapper\" \"role\"", match("wrapper role "));
        assertEquals("\"collab\"*", match("collab"));
        assertEquals("\"a\"", match("a"), "a single letter is not a prefix");
    }

    @Test
    void pairedQuotesMakeAPhraseAndAnUnpairedOneIsIgnored() {
        assertEquals("\"wrapper role\"", match("\"wrapper role\""));
        assertEquals("\"wrapper role\" \"pattern\"*", match("\"wrapper role\" pattern"));
        assertEquals("\"wrapper\" \"role\"*", match("\"wrapper role"));
        assertEquals("\"wrapper role\" \"x\"", match("\u201Cwrapper role\u201D x"));
    }

    @Test
    void syntaxIsOnlySeparatorsOrWords() {
        assertEquals("\"and\"*", match("AND"));
        assertEquals("\"not\" \"or\"", match("NOT OR "));
        assertEquals("\"near\" \"a\" \"b\"", match("NEAR(a b)"));
        assertEquals("\"title\" \"wrapper\"*", match("title:wrapper"));
        assertEquals("\"drop\" \"table\" \"annotation\"", match("'; DROP TABLE annotation; --"));
        assertEquals(Optional.empty(), SearchQuery.toMatch("* - : ^ () \" \uD83D\uDE00"));
        assertEquals(Optional.empty(), SearchQuery.toMatch(""));
        assertEquals(Optional.empty(), SearchQuery.toMatch(null));
    }

    @Test
    void wordsAreFoldedAsTheIndexFoldsThem() {
        assertEquals("\"peeragogia\"*", match("peeragogía"));
        assertEquals("\"peeragogia\"*", match("peeragogi\u0301a"), "decomposed accents too");
        assertEquals("\"pawel\" \"lodz\"*", match("Paweł Łódź"));
        assertEquals("\"strasse\"", match("STRASSE "));
    }

    /** Issue 13: a Chinese or Japanese word is the phrase of its pairs; a character alone is a prefix. */
    @Test
    void chineseAndJapaneseWordsArePhrasesOfPairsOfCharacters() {
        assertEquals("\"学习\"", match("学习"), "a pair is whole: no prefix");
        assertEquals("\"命令 令行\"", match("命令行"));
        assertEquals("\"java 编程\"", match("Java编程"));
        assertEquals("\"学\"*", match("学"));
        assertEquals("\"学\"", match("学 "));
        assertEquals("\"学习\" \"小组\"", match("学习 小组"));
    }

    /**
     * Issue 13 (m1, second test): a Hangul syllable alone is a prefix of the pairs it begins, like a Chinese
     * character (it folds to two or three jamo, which must not count as several characters); a Khmer or
     * Burmese letter with its marks alone too, and a longer piece is the phrase of its cluster pairs.
     */
    @Test
    void aLoneHangulSyllableOrClusterIsAPrefixAndLongerPiecesArePhrasesOfClusterPairs() {
        assertEquals("\"" + org.peeragogy.reader.text.Folding.fold("책") + "\"*", match("책"));
        assertEquals("\"" + org.peeragogy.reader.text.Folding.fold("ថ្") + "\"*", match("ថ្"));
        assertEquals("\"ថ្ងៃ ងៃច័ ច័ន្ ន្ទ\"", match("ថ្ងៃច័ន្ទ"));
    }

    @Test
    void longTextIsCutToSixteenWordsOfAtMostSixtyFourLetters() {
        assertEquals("\"" + "a".repeat(64) + "\"*", match("a".repeat(10_000)));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            many.append("w").append(i).append(' ');
        }
        assertEquals(SearchQuery.MAX_TERMS, match(many.toString()).split(" ").length);
    }

    @Test
    void aRepeatedWordIsAskedOnce() {
        assertEquals("\"a\"", match("\"a ".repeat(3_000)));
        assertEquals("\"wrapper\"", match("wrapper ".repeat(1_250)));
        assertEquals("\"role\" \"wrapper\"*", match("wrapper role Wrapper"));
    }
}
