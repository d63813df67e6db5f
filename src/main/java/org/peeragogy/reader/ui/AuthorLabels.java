package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.AuthorIds;

/** Short forms of author ids for the window, where two people share a name (decision 0017). */
final class AuthorLabels {
    private AuthorLabels() {
    }

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
