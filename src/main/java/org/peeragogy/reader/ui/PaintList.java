package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * What a chapter's placed notes paint in its page: its highlights, then its bookmarks (in the margin), as
 * {@link ChapterView#paint} takes them. One list for the page shown ({@link ChapterPresenter}) and for the pages
 * prepared ahead ({@link MarksAheadViewModel}), so that a page served with its highlights written in is not painted
 * again when its own notes arrive (decision 0089). Pure; any thread.
 */
final class PaintList {
    private PaintList() {
    }

    /** Every placed highlight (bookmarks and chapter notes have nothing to paint). */
    static List<NotesViewModel.Item> toPaint(List<NotesViewModel.Item> placed) {
        return placed.stream().filter(i -> i.annotation().kind() == Annotation.Kind.HIGHLIGHT
                && i.placement().start() >= 0 && i.placement().end() > i.placement().start()).toList();
    }

    /** The placed bookmarks, shown in the page's margin. */
    static List<NotesViewModel.Item> bookmarks(List<NotesViewModel.Item> placed) {
        return placed.stream().filter(i -> i.annotation().kind() == Annotation.Kind.BOOKMARK).toList();
    }

    /** The highlights, then the bookmarks, as the page paints them. */
    static List<ChapterView.Highlight> of(List<NotesViewModel.Item> placed) {
        List<ChapterView.Highlight> marks = new ArrayList<>();
        toPaint(placed).forEach(i -> marks.add(new ChapterView.Highlight(i.annotation().id(),
                i.placement().start(), i.placement().end(), i.annotation().colour().code(),
                !i.annotation().note().isEmpty())));
        bookmarks(placed).forEach(i -> marks.add(new ChapterView.Highlight(i.annotation().id(),
                i.placement().start(), i.placement().end(), "bookmark", false)));
        return marks;
    }
}
