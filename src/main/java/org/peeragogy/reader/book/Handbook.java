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

    /**
     * The same chapter in the other languages of this handbook's folder (decision 0015): one entry per
     * other language that has it, in the order the folder's languages are listed (the default first).
     * Empty when the folder holds one language or no other language has this chapter. Never reads the disk.
     */
    default java.util.List<Translation> translations(String chapterId) {
        return java.util.List.of();
    }

    /**
     * Every language this handbook's folder holds, each an edition of its own (decision 0015): BCP 47 tags
     * ("" for untagged originals), the default first; this book's own language alone when the folder holds
     * one. Never reads the disk.
     */
    default java.util.List<String> languages() {
        return java.util.List.of(book().language());
    }

    /**
     * Opens this handbook's folder again in another of its languages: a new handbook, which the caller
     * closes. Reads and hashes every chapter of that language, so never on the FX thread. Throws
     * {@link IOException} when the folder can no longer be read or does not hold {@code language} (one of
     * {@link #languages()}).
     */
    default Handbook openTranslation(String language) throws IOException {
        throw new IOException("This handbook is in one language only.");
    }

    /** A chapter in another language: the BCP 47 tag ("" for the untagged originals) and its chapter id there. */
    record Translation(String language, String chapterId) {
    }

    @Override
    void close() throws IOException;
}
