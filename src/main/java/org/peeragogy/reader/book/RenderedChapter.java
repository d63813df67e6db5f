package org.peeragogy.reader.book;

import java.util.List;

/**
 * The complete, sanitised HTML page for one chapter and what rendering found.
 * The page refers to images by paths relative to the chapter and to the reader's
 * own style and script by root-relative {@code /_app/} paths.
 */
public record RenderedChapter(Chapter chapter, String html, List<Problem> problems) {
    public RenderedChapter {
        problems = List.copyOf(problems);
    }

    public long count(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }
}
