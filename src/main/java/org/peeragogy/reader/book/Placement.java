package org.peeragogy.reader.book;

/**
 * Where an anchor was placed in the current chapter text, in UTF-16 offsets (see {@link TextPositionSelector}).
 *
 * @param start first code unit, or -1 for {@link Kind#ORPHAN}
 * @param end   just past the last code unit, or -1 for {@link Kind#ORPHAN}
 * @param kind  how it was found
 * @param score confidence from 0 to 1 (1 for EXACT and QUOTE, 0 for ORPHAN)
 */
public record Placement(int start, int end, Kind kind, double score) {
    public enum Kind {
        /** The stored position still holds the quote. */
        EXACT,
        /** Found by searching for the quote itself. */
        QUOTE,
        /** Found by approximate matching: the quote has been edited a little. */
        FUZZY,
        /** Cannot be placed. */
        ORPHAN
    }

    public Placement {
        if (kind == Kind.ORPHAN ? start != -1 || end != -1 : start < 0 || end < start) {
            throw new IllegalArgumentException("Bad placement " + kind + " " + start + ".." + end);
        }
    }

    public static Placement orphan() {
        return new Placement(-1, -1, Kind.ORPHAN, 0);
    }

    public boolean placed() {
        return kind != Kind.ORPHAN;
    }
}
