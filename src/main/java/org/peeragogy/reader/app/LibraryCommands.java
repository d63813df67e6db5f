package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.content.HandbookException;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The commands about the installed handbooks, which need no open handbook: {@code add-handbook} and
 * {@code handbooks}. Each language of a handbook's folder is an edition of its own (decision 0015), listed
 * on a line of its own with its language, so it can be opened with {@code --handbook IDENTITY} or
 * {@code --language TAG} (issue 13).
 */
final class LibraryCommands {
    /** The commands this class runs. */
    static final Set<String> COMMANDS = Set.of("add-handbook", "handbooks");
    private static final System.Logger LOG = System.getLogger(LibraryCommands.class.getName());
    private final PrintStream out;
    private final PrintStream err;

    LibraryCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code add-handbook} or {@code handbooks}; returns the exit code. */
    int run(Options options) throws StoreException {
        HandbookLibrary library = new HandbookLibrary(DataDirs.handbooks(options));
        if (options.command().equals("handbooks")) {
            for (HandbookLibrary.Installed i : library.list()) {
                for (HandbookLibrary.Edition e : i.editions()) {
                    out.println(String.join("\t", e.identity(), Cli.oneLine(e.title()), Integer.toString(e.chapters()),
                            i.location().toString(), e.language()));
                }
            }
            return 0;
        }
        HandbookLibrary.Installed installed;
        try {
            installed = library.install(Path.of(options.arguments().get(0)), HandbookLibrary.Progress.NONE);
        } catch (HandbookException e) {
            err.println(Messages.logged(LOG, "add-handbook", e));
            return 1;
        }
        try (Database db = NotesFile.open(options)) {
            db.settings().put(HandbookLibrary.CHOSEN_SETTING, installed.identity());
        }
        List<HandbookLibrary.Edition> editions = installed.editions();
        out.println(installed.identity() + "\t" + Cli.oneLine(installed.title()) + "\t" + editions.get(0).language());
        for (HandbookLibrary.Edition e : editions.subList(1, editions.size())) {
            out.println(e.identity() + "\t" + Cli.oneLine(e.title()) + "\t" + e.language());
        }
        if (editions.size() > 1) {
            out.println("Its folder holds " + editions.size() + " languages, each a handbook with its own notes; the "
                    + "first opens from now on. Open another with --language TAG (for example --language "
                    + editions.get(1).language() + ") or --handbook IDENTITY.");
        }
        if (installed.replaced()) {
            out.println(installed.previousFingerprint().equals(installed.fingerprint())
                    ? "This edition was already installed; its copy was renewed."
                    : "Replaced the edition installed before; your notes on it are kept.");
        }
        reportNotShown(installed);
        return 0;
    }

    /** After installing: one line per chapter the reader will not show (found without rendering). */
    private void reportNotShown(HandbookLibrary.Installed installed) {
        List<Problem> notShown;
        try (Handbook h = Handbooks.open(installed.location())) {
            notShown = Handbooks.screen(h);
        } catch (HandbookException | IOException e) {
            return; // installed and checked already; this is only a courtesy
        }
        for (Problem p : notShown) {
            out.println(p);
        }
        if (!notShown.isEmpty()) {
            out.println(notShown.size() + (notShown.size() == 1 ? " chapter" : " chapters")
                    + " will show a page saying why instead of the text; the rest of the book is unaffected.");
        }
    }
}
