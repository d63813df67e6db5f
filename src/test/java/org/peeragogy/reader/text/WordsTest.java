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
        // The pairs, then the run's last character alone (its tail).
        assertEquals(List.of("命令", "令行", "行"), forms("命令行"));
        assertEquals(List.of("命令", "令行", "行"), spans("命令行"));
        assertEquals(List.of("java", "编程", "程语", "语言", "言"), forms("Java编程语言"));
        assertEquals(List.of("Java", "编程", "程语", "语言", "言"), spans("Java编程语言"));
        // Punctuation ends a run; a character alone is a word of one.
        assertEquals(List.of("输入", "入命", "命令", "令", "然"), forms("输入命令，然"));
        // The long-vowel sign (script Common) stays in its katakana word.
        assertEquals(List.of("コー", "ーヒ", "ヒー", "ー"), forms("コーヒー"));
        // Half-width katakana become full-width, voicing marks and all.
        assertEquals(forms("ガイド"), forms("ｶﾞｲﾄﾞ"));
        assertEquals(List.of("학교", "교에", "에서", "서"), spans("학교에서"));
        assertEquals(4, forms("학교에서").size());
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
        assertEquals(List.of("ថ្ងៃ", "ងៃច័", "ច័ន្", "ន្ទ", "ទ"), spans("ថ្ងៃច័ន្ទ"));
        assertEquals(List.of("ครู", "รู"), spans("ครู"));
        assertEquals(List.of("ปี", "2024", "wiki", "ขอ", "อง", "งเ", "เร", "รา", "า"), spans("ปี2024 Wikiของเรา").stream()
                .map(String::toLowerCase).toList());
        // Thai digits are a number, not letters to pair (m2): ๑๒๓ is one word and เลข does not swallow it.
        assertEquals(List.of("ตัว", "ว", "๑๒๓", "แล", "ละ", "ะ"), spans("ตัว๑๒๓และ"));
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
                // As typed: the piece's own tail is left out, since the sentence may go on after it.
                List<String> typed = Words.typed(piece).stream().map(Words.Word::form).toList();
                if (typed.isEmpty() || java.util.Collections.indexOfSubList(all.subList(i, all.size()), typed) != 0) {
                    missing.add(piece + " " + typed);
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

    /**
     * Issue 13 (third test): a character or cluster alone at the end of a run is a word too (the run's tail),
     * since no pair begins with it; what is typed leaves its own tail out, as it may stand inside a longer run.
     */
    @Test
    void theLastCharacterOfARunIsAWordOfItsOwnButNotInWhatIsTyped() {
        Words.Word tail = Words.of("图书馆").get(2);
        assertEquals("馆", tail.form());
        assertTrue(tail.tail() && tail.lone() && tail.bigram(), tail.toString());
        assertEquals(List.of("图书", "书馆"), Words.typed("图书馆").stream().map(Words.Word::form).toList());
        // A character alone is no tail: typed alone it is the lone word (a prefix), as before.
        assertEquals(List.of("馆"), Words.typed("馆").stream().map(Words.Word::form).toList());
        assertTrue(!Words.of("馆").get(0).tail());
        // A tail inside what is typed stays: there the run ended in the typed text as in the passage.
        assertEquals(List.of("编程", "程", "abc"), Words.typed("编程abc").stream().map(Words.Word::form).toList());
        // Khmer: ទៅ "go" ends the run ខ្ញុំចង់ទៅ, and is a word of its own there.
        assertTrue(forms("ខ្ញុំចង់ទៅ").contains(Folding.fold("ទៅ")), forms("ខ្ញុំចង់ទៅ").toString());
    }

    /**
     * Issue 13 (third test): Hangul written as conjoining jamo (U+1100.., as some input methods and NFD text
     * have it) splits exactly as the composed syllables do, so each finds the other.
     */
    @Test
    void hangulWrittenAsJamoIsTheSameWordsAsTheComposedSyllables() {
        String composed = "한국어 책을 읽었습니다";
        String jamo = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertTrue(jamo.chars().anyMatch(c -> c >= 0x1100 && c <= 0x11FF) && jamo.length() > composed.length(), jamo);
        assertEquals(forms(composed), forms(jamo));
        // Each word spans the whole syllables it came from, jamo and all.
        assertEquals(List.of("한국", "국어", "어", "책을", "을", "읽었", "었습", "습니", "니다", "다"),
                Words.of(jamo).stream().map(w -> java.text.Normalizer.normalize(jamo.substring(w.start(), w.end()),
                        java.text.Normalizer.Form.NFC)).toList());
        // A syllable typed in jamo is one syllable alone: a prefix, as 책 typed composed is.
        List<Words.Word> typed = Words.typed(java.text.Normalizer.normalize("책", java.text.Normalizer.Form.NFD));
        assertEquals(1, typed.size());
        assertTrue(typed.get(0).lone(), typed.toString());
    }
}
