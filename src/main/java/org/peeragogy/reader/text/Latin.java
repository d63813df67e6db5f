package org.peeragogy.reader.text;

import com.ibm.icu.text.Transliterator;

/**
 * Text in Latin letters, as plain ASCII as it can be: for names that must stay readable where only ASCII is safe
 * (a group folder's file names, issue 16). ICU's {@code Any-Latin; Latin-ASCII} transliteration (Unicode CLDR's
 * tables, kept by the ICU project, not ours): {@code Ø} is {@code O}, {@code Ł} {@code L}, {@code ß} {@code ss},
 * Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese, Korean, Thai and Indic scripts ICU's romanisation
 * ({@code 王芳} is {@code wang fang}); what has no Latin form (emoji, symbols) is left as
 * it is for the caller to drop. ICU's transliterator is loaded (about half a second) the first time text that is
 * not ASCII is given. Threads: any (one transliterator, used one call at a time). Nothing here throws.
 */
public final class Latin {
    private Latin() {
    }

    /** {@code text} romanised and folded to ASCII where ICU knows how (null gives ""). */
    public static String ascii(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        Transliterator t = AnyToAscii.INSTANCE;
        synchronized (t) { // ICU does not promise that one transliterator is thread-safe
            return t.transliterate(text);
        }
    }

    /** Loaded on first use: most names are ASCII already. */
    private static final class AnyToAscii {
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }
}
