package org.peeragogy.reader.book;

import java.util.List;
import java.util.Optional;

/**
 * The complete, sanitised HTML page for one chapter and what rendering found.
 * The page refers to images by paths relative to the chapter and to the reader's
 * own style and script by root-relative {@code /_app/} paths.
 *
 * @param notShown for a chapter not shown (decision 0011), the page's one sentence saying why, as a
 *                 {@link Reason}: the page holds it in English, and the window puts it in its language
 */
public record RenderedChapter(Chapter chapter, String html, List<Problem> problems, Optional<Reason> notShown) {
    public RenderedChapter {
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(notShown);
    }

    /** A chapter shown: its page and what rendering found. */
    public RenderedChapter(Chapter chapter, String html, List<Problem> problems) {
        this(chapter, html, problems, Optional.empty());
    }

    public long count(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }
}
