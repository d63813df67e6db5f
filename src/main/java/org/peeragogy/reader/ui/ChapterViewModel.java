package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.ChapterOutline;
import org.peeragogy.reader.content.TextFinder;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * What happens when a page is on screen, without the page: a new page's text is built
 * ({@link ChapterText}, equal to the page's {@code #chapter} text) and handed to the notes, which
 * re-locate every note in it, and to find in chapter; the words of a search result opened are found in
 * the page's text; a note asked to be shown is handed back once. {@link ChapterPresenter} is its view.
 * No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread (it drives {@link NotesViewModel} and {@link FindViewModel}). Nothing here
 * throws; a chapter page that jsoup cannot read gives an empty text, whose notes are all unplaced.
 */
public final class ChapterViewModel {
    /**
     * What a showing of a page asks of the view.
     *
     * @param newPage true when the page is new and its notes were placed again (they are painted when
     *                the notes say so); false when the same page was shown again (paint it again)
     * @param found   where the words of the search result just opened are, as {start, end} offsets into
     *                the page's text (empty list: none found); empty when no search result was opened
     * @param reveal  the id of the note to show (select, flash or scroll to), once
     */
    public record Shown(boolean newPage, Optional<List<int[]>> found, Optional<String> reveal) {
    }

    /** Hears of each new page's text before its notes are placed in it (the heat map, the conversation). */
    public interface PageListener {
        void shown(String bookIdentity, String chapterId, ChapterText text);
    }

    private final NotesViewModel notes;
    private final List<PageListener> pageListeners = new ArrayList<>();
    private final FindViewModel find;
    private final Supplier<String> bookIdentity;
    private RenderedChapter anchoredOn;
    private List<String> pendingTerms = List.of();
    private String pendingReveal;
    private final ReadOnlyObjectWrapper<ChapterOutline> outline = new ReadOnlyObjectWrapper<>(ChapterOutline.EMPTY);

    /**
     * FX thread; throws NullPointerException for a null argument.
     *
     * @param bookIdentity the open handbook's identity, which notes are kept under
     */
    public ChapterViewModel(NotesViewModel notes, FindViewModel find, Supplier<String> bookIdentity) {
        this.notes = Objects.requireNonNull(notes);
        this.find = Objects.requireNonNull(find);
        this.bookIdentity = Objects.requireNonNull(bookIdentity);
    }

    /** {@code listener} hears of every new page, before its notes are placed. FX thread. */
    public void addPageListener(PageListener listener) {
        pageListeners.add(Objects.requireNonNull(listener));
    }

    /** Marks these words (a search's) in the next page shown. FX thread. */
    public void markWhenShown(List<String> terms) {
        pendingTerms = List.copyOf(terms);
    }

    /** Shows this note when the next page is shown. FX thread; throws NullPointerException for a null id. */
    public void revealWhenShown(String annotationId) {
        pendingReveal = Objects.requireNonNull(annotationId);
    }

    /**
     * A page is on screen. A page not seen before is anchored: its text is built from {@code page}'s HTML
     * and the notes and find are given it. FX thread.
     *
     * @param pageText the text the page shows, read only when words are to be marked
     */
    public Shown pageShown(RenderedChapter page, Supplier<String> pageText) {
        boolean fresh = page != anchoredOn;
        if (fresh) {
            anchoredOn = page;
            ChapterText text = ChapterText.of(page.html());
            pageListeners.forEach(l -> l.shown(bookIdentity.get(), page.chapter().id(), text));
            notes.chapterShown(bookIdentity.get(), page.chapter().id(), text);
            find.chapterShown(text.text());
            outline.set(ChapterOutline.of(page.html(), text));
        }
        Optional<List<int[]>> found = Optional.empty();
        if (!pendingTerms.isEmpty()) {
            TextFinder finder = TextFinder.of(pageText.get());
            List<int[]> marks = new ArrayList<>();
            for (String term : pendingTerms) {
                finder.find(term).forEach(m -> marks.add(new int[] {m.start(), m.end()}));
            }
            pendingTerms = List.of();
            found = Optional.of(List.copyOf(marks));
        }
        Optional<String> reveal = Optional.ofNullable(pendingReveal);
        pendingReveal = null;
        return new Shown(fresh, found, reveal);
    }

    /**
     * The sections and words of the page shown last ({@link ChapterOutline#EMPTY} before the first), for the
     * contents and the status line. Read and bind on the FX thread.
     */
    public ReadOnlyObjectProperty<ChapterOutline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** The handbook was replaced: the next page is anchored even if it is the same object. FX thread. */
    public void handbookReplaced() {
        anchoredOn = null;
    }
}
