package org.peeragogy.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peeragogy.reader.text.SpacelessSentences.BURMESE;
import static org.peeragogy.reader.text.SpacelessSentences.KHMER;
import static org.peeragogy.reader.text.SpacelessSentences.LAO;
import static org.peeragogy.reader.text.SpacelessSentences.THAI;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Issue 13: a run of Thai, Lao, Khmer or Burmese is split into its words, not kept as one. */
    @Test
    void thaiLaoKhmerAndBurmeseRunsAreSplitIntoDictionaryWords() {
        assertEquals(List.of("กลุ่ม", "ของ", "เรา", "พบ", "กัน", "ทุก", "สัปดาห์", "เพื่อ", "เรียน", "รู้", "ภาษา", "ไทย",
                "ด้วย", "กัน"), spans(THAI));
        assertEquals(List.of("ພວກ", "ເຮົາ", "ຮຽນ", "ພາສາ", "ລາວ", "ນຳກັນ", "ທຸກ", "ອາທິດ"), spans(LAO));
        assertTrue(spans(KHMER).containsAll(List.of("ក្រុម", "របស់", "យើង", "សប្តាហ៍", "ដើម្បី", "រៀន")), spans(KHMER).toString());
        assertTrue(spans(BURMESE).containsAll(List.of("အဖွဲ့", "အပတ်", "တိုင်း", "မြန်မာ", "လေ့လာ")), spans(BURMESE).toString());
        // Digits and Latin glued to the letters are words of their own; the spans cover the text as written.
        assertEquals(List.of("ปี", "2024", "wiki", "ของ", "เรา"), spans("ปี2024 Wikiของเรา").stream()
                .map(String::toLowerCase).toList());
    }

    /**
     * What a search splits must be what the index split: every span of whole words of each sentence, split on
     * its own as a typed query is, gives the same words as it does inside the sentence. The word breaking only
     * ever sees one run of letters, so what stands around a run cannot change how it splits either.
     */
    @ParameterizedTest
    @ValueSource(strings = {THAI, LAO, KHMER, BURMESE})
    void aSpanOfWholeWordsSplitsAloneAsItDoesInTheSentence(String sentence) {
        List<Words.Word> words = Words.of(sentence);
        assertTrue(words.size() >= 8, "a sentence of several words: " + spans(sentence));
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j <= words.size(); j++) {
                String piece = sentence.substring(words.get(i).start(), words.get(j - 1).end());
                List<String> inSentence = words.subList(i, j).stream().map(Words.Word::form).toList();
                if (!forms(piece).equals(inSentence)) {
                    differing.add(piece + " " + forms(piece) + " != " + inSentence);
                }
            }
        }
        assertEquals(List.of(), differing);
        // The same sentence between other text and punctuation splits the same way.
        List<String> alone = forms(sentence);
        List<String> framed = forms("Intro: " + sentence + ". ๑๒๓");
        assertEquals(alone, framed.subList(1, 1 + alone.size()));
    }
}
