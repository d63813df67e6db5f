package org.peeragogy.reader.book;

import java.io.IOException;
import java.util.List;

/**
 * What the search index is built from: the passages of each chapter. The store asks for them; the
 * content layer answers (by rendering chapters), so that storage never depends on rendering.
 */
public interface IndexSource {
    /** The passages of one chapter of the book, in document order. */
    List<IndexedUnit> units(Chapter chapter) throws IOException;

    /**
     * Names the way units are made. The index is rebuilt when it changes, as when the book's
     * fingerprint changes; bump it whenever the splitting into units changes.
     */
    String version();
}
