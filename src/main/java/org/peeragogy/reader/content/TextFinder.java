package org.peeragogy.reader.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds every occurrence of what the reader typed in a chapter's text, ignoring case, accents
 * ("peeragogia" finds "peeragogía") and differences in white space. Offsets are UTF-16 code units
 * into the text given, as the page counts them.
 */
public final class TextFinder {
    /** One match: [start, end) in the original text. */
    public record Match(int start, int end) {
    }

    public static final int MAX_MATCHES = 2000;
    private static final int MAX_QUERY = 500;

    private final String folded;
    private final int[] origin;
    private final int length;

    private TextFinder(String folded, int[] origin, int length) {
        this.folded = folded;
        this.origin = origin;
        this.length = length;
    }

    /** Prepares a text for searching (do once per chapter). */
    public static TextFinder of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> map = new ArrayList<>(text.length() + 1);
        boolean lastSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!lastSpace) {
                    out.append(' ');
                    map.add(i);
                }
                lastSpace = true;
            } else {
                String f = fold(new String(Character.toChars(cp)));
                for (int k = 0; k < f.length(); k++) {
                    out.append(f.charAt(k));
                    map.add(i);
                }
                lastSpace = false;
            }
            i += width;
        }
        map.add(text.length());
        int[] origin = map.stream().mapToInt(Integer::intValue).toArray();
        return new TextFinder(out.toString(), origin, text.length());
    }

    /** Every match of {@code query}, in text order; none for a blank query; at most {@link #MAX_MATCHES}. */
    public List<Match> find(String query) {
        String q = fold(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query)
                .replaceAll("\\s+", " ").strip();
        List<Match> matches = new ArrayList<>();
        if (q.isEmpty()) {
            return matches;
        }
        for (int at = folded.indexOf(q); at >= 0 && matches.size() < MAX_MATCHES; at = folded.indexOf(q, at + 1)) {
            matches.add(new Match(origin[at], nextOrigin(at + q.length() - 1)));
        }
        return matches;
    }

    /** The original offset just past the character that folded position {@code i} came from. */
    private int nextOrigin(int i) {
        int from = origin[i];
        for (int j = i + 1; j < origin.length; j++) {
            if (origin[j] != from) {
                return origin[j];
            }
        }
        return length;
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
