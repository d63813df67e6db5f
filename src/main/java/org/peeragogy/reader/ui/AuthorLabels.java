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
        return AuthorIds.shortLabel(id);
    }
}
