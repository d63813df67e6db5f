package org.peeragogy.reader.ui.web;

import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The width a page's images are served at (decision 0090): what the column can show at the text size, in the
 * screen's pixels. reader.css makes the column at most 58ch of an 18-px font wide, times the view's font scale
 * (650–700 CSS pixels at 100 % with the fonts a page may use: {@link #COLUMN_PX} leaves room above them); on a screen
 * whose output scale is over 1 (HiDPI) a CSS pixel is that many of the screen's, up to {@link #MOST_SCALE}. Rounded
 * up to {@link #STEP} so that nearby text sizes share their scaled pictures. A picture narrower than this is served
 * as it is; a wider one is shown the same size in the page (its file's size is in its {@code width} and
 * {@code height}), from fewer pixels.
 */
final class ImageWidth {
    /** The column's widest at a font scale of 1, in CSS pixels. */
    static final int COLUMN_PX = 736;
    /** Widths are multiples of this. */
    static final int STEP = 64;
    /** The most screen pixels per CSS pixel that pictures are served for. */
    static final double MOST_SCALE = 2;

    private ImageWidth() {
    }

    /** The width for {@code view} now: its font scale and its window's output scale (the main screen's before it has one). FX thread. */
    static int of(WebView view) {
        Scene scene = view.getScene();
        Window window = scene == null ? null : scene.getWindow();
        double output = window != null && window.isShowing() ? Math.max(window.getOutputScaleX(), window.getOutputScaleY())
                : Math.max(Screen.getPrimary().getOutputScaleX(), Screen.getPrimary().getOutputScaleY());
        return of(view.getFontScale(), output);
    }

    /** The width for a font scale and an output scale (screen pixels per CSS pixel). */
    static int of(double fontScale, double outputScale) {
        double scale = Double.isFinite(outputScale) ? Math.max(1, Math.min(MOST_SCALE, outputScale)) : 1;
        double font = Double.isFinite(fontScale) && fontScale > 0 ? fontScale : 1;
        double px = Math.ceil(COLUMN_PX * font * scale);
        return (int) Math.min(Integer.MAX_VALUE - STEP, Math.ceil(px / STEP) * STEP);
    }
}
