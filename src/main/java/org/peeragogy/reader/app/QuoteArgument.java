package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.util.Optional;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.content.anchoring.QuoteSearch;

/**
 * A {@code --quote} of the command line ({@code highlight}, {@code ask}) anchored the way a selection in the
 * window would be: it must occur exactly once in the chapter. Shared so both commands say the same thing.
 * Threads: the command line's.
 */
final class QuoteArgument {
    private QuoteArgument() {
    }

    /**
     * The anchor of {@code quote} in chapter {@code chapterId} (the book's own form of the id); empty after
     * printing to {@code err} why not (not in the chapter, or in it more than once).
     *
     * @throws java.io.IOException when the chapter cannot be read
     */
    static Optional<TextAnchor> anchor(Handbook handbook, String chapterId, String quote, PrintStream err)
            throws java.io.IOException {
        ChapterText text = ChapterText.of(handbook.render(chapterId).html());
        QuoteSearch found = Anchoring.findQuote(text, quote);
        if (found.notFound()) {
            err.println("The quote is not in chapter '" + chapterId + "': " + quote);
            return Optional.empty();
        }
        if (found.ambiguous()) {
            err.println("The quote occurs " + found.occurrences() + " times in chapter '" + chapterId
                    + "'; give a longer quote so that it names one place.");
            return Optional.empty();
        }
        Placement at = found.match().orElseThrow();
        return Optional.of(Anchoring.describe(text, at.start(), at.end()));
    }
}
