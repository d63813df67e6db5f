package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The keyboard shortcuts as Help lists them: one row per action of the window's table that has a key
 * ({@link WindowActions}), so the list is made from the same rows as the menus and can never drift from
 * them; a search narrows it to the rows whose action or keys contain every word typed. No controls; runs
 * without a toolkit.
 *
 * <p>Threads: the FX thread. Nothing here throws.
 */
public final class ShortcutsViewModel {
    /** One action and its keys as the menus show them ("Ctrl+Shift+F"; more than one separated by " or "). */
    public record Row(String action, String keys) {
        public Row {
            Objects.requireNonNull(action);
            Objects.requireNonNull(keys);
        }
    }

    private final List<Row> all;
    private final ObservableList<Row> shown = FXCollections.observableArrayList();
    /** One view, held: a view made per call listens weakly, and listeners on it were lost (14c m7). */
    private final ObservableList<Row> shownView = FXCollections.unmodifiableObservableList(shown);

    /** FX thread. */
    public ShortcutsViewModel(List<Row> rows) {
        this.all = List.copyOf(rows);
        shown.setAll(all);
    }

    /** Shows only the rows whose action or keys contain every word of {@code query} (any case). FX thread. */
    public void search(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        shown.setAll(all.stream().filter(r -> {
            String text = (r.action() + " " + r.keys()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!w.isEmpty() && !text.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList());
    }

    /** Every row, in the table's order. */
    public List<Row> all() {
        return all;
    }

    /** The rows the search leaves; changes on the FX thread. */
    public ObservableList<Row> shown() {
        return shownView;
    }
}
