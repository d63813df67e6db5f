package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Annotation;

/**
 * How the five highlight colours look in the window's controls (the page has its own CSS), and their names: a
 * colour is never told by colour alone (issue 14), so each has a name and an underline style of its own, which
 * the page draws on request (reader.css, "pr-patterns") and the colour buttons name in their tooltips and
 * accessible text.
 */
final class ColourSwatches {
    private ColourSwatches() {
    }

    static String hex(Annotation.Colour c) {
        return switch (c) {
            case YELLOW -> "#ffd600";
            case GREEN -> "#4cc45a";
            case BLUE -> "#4296ff";
            case PINK -> "#ff5ca0";
            case PURPLE -> "#965ae6";
        };
    }

    static String label(Annotation.Colour c) {
        return switch (c) {
            case YELLOW -> "Yellow";
            case GREEN -> "Green";
            case BLUE -> "Blue";
            case PINK -> "Pink";
            case PURPLE -> "Purple";
        };
    }

    /** The underline the page gives this colour's highlights when asked (reader.css: solid, double, dotted…). */
    static String pattern(Annotation.Colour c) {
        return switch (c) {
            case YELLOW -> "solid underline";
            case GREEN -> "double underline";
            case BLUE -> "dotted underline";
            case PINK -> "dashed underline";
            case PURPLE -> "wavy underline";
        };
    }

    /** "Yellow (solid underline)": the colour's name and its underline, for tooltips and screen readers. */
    static String described(Annotation.Colour c) {
        return label(c) + " (" + pattern(c) + ")";
    }

    static String style(Annotation.Colour c) {
        return "-fx-base: derive(" + hex(c) + ", 55%);";
    }
}
