package org.peeragogy.reader.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.peeragogy.reader.content.TextFinder;

/**
 * Find in the chapter being read: incremental, with a count and next/previous. No controls. Every method
 * on the FX thread (the properties change there); none throws.
 */
public final class FindViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<TextFinder.Match>> matches = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private TextFinder finder = TextFinder.of("");
    private final Texts texts;

    public FindViewModel(Texts texts) {
        this.texts = java.util.Objects.requireNonNull(texts);
        query.addListener((o, was, now) -> search());
    }

    /** A new chapter is shown: search its text for the same words. FX thread. */
    public void chapterShown(String text) {
        finder = TextFinder.of(text);
        search();
    }

    private void search() {
        String q = query.get() == null ? "" : query.get();
        List<TextFinder.Match> found = finder.find(q);
        matches.set(List.copyOf(found));
        current.set(found.isEmpty() ? -1 : 0);
        updateCount();
    }

    /** Makes the next match current (after the last, the first). FX thread. */
    public void next() {
        step(1);
    }

    /** Makes the previous match current (before the first, the last). FX thread. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int n = matches.get().size();
        if (n == 0) {
            return;
        }
        current.set(Math.floorMod(current.get() + by, n));
        updateCount();
    }

    private void updateCount() {
        int n = matches.get().size();
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            count.set("");
        } else if (n == 0) {
            count.set(texts.get("find.none"));
        } else {
            count.set(texts.format(n >= TextFinder.MAX_MATCHES ? "find.countMore" : "find.count", current.get() + 1, n));
        }
    }

    /**
     * The matches as {start, end} offsets into the chapter's text, in order, for marking them in the page. FX
     * thread.
     */
    public List<int[]> marks() {
        return matches.get().stream().map(m -> new int[] {m.start(), m.end()}).toList();
    }

    /** The words to find, as typed; each change searches again. Read, write and bind on the FX thread. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The matches in the chapter's text, in order (at most {@link TextFinder#MAX_MATCHES}). FX thread. */
    public ReadOnlyObjectProperty<List<TextFinder.Match>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** Index of the current match, -1 when there is none. FX thread. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 12", "No matches", or "" when nothing is searched for. FX thread. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
