package org.peeragogy.reader.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's two bars of words: the status line under the page ({@code #status}: chapter, section, minutes
 * left, text size; then the live text and the install progress) and the problem bar above it ({@code #problem},
 * shown while there is a problem, with Dismiss). Talks to {@link StatusViewModel} and {@link ReaderViewModel}.
 * FX thread.
 */
final class StatusBars {
    private final HBox statusBar;
    private final HBox problemBar;

    StatusBars(StatusViewModel status, ReaderViewModel reader, Node live, Node progress, Texts texts) {
        Label statusLine = new Label();
        statusLine.setId("status");
        statusLine.textProperty().bind(status.statusProperty());
        // The bar is one line and never sets the window's width (fresh tester t15b's F4: at 1024×600 a long section
        // title made the whole window wider than the screen, the page cut off on the right). Cut short, the line ends
        // in "…" and says itself whole in its tooltip (with how minutes are counted) and to a screen reader.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> status.statusProperty().get()
                + "\n\n" + texts.format("status.tooltip", StatusViewModel.WORDS_PER_MINUTE), status.statusProperty()));
        statusLine.setTooltip(whole);
        oneLine(statusLine);
        statusBar = new HBox(8, statusLine, grow(), live, progress);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setMinWidth(0);
        statusBar.setMaxHeight(Region.USE_PREF_SIZE);

        Label problemText = new Label();
        problemText.setId("problem");
        problemText.setWrapText(true);
        problemText.textProperty().bind(reader.problemProperty());
        problemText.setMinHeight(Region.USE_PREF_SIZE); // every line of a long reason, never cut to "…"
        Button dismiss = new Button(texts.get("button.dismiss"));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> reader.clearProblem());
        problemBar = new HBox(problemText, grow(), dismiss);
        problemBar.getStyleClass().add("problem-bar");
        problemBar.visibleProperty().bind(reader.problemProperty().isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());
    }

    /**
     * A label of a bar that keeps to one line whatever its text: no wider than the room it is given, cut with "…"
     * (its whole text stays its text, so a screen reader says it all).
     */
    static void oneLine(Label label) {
        label.setWrapText(false);
        label.setMinWidth(0);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        label.setEllipsisString("…");
    }

    /** Below this height of the window's scene, the bars under the page are compact (see reader-window.css). */
    static final double COMPACT_BELOW = 720;

    /**
     * Marks {@code scene}'s root {@code :compact} while the scene is under {@link #COMPACT_BELOW} pixels high (the
     * group folder's line then keeps to one line, whole in its tooltip; the bars' padding is smaller).
     */
    static void compactBelow(javafx.scene.Scene scene) {
        javafx.css.PseudoClass compact = javafx.css.PseudoClass.getPseudoClass("compact");
        Runnable mark = () -> scene.getRoot().pseudoClassStateChanged(compact, scene.getHeight() < COMPACT_BELOW);
        scene.heightProperty().addListener((o, was, now) -> mark.run());
        mark.run();
    }

    /** Gives {@code label} its whole text as a tooltip (for when it is cut to one line). */
    static void wholeInTooltip(Label label) {
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.setTooltip(whole);
    }

    HBox statusBar() {
        return statusBar;
    }

    HBox problemBar() {
        return problemBar;
    }

    private static Region grow() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return grow;
    }
}
