package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.TextPositionSelector;

class TextPositionSelectorTest {
    private static final String TEXT = "we \uD83C\uDF31 grow"; // "we 🌱 grow": the seedling is two UTF-16 units

    @Test
    void utf16OffsetAfterAnEmojiIsOneLessInCodePoints() {
        int grow = TEXT.indexOf("grow");
        assertEquals(6, grow);
        assertEquals(5, TextPositionSelector.toCodePoints(TEXT, grow));
        assertEquals(3, TextPositionSelector.toCodePoints(TEXT, 3));
    }

    @Test
    void codePointOffsetConvertsBackToUtf16() {
        assertEquals(6, TextPositionSelector.toUtf16(TEXT, 5));
        assertEquals(TEXT.length(), TextPositionSelector.toUtf16(TEXT, TEXT.codePointCount(0, TEXT.length())));
    }

    @Test
    void selectorRoundTripsThroughCodePoints() {
        TextPositionSelector s = new TextPositionSelector(3, TEXT.length());
        TextPositionSelector w3c = s.inCodePoints(TEXT);
        assertEquals(new TextPositionSelector(3, 9), w3c);
        assertEquals(s, TextPositionSelector.fromCodePoints(TEXT, w3c.start(), w3c.end()));
    }
}
