package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The language of the window's words (issue 14, decision 0030), not of the handbook (that is the Language
 * menu's, {@link LanguagesViewModel}): the one chosen under View → Interface language, remembered in the
 * settings ({@link #KEY}, a language tag), else the system's when it is translated, else English. A choice is
 * saved through the window's ordered writer and then the window opens again in it ({@code reopen}, given by
 * the application), at the same place.
 *
 * <p>Threads: the FX thread. Nothing here throws: a setting that cannot be read gives the system's language.
 */
public final class InterfaceLanguageViewModel {
    /** The setting that remembers the language chosen ("es"; none: follow the system). */
    public static final String KEY = "view.interfaceLanguage";

    private final Texts texts;
    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final Runnable reopen;

    /**
     * Reads the setting (one small settings read) and makes the window's words. FX thread.
     *
     * @param system  the system's language ({@code Locale.getDefault(Locale.Category.DISPLAY)})
     * @param thisRun a language for this run only, before the setting (a translator's {@code en-XA}); not saved
     * @param saves   the window's ordered writer
     * @param reopen  opens the window again (in the language just saved); called on the FX thread
     */
    public InterfaceLanguageViewModel(SettingsStore settings, SaveQueue saves, SettingsStore writeSettings,
                                      Locale system, Optional<String> thisRun, Runnable reopen) {
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        this.reopen = Objects.requireNonNull(reopen);
        this.texts = Texts.of(thisRun.or(() -> saved(settings)).map(Locale::forLanguageTag).orElse(system));
    }

    private static Optional<String> saved(SettingsStore settings) {
        try {
            return settings.get(KEY).filter(s -> !s.isBlank());
        } catch (StoreException e) {
            return Optional.empty(); // the system's language; a language setting is not worth a message
        }
    }

    /** The window's words, in the language chosen. */
    public Texts texts() {
        return texts;
    }

    /** The languages offered, English first: {@link Texts#LANGUAGES}. */
    public List<Locale> choices() {
        return Texts.LANGUAGES;
    }

    /** The language shown now. */
    public Locale current() {
        return texts.locale();
    }

    /**
     * Saves {@code language} (queued) and opens the window again in it; nothing when it is the one shown. The
     * window's place, chapter and settings are saved as at Quit first, so it opens where it was.
     */
    public void choose(Locale language) {
        if (language.equals(current()) || !Texts.LANGUAGES.contains(language)) {
            return;
        }
        String tag = language.toLanguageTag();
        saves.submit(() -> writeSettings.put(KEY, tag));
        reopen.run();
    }
}
