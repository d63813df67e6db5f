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

    /** The chapter's page {@code html} holding only the notice, with its one problem and the notice as a reason. */
    static org.peeragogy.reader.book.RenderedChapter rendered(org.peeragogy.reader.book.Chapter chapter, String html,
                                                              org.peeragogy.reader.book.Problem problem,
                                                              NotShownException reason) {
        return new org.peeragogy.reader.book.RenderedChapter(chapter, html, java.util.List.of(problem),
                java.util.Optional.of(sentence(reason)));
    }

    /** The notice, which the window says in its own language (decision 0038). */
    static org.peeragogy.reader.book.Reason sentence(NotShownException reason) {
        return org.peeragogy.reader.book.Reason.of(ContentReason.NOT_SHOWN_PAGE, reason.detail());
    }
}
