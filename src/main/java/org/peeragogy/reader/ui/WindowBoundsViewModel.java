package org.peeragogy.reader.ui;

import java.util.Objects;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Where the reader window was left on the screen and its size, kept in the settings so that it opens
 * there again. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread; reading is one small settings read on the window's connection, saving is
 * queued on the window's ordered writer ({@link SaveQueue}). Neither throws.
 */
public final class WindowBoundsViewModel {
    private static final System.Logger LOG = System.getLogger(WindowBoundsViewModel.class.getName());
    static final String KEY = "window.bounds";

    /**
     * A window's place and size, in screen pixels; {@code x} and {@code y} are -1 when unknown (the
     * system places the window).
     */
    public record Bounds(double x, double y, double width, double height) {
        /** The first window: 1280 × 800, placed by the system. */
        public static final Bounds DEFAULT = new Bounds(-1, -1, 1280, 800);
    }

    private final SettingsStore settings;
    private final SaveQueue saves;
    private final SettingsStore writeSettings;

    /**
     * @param settings      read on the calling thread
     * @param saves         the window's ordered writer; its failures reach the reader through it
     * @param writeSettings the writer's own connection's settings
     */
    public WindowBoundsViewModel(SettingsStore settings, SaveQueue saves, SettingsStore writeSettings) {
        this.settings = Objects.requireNonNull(settings);
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
    }

    /**
     * Where the window was left; {@link Bounds#DEFAULT} when nothing was saved or what was saved cannot be
     * read (a damaged window size is not worth bothering the reader about). FX thread.
     */
    public Bounds saved() {
        double[] b = {-1, -1, 1280, 800};
        try {
            String[] parts = settings.get(KEY).orElse("").split(",");
            if (parts.length < 4) {
                return Bounds.DEFAULT;
            }
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i]);
            }
        } catch (StoreException | NumberFormatException e) {
            // Recovers: a window where it opens by default is better than none; logged for diagnosis.
            LOG.log(System.Logger.Level.WARNING, "The window's saved place could not be read", e);
            return Bounds.DEFAULT;
        }
        return new Bounds(b[0], b[1], b[2], b[3]);
    }

    /** Remembers where the window is, queued on the writer. FX thread. */
    public void save(Bounds b) {
        String value = b.x() + "," + b.y() + "," + b.width() + "," + b.height();
        saves.submit(() -> writeSettings.put(KEY, value));
    }
}
