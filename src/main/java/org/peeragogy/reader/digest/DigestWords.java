package org.peeragogy.reader.digest;

import java.util.Objects;

/**
 * The words a digest is written in (tester's F18: it was English whatever the window's language): the window's
 * message bundles ({@code ui/messages*.properties}, keys {@code digestDoc.*}), handed down by the caller because
 * this package sits below the window's words. The window gives its interface language's; the command line the same
 * setting, or {@code --interface-language} (decision 0046). Immutable; any thread when {@code formatter} is.
 *
 * @param language  the BCP 47 tag of the language (the HTML's {@code lang}), such as "es"
 * @param formatter formats a {@code digestDoc.*} pattern (ICU MessageFormat: plurals by the language's CLDR rules);
 *                  throws {@code MissingResourceException} for a key the bundles lack
 */
public record DigestWords(String language, Formatter formatter) {
    /** Formats one pattern of the bundles with its arguments. */
    @FunctionalInterface
    public interface Formatter {
        String format(String key, Object... args);
    }

    public DigestWords {
        Objects.requireNonNull(language);
        Objects.requireNonNull(formatter);
    }

    /** The pattern {@code key} (a {@code digestDoc.*} key, written out in full so TextsTest finds it) with {@code args}. */
    String say(String key, Object... args) {
        return formatter.format(key, args);
    }

    /**
     * "Ana", "Ana and Bo", "Ana, Bo and Cy", and from four on "Ana, Bo and 497 others" (tester's F30: a placeholder
     * with 499 repliers) in this language; "" for none.
     */
    String list(java.util.List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        if (names.size() > 3) {
            return say("digestDoc.andOthers", String.join(", ", names.subList(0, 2)), names.size() - 2);
        }
        return say("digestDoc.and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
}
