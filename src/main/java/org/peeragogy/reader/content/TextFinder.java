package org.peeragogy.reader.content;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.text.Folding;

/**
 * Finds every occurrence of what the reader typed in a chapter's text, ignoring case, accents and the
 * letters people type without their marks ("peeragogia" finds "peeragogía", "lodz" finds "Łódź": the same
 * folding as whole-book search, {@link Folding}) and differences in white space. A space between two letters
 * of Thai, Lao, Khmer or Burmese ({@link Folding#isDictionaryScript}) does not matter either: those scripts
 * put spaces between phrases, not words, and search splits them into words itself, so ภาษา ไทย typed finds
 * ภาษาไทย written, and the other way round, as in search (issue 13). Offsets are UTF-16 code
 * units into the text given, as the page counts them. The text is folded on the first search, not when the
 * chapter is shown. One instance is used on one thread at a time.
 */
public final class TextFinder {
    /** One match: [start, end) in the original text. */
    public record Match(int start, int end) {
    }

    public static final int MAX_MATCHES = 2000;
    private static final int MAX_QUERY = 500;

    private final String text;
    private String folded;
    private int[] origin;

    private TextFinder(String text) {
        this.text = text;
    }

    /** A finder over {@code text} (one per chapter); cheap: the folding waits for the first search. */
    public static TextFinder of(String text) {
        return new TextFinder(text);
    }

    private void fold() {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> map = new ArrayList<>(text.length() + 1);
        int space = -1; // where the white space not yet written began
        int previous = -1; // the last character written
        boolean lineBreak = false; // the white space not yet written holds a line break (between two blocks)
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSpace(cp)) {
                lineBreak = space < 0 ? isLineBreak(cp) : lineBreak || isLineBreak(cp);
                space = space < 0 ? i : space;
            } else if (Folding.isIgnorable(cp)) {
                i += width; // folds to nothing, and is not "the letter before" a space either
                continue;
            } else {
                if (space >= 0 && (lineBreak || !(Folding.isDictionaryScript(previous) && Folding.isDictionaryScript(cp)))) {
                    out.append(' ');
                    map.add(space);
                }
                space = -1;
                previous = cp;
                String f = Folding.fold(cp);
                for (int k = 0; k < f.length(); k++) {
                    out.append(f.charAt(k));
                    map.add(i);
                }
            }
            i += width;
        }
        if (space >= 0) {
            out.append(' ');
            map.add(space);
        }
        map.add(text.length());
        origin = map.stream().mapToInt(Integer::intValue).toArray();
        folded = out.toString();
    }

    /** Every match of {@code query}, in text order; none for a blank query; at most {@link #MAX_MATCHES}. */
    public List<Match> find(String query) {
        String q = folded(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query);
        List<Match> matches = new ArrayList<>();
        if (q.isEmpty()) {
            return matches;
        }
        if (folded == null) {
            fold();
        }
        for (int at = folded.indexOf(q); at >= 0 && matches.size() < MAX_MATCHES; at = folded.indexOf(q, at + 1)) {
            matches.add(new Match(origin[at], nextOrigin(at + q.length() - 1)));
        }
        return matches;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The query folded as the text is: white space one space, none between two Thai, Lao, ... letters. */
    private static String folded(String query) {
        StringBuilder out = new StringBuilder(query.length());
        boolean space = false;
        int previous = -1;
        for (int i = 0; i < query.length(); ) {
            int cp = query.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                space = true;
                continue;
            }
            if (Folding.isIgnorable(cp)) {
                continue;
            }
            if (space && previous >= 0 && !(Folding.isDictionaryScript(previous) && Folding.isDictionaryScript(cp))) {
                out.append(' ');
            }
            space = false;
            previous = cp;
            out.append(Folding.fold(cp));
        }
        return out.toString();
    }

    /** The original offset just past the character that folded position {@code i} came from. */
    private int nextOrigin(int i) {
        int from = origin[i];
        for (int j = i + 1; j < origin.length; j++) {
            if (origin[j] != from) {
                return origin[j];
            }
        }
        return text.length();
    }
}
