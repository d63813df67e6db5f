package org.peeragogy.reader.store;

import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.text.LookAlikes;

/**
 * No one is renamed to a name that looks like the anonymous label (decision 0075) when theirs did not, whatever file
 * says it (fresh tester t15g's M2: Mal called himself "Anonymous" in his own file, and his notes passed for anonymous
 * questions where the group allowed none; decision 0077). Pure; any thread.
 */
final class AnonymousRenames {
    private AnonymousRenames() {
    }

    /** Whether renaming someone called {@code was} (null: no one yet) to {@code now} is refused. */
    static boolean refused(String was, String now) {
        return LookAlikes.anonymous(AuthorNames.clean(now)) && !LookAlikes.anonymous(AuthorNames.clean(was == null ? "" : was));
    }

    /** What a file's rename of {@code was} to {@code now} is said as: {@link StoreReason#RENAMED}, or that it is refused. */
    static StoreReason said(String was, String now) {
        return refused(was, now) ? StoreReason.ANONYMOUS_RENAME_REFUSED : StoreReason.RENAMED;
    }
}
