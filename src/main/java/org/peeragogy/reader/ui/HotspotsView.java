package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The Hotspots list in the notes panel ({@code #hotspots}, issue 15): the heat map as text, for the keyboard and
 * screen readers: this chapter's paragraphs most people marked ("3 people: “Peer learning is…”"), then the
 * handbook's chapters with the most people ("6.6 Wrapper: 5 people · 2 open questions"). Enter or a double click
 * opens the place: a paragraph scrolls into view with the caret at its start, a chapter opens. Talks to
 * {@link HeatMapViewModel}, {@link GroupViewModel} and {@link ReaderViewModel}. FX thread.
 */
final class HotspotsView {
    /** How many paragraphs and chapters the list names. */
    static final int SHOWN = 5;
    /** The open list's least height, in pixels: three lines of two rows of text or so. */
    static final double MIN_HEIGHT = 130;

    /** One line: what it says and what opening it does. */
    record Spot(String text, Runnable open) {
    }

    private final HeatMapViewModel heat;
    private final GroupViewModel group;
    private final ReaderViewModel reader;
    private final ChapterView page;
    private final ListView<Spot> list = new ListView<>();
    private final TitledPane pane;

    private final Texts texts;

    HotspotsView(HeatMapViewModel heat, GroupViewModel group, ReaderViewModel reader, ChapterView page,
                 NotesViewModel notes, Texts texts) {
        this.texts = texts;
        this.heat = heat;
        this.group = group;
        list.setId("hotspots-list");
        WholeRepaint.afterChanges(list);
        list.setPrefHeight(150);
        // Opened in a short window it keeps three lines or so, the notes list above giving way (fresh testers t15's
        // N13 and t15b's N3: at 1024×600 it opened to about one line).
        list.setMinHeight(MIN_HEIGHT);
        list.setPlaceholder(new Label(texts.get("hotspots.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Spot s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.text());
                setWrapText(true);
                setPrefWidth(0);
                setAccessibleText(empty || s == null ? null : s.text());
            }
        });
        ListWindows.opensChosen(list, s -> s.open().run());
        pane = new TitledPane(texts.get("hotspots.title"), null);
        pane.setId("hotspots");
        pane.setExpanded(false);
        // The list goes into its pane as the pane first opens, before the pane's own skin hears of it (issue 17,
        // decision 0082): under the closed title it was styled and laid out before the first chapter was shown.
        pane.expandedProperty().addListener((o, was, now) -> {
            if (now && pane.getContent() == null) {
                pane.setContent(list);
            }
        });
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.setAccessibleHelp(texts.get("hotspots.help"));
        this.reader = reader;
        this.page = page;
        notes.paintVersionProperty().addListener((o, was, now) -> refresh());
        group.figuresProperty().addListener((o, was, now) -> refresh());
    }

    Node node() {
        return pane;
    }

    /** The lines as they are now (for tests and the list). FX thread. */
    List<Spot> spots() {
        List<Spot> out = new ArrayList<>();
        for (HeatMapViewModel.Paragraph p : heat.hottest(SHOWN)) {
            out.add(new Spot(texts.format("hotspots.paragraph", p.people(), p.excerpt()),
                    () -> page.scrollToOffset(p.start())));
        }
        for (GroupFigures.ChapterRow c : group.figuresProperty().get().busiest(SHOWN)) {
            out.add(new Spot(texts.format("hotspots.chapter", c.title(texts), c.summary(texts)),
                    () -> reader.open(c.chapterId(), "")));
        }
        return out;
    }

    private void refresh() {
        list.getItems().setAll(spots());
    }
}
