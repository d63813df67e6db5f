package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * How the window looks, with no controls: the theme (with the system's high contrast followed until one is chosen,
 * issue 14), the text size as a scale of the page's own (0.6 to 2.5 in steps of 0.1), and the reading settings'
 * view-model (font, spacing). Each choice is saved through the ordered writer and read back at the next start. Runs
 * without a toolkit.
 *
 * <p>Threads: every public method on the FX thread (or one test thread). A setting that cannot be read is said
 * through the reporter given and the default is used; nothing here throws.
 */
public final class LookViewModel {
    private static final System.Logger LOG = System.getLogger(LookViewModel.class.getName());
    static final String THEME_KEY = "view.theme";
    static final String FONT_SCALE_KEY = "view.fontScale";
    private static final double MIN_SCALE = 0.6;
    private static final double MAX_SCALE = 2.5;
    private static final double SCALE_STEP = 0.1;

    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(Theme.LIGHT);
    private final ReadOnlyDoubleWrapper fontScale = new ReadOnlyDoubleWrapper(1.0);
    private final ReadingSettingsViewModel reading;
    private boolean themeChosen;

    /**
     * Reads the saved theme and text size from {@code settings}; saves go on {@code saves} through
     * {@code writeSettings} (the writer's own connection).
     *
     * @param report hears, in the window's words, that a setting could not be read
     */
    LookViewModel(SettingsStore settings, SaveQueue saves, SettingsStore writeSettings, Texts texts,
                  Consumer<String> report) {
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        Optional<String> savedTheme = read(settings, THEME_KEY, texts, report);
        themeChosen = savedTheme.isPresent();
        theme.set(Theme.parse(savedTheme.orElse(""), Theme.LIGHT));
        reading = new ReadingSettingsViewModel(settings, saves, writeSettings);
        fontScale.set(read(settings, FONT_SCALE_KEY, texts, report).map(LookViewModel::parseScale).orElse(1.0));
    }

    /**
     * High contrast when the operating system asks for it and the reader has never chosen a theme (issue 14); not
     * saved, so the system's setting is followed at every start until a theme is chosen. FX thread.
     */
    public void followSystemContrast(boolean highContrast) {
        if (highContrast && !themeChosen) {
            theme.set(Theme.HIGH_CONTRAST);
        }
    }

    /** The reader's font and spacing (issue 14), kept beside the theme. */
    public ReadingSettingsViewModel reading() {
        return reading;
    }

    /** Chooses {@code t} and saves it; the system's high contrast is no longer followed. */
    public void setTheme(Theme t) {
        themeChosen = true;
        theme.set(Objects.requireNonNull(t));
        write(THEME_KEY, t.cssName());
    }

    /** One step (0.1) larger, up to 2.5. */
    public void largerText() {
        setFontScale(fontScale.get() + SCALE_STEP);
    }

    /** One step (0.1) smaller, down to 0.6. */
    public void smallerText() {
        setFontScale(fontScale.get() - SCALE_STEP);
    }

    /** Back to the page's own size (1.0). */
    public void resetText() {
        setFontScale(1.0);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The text size as a factor of the page's own, 0.6 to 2.5. */
    public ReadOnlyDoubleProperty fontScaleProperty() {
        return fontScale.getReadOnlyProperty();
    }

    private void setFontScale(double s) {
        double rounded = Math.round(Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)) * 10) / 10.0;
        fontScale.set(rounded);
        write(FONT_SCALE_KEY, String.valueOf(rounded));
    }

    private void write(String key, String value) {
        saves.submit(() -> writeSettings.put(key, value));
    }

    private static Optional<String> read(SettingsStore settings, String key, Texts texts, Consumer<String> report) {
        try {
            return settings.get(key);
        } catch (StoreException e) {
            report.accept(texts.logged(LOG, "Reader", e));
            return Optional.empty();
        }
    }

    private static double parseScale(String s) {
        try {
            double d = Double.parseDouble(s);
            return d >= MIN_SCALE && d <= MAX_SCALE ? d : 1.0;
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }
}
