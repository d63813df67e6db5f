package org.peeragogy.reader.share;

import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Placement;

/**
 * What sharing needs to know about the open handbook, given by {@code app} (which may use
 * {@code content}; this package may not).
 */
public interface Chapters {
    /** The open handbook: its identity, fingerprint and chapters in reading order. */
    Book book();

    /**
     * Where the open handbook's files are read from: its folder, or its zip; empty when it is not a place on disk (the
     * bundled guide). Exports and digests are never written inside it ({@link OutputPlace}; t15b's M1). May read the
     * disk: not on the FX thread.
     */
    default Optional<java.nio.file.Path> location() {
        return Optional.empty();
    }

    /** The chapter an address names (peeragogy.org, peeragogy.github.io, a relative link), if any. */
    Optional<String> chapterFor(String uri);

    /** The chapter's plain text as anchoring sees it (for code-point positions); empty when unknown. */
    Optional<String> text(String chapterId);

    /**
     * Whether a position counted in code points in the chapter's text is the same counted in UTF-16 units (the
     * text has no character beyond U+FFFF), so that a W3C position needs no conversion; false when the text is
     * unknown. Implementations may remember it per chapter: an import of 10,000 notes asks 10,000 times.
     */
    default boolean positionsAreCodePoints(String chapterId) {
        return text(chapterId).map(t -> t.codePointCount(0, t.length()) == t.length()).orElse(false);
    }

    /** True when the note can be placed in the open handbook's text (else it arrives as an orphan). */
    boolean placeable(Annotation a);

    /**
     * Where the note sits in the open handbook's text now (UTF-16 offsets into the chapter text), found
     * by anchoring; {@link Placement#orphan()} when it cannot be placed or is not of this handbook.
     * A note without an anchor (a chapter note) is placed at 0.
     */
    Placement place(Annotation a);
}
