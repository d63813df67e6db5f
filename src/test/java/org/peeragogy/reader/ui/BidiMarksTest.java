package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Bidi;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names and tags set apart from the window's words (fresh tester 17a's F17, F9). The layout is checked with
 * {@link Bidi} in its first-strong mode, the rule JavaFX's labels follow (the window test RightToLeftNamesWindowTest
 * checks the painted lines themselves).
 */
class BidiMarksTest {
    private static final Texts ITALIAN = Texts.of(Locale.ITALIAN);

    @Test
    void aLeftToRightNameIsLeftAsItIs() {
        assertEquals("Ana Lúcia", BidiMarks.isolated("Ana Lúcia"));
        assertEquals("#peer", BidiMarks.tag("peer"));
    }

    @Test
    void aRightToLeftNameLeavesTheLineLeftToRightAndTheDateInOneRun() {
        String line = ITALIAN.format("notes.meta", BidiMarks.isolated("דוד محمد"), "30 nov 2026, 15:49:04");
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        assertTrue(bidi.baseIsLeftToRight(), "the line is left to right");
        int date = line.indexOf("30 nov");
        assertEquals(0, bidi.getLevelAt(date), "the day is laid out left to right with the rest of the date");
        assertEquals(0, bidi.getLevelAt(line.length() - 1));
    }

    @Test
    void anOverrideTypedIntoANameCannotTurnTheWordsAfterItAround() {
        // U+202E RIGHT-TO-LEFT OVERRIDE left open would draw the date after it backwards; JavaFX draws it as a box.
        String name = BidiMarks.isolated("Eve\u202E");
        assertEquals("Eve", name);
        String line = ITALIAN.format("notes.meta", name, "30 nov 2026");
        assertEquals(0, new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).getLevelAt(line.indexOf("2026")));
        assertEquals("#\u200Eתגית\u200E", BidiMarks.tag("\u2067תגית\u2069"), "isolates typed in are dropped too");
    }

    @Test
    void aNotesTextIsShownWithoutTheDirectionalControlsJavaFxDrawsAsBoxes() {
        // Fresh tester 18a NEW-7: "\u202Edesrever\u202C" and an RLM round Hebrew showed as boxes in the notes list.
        assertEquals("desrever and עברית, ok", BidiMarks.shown(
                "\u202Adesrever\u202C and \u200Fעברית\u200F, \u2066\u2067\u2068ok\u2069\u202B\u202D\u202E\u200E"));
        assertEquals("plain", BidiMarks.shown("plain"));
    }
}
