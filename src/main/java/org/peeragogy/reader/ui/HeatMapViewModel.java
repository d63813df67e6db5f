package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * The heat map of the chapter shown (issue 15, decision 0031): per paragraph, how many distinct people highlighted
 * or noted it, over the notes shown (people hidden as layers, and others' notes hidden by a blind first pass, do not
 * count). Counted by paragraph (the page's blocks, by text offsets), never by screen position, so the same notes
 * give the same map at any window size or text size. The page paints it as a margin bar
 * ({@code ui.web.PageHeat}); the Hotspots list says the same as text. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread (it reads {@link NotesViewModel}'s lists). Nothing here throws.
 */
public final class HeatMapViewModel {
    /** Bar levels run from 1 to this. */
    public static final int LEVELS = 4;

    /**
     * One paragraph some people marked.
     *
     * @param blockId the page's id of the block (a paragraph, list item, cell)
     * @param start   where its text starts, a UTF-16 offset into the chapter's text
     * @param people  how many distinct people highlighted or noted in it
     * @param level   1 to {@link #LEVELS}: the most-marked paragraph of the chapter is {@link #LEVELS}, one
     *                person alone is 1
     * @param excerpt its first words (white space folded), to name it in the Hotspots list
     */
    public record Paragraph(String blockId, int start, int people, int level, String excerpt) {
    }

    private static final int EXCERPT = 70;

    private final NotesViewModel notes;
    private ChapterText text;
    private List<Paragraph> made = List.of();
    private int madeAt = -1;

    /** Who a note's writer is, for counting people: their author id, or one key for all of the reader's own ids. */
    private final java.util.function.Function<Annotation, String> person;

    /** Each author id one person. FX thread; throws NullPointerException for a null argument. */
    public HeatMapViewModel(NotesViewModel notes) {
        this(notes, Annotation::authorId);
    }

    /**
     * People counted as {@code person} says (in the reader's window their anonymous id is them: t15b's N9, {@link
     * ConversationViewModel#person}). FX thread; throws NullPointerException for a null argument.
     */
    public HeatMapViewModel(NotesViewModel notes, java.util.function.Function<Annotation, String> person) {
        this.notes = Objects.requireNonNull(notes);
        this.person = Objects.requireNonNull(person);
    }

    /** A page is on screen with this text (its blocks are the paragraphs counted). FX thread. */
    public void chapterShown(ChapterText shown) {
        this.text = Objects.requireNonNull(shown);
        madeAt = -1;
    }

    /**
     * The paragraphs marked by someone, in text order; counted again when the notes changed since. FX thread.
     */
    public List<Paragraph> paragraphs() {
        int version = notes.paintVersionProperty().get();
        if (version != madeAt) {
            // A note a file says is the reader's, not saved by her, is the file's words: no one's mark (t15d's F1).
            made = text == null ? List.of() : count(text, notes.toPaint().stream()
                    .filter(i -> i.claimedFrom().isEmpty()).toList(), person);
            madeAt = version;
        }
        return made;
    }

    /** The paragraphs most people marked, most first (ties: text order), at most {@code n}. FX thread. */
    public List<Paragraph> hottest(int n) {
        return paragraphs().stream().sorted(Comparator.comparingInt(Paragraph::people).reversed()
                .thenComparingInt(Paragraph::start)).limit(n).toList();
    }

    /**
     * Counts the people per paragraph: a highlight counts in every innermost block its text touches (one that
     * spans two paragraphs marks both), else in the block it starts in. Any thread.
     */
    static List<Paragraph> count(ChapterText text, List<NoteItem> highlights) {
        return count(text, highlights, Annotation::authorId);
    }

    /** As above, people counted as {@code person} says. Any thread. */
    static List<Paragraph> count(ChapterText text, List<NoteItem> highlights,
                                 java.util.function.Function<Annotation, String> person) {
        List<ChapterText.Block> blocks = text.blocks().stream().filter(ChapterText.Block::leaf).toList();
        int[] starts = blocks.stream().mapToInt(ChapterText.Block::start).toArray();
        Map<String, Set<String>> who = new HashMap<>();
        for (NoteItem i : highlights) {
            Annotation a = i.annotation();
            if (a.kind() != Annotation.Kind.HIGHLIGHT) {
                continue;
            }
            int s = i.placement().start();
            int e = Math.max(s + 1, i.placement().end());
            boolean any = false;
            // The first block that could touch [s, e): the last one starting at or before s.
            int at = java.util.Arrays.binarySearch(starts, s);
            at = at >= 0 ? at : Math.max(0, -at - 2);
            for (int b = at; b < blocks.size() && blocks.get(b).start() < e; b++) {
                if (blocks.get(b).end() > s) {
                    who.computeIfAbsent(blocks.get(b).id(), k -> new HashSet<>()).add(person.apply(a));
                    any = true;
                }
            }
            if (!any) {
                text.blockAt(s).ifPresent(id -> who.computeIfAbsent(id, k -> new HashSet<>()).add(person.apply(a)));
            }
        }
        int max = who.values().stream().mapToInt(Set::size).max().orElse(0);
        List<Paragraph> out = new ArrayList<>();
        for (ChapterText.Block b : text.blocks()) {
            Set<String> people = who.get(b.id());
            if (people != null && !people.isEmpty()) {
                String words = text.text().substring(b.start(), b.end()).replaceAll("\\s+", " ").strip();
                out.add(new Paragraph(b.id(), b.start(), people.size(), level(people.size(), max),
                        words.length() > EXCERPT ? words.substring(0, EXCERPT - 1).strip() + "…" : words));
            }
        }
        return List.copyOf(out);
    }

    /** 1 for the fewest, {@link #LEVELS} for the chapter's most-marked paragraph; 1 when no one else marked. */
    static int level(int people, int max) {
        if (max <= 1) {
            return 1;
        }
        return 1 + (int) Math.round((LEVELS - 1) * (people - 1) / (double) (max - 1));
    }
}
