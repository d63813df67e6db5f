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
     * One line of the contents: a part (its chapters as {@code children}, {@code chapterId} null) or a
     * chapter ({@code title} its display title, "6.6 Wrapper"; no children).
     */
    public record Entry(String title, String chapterId, List<Entry> children) {
        public Entry {
            Objects.requireNonNull(title);
            children = List.copyOf(children);
        }

        public boolean isPart() {
            return chapterId == null;
        }
    }

    private final ReaderViewModel reader;
    private final ReadOnlyObjectWrapper<List<Entry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");

    /** FX thread; throws NullPointerException for a null reader. */
    public ContentsViewModel(ReaderViewModel reader) {
        this.reader = Objects.requireNonNull(reader);
        reader.handbookProperty().addListener((o, was, now) -> entries.set(entriesOf(reader.book())));
        reader.chapterProperty().addListener((o, was, now) -> current.set(now == null ? "" : now.id()));
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

    /** Opens an entry's chapter (a part opens nothing), putting the page being read on the back stack. FX thread. */
    public void open(Entry entry) {
        if (entry != null && !entry.isPart() && !entry.chapterId().equals(current.get())) {
            reader.open(entry.chapterId(), "");
        }
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
