package org.peeragogy.reader.ui;

/**
 * Page and window colours; both style sheets (reader.css, reader-window.css) define each by its
 * {@link #cssName()} as the class {@code theme-NAME}. {@link #HIGH_CONTRAST} is held to 7:1 (WCAG 2.x
 * success criterion 1.4.6, level AAA) for every text, the others to 4.5:1 (ThemeContrastTest).
 */
public enum Theme {
    LIGHT("light"), SEPIA("sepia"), DARK("dark"),
    /** White and yellow on black, every text at least 7:1 (issue 14). */
    HIGH_CONTRAST("contrast");

    private final String cssName;

    Theme(String cssName) {
        this.cssName = cssName;
    }

    /** The View menu's name for it ("Dark theme"), in the window's language. */
    public String label(Texts texts) {
        return switch (this) {
            case LIGHT -> texts.get("theme.light");
            case SEPIA -> texts.get("theme.sepia");
            case DARK -> texts.get("theme.dark");
            case HIGH_CONTRAST -> texts.get("theme.contrast");
        };
    }

    /** Lower-case letters only: the page's address carries it ({@code ?theme=NAME}, reader.js checks it). */
    public String cssName() {
        return cssName;
    }

    static Theme parse(String s, Theme fallback) {
        for (Theme t : values()) {
            if (t.cssName().equals(s)) {
                return t;
            }
        }
        return fallback;
    }
}
