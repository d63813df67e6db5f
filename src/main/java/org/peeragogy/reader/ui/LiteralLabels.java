package org.peeragogy.reader.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioMenuItem;

/**
 * The one place that makes a labelled control whose words are someone's text: a person's name, a file's name in the
 * group folder, a handbook's title or language. JavaFX parses an underscore in a check box's, button's or menu
 * item's text as a keyboard mnemonic (it hides the underscore and gives the control an Alt key), so
 * {@code reader_56ea….peeranotes} showed as {@code reader56ea….peeranotes} and a stranger named {@code Ana_B} as
 * "AnaB" with Alt+B of her choosing (try17w F7). Every control made here shows its text literally. Our own words
 * ({@code Texts}) keep their mnemonics and are made as before. FX thread.
 */
final class LiteralLabels {
    private LiteralLabels() {
    }

    /** A check box that shows {@code words} as they are. */
    static CheckBox checkBox(String words) {
        return literal(new CheckBox(words));
    }

    /** A radio menu item that shows {@code words} as they are. */
    static RadioMenuItem radioMenuItem(String words) {
        RadioMenuItem item = new RadioMenuItem(words);
        item.setMnemonicParsing(false);
        return item;
    }

    /** {@code control} (a cell, label or button given someone's words) showing its text as it is. */
    static <T extends Labeled> T literal(T control) {
        control.setMnemonicParsing(false);
        return control;
    }
}
