package org.peeragogy.reader.store;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.text.Folding;
import org.peeragogy.reader.text.Words;

/**
 * Cuts a hit's snippet from the text as the reader sees it (the index holds only folded words, decision
 * 0018): the window of at most so many words that shows the most of the things searched for, with every
 * matched word between {@link SearchHit#MATCH_START} and {@link SearchHit#MATCH_END} (overlapping pairs of
 * Chinese or Japanese characters marked as one run), "…" where the text was cut; the text between is as
 * written (the index's text has no control characters but tabs and line ends).
 * Words match as the index matches them: the same folded words side by side, the last maybe a prefix.
 * Thread-safe; never throws.
 */
final class Snippets {
    /** A snippet, and whether it shows every thing searched for. */
    record Snippet(String text, boolean showsAll) {
    }

    /** Where one thing searched for is in the text: words {@code from} to {@code to} (exclusive). */
    private record Hit(int item, int from, int to) {
    }

    private Snippets() {
    }

    /**
     * A text split into words, with every place each thing searched for is in it: split once, then asked
     * {@link #holdsAll} and {@link #cut} as often as needed (a hit's snippet is tried at several lengths).
     */
    static final class Split {
        private final String text;
        private final List<Words.Word> words;
        private final List<Hit> hits;
        private final int items;

        private Split(String text, List<SearchQuery.Item> items) {
            this.text = text == null ? "" : text;
            this.words = Words.of(this.text);
            this.hits = words.isEmpty() ? List.of() : hits(words, items);
            this.items = items.size();
        }

        /** Whether the text holds every one of the things searched for (each as a whole: words side by side). */
        boolean holdsAll() {
            boolean[] seen = new boolean[items];
            for (Hit h : hits) {
                seen[h.item()] = true;
            }
            for (boolean b : seen) {
                if (!b) {
                    return false;
                }
            }
            return true;
        }

        /** The snippet, at most {@code maxWords} words long. */
        Snippet cut(int maxWords) {
            return words.isEmpty() ? new Snippet(text, items == 0) : Snippets.cut(text, words, hits, items, maxWords);
        }
    }

    /** {@code text} split for {@code items}. */
    static Split split(String text, List<SearchQuery.Item> items) {
        return new Split(text, items);
    }

    /** Whether {@code text} holds every one of {@code items} (each as a whole: words side by side). */
    static boolean holdsAll(String text, List<SearchQuery.Item> items) {
        return split(text, items).holdsAll();
    }

    /** The snippet of {@code text} for {@code items}, at most {@code maxWords} words long. */
    static Snippet of(String text, List<SearchQuery.Item> items, int maxWords) {
        return split(text, items).cut(maxWords);
    }

    private static Snippet cut(String t, List<Words.Word> words, List<Hit> hits, int itemCount, int maxWords) {
        int size = Math.min(maxWords, words.size());
        int best = 0;
        int bestItems = -1;
        int bestHits = -1;
        int bestLead = Integer.MAX_VALUE;
        int lead = Math.min(3, size / 4);
        for (int s = 0; s + size <= words.size(); s++) {
            boolean[] seen = new boolean[itemCount];
            int covered = 0;
            int count = 0;
            int first = -1;
            for (Hit h : hits) {
                if (h.from() >= s && h.to() <= s + size) {
                    count++;
                    first = first < 0 ? h.from() : Math.min(first, h.from());
                    if (!seen[h.item()]) {
                        seen[h.item()] = true;
                        covered++;
                    }
                }
            }
            // Most things shown, then most matches, then the first match nearest a few words in.
            int off = first < 0 ? Integer.MAX_VALUE : Math.abs(first - s - lead);
            if (covered > bestItems || (covered == bestItems && (count > bestHits || (count == bestHits && off < bestLead)))) {
                best = s;
                bestItems = covered;
                bestHits = count;
                bestLead = off;
            }
        }
        int from = best == 0 ? 0 : words.get(best).start();
        int to = best + size == words.size() ? t.length() : after(t, words.get(best + size - 1).end());
        boolean[] marked = new boolean[t.length()];
        for (Hit h : hits) {
            if (h.from() >= best && h.to() <= best + size) {
                for (int w = h.from(); w < h.to(); w++) {
                    for (int i = words.get(w).start(); i < words.get(w).end(); i++) {
                        marked[i] = true;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        boolean in = false;
        for (int i = from; i < to; i++) {
            if (marked[i] != in) {
                out.append(marked[i] ? SearchHit.MATCH_START : SearchHit.MATCH_END);
                in = marked[i];
            }
            out.append(t.charAt(i));
        }
        if (in) {
            out.append(SearchHit.MATCH_END);
        }
        if (to < t.length()) {
            out.append('…');
        }
        return new Snippet(out.toString(), bestItems == itemCount);
    }

    /** Every place each item is in the words. */
    private static List<Hit> hits(List<Words.Word> words, List<SearchQuery.Item> items) {
        List<Hit> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            List<String> forms = items.get(k).forms();
            for (int p = 0; p + forms.size() <= words.size(); p++) {
                boolean all = true;
                for (int j = 0; j < forms.size() && all; j++) {
                    String have = words.get(p + j).form();
                    boolean last = j == forms.size() - 1 && items.get(k).prefix();
                    all = last ? have.startsWith(forms.get(j)) : have.equals(forms.get(j));
                }
                if (all) {
                    out.add(new Hit(k, p, p + forms.size()));
                }
            }
        }
        return out;
    }

    /** The end of a snippet after the word ending at {@code end}: its closing punctuation too. */
    private static int after(String t, int end) {
        int i = end;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (Folding.isWordChar(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
