package org.peeragogy.reader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * Whether the operating system asks for high contrast, as far as JavaFX 21 can tell (issue 14).
 *
 * <p>JavaFX 21 has no public API for it: {@code Platform.getPreferences()} with {@code Windows.SPI.HighContrast}
 * arrived in JavaFX 22 (JDK-8301302). What JavaFX 21 does: on Windows only, Glass reads the system's high contrast
 * scheme ({@code WinApplication.getHighContrastTheme}; GTK's and macOS's Glass return none) and Modena then adds
 * one of its own high-contrast sheets (blackOnWhite, whiteOnBlack, yellowOnBlack) to every scene; the system
 * property {@code com.sun.javafx.highContrastTheme} forces one of them on any system. This reads the result
 * through public API only: the background Modena gives a bare scene's root is pure black or pure white under those
 * sheets, and #f4f4f4 otherwise. So: Windows' high contrast is followed; Linux (GNOME's or KDE's high contrast) and
 * macOS ("Increase contrast") are not, and the reader chooses View → High contrast theme there. FX thread.
 */
final class SystemContrast {
    private SystemContrast() {
    }

    /** True when JavaFX has put one of Modena's high-contrast sheets in place. FX thread; a few CSS lookups. */
    static boolean highContrast() {
        // A control in it: Modena (and with it the high-contrast sheet) is put in place when the first control is made.
        StackPane probe = new StackPane(new Label());
        new Scene(probe);
        probe.applyCss();
        Background bg = probe.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return false;
        }
        BackgroundFill fill = bg.getFills().get(bg.getFills().size() - 1);
        return fill.getFill() instanceof Color c && c.getOpacity() == 1
                && (c.equals(Color.BLACK) || c.equals(Color.WHITE));
    }
}
