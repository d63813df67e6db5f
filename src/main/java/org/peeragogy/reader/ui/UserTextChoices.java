package org.peeragogy.reader.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * A combo box whose choices are the readers' own words (tags, people's names) or the handbook's (chapter titles)
 * never grows past {@link #WIDEST} pixels: each choice, in the box and in its list, is cut with "…" there and
 * keeps its whole text in its tooltip and its accessible text (issue 14, fresh tester 14c M1: a tag of 150
 * characters, under the 200 limit, made the tag filters of All notes and of the Group window as wide as the window
 * at 1024 × 600, their arrows cut off its edge). The box's own words ("Any tag", "Everyone") are never cut: it is
 * never narrower than its widest choice up to that width. FX thread.
 */
final class UserTextChoices {
    /** The widest such a box (and each line of its list) may be, in pixels: a third of a 1024-pixel screen or so. */
    static final double WIDEST = 260;

    private UserTextChoices() {
    }

    /** Holds {@code box} to {@link #WIDEST}; its converter says each choice's whole text. */
    static <T> void hold(ComboBox<T> box) {
        hold(box, item -> "");
    }

    /**
     * As {@link #hold(ComboBox)}, each choice's tooltip adding the line {@code more} gives it, when not empty (a person's
     * whole id where their name shows its start, decision 0101); a screen reader says the choice's words only.
     */
    static <T> void hold(ComboBox<T> box, java.util.function.Function<T, String> more) {
        box.setCellFactory(v -> new Cut<>(box, more));
        box.setButtonCell(new Cut<>(box, more));
        box.setMaxWidth(WIDEST);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The box's width is its list's widest line, and the toolkit measures every line for it, a cell made and laid
        // out per choice, on the FX thread: the Group window over a file of 10,000 people stayed white for 10–20 s
        // (fresh tester t15b). Lines are held to WIDEST anyway, so the first MEASURED say the width well enough.
        box.getProperties().put(ROWS_TO_MEASURE, MEASURED);
    }

    /** ComboBoxListViewSkin's key for how many lines it measures for the box's width (all, without it). */
    static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    /** How many lines are measured for the box's width. */
    static final int MEASURED = 40;

    /**
     * Gives {@code box} "" (every one: "Any tag", "Everyone") and {@code choices}, keeping the choice it shows when it
     * is still offered, else "" (its filter then lets everything through). Unchanged choices leave the box alone: a
     * reopened All notes read its tags again and the box went blank while its filter still held (fresh tester 17a's
     * F18), because the choice was set back with the value the box already had, which redraws nothing; it is chosen
     * through the selection model here, which redraws the box.
     */
    static void offer(ComboBox<String> box, java.util.List<String> choices) {
        java.util.List<String> all = new java.util.ArrayList<>(choices.size() + 1);
        all.add("");
        all.addAll(choices);
        if (box.getItems().equals(all)) {
            return;
        }
        String keep = box.getValue() == null ? "" : box.getValue();
        box.getItems().setAll(all);
        box.getSelectionModel().select(all.contains(keep) ? keep : "");
    }

    /** A choice no wider than the box may be, cut with "…", whole in its tooltip and to a screen reader. */
    private static final class Cut<T> extends ListCell<T> {
        private final ComboBox<T> box;
        private final java.util.function.Function<T, String> more;

        Cut(ComboBox<T> box, java.util.function.Function<T, String> more) {
            this.box = box;
            this.more = more;
        }

        /** One per cell, its text changed with the line's: a tooltip is a window of its own, costly to make per line. */
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty ? null : box.getConverter() == null ? String.valueOf(item)
                    : box.getConverter().toString(item);
            setText(shown);
            String added = empty || shown == null ? "" : more.apply(item);
            whole.setText(added.isEmpty() ? shown : shown + "\n" + added);
            setTooltip(shown == null || shown.isEmpty() ? null : whole);
            setAccessibleText(shown);
        }

        @Override
        protected double computePrefWidth(double height) {
            // The box's width is its list's widest line (ComboBoxListViewSkin): a line held here holds the box.
            return Math.min(super.computePrefWidth(height), WIDEST - 30);
        }
    }
}
