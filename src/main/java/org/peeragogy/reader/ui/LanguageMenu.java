package org.peeragogy.reader.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The menu bar's Language menu: one item per language the chapter shown exists in (the handbook's text, not
 * the window's words: that is View → Interface language, {@link InterfaceLanguageMenu}), the current one
 * ticked; hidden when there is only one (issue 13). Talks to {@link LanguagesViewModel} only.
 */
final class LanguageMenu extends Menu {
    /** @param otherWork disables the menu too while it is true (a handbook switch or install) */
    LanguageMenu(LanguagesViewModel languages, javafx.beans.value.ObservableBooleanValue otherWork, Texts texts) {
        super(texts.get("menu.language"));
        setId("language-menu");
        disableProperty().bind(languages.workingProperty().or(otherWork));
        languages.choicesProperty().addListener((o, was, now) -> show(languages, now));
        show(languages, languages.choicesProperty().get());
    }

    private void show(LanguagesViewModel languages, List<LanguagesViewModel.Choice> choices) {
        getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (LanguagesViewModel.Choice c : choices) {
            RadioMenuItem item = LiteralLabels.radioMenuItem(c.label());
            item.setId("language-" + c.language());
            item.setToggleGroup(group);
            item.setSelected(c.current());
            item.setOnAction(e -> languages.switchTo(c));
            getItems().add(item);
        }
        setVisible(!choices.isEmpty());
    }
}
