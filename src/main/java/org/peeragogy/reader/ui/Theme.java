package org.peeragogy.reader.ui;

import java.util.Locale;

/** Page colours; the page's style sheet (reader.css) defines each by its {@link #cssName()}. */
public enum Theme {
    LIGHT("Light"), SEPIA("Sepia"), DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
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
