package org.peeragogy.reader.content;

import org.jsoup.nodes.Entities;

/** The body of the page shown in place of a chapter that is not shown (decision 0011). */
final class NotShownPage {
    /** The class of the notice's element, for the reader's style sheet and for tests. */
    static final String CSS_CLASS = "not-shown";

    private NotShownPage() {
    }

    /** "This chapter could not be shown: {reason}. The rest of the book is unaffected.", as HTML. */
    static String body(NotShownException reason) {
        return "<div class=\"" + CSS_CLASS + "\"><p>" + Entities.escape(sentence(reason).english()) + "</p></div>";
    }

    /** The notice, which the window says in its own language (decision 0035). */
    static org.peeragogy.reader.book.Reason sentence(NotShownException reason) {
        return org.peeragogy.reader.book.Reason.of(ContentReason.NOT_SHOWN_PAGE, reason.detail());
    }
}
