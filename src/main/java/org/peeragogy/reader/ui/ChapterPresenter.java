package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The page's notes and marks: when a page is on screen it has the notes placed in it
 * ({@link ChapterViewModel}), paints them (highlights and bookmarks as {@link ChapterView.Highlight}s),
 * marks the words of a search result, and shows a note asked for (a highlight flashes, a bookmark
 * scrolls to its place). Also opens a place with a note to show or words to mark once it is shown.
 * FX thread.
 */
final class ChapterPresenter {
    /** What the rest of the window does around a showing. */
    interface Listener {
        /** A page is about to be anchored and painted (the selection's toolbar goes, the search index starts). */
        void showing();

        /** Selects this note in the notes pane (which shows it in the page, too). */
        void select(String annotationId);

        /** The page's highlights were painted again (the heat map follows them). */
        default void painted() {
        }
    }

    private final ChapterView page;
    private final ChapterViewModel vm;
    private final NotesViewModel notes;
    private final ReaderViewModel reader;
    private final FindBar findBar;
    private final Listener listener;

    ChapterPresenter(ChapterView page, ChapterViewModel vm, NotesViewModel notes, ReaderViewModel reader,
                     FindBar findBar, Listener listener) {
        this.page = page;
        this.vm = vm;
        this.notes = notes;
        this.reader = reader;
        this.findBar = findBar;
        this.listener = listener;
        notes.paintVersionProperty().addListener((o, was, now) -> paint());
    }

    /** Anchors the chapter's notes when a new page is shown, and paints them on every showing. */
    void pageShown() {
        RenderedChapter shown = page.current().orElse(null);
        if (shown == null) {
            return;
        }
        listener.showing();
        ChapterViewModel.Shown s = vm.pageShown(shown, page::pageText);
        if (!s.newPage()) {
            paint();
            findBar.mark();
        }
        s.found().ifPresent(page::markFind);
        s.reveal().ifPresent(id -> notes.whenCurrent(() -> {
            listener.select(id);
            notes.item(id).ifPresent(this::reveal);
        }));
    }

    /** Takes a search's marks out of the page; the find bar's own marks come back. */
    void clearSearchMarks() {
        page.markFind(List.of());
        findBar.mark();
    }

    /**
     * Opens {@code chapterId} at {@code fragment} ("" for the top), then marks {@code terms} and shows the
     * note {@code reveal} (null: none) there; when it is the page on screen already, at once.
     */
    void showPlace(String chapterId, String fragment, List<String> terms, String reveal) {
        vm.markWhenShown(terms);
        if (reveal != null) {
            vm.revealWhenShown(reveal);
        }
        Chapter here = reader.chapterProperty().get();
        if (here != null && here.id().equals(chapterId) && fragment.isEmpty()) {
            pageShown();
        } else {
            reader.open(chapterId, fragment);
        }
    }

    /** Shows where a note is: a highlight flashes, a bookmark scrolls to its place; an unplaced note, nothing. */
    void reveal(NoteItem item) {
        if (item.orphan()) {
            return;
        }
        if (item.annotation().kind() == Annotation.Kind.HIGHLIGHT) {
            page.flash(item.annotation().id());
        } else if (item.annotation().kind() == Annotation.Kind.BOOKMARK) {
            page.scrollToOffset(item.placement().start());
        }
    }

    /** The handbook was replaced: the next page is anchored afresh. */
    void handbookReplaced() {
        vm.handbookReplaced();
    }

    private void paint() {
        List<ChapterView.Highlight> marks = new ArrayList<>();
        notes.toPaint().forEach(i -> marks.add(new ChapterView.Highlight(i.annotation().id(),
                i.placement().start(), i.placement().end(), i.annotation().colour().code(),
                !i.annotation().note().isEmpty())));
        notes.bookmarks().forEach(i -> marks.add(new ChapterView.Highlight(i.annotation().id(),
                i.placement().start(), i.placement().end(), "bookmark", false)));
        page.paint(marks);
        listener.painted();
    }
}
