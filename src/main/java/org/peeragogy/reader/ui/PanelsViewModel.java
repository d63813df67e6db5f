package org.peeragogy.reader.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Which panels stand beside the text: the contents (left) and the notes (right), each shown or hidden by
 * the reader, docked beside the text while the window leaves the text {@link #MIN_TEXT} pixels, else folded
 * away and opened over the text as a drawer; and focus mode, which shows only the text. Panel widths and
 * whether each is shown are kept in the settings ({@link #KEY}), saved through the window's ordered writer;
 * focus mode and an open drawer are not kept. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread. Nothing here throws: settings that cannot be read give the defaults.
 */
public final class PanelsViewModel {
    /** The setting: "contents=true;notes=true;contentsWidth=260;notesWidth=300". */
    static final String KEY = "view.panels";
    /**
     * Pixels the text keeps at 100% text size before a panel folds away (times the text size): a column of
     * about 60 characters of the page's 18 px serif (about 9.8 px a character of English text with DejaVu
     * Serif) and the page's side padding of 1.5 em each, as {@code SmallScreenWindowTest} measures.
     */
    public static final double MIN_TEXT = 640;
    /** A panel is never narrower than this, nor wider than {@link #MAX_WIDTH}, in pixels. */
    public static final double MIN_WIDTH = 180;
    public static final double MAX_WIDTH = 600;
    static final double CONTENTS_WIDTH = 260;
    static final double NOTES_WIDTH = 300;

    /** The two panels. */
    public enum Panel { CONTENTS, NOTES }

    private final SettingsStore settings;
    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final ReadOnlyBooleanWrapper contentsShown = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper notesShown = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper contentsDocked = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper notesDocked = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper focus = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<Panel>> drawer = new ReadOnlyObjectWrapper<>(Optional.empty());
    private double contentsWidth = CONTENTS_WIDTH;
    private double notesWidth = NOTES_WIDTH;
    private double windowWidth = WindowBoundsViewModel.Bounds.DEFAULT.width();
    private double textScale = 1.0;

    /**
     * Reads the saved panels (one small settings read). FX thread.
     *
     * @param saves         the window's ordered writer
     * @param writeSettings the writer's own connection's settings
     */
    public PanelsViewModel(SettingsStore settings, SaveQueue saves, SettingsStore writeSettings) {
        this.settings = Objects.requireNonNull(settings);
        this.saves = Objects.requireNonNull(saves);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        read();
        update();
    }

    private void read() {
        Map<String, String> saved = new LinkedHashMap<>();
        try {
            for (String pair : settings.get(KEY).orElse("").split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    saved.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        } catch (StoreException e) {
            return; // the defaults: a panel layout is not worth bothering the reader about
        }
        contentsShown.set(!"false".equals(saved.get("contents")));
        notesShown.set(!"false".equals(saved.get("notes")));
        contentsWidth = width(saved.get("contentsWidth"), CONTENTS_WIDTH);
        notesWidth = width(saved.get("notesWidth"), NOTES_WIDTH);
    }

    private static double width(String s, double otherwise) {
        try {
            double d = Double.parseDouble(s == null ? "" : s);
            return Double.isFinite(d) ? clampWidth(d) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static double clampWidth(double w) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w));
    }

    /** The window's width changed (pixels): panels fold away or come back. FX thread. */
    public void windowWidth(double width) {
        if (width > 0 && width != windowWidth) {
            windowWidth = width;
            update();
        }
    }

    /** The text size changed (1.0: the page's own): larger text needs a wider column. FX thread. */
    public void textScale(double scale) {
        if (scale > 0 && scale != textScale) {
            textScale = scale;
            update();
        }
    }

    /**
     * Which panels fit: the contents first, then the notes, each only when the text keeps {@link #MIN_TEXT}
     * pixels (times the text size) beside the panels docked with it.
     */
    private void update() {
        boolean[] docked = docked(contentsShown.get(), notesShown.get());
        contentsDocked.set(docked[0]);
        notesDocked.set(docked[1]);
        drawer.get().filter(this::isDocked).ifPresent(p -> drawer.set(Optional.empty()));
    }

    /** Which panels would stand beside the text, {contents, notes}, were these the ones shown. */
    private boolean[] docked(boolean contents, boolean notes) {
        double text = MIN_TEXT * textScale;
        boolean c = !focus.get() && contents && windowWidth - contentsWidth >= text;
        boolean n = !focus.get() && notes && windowWidth - notesWidth - (c ? contentsWidth : 0) >= text;
        return new boolean[] {c, n};
    }

    private boolean isDocked(Panel p) {
        return p == Panel.CONTENTS ? contentsDocked.get() : notesDocked.get();
    }

    /**
     * View → Contents or Notes, or their keys. Where the panel would stand docked, it is shown or hidden
     * (and that is remembered); where it is folded away (a narrow window, or focus mode), its drawer opens
     * over the text, or closes when it is the one open. FX thread.
     */
    public void toggle(Panel p) {
        if (isDocked(p)) {
            shown(p).set(false);
            save();
        } else if (!focus.get() && !shown(p).get() && fits(p)) {
            shown(p).set(true);
            save();
        } else {
            drawer.set(drawer.get().equals(Optional.of(p)) ? Optional.empty() : Optional.of(p));
        }
        update();
    }

    /** Would {@code p} dock beside the text if shown, the other panel as it is? */
    private boolean fits(Panel p) {
        boolean[] d = docked(p == Panel.CONTENTS || contentsShown.get(), p == Panel.NOTES || notesShown.get());
        return d[p == Panel.CONTENTS ? 0 : 1];
    }

    private ReadOnlyBooleanWrapper shown(Panel p) {
        return p == Panel.CONTENTS ? contentsShown : notesShown;
    }

    /** Opens {@code p} so the reader sees it: shown when it fits, else as a drawer. FX thread. */
    public void reveal(Panel p) {
        if (isDocked(p)) {
            return;
        }
        if (!focus.get() && fits(p)) {
            shown(p).set(true);
            save();
            update();
        } else {
            drawer.set(Optional.of(p));
        }
    }

    /**
     * Whether the keyboard's F6 reaches {@code p} (issue 14, fresh tester 17a M1): it stands docked, is open as a
     * drawer, or the reader shows it and it is folded away on a narrow window (F6 then opens its drawer with
     * {@link #reveal}), so a narrow window cycles the same regions as a wide one. Not in focus mode, which shows
     * only the text. FX thread.
     */
    public boolean reachable(Panel p) {
        return isDocked(p) || drawer.get().equals(Optional.of(p)) || !focus.get() && shown(p).get();
    }

    /**
     * Opens {@code p} as a drawer over the text, as it was in the window this one replaces (a language switch:
     * fresh tester 14c m8), unless it stands docked now. FX thread.
     */
    public void openDrawer(Panel p) {
        if (!isDocked(p)) {
            drawer.set(Optional.of(p));
            update();
        }
    }

    /** Closes the open drawer, if any. FX thread. */
    public void closeDrawer() {
        drawer.set(Optional.empty());
    }

    /** View → Focus mode (F11): only the text shows; again, or {@link #leaveFocus}, brings the rest back. FX thread. */
    public void toggleFocus() {
        focus.set(!focus.get());
        drawer.set(Optional.empty());
        update();
    }

    /** Leaves focus mode (Esc); true when it was on. FX thread. */
    public boolean leaveFocus() {
        if (!focus.get()) {
            return false;
        }
        toggleFocus();
        return true;
    }

    /** The reader moved a divider: {@code p} is now {@code width} pixels wide (kept within the limits). FX thread. */
    public void resized(Panel p, double width) {
        if (!(width > 0)) {
            return;
        }
        if (p == Panel.CONTENTS) {
            contentsWidth = clampWidth(width);
        } else {
            notesWidth = clampWidth(width);
        }
    }

    /** A panel's width in pixels, for docking and for its drawer. FX thread. */
    public double width(Panel p) {
        return p == Panel.CONTENTS ? contentsWidth : notesWidth;
    }

    /** Remembers which panels are shown and their widths, queued on the writer. FX thread. */
    public void save() {
        String value = "contents=" + contentsShown.get() + ";notes=" + notesShown.get()
                + ";contentsWidth=" + Math.round(contentsWidth) + ";notesWidth=" + Math.round(notesWidth);
        saves.submit(() -> writeSettings.put(KEY, value));
    }

    /** Whether the reader wants the contents panel (docked when it fits). Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty contentsShownProperty() {
        return contentsShown.getReadOnlyProperty();
    }

    /** Whether the reader wants the notes panel (docked when it fits). Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty notesShownProperty() {
        return notesShown.getReadOnlyProperty();
    }

    /** True while the contents stand beside the text. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty contentsDockedProperty() {
        return contentsDocked.getReadOnlyProperty();
    }

    /** True while the notes stand beside the text. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty notesDockedProperty() {
        return notesDocked.getReadOnlyProperty();
    }

    /** True in focus mode: only the text shows. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The panel open over the text as a drawer, if any. Read and bind on the FX thread. */
    public ReadOnlyObjectProperty<Optional<Panel>> drawerProperty() {
        return drawer.getReadOnlyProperty();
    }
}
