package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.ReaderViewModel;

/**
 * Entry point for both the window and the command line. Deliberately not a JavaFX Application:
 * a main class extending Application fails to start from a plain class path (see docs/decisions).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.exit(usage(err, e.getMessage()));
            return;
        }
        if (options.isWindow()) {
            int code = Gui.launch(options, err);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(runCommand(options, out, err));
    }

    static int runCommand(Options options, PrintStream out, PrintStream err) {
        try (Handbook handbook = HandbookLocator.locate(options, addedHandbook(options))) {
            return new Cli(out, err).run(options, handbook);
        } catch (Options.UsageException e) {
            return usage(err, e.getMessage());
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    /** The handbook the reader added in the window, read without creating a database that is not there. */
    static Optional<String> addedHandbook(Options options) {
        Path dataDir = DataDirs.resolve(options);
        if (!Files.exists(dataDir.resolve("reader.db"))) {
            return Optional.empty();
        }
        try (Database db = Database.open(dataDir)) {
            return db.settings().get(ReaderViewModel.HANDBOOK_KEY);
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    static int usage(PrintStream err, String reason) {
        err.println(reason);
        err.println(Options.USAGE);
        return 2;
    }
}
