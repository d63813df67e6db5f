package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.AuthorIds;

/** Short forms of author ids for the window, where two people share a name (decision 0017). */
final class AuthorLabels {
    private AuthorLabels() {
    }

    /**
     * A name as the window shows it: the name anonymous questions carry (stored in English, decision 0031) in the
     * window's language ("Anónimo", and "Anónimo (2)" for a second anonymous id told apart), any other as it is
     * (tester's F18: the Spanish group view said "De Anonymous"), a namesake known by name only ("Ana (by name only)",
     * "Ana (by name only, 2)": {@code AuthorNames.apart}, decision 0101) with those words in the window's language,
     * any other as it is.
     */
    static String shown(Texts texts, String name) {
        String anonymous = org.peeragogy.reader.store.ConversationStore.ANONYMOUS_NAME;
        if (name.equals(anonymous) || name.startsWith(anonymous + " (")) {
            return texts.get("author.anonymous") + name.substring(anonymous.length());
        }
        java.util.regex.Matcher nameOnly = NAME_ONLY.matcher(name);
        if (nameOnly.find()) {
            return name.substring(0, nameOnly.start()) + " (" + texts.get("author.byNameOnly")
                    + (nameOnly.group(1) == null ? "" : nameOnly.group(1)) + ")";
        }
        return name;
    }

    /** The end {@code AuthorNames.apart} gives a namesake known by name only, in English ({@link AuthorIds#shortLabel}). */
    private static final java.util.regex.Pattern NAME_ONLY = java.util.regex.Pattern.compile(
            " \\(" + java.util.regex.Pattern.quote(AuthorIds.shortLabel(AuthorIds.fromName("x"))) + "(, \\d+)?\\)$");

    /**
     * What tells a person apart when their name is not enough: an account as it is ({@code acct:ana@x.org}),
     * an address without its scheme, the first 8 hex digits of a reader's {@code urn:uuid:}, "by name only"
     * for an id made from a name; in the window's language.
     */
    static String shortId(Texts texts, String id) {
        if (AuthorIds.isNameOnly(id)) {
            return texts.get("author.byNameOnly");
        }
        if (id.startsWith("urn:uuid:") && id.length() >= 17) {
            return texts.format("author.id", id.substring(9, 17));
        }
        return AuthorIds.shortLabel(id);
    }
}
