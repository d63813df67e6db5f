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

    /** The colour's name ("Yellow"), in the window's language. */
    static String label(Texts texts, Annotation.Colour c) {
        return switch (c) {
            case YELLOW -> texts.get("colour.yellow");
            case GREEN -> texts.get("colour.green");
            case BLUE -> texts.get("colour.blue");
            case PINK -> texts.get("colour.pink");
            case PURPLE -> texts.get("colour.purple");
        };
    }

    /** The underline the page gives this colour's highlights when asked (reader.css: solid, double, dotted…). */
    static String pattern(Texts texts, Annotation.Colour c) {
        return switch (c) {
            case YELLOW -> texts.get("pattern.yellow");
            case GREEN -> texts.get("pattern.green");
            case BLUE -> texts.get("pattern.blue");
            case PINK -> texts.get("pattern.pink");
            case PURPLE -> texts.get("pattern.purple");
        };
    }

    /** "Yellow (solid underline)": the colour's name and its underline, for tooltips and screen readers. */
    static String described(Texts texts, Annotation.Colour c) {
        return texts.format("colour.described", label(texts, c), pattern(texts, c));
    }

    static String style(Annotation.Colour c) {
        return "-fx-base: derive(" + hex(c) + ", 55%);";
    }
}
