package org.peeragogy.reader.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a reader typed into an FTS5 MATCH expression that can only mean "these words". The
 * reader's text is never FTS syntax: it is split into words (runs of letters, digits and marks, as
 * the {@code unicode61} tokenizer splits) and every word is written as an FTS5 string, so
 * {@code AND}, {@code NEAR}, {@code *}, {@code -}, {@code :}, {@code ^} and brackets are separators or
 * plain words. Double quotes that pair up make a phrase; an unpaired quote is ignored. The last word is
 * a prefix ({@code collab} finds "collaboration") unless the text ends with a space or a closed
 * phrase, or the word is a single character. At most {@link #MAX_INPUT} characters and
 * {@link #MAX_TERMS} words are read, each word at most {@link #MAX_WORD} characters.
 */
final class SearchQuery {
    static final int MAX_INPUT = 1_000;
    static final int MAX_TERMS = 16;
    static final int MAX_WORD = 64;

    private SearchQuery() {
    }

    /** The MATCH expression, or empty when the text has no word to search for. */
    static Optional<String> toMatch(String typed) {
        List<String> items = items(typed);
        return items.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", items));
    }

    /**
     * The same words and phrases as {@link #toMatch}, any one of which matches ({@code OR}): used to
     * weigh a chapter whose title shares some of the words.
     */
    static Optional<String> toAnyMatch(String typed) {
        List<String> items = items(typed);
        return items.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", items));
    }

    /** The words of an expression made by {@link #toMatch}, phrases' words too (its quotes and prefix star dropped). */
    static List<String> words(String match) {
        List<String> out = new ArrayList<>();
        for (String w : match.split("[\"*\\s]+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Case and accents folded as the {@code unicode61 remove_diacritics 2} tokenizer folds them. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The FTS5 strings (a word, a phrase, the last maybe a prefix) of the typed text, none when it has no word. */
    private static List<String> items(String typed) {
        if (typed == null) {
            return List.of();
        }
        String s = typed;
        if (s.length() > MAX_INPUT) {
            int end = Character.isHighSurrogate(s.charAt(MAX_INPUT - 1)) ? MAX_INPUT - 1 : MAX_INPUT;
            s = s.substring(0, end);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
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
        List<List<String>> items = new ArrayList<>();
        List<Boolean> phrase = new ArrayList<>();
        int terms = 0;
        int from = 0;
        for (int q = 0; q <= quotes.size() && terms < MAX_TERMS; q++) {
            int to = q < quotes.size() ? quotes.get(q) : s.length();
            boolean inPhrase = q % 2 == 1;
            List<String> words = words(s.substring(from, to), MAX_TERMS - terms);
            terms += words.size();
            if (inPhrase && !words.isEmpty()) {
                items.add(words);
                phrase.add(true);
            } else {
                for (String w : words) {
                    items.add(List.of(w));
                    phrase.add(false);
                }
            }
            from = to + 1;
        }
        if (items.isEmpty()) {
            return List.of();
        }
        // The same word twice asks nothing more but costs as much again; the last one (maybe a prefix) stays.
        Set<String> seen = new HashSet<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!seen.add(String.join(" ", items.get(i)).toLowerCase(Locale.ROOT))) {
                items.remove(i);
                phrase.remove(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> item : items) {
            out.add('"' + String.join(" ", item).replace("\"", "\"\"") + '"');
        }
        int last = items.size() - 1;
        String lastWord = items.get(last).get(0);
        boolean typing = !s.isEmpty() && isWordChar(s.codePointBefore(s.length()));
        if (!phrase.get(last) && typing && lastWord.codePointCount(0, lastWord.length()) > 1) {
            out.set(last, out.get(last) + '*');
        }
        return out;
    }

    private static List<String> words(String s, int max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length() && out.size() < max) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            StringBuilder w = new StringBuilder();
            int n = 0;
            while (i < s.length() && isWordChar(cp = s.codePointAt(i))) {
                if (n++ < MAX_WORD) {
                    w.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            out.add(w.toString());
        }
        return out;
    }

    /** Letters, digits and private-use characters are word characters for unicode61; marks stay with them. */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
