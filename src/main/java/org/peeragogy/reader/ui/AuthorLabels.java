package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.AuthorIds;

/** Short forms of author ids for the window, where two people share a name (decision 0017). */
final class AuthorLabels {
    private AuthorLabels() {
    }

    /**
     * What tells a person apart when their name is not enough: an account as it is ({@code acct:ana@x.org}),
     * an address without its scheme, the first 8 hex digits of a reader's {@code urn:uuid:}, "by name only"
     * for an id made from a name.
     */
    static String shortId(String id) {
        if (AuthorIds.isNameOnly(id)) {
            return "by name only";
        }
        if (id.startsWith("urn:uuid:") && id.length() >= 17) {
            return "id " + id.substring(9, 17);
        }
        String s = id.replaceFirst("^(https?|mailto):(//)?", "");
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
