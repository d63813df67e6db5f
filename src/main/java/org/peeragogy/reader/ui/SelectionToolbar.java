package org.peeragogy.reader.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.peeragogy.reader.book.Annotation;

/**
 * The small bar that appears under selected text: five colours, a note, and a question to the group (issue 15). Made
 * at the first selection (issue 17, decision 0082): a window of its own with seven tooltips, made before the first
 * chapter was shown when most starts select nothing at once.
 */
final class SelectionToolbar {
    interface Actions {
        void highlight(Annotation.Colour colour);

        void note();

        /** Asks the group a question about the selected passage, as Ctrl+K does (issue 15's tester, F24). */
        void ask();
    }

    private final Actions actions;
    private final Texts texts;
    /** Made at the first {@link #showFor}; null until then. */
    private Popup popup;

    SelectionToolbar(Actions actions, Texts texts) {
        this.actions = actions;
        this.texts = texts;
    }

    /** The bar's window with its buttons, made once. */
    private Popup popup() {
        if (popup != null) {
            return popup;
        }
        popup = new Popup();
        HBox bar = new HBox(4);
        // A popup has a scene of its own: WindowThemes gives it the window's style sheet and theme.
        bar.getStyleClass().add("selection-toolbar");
        bar.setId("selection-toolbar");
        int n = 1;
        for (Annotation.Colour c : Annotation.Colour.values()) {
            Button b = new Button(" ");
            b.setId("highlight-" + c.code());
            b.setStyle("-fx-background-color: " + ColourSwatches.hex(c) + "; -fx-background-radius: 10;"
                    + " -fx-min-width: 22; -fx-min-height: 22;");
            // Named, never told by colour alone (issue 14): the tooltip and what a screen reader says.
            String name = texts.format("action.highlight", c.code());
            b.setTooltip(new Tooltip(texts.format("toolbar.highlightTip", name, ColourSwatches.pattern(texts, c), n++)));
            b.setAccessibleText(name);
            b.setAccessibleHelp(texts.format("toolbar.highlightHelp", ColourSwatches.pattern(texts, c)));
            b.setFocusTraversable(false);
            b.setOnAction(e -> actions.highlight(c));
            bar.getChildren().add(b);
        }
        Button note = new Button(texts.get("toolbar.note"));
        note.setId("highlight-note");
        note.setTooltip(new Tooltip(texts.get("toolbar.noteTip")));
        note.setFocusTraversable(false);
        note.setOnAction(e -> actions.note());
        bar.getChildren().add(note);
        Button ask = new Button(texts.get("toolbar.ask"));
        ask.setId("selection-ask");
        ask.setTooltip(new Tooltip(texts.get("toolbar.askTip")));
        ask.setFocusTraversable(false);
        ask.setOnAction(e -> actions.ask());
        bar.getChildren().add(ask);
        popup.getContent().add(bar);
        popup.setAutoHide(false);
        popup.setHideOnEscape(true);
        return popup;
    }

    /** Shows the bar just below the selection (or above it when there is no room). */
    void showFor(Window owner, Bounds selection) {
        double x = selection.getMinX();
        double y = selection.getMaxY() + 6;
        if (owner != null && y + 40 > owner.getY() + owner.getHeight()) {
            y = selection.getMinY() - 40;
        }
        Popup shown = popup();
        if (shown.isShowing()) {
            shown.setX(x);
            shown.setY(y);
        } else {
            shown.show(owner, x, y);
        }
    }

    void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    boolean isShowing() {
        return popup != null && popup.isShowing();
    }
}
