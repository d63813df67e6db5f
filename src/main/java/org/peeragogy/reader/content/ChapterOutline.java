package org.peeragogy.reader.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * A shown chapter's sections (its {@code h2} and {@code h3} headings that carry an id, as the renderer gives
 * them) and where its words begin, both as offsets into its {@link ChapterText}: what the contents list under
 * the chapter being read, and what the status line says of the section and the time left. Immutable; any
 * thread.
 */
public final class ChapterOutline {
    /** A heading of the chapter: level 2 or 3, its element id, its text, its offset into the chapter's text. */
    public record Section(int level, String id, String title, int offset) {
        public Section {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
        }
    }

    /** No sections and no words (before a page is shown). */
    public static final ChapterOutline EMPTY = new ChapterOutline(List.of(), new int[0]);

    private final List<Section> sections;
    private final int[] wordStarts;

    private ChapterOutline(List<Section> sections, int[] wordStarts) {
        this.sections = List.copyOf(sections);
        this.wordStarts = wordStarts;
    }

    /**
     * The outline of a rendered page ({@code RenderedChapter.html()}) whose text is {@code text}. A page
     * without an article has no sections; its words are still counted.
     */
    public static ChapterOutline of(String pageHtml, ChapterText text) {
        List<Section> sections = new ArrayList<>();
        Element article = Jsoup.parse(pageHtml).getElementById("chapter");
        if (article != null) {
            for (Element h : article.select("h2[id], h3[id]")) {
                OptionalInt at = text.blockStart(h.id());
                String title = h.text().strip();
                if (at.isPresent() && !title.isEmpty()) {
                    sections.add(new Section(h.normalName().equals("h2") ? 2 : 3, h.id(), title, at.getAsInt()));
                }
            }
        }
        return new ChapterOutline(sections, wordStarts(text.text()));
    }

    /** Offsets where a word (a run of letters and digits) begins. */
    private static int[] wordStarts(String s) {
        int[] starts = new int[Math.max(16, s.length() / 5)];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
            inWord = letter;
        }
        return Arrays.copyOf(starts, n);
    }

    /** The sections in the order of the text. */
    public List<Section> sections() {
        return sections;
    }

    /** How many words the chapter has. */
    public int words() {
        return wordStarts.length;
    }

    /** How many words begin at or after {@code offset}. */
    public int wordsFrom(int offset) {
        int i = Arrays.binarySearch(wordStarts, offset);
        int first = i >= 0 ? i : -i - 1;
        return wordStarts.length - first;
    }

    /** The section the text at {@code offset} is in: the last heading at or before it; empty before the first. */
    public Optional<Section> sectionAt(int offset) {
        Section found = null;
        for (Section s : sections) {
            if (s.offset() > offset) {
                break;
            }
            found = s;
        }
        return Optional.ofNullable(found);
    }
}
