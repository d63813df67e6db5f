package org.peeragogy.reader.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The group folder's line under the page ({@code #group-bar}, its words {@code #group-status}): shown while a group
 * folder is chosen, a persistent line that asks nothing. It says whether the reader's notes are in the folder, how
 * many others' files are there, what waits and what cannot be read; as trouble (pseudo-class {@code :trouble}, the
 * problem bar's colours, and words that say it) that the folder is not reachable or the reader's notes could not be
 * written, with what to do; it goes back to the plain line when the trouble is over. Details…
 * ({@code #group-status-details}) lists the reasons behind it. What the line has to say once (trouble, its end, the
 * notes first in the folder) goes to the window's live text. Talks to {@link GroupFolderViewModel} only. FX thread.
 */
final class GroupFolderLine {
    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");
    private final HBox bar;

    /** @param say the window's live text ({@code LiveText::say}) */
    GroupFolderLine(GroupFolderViewModel group, Dialogs dialogs, Consumer<String> say, Texts texts) {
        GroupFolderStatusViewModel status = group.status();
        Label text = new Label();
        text.setId("group-status");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // a long line wraps onto a second line, never cut to "…"
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        StatusBars.wholeInTooltip(text); // one line in a short window (StatusBars.compactBelow)
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(status.lineProperty());
        Button details = new Button(texts.get("group.details"));
        details.setId("group-status-details");
        details.setMinWidth(Region.USE_PREF_SIZE);
        details.visibleProperty().bind(Bindings.createBooleanBinding(() -> !status.detailsProperty().get().isEmpty(),
                status.detailsProperty()));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> dialogs.informList(texts.format("group.detailsTitle", group.groupProperty().get()),
                "group-details", status.detailsProperty(), texts.get("group.detailsNone")));
        bar = new HBox(8, text, details);
        bar.setId("group-bar");
        bar.getStyleClass().add("group-bar");
        bar.pseudoClassStateChanged(TROUBLE, status.troubleProperty().get());
        status.troubleProperty().addListener((o, was, now) -> bar.pseudoClassStateChanged(TROUBLE, now));
        bar.visibleProperty().bind(status.lineProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        status.saidProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                say.accept(now);
            }
        });
    }

    Node node() {
        return bar;
    }
}
