package org.peeragogy.reader.ui;

import java.io.IOException;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * What the Help menu shows besides the keys: the reader's guide (our own small handbook, bundled), and
 * About (the version, and the licences of the bundled handbook and of the libraries). No controls; runs
 * without a toolkit.
 *
 * <p>Threads: the FX thread (everything here is read from the application's own classpath, in memory).
 * {@link #guide()} throws UncheckedIOException when the guide is missing from the application.
 */
public final class HelpViewModel {
    private Handbook guide;
    private final Texts texts;

    public HelpViewModel(Texts texts) {
        this.texts = java.util.Objects.requireNonNull(texts);
    }

    /** The reader's version as the package says it ("0.1.0"), "dev" when run from the sources. Any thread. */
    public String version() {
        String v = HelpViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The licences of the bundled handbook and of the libraries and fonts, as lines of text in the reader's language
     * (fresh tester 19a: the list's own words stayed English in a translated About; the licences' names are as their
     * authors give them). Any thread.
     */
    public String licences() {
        return texts.get("help.handbookLicence") + "\n\n" + texts.get("help.libraries") + "\n"
                + texts.get("help.licenceList");
    }

    /** The reader's guide, opened on first use and kept open. FX thread. */
    public Handbook guide() {
        if (guide == null) {
            guide = Handbooks.guide();
        }
        return guide;
    }

    /** Closes the guide if it was opened (it holds nothing but memory). Any thread; never throws. */
    public void close() {
        Handbook g = guide;
        guide = null;
        if (g != null) {
            try {
                g.close();
            } catch (IOException | RuntimeException e) {
                // Nothing to release that matters: the guide is read from the application's own classpath.
            }
        }
    }

    /** The first chapter the Help menu opens the guide at: how to use the reader. */
    public String guideStart() {
        return guide().book().chapter("using-the-reader").map(c -> c.id())
                .orElse(guide().book().chapters().get(0).id());
    }
}
