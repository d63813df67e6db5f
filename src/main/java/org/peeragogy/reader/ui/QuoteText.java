package org.peeragogy.reader.ui;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Labeled;

/**
 * How a quoted passage is drawn in the notes panel, whatever its script (issue 13). Quotes are italic,
 * but many scripts have no italics: asked for one, the toolkit slants or substitutes a face that lacks
 * the script, and Arabic or Hebrew came out as garbled glyphs. Such quotes stay upright (style class
 * {@code note-quote-upright}) in the toolkit's own font, whose fallback list has the script, and a quote
 * whose first strong character is right to left runs right to left. FX thread only.
 */
final class QuoteText {
    /** Scripts written without italic forms (the source: each script's own typographic tradition). */
    static final Set<UnicodeScript> NO_ITALICS = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.HEBREW,
            UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.THAI, UnicodeScript.LAO,
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.TIBETAN, UnicodeScript.KHMER, UnicodeScript.MYANMAR,
            UnicodeScript.ETHIOPIC, UnicodeScript.ARMENIAN, UnicodeScript.GEORGIAN);

    private QuoteText() {
    }

    /** Styles a quote's label for {@code quote}'s script and direction. */
    static void apply(Labeled label, String quote) {
        if (!hasItalics(quote)) {
            label.getStyleClass().add("note-quote-upright");
        }
        label.setNodeOrientation(isRightToLeft(quote) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.INHERIT);
    }

    /** False when any letter of {@code text} is in a script without italics. */
    static boolean hasItalics(String text) {
        return text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).noneMatch(NO_ITALICS::contains);
    }

    /** Whether the first strong character runs right to left (as HTML's {@code dir="auto"} decides). */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
