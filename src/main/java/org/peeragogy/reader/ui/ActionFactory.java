package org.peeragogy.reader.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Makes the controls of an {@link Action}: a menu item (a radio item for a choice) and a toolbar button,
 * each disabled by binding while the action's {@code disabled} is true (AtlantaFX's
 * {@code disableProperty().bind(...)}), so that a running action cannot be started twice. FX thread.
 */
final class ActionFactory {
    /** Style class of every menu item made from an action. */
    static final String MENU_ITEM_CLASS = "reader-action";
    /** Style class of every toolbar button made from an action. */
    static final String BUTTON_CLASS = "reader-tool";
    /** A menu item's id is this and the action's id ("menu-import-notes"), so it never clashes with a button's. */
    static final String MENU_ID_PREFIX = "menu-";

    private ActionFactory() {
    }

    /** A menu item for {@code a}; {@code group} holds the radio items of one choice (null for a plain action). */
    static MenuItem menuItem(Action a, ToggleGroup group) {
        MenuItem m;
        if (a.selected() != null && a.check()) {
            CheckMenuItem c = new CheckMenuItem(a.text());
            c.setSelected(a.selected().get());
            // As for a choice: the model says whether it is on; a click only runs the handler.
            a.selected().addListener((o, was, now) -> c.setSelected(now));
            c.setOnAction(e -> {
                c.setSelected(a.selected().get());
                a.handler().run();
            });
            m = c;
        } else if (a.selected() != null) {
            RadioMenuItem r = new RadioMenuItem(a.text());
            r.setToggleGroup(group);
            r.setSelected(a.selected().get());
            // The model says which is chosen; a click only asks for it (the handler), so they never disagree.
            a.selected().addListener((o, was, now) -> r.setSelected(now));
            m = r;
        } else {
            m = new MenuItem(a.text());
        }
        if (a.shownText() != null) {
            m.setMnemonicParsing(false); // a group's name with "_" shows as written
            m.textProperty().bind(a.shownText());
        }
        m.setId(MENU_ID_PREFIX + a.id());
        m.getStyleClass().add(MENU_ITEM_CLASS);
        if (a.accelerator() != null) {
            m.setAccelerator(a.accelerator());
        }
        if (a.disabled() != null) {
            m.disableProperty().bind(a.disabled());
        }
        if (m.getOnAction() == null) {
            m.setOnAction(e -> a.handler().run());
        }
        return m;
    }

    /** The toolbar button of {@code a} (its {@code buttonText}, its id), leaving the keyboard focus where it was. */
    static Button button(Action a) {
        Button b = button(a.buttonText() != null ? a.buttonText() : a.text(), a.id(), a.handler());
        b.getStyleClass().add(BUTTON_CLASS);
        // A screen reader says the action's name ("Back", not "◀ Back") and its key.
        b.setAccessibleText(a.text());
        if (a.accelerator() != null) {
            b.setAccessibleHelp(a.accelerator().getDisplayText());
        }
        if (a.disabled() != null) {
            b.disableProperty().bind(a.disabled());
        }
        return b;
    }

    /** A toolbar button that leaves the keyboard focus where it was. */
    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
