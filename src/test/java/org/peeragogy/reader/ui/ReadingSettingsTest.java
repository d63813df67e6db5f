package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/**
 * Reading settings (issue 14) and the theme that follows the system's high contrast, without a window: the
 * fixture handbook and a real SQLite file. The page side is ReadingSettingsPageTest.
 */
class ReadingSettingsTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private ReaderViewModel newViewModel() {
        return new ReaderViewModel(handbook, db.settings(), db.readingPositions(), TEXTS);
    }

    @Test
    void theReadersSettingsAreKeptInTheirNotesFileAndReadBackAtTheNextStart() throws Exception {
        ReaderViewModel vm = newViewModel();
        assertEquals(ReadingSettings.DEFAULT, vm.look().reading().settingsProperty().get(), "the page's own at first");
        ReadingSettings chosen = ReadingSettings.DEFAULT.withFont(ReadingSettings.Font.LEGIBLE).withLine(1.8)
                .withLetter(0.12).withPatterns(true);
        vm.look().reading().set(chosen);
        assertEquals(chosen, vm.look().reading().settingsProperty().get(), "shown at once");
        assertEquals(Optional.of("font=legible,line=1.8,letter=0.12,patterns=1"),
                db.settings().get(ReadingSettingsViewModel.KEY));
        assertEquals(chosen, newViewModel().look().reading().settingsProperty().get(), "read back");

        vm.look().reading().reset();
        assertEquals(Optional.of(""), db.settings().get(ReadingSettingsViewModel.KEY));
        assertEquals(ReadingSettings.DEFAULT, newViewModel().look().reading().settingsProperty().get());
    }

    @Test
    void theLargestSpacingsAreWcagsTextSpacingLevelsAndNothingBeyondTheOfferedReachesThePage() {
        // WCAG 2.2 SC 1.4.12: line height 1.5, after paragraphs 2, letters 0.12, words 0.16 times the font size.
        assertTrue(ReadingSettings.LINE.contains(1.5));
        assertEquals(2.0, ReadingSettings.PARAGRAPH.get(ReadingSettings.PARAGRAPH.size() - 1));
        assertEquals(0.12, ReadingSettings.LETTER.get(ReadingSettings.LETTER.size() - 1));
        assertEquals(0.16, ReadingSettings.WORD.get(ReadingSettings.WORD.size() - 1));
        assertEquals("font=legible,line=2,para=2,letter=0.12,word=0.16,upright=1,patterns=1",
                ReadingSettings.LARGEST.pageValue());
        assertEquals("", ReadingSettings.DEFAULT.pageValue(), "a default page gets no class but its theme's");
        assertThrows(IllegalArgumentException.class, () -> ReadingSettings.DEFAULT.withLine(0.5));
        assertThrows(IllegalArgumentException.class, () -> ReadingSettings.DEFAULT.withWord(1));
    }

    @Test
    void aDamagedOrForeignSettingKeepsWhatCanBeReadAndLeavesTheRestAtThePagesOwn() throws Exception {
        // Written by hand or by a later version: unknown keys, a font we lack, a spacing not offered, junk.
        db.settings().put(ReadingSettingsViewModel.KEY,
                "font=comic,line=9,para=abc,letter=0.12,word=0.16,upright=1,colour=red,,=,patterns");
        ReadingSettings read = newViewModel().look().reading().settingsProperty().get();
        assertEquals(new ReadingSettings(ReadingSettings.Font.SERIF, 0, 0, 0.12, 0.16, true, false), read);
        for (ReadingSettings s : new ReadingSettings[] {ReadingSettings.DEFAULT, ReadingSettings.LARGEST, read}) {
            assertEquals(s, ReadingSettings.parse(s.pageValue()), "round trip of " + s);
            assertTrue(s.pageValue().matches("[a-z0-9.=,]*"), "only what the page's address may carry");
        }
    }

    @Test
    void highContrastFromTheSystemIsFollowedUntilTheReaderChoosesAThemeAndIsNeverSaved() throws Exception {
        ReaderViewModel vm = newViewModel();
        vm.look().followSystemContrast(true);
        assertEquals(Theme.HIGH_CONTRAST, vm.look().themeProperty().get());
        assertEquals(Optional.empty(), db.settings().get(LookViewModel.THEME_KEY), "the system's, not saved");
        ReaderViewModel off = newViewModel();
        off.look().followSystemContrast(false);
        assertEquals(Theme.LIGHT, off.look().themeProperty().get(), "the system turned it off: light again");

        vm.look().setTheme(Theme.SEPIA);
        ReaderViewModel chosen = newViewModel();
        chosen.look().followSystemContrast(true);
        assertEquals(Theme.SEPIA, chosen.look().themeProperty().get(), "a theme the reader chose wins");
    }
}
