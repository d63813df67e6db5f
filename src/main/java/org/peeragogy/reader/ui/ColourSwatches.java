package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Annotation;

/** How the five highlight colours look in the window's controls (the page has its own CSS). */
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

    static String style(Annotation.Colour c) {
        return "-fx-base: derive(" + hex(c) + ", 55%);";
    }
}
