package org.peeragogy.reader.book;

import java.io.IOException;
import java.util.Optional;

/** An opened handbook: its reading order, its chapters rendered to safe HTML, and its images. */
public interface Handbook extends AutoCloseable {
    Book book();

    /**
     * Renders a chapter of {@link #book()}; throws {@link IllegalArgumentException} for an unknown id. A
     * chapter that cannot be read or is beyond the reader's limits gives a page saying why, with a
     * {@link Problem.Kind#NOT_SHOWN} problem, instead of an exception. May block for seconds.
     */
    RenderedChapter render(String chapterId) throws IOException;

    /**
     * A file of the handbook by its path relative to the handbook root ("images/x.png").
     * Empty when absent or when the path tries to leave the handbook.
     */
    Optional<Resource> resource(String path) throws IOException;

    /** Where this handbook was read from, for messages ("/home/a/handbook", "bundled reader's guide"). */
    String location();

    /** True for our own reader's guide, shown when no handbook is installed. */
    boolean isGuide();

    /**
     * Resolves a link target found in a chapter to a chapter of this book and an optional fragment,
     * e.g. "./wiki.html#history" becomes (wiki, history). Empty when it does not name a chapter.
     */
    Optional<Link> resolveChapterLink(String href);

    record Link(String chapterId, String fragment) {
    }

    @Override
    void close() throws IOException;
}
