package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.AuthorNames;

/**
 * A name from someone else's file (a group folder's file name, a person's name in it) made fit for one line of the
 * window: control and direction characters dropped and white space (a newline in a file name) one space, as the
 * command line cleans them ({@link AuthorNames#listed}: invisible characters and direction marks too), then cut to {@link #MAX} code points with "…" (a hostile
 * try-out's 150-character name wrapped the notice over three lines and left its buttons unlabelled). Any thread;
 * never throws.
 */
final class FileNameWords {
    /** The longest name shown whole, in code points. */
    static final int MAX = 60;

    private FileNameWords() {
    }

    /**
     * A person's name from a group file, as {@link #clean}, the anonymous asker's in the window's language
     * ({@link AuthorLabels#shown}: "Anónimo"; issue 15's N5). Any thread; never throws.
     */
    static String person(Texts texts, String name) {
        return clean(AuthorLabels.shown(texts, name == null ? "" : name));
    }

    /** {@code name} cleaned and cut to {@link #MAX} code points ("…" ends a cut one); null gives "". */
    static String clean(String name) {
        return BidiMarks.isolated(AuthorNames.cut(AuthorNames.listed(name), MAX, true));
    }
}
