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

    /** The words for what is shown before a notes file is open (a damaged file, a start that failed). */
    org.peeragogy.reader.ui.Texts texts() {
        return org.peeragogy.reader.ui.Texts.of(thisRun.map(Locale::forLanguageTag).orElse(system));
    }
}
