package org.peeragogy.reader.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * Tooltips made only where they are needed, for the cells of lists: a line's whole text where the line cuts it short
 * ("…"), made when its layout first cuts it and kept for later; a description made when the pointer first comes over
 * its node. A {@link Tooltip} is a popup window with a scene of its own: made for every cell of the search results, it
 * was 12 of the 20 profiler samples of making a cell, and the first results of a window took 60–77 ms of the JavaFX
 * thread to lay out (async-profiler, wall clock, 2026-12-03; issue 17: search results on screen ≤ 0.07 s). FX thread.
 */
final class WholeTips {
    /** Where a node keeps the tooltip made for it (not the toolkit's own key: it may be taken away and given back). */
    private static final String KEPT = WholeTips.class.getName();

    private WholeTips() {
    }

    /**
     * Whether {@code line} shows less than its text: its skin's text node (after its layout) says something else
     * ("…" in place of the end). False before the first layout and for a line showing only a graphic.
     */
    static boolean cutShort(Labeled line) {
        for (Node n : line.getChildrenUnmodifiable()) {
            if (n instanceof Text shown && line.getText() != null && !shown.getText().equals(line.getText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives {@code line} a tooltip saying {@code text}, the one made for it before if any, or takes its tooltip away
     * when {@code text} is null or blank. Setting the tooltip it already has costs nothing.
     */
    static void say(Labeled line, String text) {
        if (text == null || text.isBlank()) {
            if (line.getTooltip() != null) {
                line.setTooltip(null);
            }
            return;
        }
        Tooltip tip = kept(line);
        if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
        if (line.getTooltip() != tip) {
            line.setTooltip(tip);
        }
    }

    /** After {@code line}'s layout: its whole text in a tooltip when it is cut short, else none. */
    static void wholeWhenCut(Labeled line) {
        say(line, cutShort(line) ? line.getText() : null);
    }

    /** A label that says its whole text in a tooltip whenever its layout cuts it short. */
    static Label label() {
        return new Label() {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                wholeWhenCut(this);
            }
        };
    }

    /**
     * Gives {@code node} a tooltip saying {@code text.get()}, made when the pointer first enters it (the same move
     * then starts the tooltip's delay, as for one installed before). For a description that never changes for that
     * node; its screen reader's words are set apart (accessible text), not taken from the tooltip.
     */
    static void onFirstHover(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!node.getProperties().containsKey(KEPT)) {
                Tooltip tip = new Tooltip(text.get());
                node.getProperties().put(KEPT, tip);
                Tooltip.install(node, tip);
            }
        });
    }

    private static Tooltip kept(Node node) {
        Object made = node.getProperties().get(KEPT);
        if (made instanceof Tooltip tip) {
            return tip;
        }
        Tooltip tip = new Tooltip();
        node.getProperties().put(KEPT, tip);
        return tip;
    }
}
