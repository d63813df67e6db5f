package org.peeragogy.reader.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The notice under the page ({@code #notice}): what just happened in a sentence ({@code #notice-text}), a
 * button per choice (by the choice's id: {@code #notice-undo}, {@code #notice-show-file}) and Dismiss
 * ({@code #notice-dismiss}). Hidden while there is no notice. Talks to {@link NoticeViewModel} only. FX thread.
 */
final class NoticeBar {
    private final NoticeViewModel vm;
    private final Label text = new Label();
    private final HBox bar;
    private final Texts texts;

    NoticeBar(NoticeViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        text.setId("notice-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.SOMETIMES);
        bar = new HBox(8);
        bar.setId("notice");
        bar.getStyleClass().add("notice-bar");
        vm.noticeProperty().addListener((o, was, now) -> show(now));
        show(vm.noticeProperty().get());
    }

    Node node() {
        return bar;
    }

    private void show(Optional<NoticeViewModel.Notice> notice) {
        bar.getChildren().clear();
        bar.setVisible(notice.isPresent());
        bar.setManaged(notice.isPresent());
        notice.ifPresent(n -> {
            text.setText(n.text());
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            bar.getChildren().addAll(text, grow);
            for (NoticeViewModel.Choice c : n.choices()) {
                Button b = new Button(c.label());
                b.setId(c.id());
                b.setMinWidth(Region.USE_PREF_SIZE); // the words wrap; the buttons keep their labels, never cut
                b.setOnAction(e -> vm.choose(c));
                bar.getChildren().add(b);
            }
            Button dismiss = new Button(texts.get("button.dismiss"));
            dismiss.setId("notice-dismiss");
            dismiss.setMinWidth(Region.USE_PREF_SIZE);
            dismiss.setOnAction(e -> vm.clear());
            bar.getChildren().add(dismiss);
        });
    }
}
