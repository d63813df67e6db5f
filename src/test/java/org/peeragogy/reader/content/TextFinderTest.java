package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.text.SpacelessSentences;

class TextFinderTest {
    private static List<String> found(String text, String query) {
        return TextFinder.of(text).find(query).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        assertEquals(List.of("Peer", "peer", "PEER"), found("Peer learning, peer support, PEER.", "peer"));
    }

    @Test
    void ignoresAccentsBothWays() {
        assertEquals(List.of("peeragogía"), found("La peeragogía es", "PEERAGOGIA"));
        assertEquals(List.of("peeragogia"), found("a peeragogia b", "peeragogía"));
    }

    @Test
    void whiteSpaceRunsAndLineBreaksMatchASpace() {
        assertEquals(List.of("learning\n   together"), found("we are learning\n   together now", "learning together"));
    }

    @Test
    void offsetsCountUtf16UnitsAroundEmoji() {
        String text = "grow 🌱 seeds, more seeds";
        List<TextFinder.Match> m = TextFinder.of(text).find("seeds");
        assertEquals(text.indexOf("seeds"), m.get(0).start());
        assertEquals(text.lastIndexOf("seeds") + 5, m.get(1).end());
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(List.of(), found("anything", "   "));
    }

    @Test
    void hostileLookingQueriesAreJustText() {
        assertEquals(List.of("(a*"), found("x (a* y", "(a*"));
        assertEquals(List.of(), found("text", "\"".repeat(10_000)));
    }

    /** Issue 13: the README says accents do not matter; letters without a decomposition count too (Latin-ASCII). */
    @Test
    void lettersUsersTypeWithoutTheirMarksAreFoundAsSearchFindsThem() {
        String text = "Paweł met Ingrid Økland in Łódź; the Æsir sagas; Hauptstraße.";
        assertEquals(List.of("Paweł"), found(text, "pawel"));
        assertEquals(List.of("Økland"), found(text, "okland"));
        assertEquals(List.of("Æsir"), found(text, "aesir"));
        assertEquals(List.of("Łódź"), found(text, "lodz"));
        // "strasse" ends in the middle of nothing: the two s of ß map back to the one letter.
        assertEquals(List.of("straße"), found(text, "strasse"));
        assertEquals(List.of("Łódź"), found(text, "ŁÓDŹ"));
    }

    @Test
    void chineseAndJapaneseAreFoundWithTheirVoicingMarksKept() {
        assertEquals(List.of("命令"), found("在终端里输入命令，然后", "命令"));
        assertEquals(List.of("ガイド"), found("このガイドを読む", "ガイド"));
        // が is not か: the voicing mark makes another letter.
        assertEquals(List.of(), found("このガイドを読む", "カイド"));
        // Half-width katakana and full-width Latin are their ordinary forms.
        assertEquals(List.of("ｶﾞｲﾄﾞ"), found("ｶﾞｲﾄﾞです", "ガイド"));
        assertEquals(List.of("Ｊａｖａ"), found("Ｊａｖａで", "java"));
    }

    /**
     * Issue 13: a word from the middle of a Thai, Lao, Khmer or Burmese sentence is found, as search finds it,
     * and a space between two letters of those scripts (they space phrases, not words) matters in neither the
     * text nor what is typed, as it does not for search; elsewhere a space still does.
     */
    @Test
    void wordsInsideThaiLaoKhmerAndBurmeseAreFoundWhereverTheSpacesAre() {
        for (SpacelessSentences.Sentence s : SpacelessSentences.ALL) {
            assertEquals(List.of(s.middleWord()), found("(" + s.text() + ")", s.middleWord()), s.language());
        }
        assertEquals(List.of("ภาษาไทย"), found(SpacelessSentences.THAI, "ภาษา ไทย"));
        assertEquals(List.of("ใหม่ ยินดี"), found("สมาชิกใหม่ ยินดีต้อนรับ", "ใหม่ยินดี"));
        // A line break is not a phrase space (between two blocks it ends a paragraph, m4): nothing across it.
        assertEquals(List.of(), found("สมาชิกใหม่ \n ยินดีต้อนรับ", "ใหม่ยินดี"));
        // Invisible hints are ignored in the text and in what is typed (m3).
        assertEquals(List.of("ภาษา\u200bไทย"), found("ภาษา\u200bไทย", "ภาษาไทย"));
        assertEquals(List.of("Zusammen\u00adarbeit"), found("die Zusammen\u00adarbeit", "zusammenarbeit"));
        assertEquals(List.of("الكتـــاب"), found("في الكتـــاب", "الكتاب"));
        assertEquals(List.of("می\u200cخواهم"), found("من می\u200cخواهم", "میخواهم"));
        // Between Thai and a Latin word, or two Latin words, the space is still needed.
        assertEquals(List.of(), found("ภาษา Thai", "ภาษาThai"));
        assertEquals(List.of(), found("peer learning", "peerlearning"));
        // Offsets map back to the text as written, the dropped space inside the match.
        String text = "ก ข สมาชิกใหม่ ยินดี";
        TextFinder.Match m = TextFinder.of(text).find("ใหม่ยินดี").get(0);
        assertEquals(text.indexOf("ใหม่"), m.start());
        assertEquals(text.length(), m.end());
    }

    /**
     * Issue 13: Hangul written as conjoining jamo (U+1100..) and the composed syllables find each other, each
     * match covering whole syllables of the text as written.
     */
    @Test
    void koreanJamoAndComposedSyllablesFindEachOther() {
        String composed = "한국어 책을 읽었습니다";
        String jamo = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        String jamoBook = java.text.Normalizer.normalize("책을", java.text.Normalizer.Form.NFD);
        assertEquals(List.of(jamoBook), found(jamo, "책을"));
        assertEquals(List.of("책을"), found(composed, jamoBook));
        assertEquals(List.of(java.text.Normalizer.normalize("책", java.text.Normalizer.Form.NFD)), found(jamo, "책"));
    }
}
