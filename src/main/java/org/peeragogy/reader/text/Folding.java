package org.peeragogy.reader.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a letter is compared when the reader searches (whole-book search and find in the chapter alike):
 * case, accents and the letters people type without their marks do not matter (decision 0018).
 *
 * <p>Each character is folded on its own, in this order:
 * <ol>
 *   <li>Compatibility forms become plain ones and letters are decomposed (NFKD): full-width {@code Ａ} is
 *       {@code A}, {@code ﬁ} is {@code fi}, half-width katakana full-width, が is か and its voicing mark.</li>
 *   <li>Chinese, Japanese and Korean characters ({@link #isBigramScript}) stop there: their voicing marks
 *       change the word (が is not か), so they stay, decomposed on both sides of a comparison.</li>
 *   <li>Other characters lose their diacritics: nonspacing marks of the Latin, Greek, Cyrillic, Arabic and
 *       Hebrew scripts and the common combining marks ({@code é} is {@code e}, {@code й} is {@code и}, Arabic
 *       vowel signs go). Marks of other scripts (Indic vowel signs, Thai) are letters there and stay.</li>
 *   <li>Latin letters without a decomposition go to ASCII as ICU's {@code Latin-ASCII} transliterator has it
 *       (Unicode CLDR's table, kept by the ICU project, not ours): {@code ł} is {@code l}, {@code ø}
 *       {@code o}, {@code æ} {@code ae}, {@code ß} {@code ss}, {@code þ} {@code th}.</li>
 *   <li>Case is folded (Unicode full case folding: {@code Σ}, {@code σ} and {@code ς} are one).</li>
 * </ol>
 * Invisible hints ({@link #isIgnorable}) fold to nothing. Results are cached per character; all methods are thread-safe and never throw. ICU's transliterator is
 * loaded (about half a second) the first time a Latin letter without a decomposition is folded, or by
 * {@link #preload()}.
 */
public final class Folding {
    /** Folded form of each character folded so far (the texts' alphabets: a few hundred entries). */
    private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();
    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) Character.toLowerCase(c));
        }
    }

    private Folding() {
    }

    /** Loads the transliterator now (a background thread at start-up calls this), so no reader waits for it. */
    public static void preload() {
        fold('ł');
    }

    /** The folded form of one character: may be empty (a diacritic on its own) or longer ({@code ß}). */
    public static String fold(int cp) {
        if (cp < 128 && cp >= 0) {
            return ASCII[cp];
        }
        return CACHE.computeIfAbsent(cp, Folding::compute);
    }

    /** The folded form of a text, character by character (white space and punctuation pass through folded). */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.append(fold(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Whether the character belongs to a script written without spaces between words that search splits
     * into overlapping pairs of characters ({@link Words}): Han, Hiragana, Katakana, Hangul and Bopomofo.
     */
    public static boolean isBigramScript(int cp) {
        if (cp < 0x1100) {
            return false; // below Hangul Jamo, the first of these scripts' blocks: the common case, quickly
        }
        Character.UnicodeScript script = script(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    /**
     * Whether the character belongs to a script written without spaces between words that search splits
     * with ICU's word dictionaries ({@link Words}): Thai, Lao, Khmer and Myanmar (Burmese and the other
     * languages written in it), the scripts besides Chinese and Japanese for which ICU ships dictionaries.
     */
    public static boolean isDictionaryScript(int cp) {
        if (cp < 0x0E00 || cp > 0xAA7F) {
            return false; // outside Thai (U+0E00) .. Myanmar Extended-A (U+AA60..AA7F): the common case, quickly
        }
        Character.UnicodeScript script = script(cp);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
    }

    /**
     * Whether the character can be part of a word: letters, digits and other numbers, marks and private-use
     * characters, as SQLite's {@code unicode61} tokenizer has it. Everything else separates words.
     */
    public static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    /**
     * An invisible character that only hints at breaking or joining and that search, find in the chapter and
     * quotes ignore (issue 13): soft hyphen U+00AD, zero-width space U+200B, zero-width non-joiner and joiner
     * U+200C/U+200D, word joiner U+2060, zero-width no-break space U+FEFF, and the Arabic tatweel U+0640 (a
     * typographic lengthening, ignored by Arabic search everywhere). Its folded form is empty.
     */
    public static boolean isIgnorable(int cp) {
        return cp == 0x00AD || cp == 0x0640 || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
    }

    /**
     * A Hangul vowel or final consonant written as a conjoining jamo (U+1160..U+11FF, U+D7B0..U+D7FB): after
     * a Hangul leading consonant or syllable it belongs to it, as NFC composes ᄒ ᅡ ᆫ into 한 (Unicode's
     * Hangul syllable composition, chapter 3.12). Such text then folds and splits as the composed syllables do.
     */
    public static boolean isHangulJamoTail(int cp) {
        return (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FB);
    }

    /** Hangul: a syllable or a conjoining or compatibility jamo (what a vowel or final jamo may follow). */
    public static boolean isHangul(int cp) {
        return cp >= 0x1100 && script(cp) == Character.UnicodeScript.HANGUL;
    }

    /**
     * Whether {@code cp} belongs to the character before it, {@code previous}, as one letter: a combining mark
     * ({@link #isMark}), or a Hangul vowel or final jamo after Hangul ({@link #isHangulJamoTail}). Search,
     * find in the chapter and quotes keep such a sequence together, so jamo text and composed syllables agree.
     */
    public static boolean joinsPrevious(int previous, int cp) {
        return isMark(cp) || (isHangulJamoTail(cp) && isHangul(previous));
    }

    /** A combining mark: it belongs to the character before it. */
    public static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String compute(int cp) {
        if (isIgnorable(cp)) {
            return "";
        }
        String s = new String(Character.toChars(cp));
        if (isBigramScript(cp)) {
            return Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean latin = false;
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            i += Character.charCount(c);
            if (isDiacritic(c)) {
                continue;
            }
            latin |= c >= 128 && script(c) == Character.UnicodeScript.LATIN;
            b.appendCodePoint(c);
        }
        String out = b.toString();
        if (latin) {
            synchronized (LatinAscii.INSTANCE) { // ICU does not promise that one transliterator is thread-safe
                out = LatinAscii.INSTANCE.transliterate(out);
            }
        }
        return UCharacter.foldCase(out, true);
    }

    /** A nonspacing mark that is a diacritic: of the common combining marks or a script whose marks are accents. */
    private static boolean isDiacritic(int cp) {
        if (Character.getType(cp) != Character.NON_SPACING_MARK || cp == 0x3099 || cp == 0x309A) {
            return false; // the kana voicing marks make another letter
        }
        Character.UnicodeScript script = script(cp);
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
    }

    private static Character.UnicodeScript script(int cp) {
        try {
            return Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return Character.UnicodeScript.UNKNOWN;
        }
    }

    /** ICU's Latin-ASCII transliterator, loaded on first use (class initialisation is thread-safe). */
    private static final class LatinAscii {
        static final Transliterator INSTANCE = Transliterator.getInstance("Latin-ASCII");
    }
}
