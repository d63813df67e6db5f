package org.peeragogy.reader.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The find-in-chapter bar above the page (Ctrl+F): the words, the count, next, previous, close. Its controls are
 * made when it first opens (issue 17, decision 0082): hidden until then, they were styled and laid out before the
 * first chapter could be shown, tooltips and all, for a bar most starts never open.
 */
final class FindBar {
    private final HBox bar = new HBox(6);
    private final FindViewModel find;
    private final ChapterView chapterView;
    private final Texts texts;
    /** The words' field, made with the bar's other controls at the first {@link #open}; null until then. */
    private TextField field;

    FindBar(FindViewModel find, ChapterView chapterView, Texts texts) {
        this.find = find;
        this.chapterView = chapterView;
        this.texts = texts;
        bar.getStyleClass().add("find-bar");
        bar.setId("find-bar");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        find.matchesProperty().addListener((o, was, now) -> mark());
        find.currentProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                chapterView.showFind(now.intValue());
            }
        });
    }

    /** Makes the bar's controls, once. */
    private void build() {
        if (field != null) {
            return;
        }
        field = new TextField();
        field.setId("find-field");
        field.setPromptText(texts.get("find.prompt"));
        field.textProperty().bindBidirectional(find.queryProperty());
        field.setPrefColumnCount(24);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    find.previous();
                } else {
                    find.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Label count = new Label();
        count.setId("find-count");
        count.textProperty().bind(find.countProperty());
        Button previous = ActionFactory.button("▲", "find-previous", find::previous);
        Button next = ActionFactory.button("▼", "find-next", find::next);
        Button close = ActionFactory.button("✕", "find-close", this::close);
        // The arrows and the cross say nothing to a screen reader or in a tooltip by themselves.
        name(previous, texts.get("action.findPrevious"));
        name(next, texts.get("action.findNext"));
        name(close, texts.get("find.close"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar.getChildren().addAll(new Label(texts.get("find.label")), field, previous, next, count, grow, close);
    }

    void open() {
        build();
        bar.setVisible(true);
        field.requestFocus();
        field.selectAll();
        mark();
    }

    void close() {
        bar.setVisible(false);
        chapterView.markFind(List.of());
        chapterView.focus();
    }

    /** Marks the matches in the page while the bar is open (after a chapter is shown, too). */
    void mark() {
        if (!bar.isVisible()) {
            return;
        }
        chapterView.markFind(find.marks());
        if (find.currentProperty().get() >= 0) {
            chapterView.showFind(find.currentProperty().get());
        }
    }

    Node node() {
        return bar;
    }

    private static void name(Button b, String name) {
        b.setAccessibleText(name);
        b.setTooltip(new javafx.scene.control.Tooltip(name));
    }

}
