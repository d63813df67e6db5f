package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * One thing the reader can do from the menu bar (and the toolbar, when it has a button there): a row
 * of the window's one table of actions, {@link WindowActions}. {@link ActionFactory} makes the controls;
 * Help → Keyboard shortcuts lists the rows' keys ({@link ShortcutsWindow}).
 *
 * @param id          names the action: the toolbar button's id, and the menu item's id after
 *                    {@link ActionFactory#MENU_ID_PREFIX}
 * @param text        the menu item's text
 * @param buttonText  the toolbar button's text; null when the action has no button
 * @param accelerator the menu item's key; null for none
 * @param disabled    true while the action cannot run (bound to the controls' disable property); null: never
 * @param selected    for one of a group of choices (a radio item) or an on/off setting (a check item, with
 *                    {@code check}): true while it is chosen or on; null for a plain action
 * @param check       the menu item is a check item (on or off) rather than one of a group of choices
 * @param moreKeys    other keys that do the same (Ctrl+= beside Ctrl+plus), handled by the window's scene
 * @param handler     runs on the FX thread when the action is chosen
 * @param shownText   the menu item's text while the window is open, when it says more than {@code text} and
 *                    changes (a workshop option saying whose group's it is, decision 0054), shown literally (no
 *                    mnemonic: it holds a name); null: {@code text}
 */
record Action(String id, String text, String buttonText, KeyCombination accelerator, ObservableBooleanValue disabled,
              ObservableBooleanValue selected, boolean check, List<KeyCombination> moreKeys, Runnable handler,
              ObservableStringValue shownText) {
    Action {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(handler);
        moreKeys = List.copyOf(moreKeys);
    }

    static Action of(String id, String text, KeyCombination accelerator, Runnable handler) {
        return new Action(id, text, null, accelerator, null, null, false, List.of(), handler, null);
    }

    /** The same action, disabled while {@code when} is true. */
    Action disabledWhen(ObservableBooleanValue when) {
        return new Action(id, text, buttonText, accelerator, when, selected, check, moreKeys, handler, shownText);
    }

    /** The same action, with a toolbar button showing {@code label}. */
    Action withButton(String label) {
        return new Action(id, text, label, accelerator, disabled, selected, check, moreKeys, handler, shownText);
    }

    /** The same action as one of a group of choices, ticked while {@code chosen} is true. */
    Action chosenWhen(ObservableBooleanValue chosen) {
        return new Action(id, text, buttonText, accelerator, disabled, chosen, false, moreKeys, handler, shownText);
    }

    /** The same action as an on/off setting, checked while {@code on} is true. */
    Action checkedWhen(ObservableBooleanValue on) {
        return new Action(id, text, buttonText, accelerator, disabled, on, true, moreKeys, handler, shownText);
    }

    /** The same action, also run by these keys. */
    Action alsoKeys(KeyCombination... keys) {
        return new Action(id, text, buttonText, accelerator, disabled, selected, check, List.of(keys), handler, shownText);
    }

    /** The same action, its menu item showing {@code shown} as it changes. */
    Action textFrom(ObservableStringValue shown) {
        return new Action(id, text, buttonText, accelerator, disabled, selected, check, moreKeys, handler, shown);
    }
}
