package org.peeragogy.reader.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.text.Folding;
import org.peeragogy.reader.text.Words;

/**
 * Turns what a reader typed into an FTS5 MATCH expression that can only mean "these words". The
 * reader's text is never FTS syntax: it is split into words as the index splits text ({@link Words}:
 * folded, so {@code lodz} finds Łódź, a Chinese, Japanese, Korean, Thai, Lao, Khmer or Burmese run becomes
 * its pairs of characters, as in a passage) and
 * every word is written as an FTS5 string, so {@code AND}, {@code NEAR}, {@code *}, {@code -}, {@code :},
 * {@code ^} and brackets are separators or plain words. A typed word that folds to several words
 * ({@code Java编程}, {@code 命令行}, ภาษาไทย) is a phrase of them. Double quotes that pair up make a phrase; an unpaired
 * quote is ignored. The last word is a prefix ({@code collab} finds "collaboration", 命 finds 命令) unless
 * the text ends with a space or a closed phrase, or the word is a single letter of an alphabet. At most
 * {@link #MAX_INPUT} characters and {@link #MAX_TERMS} typed words are read, each at most {@link #MAX_WORD}
 * characters.
 */
final class SearchQuery {
    static final int MAX_INPUT = 1_000;
    static final int MAX_TERMS = 16;
    static final int MAX_WORD = 64;

    /**
     * One thing searched for: the folded words that must stand side by side (one for a plain word), the last
     * one maybe a prefix.
     */
    record Item(List<String> forms, boolean prefix) {
        /** The FTS5 string: the words in double quotes, a star after when the last is a prefix. */
        String fts() {
            return '"' + String.join(" ", forms).replace("\"", "\"\"") + '"' + (prefix ? "*" : "");
        }
    }

    private SearchQuery() {
    }

    /** The MATCH expression, or empty when the text has no word to search for. */
    static Optional<String> toMatch(String typed) {
        return match(items(typed), " ");
    }

    /**
     * The same words and phrases as {@link #toMatch}, any one of which matches ({@code OR}): used to
     * weigh a chapter whose title shares some of the words.
     */
    static Optional<String> toAnyMatch(String typed) {
        return match(items(typed), " OR ");
    }

    private static Optional<String> match(List<Item> items, String joint) {
        return items.isEmpty() ? Optional.empty() : Optional.of(String.join(joint, items.stream().map(Item::fts).toList()));
    }

    /** What the typed text searches for, none when it has no word. */
    static List<Item> items(String typed) {
        if (typed == null) {
            return List.of();
        }
        String s = typed;
        if (s.length() > MAX_INPUT) {
            int end = Character.isHighSurrogate(s.charAt(MAX_INPUT - 1)) ? MAX_INPUT - 1 : MAX_INPUT;
            s = s.substring(0, end);
        }
        // Quotes pair up from the left; an odd last one is not a quote.
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (isQuote(s.charAt(i))) {
                quotes.add(i);
            }
        }
        if (quotes.size() % 2 == 1) {
            quotes.remove(quotes.size() - 1);
        }
        List<List<Words.Word>> items = new ArrayList<>();
        List<Boolean> phrase = new ArrayList<>();
        int terms = 0;
        int from = 0;
        for (int q = 0; q <= quotes.size() && terms < MAX_TERMS; q++) {
            int to = q < quotes.size() ? quotes.get(q) : s.length();
            boolean inPhrase = q % 2 == 1;
            List<List<Words.Word>> words = typedWords(s.substring(from, to), MAX_TERMS - terms);
            terms += words.size();
            if (inPhrase && !words.isEmpty()) {
                // Split as a passage is: a space between two Thai, Lao, ... letters is a pair like any other.
                items.add(Words.typed(s.substring(from, to)));
                phrase.add(true);
            } else {
                for (List<Words.Word> w : words) {
                    items.add(w);
                    phrase.add(false);
                }
            }
            from = to + 1;
        }
        // The same words twice ask nothing more but cost as much again; the last one (maybe a prefix) stays.
        Set<String> seen = new HashSet<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!seen.add(String.join(" ", forms(items.get(i))))) {
                items.remove(i);
                phrase.remove(i);
            }
        }
        List<Item> out = new ArrayList<>();
        for (List<Words.Word> item : items) {
            out.add(new Item(forms(item), false));
        }
        if (out.isEmpty()) {
            return out;
        }
        int last = items.size() - 1;
        Words.Word lastWord = items.get(last).get(items.get(last).size() - 1);
        boolean typing = !s.isEmpty() && Folding.isWordChar(s.codePointBefore(s.length()));
        // A letter of an alphabet alone would match most words; a Chinese or Japanese character alone is a
        // word, and as a prefix finds the pairs it begins. A pair is always whole.
        // (A Hangul syllable folds to two or three jamo, a Khmer letter carries its marks: lone() counts characters.)
        boolean prefix = lastWord.bigram() ? lastWord.lone()
                : lastWord.form().codePointCount(0, lastWord.form().length()) > 1;
        if (!phrase.get(last) && typing && prefix) {
            out.set(last, new Item(out.get(last).forms(), true));
        }
        return out;
    }

    private static List<String> forms(List<Words.Word> words) {
        return words.stream().map(Words.Word::form).toList();
    }

    /** The typed words (runs of word characters, at most {@link #MAX_WORD} characters each), as index words. */
    private static List<List<Words.Word>> typedWords(String s, int max) {
        List<List<Words.Word>> out = new ArrayList<>();
        int i = 0;
        while (i < s.length() && out.size() < max) {
            int cp = s.codePointAt(i);
            if (!Folding.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            StringBuilder w = new StringBuilder();
            int n = 0;
            while (i < s.length() && (Folding.isWordChar(cp = s.codePointAt(i)) || Folding.isIgnorable(cp))) {
                if (n++ < MAX_WORD) {
                    w.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            List<Words.Word> words = Words.typed(w.toString());
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
