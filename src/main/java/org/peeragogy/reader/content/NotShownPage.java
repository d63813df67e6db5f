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
        return "<div class=\"" + CSS_CLASS + "\"><p>" + Entities.escape(sentence(reason)) + "</p></div>";
    }

    /** The notice as plain text. */
    static String sentence(NotShownException reason) {
        return "This chapter could not be shown: " + reason.detail() + ". The rest of the book is unaffected.";
    }
}
