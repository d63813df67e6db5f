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

    /**
     * Issue 13 (second test): a run of Thai, Lao, Khmer or Burmese is overlapping pairs of clusters (a letter
     * with its marks), as Chinese is pairs of characters; Thai digits, ASCII digits and Latin glued to the
     * letters are words of their own.
     */
    @Test
    void thaiLaoKhmerAndBurmeseRunsArePairsOfClusters() {
        assertEquals(List.of("ថ្ងៃ", "ងៃច័", "ច័ន្", "ន្ទ"), spans("ថ្ងៃច័ន្ទ"));
        assertEquals(List.of("ครู"), spans("ครู"));
        assertEquals(List.of("ปี", "2024", "wiki", "ขอ", "อง", "งเ", "เร", "รา"), spans("ปี2024 Wikiของเรา").stream()
                .map(String::toLowerCase).toList());
        // Thai digits are a number, not letters to pair (m2): ๑๒๓ is one word and เลข does not swallow it.
        assertEquals(List.of("ตัว", "๑๒๓", "แล", "ละ"), spans("ตัว๑๒๓และ"));
        assertTrue(forms("มีเลข๑๒๓และ").contains("๑๒๓"), forms("มีเลข๑๒๓และ").toString());
        // A space within a line between two letters does not end the pairs; a line break does.
        assertEquals(forms("ภาษาไทย"), forms("ภาษา ไทย"));
        assertTrue(!forms("ภาษา\nไทย").containsAll(forms("ภาษาไทย")), forms("ภาษา\nไทย").toString());
    }

    /**
     * Issue 13: whatever piece of two or more clusters is typed, its words are a run of the sentence's words
     * in order, so the phrase is found wherever the piece stands, whatever a dictionary would make of the
     * run around it (ICU split စာအုပ် "book" as မှာစာ|အုပ် inside a sentence, and found nothing).
     */
    @ParameterizedTest
    @ValueSource(strings = {THAI, LAO, KHMER, BURMESE, SpacelessSentences.KHMER_MONDAY, SpacelessSentences.BURMESE_BOOK})
    void everyPieceOfTwoOrMoreClustersIsARunOfTheSentencesWords(String sentence) {
        List<Words.Word> words = Words.of(sentence);
        List<String> all = words.stream().map(Words.Word::form).toList();
        assertTrue(words.size() >= 8, "a sentence of several clusters: " + spans(sentence));
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j <= words.size(); j++) {
                String piece = sentence.substring(words.get(i).start(), words.get(j - 1).end());
                if (!all.subList(i, j).equals(forms(piece))) {
                    missing.add(piece + " " + forms(piece));
                }
            }
        }
        assertEquals(List.of(), missing);
        // The same sentence between other text and punctuation splits the same way.
        List<String> alone = forms(sentence);
        List<String> framed = forms("Intro: " + sentence + ". ๑๒๓");
        assertEquals(alone, framed.subList(1, 1 + alone.size()));
    }

    /**
     * Issue 13 (m3): invisible hints (zero-width space, soft hyphen, zero-width non-joiner and joiner, Arabic
     * tatweel) neither end a word nor are part of it.
     */
    @Test
    void invisibleHintsAreIgnored() {
        assertEquals(forms("ภาษาไทย"), forms("ภาษา\u200bไทย"));
        assertEquals(List.of("zusammenarbeit"), forms("Zusammen\u00adarbeit"));
        assertEquals(forms("میخواهم"), forms("می\u200cخواهم"));
        assertEquals(forms("الكتاب"), forms("الكتـــاب"));
        assertEquals(List.of(), forms("\u200b\u00ad"));
    }
}
