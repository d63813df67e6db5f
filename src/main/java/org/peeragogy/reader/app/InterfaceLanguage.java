package org.peeragogy.reader.app;

import java.util.Locale;
import java.util.Optional;

/**
 * What decides the window's language besides the reader's choice (decision 0030): the system's language, and a
 * language asked for on the command line for one run ({@code -Dpeeragogy.interfaceLanguage=es}; a translator's
 * {@code en-XA} shows the pseudo-locale), which is not saved. The command line's own output never changes with
 * either (it is not the window's).
 *
 * @param system  the system's language for display ({@code Locale.getDefault(Locale.Category.DISPLAY)})
 * @param thisRun a BCP 47 tag that wins over the saved choice for this run; empty for none
 */
record InterfaceLanguage(Locale system, Optional<String> thisRun) {
    /** The Java property that asks for a language for one run. */
    static final String PROPERTY = "peeragogy.interfaceLanguage";

    /** This process's: the system's language and {@link #PROPERTY}. Any thread. */
    static InterfaceLanguage ofProcess() {
        return new InterfaceLanguage(Locale.getDefault(Locale.Category.DISPLAY),
                Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()));
    }

    /**
     * After the reader chose a language in the window (View → Interface language): the saved choice decides from
     * then on, for the rest of the run too; the command line's language no longer wins (a translator who started
     * in {@code pt} and chose English saw the window come back in Portuguese; fresh tester 14b m4).
     */
    InterfaceLanguage chosenInWindow() {
        return new InterfaceLanguage(system, Optional.empty());
    }

    /**
     * The words the window of this data folder speaks: this run's language, else the one saved under View →
     * Interface language ({@code ui.InterfaceLanguageViewModel.KEY}), else {@link #system}; the command line's
     * {@code digest} writes in them, with English as its system (decision 0046). A setting that cannot be read
     * counts as none.
     */
    org.peeragogy.reader.ui.Texts ofWindow(org.peeragogy.reader.store.SettingsStore settings) {
        Optional<String> saved = thisRun;
        try {
            saved = saved.isPresent() ? saved
                    : settings.get(org.peeragogy.reader.ui.InterfaceLanguageViewModel.KEY).filter(s -> !s.isBlank());
        } catch (org.peeragogy.reader.store.StoreException e) {
            saved = Optional.empty(); // the system's language; a language setting is not worth a message
        }
        return org.peeragogy.reader.ui.Texts.of(saved.map(Locale::forLanguageTag).orElse(system));
    }

    /** The words for what is shown before a notes file is open (a damaged file, a start that failed). */
    org.peeragogy.reader.ui.Texts texts() {
        return org.peeragogy.reader.ui.Texts.of(thisRun.map(Locale::forLanguageTag).orElse(system));
    }
}
