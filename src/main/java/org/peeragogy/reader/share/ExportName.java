package org.peeragogy.reader.share;

import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * Whose notes an export holds, for its suggested file name when the reader never gave a name (fresh tester t34's F7:
 * everyone's was {@code notes-me.peeranotes}, so twenty exports onto one stick overwrote each other): the name their
 * newest note carries (the login name a command signs with), else a short form of their author id ({@code id-1a2b3c4d}).
 */
final class ExportName {
    private ExportName() {
    }

    /**
     * The name or short id. Threads: a read; off the FX thread, one call at a time per database.
     *
     * @throws ShareException when the notes or the reader's id cannot be read
     */
    static String of(Database db) throws ShareException {
        try {
            String me = db.settings().readerId();
            // "Me" is what the window signs with until a name is given: everyone's, so not a name here.
            return db.authors().newestName(me).filter(n -> !n.isBlank() && !n.strip().equalsIgnoreCase("me"))
                    .orElseGet(() -> AuthorIds.shortLabel(me).replace(' ', '-'));
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
    }
}
