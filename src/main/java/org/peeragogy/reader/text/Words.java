package org.peeragogy.reader.text;

import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the words search indexes and looks for (decision 0018), each folded ({@link Folding})
 * and with the place it came from, so that a hit can be shown in the text as written.
 *
 * <ul>
 *   <li>A word is a run of word characters ({@link Folding#isWordChar}); everything else separates words.</li>
 *   <li>Inside a run, Chinese, Japanese and Korean characters ({@link Folding#isBigramScript}, with the
 *       digits, marks and signs such as {@code ー} that follow them) give one word per pair of neighbours,
 *       overlapping: 命令行 is 命令 and 令行, so any two or more characters of it are found as a phrase; a
 *       character on its own is a word of one. Latin or other letters glued to them are words of their own:
 *       {@code Java编程} is {@code java} and 编程.</li>
 *   <li>Inside a run, Thai, Lao, Khmer and Burmese letters ({@link Folding#isDictionaryScript}) are split the
 *       same way, one word per pair of neighbouring clusters (a letter with the marks that follow it:
 *       ថ្ងៃ is the clusters ថ្ and ងៃ), overlapping, so any piece of two or more clusters typed is found
 *       wherever it stands, as find in the chapter finds it (amendment of 0018: ICU's dictionary words split
 *       a word differently inside a run than alone). A space or tab between two such letters does not end
 *       the pairs (those scripts put spaces between phrases), a line break does. Their digits ({@code ๑๒๓})
 *       and Latin glued to them are words of their own.</li>
 *   <li>Invisible characters that only hint at breaking or joining ({@link Folding#isIgnorable}: soft hyphen,
 *       zero-width space, joiners, Arabic tatweel) are skipped: they neither end a word nor belong to it.</li>
 *   <li>Other runs are one word each, folded; when folding yields a separator (ICU writes {@code ŉ} as
 *       {@code 'n}) the run is split there.</li>
 * </ul>
 * Thread-safe; never throws.
 */
public final class Words {
    /**
     * Changes whenever the words of a text may change (these rules, or ICU's data): a search index written
     * with another version must be rebuilt.
     */
    public static final String VERSION = "words-4/icu-" + VersionInfo.ICU_VERSION.getMajor();

    /**
     * One word.
     *
     * @param start  first UTF-16 offset in the text it came from
     * @param end    offset just past it
     * @param form   the folded form that is indexed and compared, never empty, without white space
     * @param bigram one of the pairs (or a lone character) of a Chinese, Japanese, Korean, Thai, Lao, Khmer or
     *               Burmese run
     * @param lone   a character (with its marks) of such a run on its own, not a pair: as the last thing typed
     *               it is a prefix of the pairs it begins
     * @param tail   the last character of such a run of two or more, a word of its own after the run's last
     *               pair, so that a character typed alone is found at the end of a run too (書 in 图书, ទៅ at
     *               the end of a Khmer run). A text typed to search for leaves it out ({@link #typed}): what
     *               is typed may stand inside a longer run, where that character is followed by another
     */
    public record Word(int start, int end, String form, boolean bigram, boolean lone, boolean tail) {
        /** A word that is not a run's tail. */
        public Word(int start, int end, String form, boolean bigram, boolean lone) {
            this(start, end, form, bigram, lone, false);
        }
    }

    private Words() {
    }

    /** The words of {@code text}, in order. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Folding.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (Folding.isWordChar(c) || Folding.isIgnorable(c)) {
                    end += Character.charCount(c);
                } else {
                    int past = isPhraseSpace(c) ? bridge(text, end) : -1;
                    if (past < 0) {
                        break;
                    }
                    end = past;
                }
            }
            run(text, i, end, out);
            i = end;
        }
        return out;
    }

    /**
     * Where the run goes on after the spaces at {@code at}: past them when they lie between two letters of
     * Thai, Lao, Khmer or Burmese (no line break among them), else -1 (the run ends at {@code at}).
     */
    private static int bridge(String text, int at) {
        int after = at;
        while (after < text.length() && isPhraseSpace(text.charAt(after))) {
            after++;
        }
        int before = at - 1;
        while (before > 0 && (Folding.isMark(text.charAt(before)) || Folding.isIgnorable(text.charAt(before)))) {
            before--;
        }
        boolean between = before >= 0 && after < text.length() && Folding.isDictionaryScript(text.charAt(before))
                && Folding.isDictionaryScript(text.charAt(after)) && !Character.isDigit(text.charAt(before))
                && !Character.isDigit(text.charAt(after));
        return between ? after : -1;
    }

    /** A space within a line (not a line break): what these scripts put between phrases. */
    private static boolean isPhraseSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c > 127 && c != '\u2028' && c != '\u2029' && Character.isSpaceChar(c));
    }

    /**
     * The words of {@code text} as something typed to search for: as {@link #of}, without the tail of the
     * last run ({@link Word#tail}), since the text typed may be the start of a longer run. Tails of runs
     * that end before it stay: there the typed text, like the passage, ends the run.
     */
    public static List<Word> typed(String text) {
        List<Word> out = of(text);
        if (!out.isEmpty() && out.get(out.size() - 1).tail()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The folded words joined by single spaces: what the search index holds for {@code text}. */
    public static String searchForm(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (Word w : of(text)) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.form());
        }
        return b.toString();
    }

    /** How a part of a run is split into words. */
    private enum Kind {
        /** Chinese, Japanese, Korean: overlapping pairs. */
        PAIRS,
        /** Thai, Lao, Khmer, Burmese: overlapping pairs of clusters, kept apart from the CJK pairs. */
        CLUSTERS,
        /** Everything else: the part is one word. */
        WHOLE
    }

    /** One character of a run with what follows it (its marks), folded. */
    private record Unit(int start, int end, String folded, Kind kind) {
    }

    private static void run(String text, int from, int to, List<Word> out) {
        List<Unit> units = new ArrayList<>();
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Folding.isIgnorable(cp) || isPhraseSpace(cp)) {
                i = next; // skipped: invisible hints, and the spaces between two phrases of a spaceless script
                continue;
            }
            Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
            String folded = Folding.fold(cp);
            if (last != null && (Folding.joinsPrevious(text.codePointAt(last.start()), cp)
                    || (!folded.isEmpty() && Folding.isMark(folded.codePointAt(0))))) {
                // A mark, or what folds to one (half-width ﾞ is the voicing mark), belongs to the letter before;
                // so does a Hangul vowel or final jamo after Hangul: ᄒ ᅡ ᆫ is one syllable, as 한 is.
                units.set(units.size() - 1, new Unit(last.start(), next, last.folded() + folded, last.kind()));
            } else {
                Kind kind = Folding.isBigramScript(cp) || (last != null && last.kind() == Kind.PAIRS && isCommon(cp))
                        ? Kind.PAIRS
                        : Folding.isDictionaryScript(cp) && !Character.isDigit(cp) ? Kind.CLUSTERS : Kind.WHOLE;
                units.add(new Unit(i, next, folded, kind));
            }
            i = next;
        }
        int g = 0;
        while (g < units.size()) {
            int h = g;
            while (h < units.size() && units.get(h).kind() == units.get(g).kind()) {
                h++;
            }
            switch (units.get(g).kind()) {
                case PAIRS -> pairs(units.subList(g, h), out);
                case CLUSTERS -> pairs(units.subList(g, h), out);
                case WHOLE -> folded(units.subList(g, h), out);
            }
            g = h;
        }
    }

    private static boolean isCommon(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED;
    }

    private static void pairs(List<Unit> units, List<Word> out) {
        if (units.size() == 1) {
            Unit u = units.get(0);
            if (!u.folded().isEmpty()) {
                out.add(new Word(u.start(), u.end(), u.folded(), true, true));
            }
            return;
        }
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit a = units.get(i);
            Unit b = units.get(i + 1);
            String form = a.folded() + b.folded();
            if (!form.isEmpty()) {
                out.add(new Word(a.start(), b.end(), form, true, false));
            }
        }
        // The last character alone too: no pair begins with it, so as a prefix it would not be found.
        Unit last = units.get(units.size() - 1);
        if (!last.folded().isEmpty()) {
            out.add(new Word(last.start(), last.end(), last.folded(), true, true, true));
        }
    }

    /** Joins the folded units and splits where folding left a separator; each word spans its units. */
    private static void folded(List<Unit> units, List<Word> out) {
        StringBuilder form = new StringBuilder();
        int start = -1;
        int end = -1;
        for (Unit u : units) {
            String f = u.folded();
            for (int k = 0; k < f.length(); ) {
                int c = f.codePointAt(k);
                k += Character.charCount(c);
                if (Folding.isWordChar(c)) {
                    if (start < 0) {
                        start = u.start();
                    }
                    form.appendCodePoint(c);
                    end = u.end();
                } else if (!form.isEmpty()) {
                    out.add(new Word(start, end, form.toString(), false, false));
                    form.setLength(0);
                    start = -1;
                }
            }
        }
        if (!form.isEmpty()) {
            out.add(new Word(start, end, form.toString(), false, false));
        }
    }
}
