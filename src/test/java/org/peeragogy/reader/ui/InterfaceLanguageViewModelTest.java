package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * Which language the window's words are in (issue 14, decision 0030), without a window: a real notes file keeps
 * the reader's choice; without one the system's language is followed when it is translated, else English.
 */
class InterfaceLanguageViewModelTest {
    private static final Locale ITALIAN = Locale.forLanguageTag("it-IT");
    @TempDir
    Path dataDir;
    private Database db;
    private final List<String> problems = new ArrayList<>();
    private int reopened;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private InterfaceLanguageViewModel model(Locale system, Optional<String> thisRun) {
        return new InterfaceLanguageViewModel(db.settings(), SaveQueue.inline(problems::add), db.settings(), system,
                thisRun, () -> reopened++);
    }

    @Test
    void theSystemsLanguageIsFollowedWhenTranslatedElseEnglish() {
        assertEquals(Locale.forLanguageTag("it"), model(ITALIAN, Optional.empty()).current());
        assertEquals("V_isualizza", model(ITALIAN, Optional.empty()).texts().get("menu.view"));
        assertEquals(Locale.forLanguageTag("pt"), model(Locale.forLanguageTag("pt-PT"), Optional.empty()).current());
        assertEquals(Locale.ENGLISH, model(Locale.GERMANY, Optional.empty()).current(), "not translated: English");
        assertEquals("_View", model(Locale.JAPAN, Optional.empty()).texts().get("menu.view"));
    }

    @Test
    void aChoiceIsSavedOpensTheWindowAgainAndWinsOverTheSystemAtTheNextStart() throws Exception {
        InterfaceLanguageViewModel first = model(ITALIAN, Optional.empty());
        first.choose(Locale.forLanguageTag("es"));
        assertEquals(1, reopened, "the window opens again in it");
        assertEquals(Optional.of("es"), db.settings().get(InterfaceLanguageViewModel.KEY), "kept in the notes file");
        InterfaceLanguageViewModel next = model(ITALIAN, Optional.empty());
        assertEquals(Locale.forLanguageTag("es"), next.current());
        assertEquals("_Archivo", next.texts().get("menu.file"));
        assertEquals(List.of(), problems);
    }

    @Test
    void theLanguageShownOrOneNotOfferedChangesNothing() throws Exception {
        InterfaceLanguageViewModel english = model(Locale.US, Optional.empty());
        english.choose(Locale.ENGLISH);
        english.choose(Locale.GERMAN);
        english.choose(Texts.PSEUDO);
        assertEquals(0, reopened);
        assertEquals(Optional.empty(), db.settings().get(InterfaceLanguageViewModel.KEY));
    }

    /** A translator's run in the pseudo-locale (or any language) comes first, and is not saved. */
    @Test
    void aLanguageAskedForOneRunComesFirstAndIsNotSaved() throws Exception {
        db.settings().put(InterfaceLanguageViewModel.KEY, "pt");
        assertEquals(Texts.PSEUDO, model(Locale.US, Optional.of("en-XA")).current());
        assertEquals(Locale.forLanguageTag("it"), model(Locale.US, Optional.of("it")).current());
        assertEquals(Optional.of("pt"), db.settings().get(InterfaceLanguageViewModel.KEY));
        assertEquals(Locale.forLanguageTag("pt"), model(Locale.US, Optional.empty()).current());
    }

    @Test
    void theMenuNamesEachLanguageInItselfWhateverTheWindowsLanguage() {
        assertEquals(List.of("English", "Español", "Italiano", "Português"),
                model(ITALIAN, Optional.empty()).choices().stream().map(Texts::nameOf).toList());
    }
}
