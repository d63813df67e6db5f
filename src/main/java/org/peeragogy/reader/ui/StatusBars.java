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
        statusLine.setTooltip(new Tooltip(texts.format("status.tooltip", StatusViewModel.WORDS_PER_MINUTE)));
        // The status line keeps its words; the live text beside it (an echo of what the window just said, whole
        // for screen readers) gives way when the bar is short, wrapping onto more lines (LiveText).
        statusLine.setMinWidth(Region.USE_PREF_SIZE);
        statusBar = new HBox(8, statusLine, grow(), live, progress);
        statusBar.getStyleClass().add("status-bar");

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
