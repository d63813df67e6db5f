package org.peeragogy.reader.content.anchoring;

import java.util.Optional;
import org.peeragogy.reader.book.Placement;

/** What a whitespace-insensitive search for a quote found: one place, none, or several. */
public final class QuoteSearch {
    private final int occurrences;
    private final Placement match;

    QuoteSearch(int occurrences, Placement match) {
        this.occurrences = occurrences;
        this.match = match;
    }

    /** How many times the quote occurs (0 when not found). */
    public int occurrences() {
        return occurrences;
    }

    /** The place when the quote occurs exactly once; empty when it is not found or ambiguous. */
    public Optional<Placement> match() {
        return occurrences == 1 ? Optional.of(match) : Optional.empty();
    }

    public boolean notFound() {
        return occurrences == 0;
    }

    public boolean ambiguous() {
        return occurrences > 1;
    }

    /** "found at 10..42", "not found" or "occurs 3 times". */
    @Override
    public String toString() {
        if (occurrences == 0) {
            return "not found";
        }
        return occurrences == 1 ? "found at " + match.start() + ".." + match.end() : "occurs " + occurrences + " times";
    }
}
