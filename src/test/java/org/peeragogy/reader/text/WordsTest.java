package org.peeragogy.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words search indexes and looks for (decision 0018), and where each came from. */
class WordsTest {
    private static List<String> forms(String text) {
        return Words.of(text).stream().map(Words.Word::form).toList();
    }

    /** What each word spans in the text, so a snippet can mark the text as written. */
    private static List<String> spans(String text) {
        return Words.of(text).stream().map(w -> text.substring(w.start(), w.end())).toList();
    }

    @Test
    void lettersUsersTreatAsAccentedFoldToWhatTheyType() {
        assertEquals(List.of("pawel", "okland", "aesir", "strasse", "lodz"), forms("Paweł Økland Æsir Straße Łódź"));
        assertEquals(List.of("peeragogia", "uber", "cafe"), forms("PEERAGOGÍA über café"));
        // The same letter decomposed (e + combining acute) is the same word.
        assertEquals(List.of("cafe"), forms("cafe\u0301"));
        assertEquals(List.of("fi", "abc", "thorn"), forms("ﬁ Ａｂｃ þorn"));
        // Full case folding: capital, small and final sigma are one letter.
        assertEquals(forms("σοφίας"), forms("ΣΟΦΊΑΣ"));
    }

    @Test
    void chineseAndJapaneseRunsArePairsOfNeighboursAndGluedLatinIsAWordOfItsOwn() {
        assertEquals(List.of("命令", "令行"), forms("命令行"));
        assertEquals(List.of("命令", "令行"), spans("命令行"));
        assertEquals(List.of("java", "编程", "程语", "语言"), forms("Java编程语言"));
        assertEquals(List.of("Java", "编程", "程语", "语言"), spans("Java编程语言"));
        // Punctuation ends a run; a character alone is a word of one.
        assertEquals(List.of("输入", "入命", "命令", "然"), forms("输入命令，然"));
        // The long-vowel sign (script Common) stays in its katakana word.
        assertEquals(List.of("コー", "ーヒ", "ヒー"), forms("コーヒー"));
        // Half-width katakana become full-width, voicing marks and all.
        assertEquals(forms("ガイド"), forms("ｶﾞｲﾄﾞ"));
        assertEquals(List.of("학교", "교에", "에서"), spans("학교에서"));
        assertEquals(3, forms("학교에서").size());
    }

    @Test
    void offsetsCountUtf16Units() {
        String text = "grow 🌱 seeds";
        Words.Word seeds = Words.of(text).get(1);
        assertEquals("seeds", seeds.form());
        assertEquals(text.indexOf("seeds"), seeds.start());
        assertEquals(text.length(), seeds.end());
        assertEquals("grow seeds", Words.searchForm(text));
    }

    @Test
    void searchFormHasNoWhiteSpaceInsideAWordAndNothingForPunctuation() {
        assertEquals("", Words.searchForm(" ,;— "));
        for (Words.Word w : Words.of("Ærøskøbing, ǅemal, İstanbul, ½, 「命令」")) {
            assertTrue(!w.form().isEmpty() && w.form().codePoints().allMatch(Folding::isWordChar), w.toString());
        }
    }
}
