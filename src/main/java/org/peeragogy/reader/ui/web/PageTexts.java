package org.peeragogy.reader.ui.web;

/**
 * The words a chapter page and its view show the reader (the footnote pop-over's, the view's accessible name,
 * what it says when a page cannot be shown), in the window's language: the window's resource bundles, given by
 * {@code ui.Texts} (decision 0030). Keys are written out in full where they are used.
 *
 * <p>Threads: any. Each method throws {@link java.util.MissingResourceException} for a key no bundle has.
 */
public interface PageTexts {
    /** The text of {@code key}, as it reads with no arguments. */
    String get(String key);

    /** The message of {@code key} with {@code args} put in its places (ICU's MessageFormat: numbers, plurals). */
    String format(String key, Object... args);

    /** A reason of the layers below the window, in its language (decision 0038). */
    String reason(org.peeragogy.reader.book.Reason reason);

    /** Why {@code failure} happened, in the window's language; never empty. */
    String failure(Throwable failure);
}
