package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the screen counts, so that a limit means what its message says. */
class ChapterScreenTest {
    @Test
    void nestingCountsBlockQuotesAndListsTogether() {
        assertEquals(3, ChapterScreen.measure("> - a\n>   - b\n").blockDepth());
        assertEquals(4, ChapterScreen.measure("- - - - a\n").blockDepth());
        assertEquals(1, ChapterScreen.measure("- a\n- b\n\ntext\n").blockDepth());
    }

    @Test
    void marksAreCountedPerParagraphAndListItemsStartNewOnes() {
        assertEquals(6, ChapterScreen.measure("[a](b) *c*\n\n[d]\n").paragraphMarks());
        assertEquals(4, ChapterScreen.measure("- [a](b)\n- [c](d)\n").paragraphMarks());
    }

    @Test
    void windowsLineBreaksDoNotSplitAParagraph() {
        assertEquals(6_000, ChapterScreen.measure("[a\r\n".repeat(6_000)).paragraphMarks());
        assertTrue(ChapterScreen.check("[a\r\n".repeat(6_000), RenderLimits.STANDARD).isPresent());
    }

    @Test
    void fencedCodeIsNotInlineText() {
        assertEquals(0, ChapterScreen.measure("```\n" + "[".repeat(10_000) + "\n```\n").paragraphMarks());
    }

    @Test
    void backtickRunsThatCloseCostLittleAndUnclosedOnesReadToTheParagraphsEnd() {
        assertEquals(4, ChapterScreen.measure("`a` `b`\n").backtickWork());
        assertEquals(8 + 5, ChapterScreen.measure("`a `` b\n").backtickWork()); // from each run to the end, line break included
    }

    @Test
    void tableCellsAreCountedByTheirSeparators() {
        assertEquals(9, ChapterScreen.measure("| a | b |\n|---|---|\n| c | d |\n").paragraphPipes());
    }
}
