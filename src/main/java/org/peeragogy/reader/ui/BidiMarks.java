package org.peeragogy.reader.ui;

/**
 * A reader's own words (a name, a tag, a file name) set apart from the line of the window's words they are put in,
 * so that a right-to-left name does not scramble the date or the count beside it (issue 14, fresh tester 17a's F17
 * and F9). JavaFX lays a line out by the Unicode bidirectional algorithm with the direction of its first strong
 * letter: "דוד · 30 nov 2026" became a right-to-left line with the day after the year, "Di דוד 0 voti" put the
 * count before the name, and the tag "#תגית" showed as "תגית#" in a list whose item began with it.
 *
 * <p>The standard cure, first-strong isolates (FSI U+2068 … PDI U+2069, HTML's {@code <bdi>}), cannot be used in
 * the window: JavaFX 21 draws both as boxes (measured under Xvfb, decision 0050). So a text holding any
 * right-to-left letter or digit gets a LEFT-TO-RIGHT MARK (U+200E) on each side, which JavaFX draws as nothing: the
 * window's languages are all left-to-right, so the mark before the text keeps the line left-to-right when the text
 * opens it, and the mark after keeps the digits and signs that follow out of the text's run. The text itself still
 * reads right-to-left within. Explicit embeddings, overrides and isolates typed or imported into the text
 * (U+202A–U+202E, U+2066–U+2069) are dropped from what is shown: JavaFX draws them as boxes too, and an override
 * left open would turn the window's words after it around. A text with no right-to-left letter is returned as it
 * is. Stateless; any thread.
 */
final class BidiMarks {
    /** LEFT-TO-RIGHT MARK: a strong left-to-right character drawn as nothing. */
    static final char LRM = '\u200E';

    private BidiMarks() {
    }

    /** The explicit directional formatting characters the window does not draw: see {@link #shown}. */
    private static final java.util.regex.Pattern CONTROLS =
            java.util.regex.Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /**
     * A reader's text (a note, a quote, a reply; never null) as the window's lists show it: without the marks,
     * embeddings, overrides and isolates (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which JavaFX 21 draws as
     * boxes (fresh tester 18a NEW-7) and which can disguise a note's words in a shared file. The letters themselves
     * keep their own direction. Stateless; any thread.
     */
    static String shown(String text) {
        return CONTROLS.matcher(text).replaceAll("");
    }

    /** {@code text} (never null) ready to be put in a line of the window's words; see the class comment. */
    static String isolated(String text) {
        String shown = shown(text);
        boolean rightToLeft = shown.codePoints().anyMatch(c -> switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_ARABIC_NUMBER -> true;
            default -> false;
        });
        return rightToLeft ? LRM + shown + LRM : shown;
    }

    /** A tag as the window shows it, "#" and the tag set apart ("#‎תגית‎"): the same form in every list. */
    static String tag(String tag) {
        return "#" + isolated(tag);
    }
}
