package org.peeragogy.reader.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Language: one item per language the chapter shown exists in, the current one ticked; hidden
 * when there is only one (issue 13). Talks to {@link LanguagesViewModel} only.
 */
final class LanguageMenu extends Menu {
    LanguageMenu(LanguagesViewModel languages) {
        super("_Language");
        setId("language-menu");
        disableProperty().bind(languages.workingProperty());
        languages.choicesProperty().addListener((o, was, now) -> show(languages, now));
        show(languages, languages.choicesProperty().get());
    }

    private void show(LanguagesViewModel languages, List<LanguagesViewModel.Choice> choices) {
        getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (LanguagesViewModel.Choice c : choices) {
            RadioMenuItem item = new RadioMenuItem(c.label());
            item.setId("language-" + c.language());
            item.setToggleGroup(group);
            item.setSelected(c.current());
            item.setOnAction(e -> languages.switchTo(c));
            getItems().add(item);
        }
        setVisible(!choices.isEmpty());
    }
}
