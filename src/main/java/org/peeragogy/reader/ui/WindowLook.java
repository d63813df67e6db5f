package org.peeragogy.reader.ui;

import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The window's look kept as {@link LookViewModel} says, now and at every change: the theme on the page, the reader's
 * guide and every window of the reader ({@link WindowThemes}); the text size on the page, the guide and the panels'
 * widths; the reading settings (font, spacing, upright quotes) on the page, the guide and the windows (issue 14).
 * FX thread.
 */
final class WindowLook {
    private final ChapterView page;
    private final HelpActions guide;
    private final WindowThemes themes;

    private WindowLook(ChapterView page, HelpActions guide, WindowThemes themes) {
        this.page = page;
        this.guide = guide;
        this.themes = themes;
    }

    /**
     * Applies the look now (the system's high contrast first, followed until the reader chooses a theme) and at
     * every change of it. FX thread.
     */
    static void follow(LookViewModel look, ChapterView page, HelpActions guide, WindowThemes themes,
                       PanelsViewModel panels) {
        WindowLook applied = new WindowLook(page, guide, themes);
        look.themeProperty().addListener((o, was, now) -> applied.theme(now));
        look.fontScaleProperty().addListener((o, was, now) -> {
            panels.textScale(now.doubleValue());
            applied.textScale(now.doubleValue());
        });
        panels.textScale(look.fontScaleProperty().get());
        look.followSystemContrast(SystemContrast.highContrast()); // Windows only in JavaFX 21: see SystemContrast
        applied.theme(look.themeProperty().get());
        look.reading().settingsProperty().addListener((o, was, now) -> applied.reading(now));
        applied.reading(look.reading().settingsProperty().get());
        applied.textScale(look.fontScaleProperty().get());
    }

    private void theme(Theme theme) {
        page.setTheme(theme.cssName());
        guide.theme(theme); // the reader's guide's page
        themes.apply(theme); // this window and its dialogs, all-notes window, selection bar and guide
    }

    /** The page's font and spacing, and the windows' quotes upright or not (issue 14). */
    private void reading(ReadingSettings reading) {
        page.setReading(reading.pageValue());
        guide.reading(reading);
        themes.upright(reading.upright());
    }

    private void textScale(double scale) {
        page.setFontScale(scale);
        guide.textScale(scale);
    }
}
