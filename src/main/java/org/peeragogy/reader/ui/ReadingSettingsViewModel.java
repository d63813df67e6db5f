package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The reader's {@link ReadingSettings}, kept per reader in the settings ({@link #KEY}) and saved through the
 * window's ordered writer. Made with the {@link ReaderViewModel} (one small settings read); after that the FX
 * thread only. Runs without a toolkit. Nothing here throws: unreadable settings give the page's own.
 */
public final class ReadingSettingsViewModel {
    private static final System.Logger LOG = System.getLogger(ReadingSettingsViewModel.class.getName());
    static final String KEY = "view.reading";

    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final ReadOnlyObjectWrapper<ReadingSettings> settings = new ReadOnlyObjectWrapper<>(ReadingSettings.DEFAULT);

    /**
     * @param read          the window's settings, read once here
     * @param saves         the window's ordered writer
     * @param writeSettings the writer's own connection's settings
     */
    ReadingSettingsViewModel(SettingsStore read, SaveQueue saves, SettingsStore writeSettings) {
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        Optional<String> saved = Optional.empty();
        try {
            saved = read.get(KEY);
        } catch (StoreException e) {
            // The page's own look is a safe fallback; the reader's choice is read again next start.
            LOG.log(System.Logger.Level.WARNING, "Reading settings could not be read", e);
        }
        settings.set(ReadingSettings.parse(saved.orElse("")));
    }

    /** Shows {@code s} at once and saves it (queued). */
    public void set(ReadingSettings s) {
        Objects.requireNonNull(s);
        if (s.equals(settings.get())) {
            return;
        }
        settings.set(s);
        String value = s.pageValue();
        saves.submit(() -> writeSettings.put(KEY, value));
    }

    /** Back to the page's own font and spacing (saved). */
    public void reset() {
        set(ReadingSettings.DEFAULT);
    }

    public ReadOnlyObjectProperty<ReadingSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }
}
