package org.peeragogy.reader.ui.web;

import javafx.scene.web.WebView;

/**
 * The page's look: theme, reading settings (font, spacing, upright, underlined highlights) and text size. The theme
 * and reading settings go in the address of the page to load, so it is painted with them; a change is sent to the
 * page shown, keeping the line at the top of the view in place; one made while a page loaded is sent to it once its
 * document is there ({@link #pageLoaded}). The page's side is reader.js's {@code setTheme}, {@code setReading} and
 * {@code keepAtTop}, declared in {@link PageMessages}. FX thread.
 */
final class PageLook {
    private final ChapterView view;
    private final WebView webView;
    private String theme = "light";
    /** The reading settings for the page's address and setReading (letters, digits, '.', '=' and ','). */
    private String reading = "";
    /** The theme and reading settings in the address of the page loading or shown: changes since are sent in. */
    private String addressTheme = "";
    private String addressReading = "";

    PageLook(ChapterView view, WebView webView) {
        this.view = view;
        this.webView = webView;
    }

    /** The query of the address of the page about to load, {@code "?theme=light"} then {@code "&read=…"} if any. */
    String query() {
        addressTheme = theme;
        addressReading = reading;
        return "?theme=" + theme + (reading.isEmpty() ? "" : "&read=" + reading);
    }

    /** See {@link ChapterView#setTheme}. */
    void setTheme(String theme) {
        this.theme = theme;
        if (view.pageReady()) {
            view.call(PageMessages.Call.SET_THEME, theme);
        }
    }

    /** See {@link ChapterView#setReading}: only {@code [a-z0-9.=,]}, else IllegalArgumentException. */
    void setReading(String settings) {
        if (!settings.matches("[a-z0-9.=,]*")) {
            throw new IllegalArgumentException("reading settings with other characters: " + settings);
        }
        if (settings.equals(reading)) {
            return;
        }
        reading = settings;
        if (view.pageReady()) {
            int top = view.visibleOffset();
            view.call(PageMessages.Call.SET_READING, settings);
            if (top > 0) {
                view.call(PageMessages.Call.KEEP_AT_TOP, top);
            }
        }
    }

    /** See {@link ChapterView#setFontScale}. */
    void setFontScale(double scale) {
        if (scale == webView.getFontScale()) {
            return;
        }
        int top = view.pageReady() ? view.visibleOffset() : -1;
        webView.setFontScale(scale);
        if (top > 0) {
            // Reading the layout in the page makes it lay out at the new size first.
            view.call(PageMessages.Call.KEEP_AT_TOP, top);
        }
    }

    /**
     * The page's document is there: a theme or reading settings set while it loaded (not in its address, and no page
     * to send them to then) are taken now, before it is laid out, rather than lost until the next chapter.
     */
    void pageLoaded() {
        if (!theme.equals(addressTheme)) {
            view.call(PageMessages.Call.SET_THEME, theme);
        }
        if (!reading.equals(addressReading)) {
            view.call(PageMessages.Call.SET_READING, reading);
        }
    }
}
