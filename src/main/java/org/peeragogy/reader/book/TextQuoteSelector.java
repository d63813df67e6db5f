package org.peeragogy.reader.book;

import java.util.Objects;

/**
 * The selected text itself with a little context around it (W3C Web Annotation TextQuoteSelector).
 *
 * @param exact  the selected text, exactly as it was in the chapter text
 * @param prefix up to {@link #CONTEXT} characters of chapter text just before the selection (may be empty)
 * @param suffix up to {@link #CONTEXT} characters of chapter text just after the selection (may be empty)
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
    /** How many characters of context are kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }
}
