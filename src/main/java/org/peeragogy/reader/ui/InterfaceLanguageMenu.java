package org.peeragogy.reader.ui;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Interface language (issue 14, decision 0030): the languages of the window's words, each named in
 * itself ("Español"), the one shown ticked. Not the menu bar's Language menu, which opens the handbook's text in
 * another of its languages ({@link LanguageMenu}). Choosing one saves it and opens the window again in it.
 * Talks to {@link InterfaceLanguageViewModel} only. FX thread.
 */
final class InterfaceLanguageMenu extends Menu {
    /** Id of the menu; each item's is {@code interface-language-<tag>} ("interface-language-es"). */
    static final String ID = "interface-language";

    InterfaceLanguageMenu(InterfaceLanguageViewModel language, Texts texts) {
        super(texts.get("menu.interfaceLanguage"));
        setId(ID);
        ToggleGroup group = new ToggleGroup();
        for (Locale l : language.choices()) {
            RadioMenuItem item = new RadioMenuItem(Texts.nameOf(l));
            item.setId(ID + "-" + l.toLanguageTag());
            item.setToggleGroup(group);
            item.setSelected(l.equals(language.current()));
            item.setOnAction(e -> {
                item.setSelected(l.equals(language.current())); // ticked once the window is in it
                language.choose(l);
            });
            getItems().add(item);
        }
    }
}
