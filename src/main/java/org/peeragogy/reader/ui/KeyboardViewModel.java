package org.peeragogy.reader.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * How the reader uses the keyboard in the chapter (issue 14): whether caret browsing is on (F7, as in
 * browsers), remembered in the settings ({@link #KEY}: "on" or "off") and saved through the window's ordered
 * writer.
 *
 * <p>Threads: the FX thread. Nothing here throws: a setting that cannot be read gives the default (off).
 */
public final class KeyboardViewModel {
    /** The setting that remembers caret browsing. */
    public static final String KEY = "view.caretBrowsing";

    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final ReadOnlyBooleanWrapper caretBrowsing = new ReadOnlyBooleanWrapper();

    /**
     * Reads the setting (one small settings read). FX thread.
     *
     * @param saves         the window's ordered writer
     * @param writeSettings the writer's own connection's settings
     */
    public KeyboardViewModel(SettingsStore settings, SaveQueue saves, SettingsStore writeSettings) {
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        try {
            caretBrowsing.set("on".equals(settings.get(KEY).orElse("off")));
        } catch (StoreException e) {
            caretBrowsing.set(false); // the default; a key setting is not worth a message
        }
    }

    /** Turns caret browsing on or off and saves it (queued). */
    public void toggleCaretBrowsing() {
        caretBrowsing.set(!caretBrowsing.get());
        String value = caretBrowsing.get() ? "on" : "off";
        saves.submit(() -> writeSettings.put(KEY, value));
    }

    /** True while caret browsing is on. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty caretBrowsingProperty() {
        return caretBrowsing.getReadOnlyProperty();
    }
}
