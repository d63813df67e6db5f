package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which quotes the notes panel draws upright, and which right to left (issue 13). */
class QuoteTextTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @Test
    void scriptsWithoutItalicsAreDrawnUpright() {
        assertFalse(QuoteText.hasItalics("مرحبا بكم"), "Arabic");
        assertFalse(QuoteText.hasItalics("שלום עולם"), "Hebrew");
        assertFalse(QuoteText.hasItalics("命令を実行"), "Japanese");
        assertFalse(QuoteText.hasItalics("see مرحبا"), "one word is enough");
        assertTrue(QuoteText.hasItalics("Learning together, 2024 — ça va"));
        assertTrue(QuoteText.hasItalics("Учимся вместе"), "Cyrillic has italics");
    }

    @Test
    void theFirstStrongCharacterGivesTheDirection() {
        assertTrue(QuoteText.isRightToLeft("«مرحبا» hello"));
        assertTrue(QuoteText.isRightToLeft("123 שלום"), "digits are weak");
        assertFalse(QuoteText.isRightToLeft("hello مرحبا"));
        assertFalse(QuoteText.isRightToLeft("..."));
    }

    @Test
    void languagesAreNamedInThemselves() {
        assertEquals("Español", LanguagesViewModel.label(TEXTS, "es"));
        assertEquals("English", LanguagesViewModel.label(TEXTS, "en"));
        assertEquals("Original", LanguagesViewModel.label(TEXTS, ""));
    }
}
