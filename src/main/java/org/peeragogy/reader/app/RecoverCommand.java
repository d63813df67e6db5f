package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.peeragogy.reader.store.Backups;
import org.peeragogy.reader.store.DamagedDatabase;
import org.peeragogy.reader.store.OpenFailure;
import org.peeragogy.reader.store.StoreException;

/**
 * The command line's answer to a damaged notes file: every command prints the reason and the two choices
 * and exits {@value #DAMAGED}; {@code recover --restore-backup} and {@code recover --start-fresh} carry
 * them out, and {@code recover} alone says whether there is anything to recover.
 */
final class RecoverCommand {
    /** Exit code of any command that met a damaged notes file. */
    static final int DAMAGED = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    RecoverCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** {@code recover [--restore-backup | --start-fresh]}. */
    int run(Options options) throws StoreException {
        Path dataDir = DataDirs.resolve(options);
        Optional<OpenFailure> failure = new DamagedDatabase(dataDir).diagnose();
        boolean restore = options.has("--restore-backup");
        boolean fresh = options.has("--start-fresh");
        if (failure.isEmpty()) {
            out.println("Your notes file " + dataDir.resolve("reader.db") + " opens and passes SQLite's check;"
                    + " there is nothing to recover." + (restore || fresh ? " Nothing was changed." : ""));
            new Recovery(dataDir, clock).latestBackup().ifPresent(b -> out.println("Latest automatic backup: "
                    + Recovery.describe(b) + ", in " + b.backup().file().getParent()));
            return restore || fresh ? 1 : 0;
        }
        if (!failure.get().damaged()) {
            err.println(failure.get().getMessage());
            return 1;
        }
        if (!restore && !fresh) {
            return explain(failure.get(), options);
        }
        Recovery recovery = new Recovery(dataDir, clock);
        Recovery.Outcome done = restore ? recovery.restoreLatestBackup() : recovery.setAsideAndStartFresh(Cli.appVersion());
        out.println(done.message());
        done.salvaged().ifPresent(f -> out.println("Import them with: " + command(options, "import " + quote(f))));
        return 0;
    }

    /** Prints why the notes file cannot be used and the two commands that go on; returns {@value #DAMAGED}. */
    int explain(OpenFailure failure, Options options) {
        if (!failure.damaged()) {
            err.println(failure.getMessage());
            return 1;
        }
        err.println(failure.problem());
        Optional<Backups.Verified> backup = new Recovery(DataDirs.resolve(options), clock).latestBackup();
        err.println("To go on, run one of:");
        backup.ifPresentOrElse(b -> err.println("  " + command(options, "recover --restore-backup") + "   restore "
                        + Recovery.describe(b) + "; the damaged file is kept aside"),
                () -> err.println("  (there is no automatic backup to restore)"));
        err.println("  " + command(options, "recover --start-fresh") + "      save the notes that can still be read"
                + " to a notes file, set the damaged file aside, and start with an empty one");
        return DAMAGED;
    }

    /** A command line to copy: the program as it was started ({@link ProgramName}), the same --data-dir, and {@code rest}. */
    static String command(Options options, String rest) {
        return ProgramName.ofThisProcess() + options.dataDir().map(d -> " --data-dir " + quote(d)).orElse("") + " " + rest;
    }

    private static String quote(Path p) {
        return ProgramName.shellWord(p.toString());
    }
}
