package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Part;
import org.peeragogy.reader.content.ChapterOutline;

/**
 * The contents beside the page: the open handbook's parts and chapters in reading order, which one is
 * being read, and opening one. Follows {@link ReaderViewModel}'s handbook and chapter. No controls; runs
 * without a toolkit.
 *
 * <p>Threads: construct and call on the FX thread (it listens to the reader's properties, which change
 * there). Nothing here throws.
 */
public final class ContentsViewModel {
    /**
     * One line of the contents: a part (its chapters as {@code children}, {@code chapterId} null), a
     * chapter ({@code title} its display title, "6.6 Wrapper"; no children), or a section of the chapter
     * being read ({@code fragment} its heading's id, {@code level} 2 or 3).
     */
    public record Entry(String title, String chapterId, String fragment, int level, List<Entry> children) {
        public Entry {
            Objects.requireNonNull(title);
            fragment = fragment == null ? "" : fragment;
            children = List.copyOf(children);
        }

        /** A part or a chapter. */
        public Entry(String title, String chapterId, List<Entry> children) {
            this(title, chapterId, "", 1, children);
        }

        public boolean isPart() {
            return chapterId == null;
        }

        /** A heading inside a chapter, opened at its place. */
        public boolean isSection() {
            return !fragment.isEmpty();
        }
    }

    private final ReaderViewModel reader;
    private final ReadOnlyObjectWrapper<List<Entry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Entry>> sections = new ReadOnlyObjectWrapper<>(List.of());

    /** FX thread; throws NullPointerException for a null reader. */
    public ContentsViewModel(ReaderViewModel reader) {
        this.reader = Objects.requireNonNull(reader);
        reader.handbookProperty().addListener((o, was, now) -> {
            shown.set("");
            entries.set(entriesOf(reader.book()));
        });
        // The chapter asked for is current before the sections of the one left go: the other way round, the contents
        // took them away from the chapter still shown, at the click, keeping its line and sliding the line clicked
        // below them from under the pointer (a fresh tester's "Moderation (pattern)").
        reader.chapterProperty().addListener((o, was, now) -> {
            current.set(now == null ? "" : now.id());
            sections.set(List.of());
        });
        entries.set(entriesOf(reader.book()));
        Chapter open = reader.chapterProperty().get();
        current.set(open == null ? "" : open.id());
    }

    /**
     * The book's parts in order; a part with a title is an entry holding its chapters, the chapters of an
     * untitled part stand at the top level. Any thread.
     */
    public static List<Entry> entriesOf(Book book) {
        List<Entry> out = new ArrayList<>();
        for (Part part : book.parts()) {
            List<Entry> chapters = part.chapters().stream()
                    .map(c -> new Entry(c.displayTitle(), c.id(), List.of())).toList();
            if (part.title().isEmpty()) {
                out.addAll(chapters);
            } else {
                out.add(new Entry(part.title(), null, chapters));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Opens an entry's chapter, or a section at its heading (a part opens nothing), putting the page being read
     * on the back stack. FX thread.
     */
    public void open(Entry entry) {
        if (entry == null || entry.isPart()) {
            return;
        }
        if (entry.isSection()) {
            reader.open(entry.chapterId(), entry.fragment());
        } else if (!entry.chapterId().equals(current.get())) {
            reader.open(entry.chapterId(), "");
        }
    }

    /**
     * The page of the chapter being read is shown: its sections ({@code h2} and {@code h3}) become entries
     * under it, then {@link #shownProperty()} names it. An outline of another chapter than the current one is
     * ignored. FX thread.
     */
    public void pageShown(String chapterId, ChapterOutline outline) {
        if (!chapterId.equals(current.get())) {
            return;
        }
        sections.set(outline.sections().stream()
                .map(s -> new Entry(s.title(), chapterId, s.id(), s.level(), List.of())).toList());
        shown.set(chapterId);
    }

    /**
     * The id of the chapter whose page is on screen ({@link #pageShown}), "" before the first of the open handbook:
     * {@link #currentProperty()} changes as soon as a chapter is asked for, this once its page is there. The
     * contents mark it then, so that they are not drawn again in the same frame as the new page (issue 17). Read and
     * bind on the FX thread.
     */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * The sections of the chapter being read, in text order, as entries (empty until its page is shown, and
     * for a chapter without headings). Read and bind on the FX thread.
     */
    public ReadOnlyObjectProperty<List<Entry>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /**
     * The contents of the open handbook; replaced as a whole when the handbook changes. Read and bind on the FX
     * thread.
     */
    public ReadOnlyObjectProperty<List<Entry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    /** The id of the chapter being read, "" before the first is shown. Read and bind on the FX thread. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
