package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.util.Set;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.OpenFailure;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.ReaderViewModel;

/**
 * Entry point for both the window and the command line. Deliberately not a JavaFX Application:
 * a main class extending Application fails to start from a plain class path (see docs/decisions).
 */
public final class Main {
    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] received) {
        String[] args = RawArguments.ofThisProcess(received); // the letters an ASCII locale lost (t17b's M1)
        if (RawArguments.lostHere(received, args)) {
            // File names with those letters can only be read in a JVM of another character set: a command as well
            // as the window runs in one (where none can be started, it goes on here with the letters).
            java.util.OptionalInt relaunched = JarRelaunch.run(args, true);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
                return;
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (help(args, out)) {
            System.exit(0);
            return;
        }
        if (Options.asksForVersion(args)) {
            Optional<String> refused = Options.versionRefusal(args);
            if (refused.isPresent()) {
                System.exit(usage(err, refused.get()));
                return;
            }
            out.println(version());
            System.exit(0);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.exit(usage(err, e.getMessage()));
            return;
        }
        if (options.isWindow()) {
            // The jar's class archive lives in the user's cache folder: not for a portable start (issue 17).
            java.util.OptionalInt relaunched = JarRelaunch.runWindow(args,
                    Portable.dataDir(options.portable()).isEmpty());
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
                return;
            }
            java.util.Optional<ClassLoader> modular = java.util.Optional.empty();
            try {
                modular = ModularLaunch.loader();
            } catch (IOException | RuntimeException | LinkageError e) {
                // Recovers: the window still opens with JavaFX from the class path (JavaFX warns then); the
                // log, started below, is not open yet, so the reason goes to the error stream.
                err.println("JavaFX could not be loaded as modules (" + e + "); loading it from the class path.");
            }
            if (modular.isPresent()) {
                ModularLaunch.main(modular.get(), args); // the same window, JavaFX loaded as named modules
                return;
            }
        }
        // Before the data folder is made or its log started (t31's F19), and in the class loader that runs the reader:
        // it may open SQLite, whose library one process loads in one class loader only (the jar's module layer loads
        // the reader's classes again: the package check's SEVERE "Failed to load native library").
        java.util.Optional<org.peeragogy.reader.book.Reason> inGroup = DataFolderPlace.refusal(options);
        if (inGroup.isPresent()) {
            err.println(inGroup.get().english());
            System.exit(2);
            return;
        }
        ProcessSettings.apply(DataDirs.resolve(options));
        if (options.isWindow()) {
            // The log stays open for the life of the window; the JDK closes its file at exit.
            startLogs(options, err);
            int code = Gui.launch(options, err);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(command(options, out, err));
    }

    /** Runs a command with the log started for it, and closed after. */
    static int command(Options options, PrintStream out, PrintStream err) {
        try (Logs logs = startLogs(options, err)) {
            return runCommand(options, out, err);
        }
    }

    static Logs startLogs(Options options, PrintStream err) {
        return Logs.start(DataDirs.resolve(options), options.debug() ? err : null, err);
    }

    /**
     * A packaged app starts a new profile from the database it ships (with the bundled handbook's
     * search index built); the launcher names it in the system property {@code peeragogy.seed}.
     */
    static void seed(Path dataDir) throws StoreException {
        Optional<Path> seed = seedFile();
        if (seed.isPresent()) {
            Database.seedIfNew(dataDir, seed.get());
        }
    }

    /** The package's seed notes file ({@code peeragogy.seed}), when it names a file that is there. */
    static Optional<Path> seedFile() {
        String seed = System.getProperty("peeragogy.seed");
        return seed == null || seed.isBlank() ? Optional.empty() : Optional.of(Path.of(seed)).filter(Files::isRegularFile);
    }

    static int runCommand(Options options, PrintStream rawOut, PrintStream rawErr) {
        // Text from handbooks and notes is printed: no terminal control sequence gets through (m7).
        PrintStream out = TerminalSafeOutput.wrap(rawOut);
        PrintStream err = TerminalSafeOutput.wrap(rawErr);
        try {
            seed(DataDirs.resolve(options));
        } catch (StoreException e) {
            // Not the end: where no notes file can be made (a locked stick never started), the seed is read as it
            // is (NotesFile); else the command's own opening says what is wrong with the data folder.
            LOG.log(System.Logger.Level.WARNING, "Seeding the data folder: " + e.getMessage());
        }
        RecoverCommand recover = new RecoverCommand(out, err, Clock.systemDefaultZone());
        if (options.command().equals("recover")) {
            try {
                return recover.run(options);
            } catch (StoreException e) {
                return failed(err, "recover", e);
            }
        }
        if (LibraryCommands.COMMANDS.contains(options.command())) {
            // These work on the installed handbooks, not on an open one.
            try {
                return new LibraryCommands(out, err).run(options);
            } catch (OpenFailure e) {
                return recover.explain(e, options);
            } catch (StoreException | RuntimeException e) {
                return failed(err, options.command(), e);
            }
        }
        try (Handbook handbook = HandbookLocator.locate(options, addedHandbook(options, err))) {
            return new Cli(out, err).run(options, handbook);
        } catch (Options.UsageException e) {
            return usage(err, e.getMessage());
        } catch (OpenFailure e) {
            return recover.explain(e, options);
        } catch (StoreException | IOException | RuntimeException e) {
            return failed(err, options.command(), e);
        }
    }

    /** Where a command's failure is finally caught: logged once with its stack trace, shown in one line. */
    private static int failed(PrintStream err, String what, Exception e) {
        err.println(Messages.logged(LOG, what, e));
        return 1;
    }

    /** Commands that read only the handbook: they go on, with a warning, when the notes file is damaged. */
    static final Set<String> HANDBOOK_ONLY = Set.of("chapters", "render", "check", "search");

    /**
     * The handbook the reader chose or added, read without creating a database that is not there. Not
     * needed with --handbook. A damaged notes file gives nothing here; commands that need it report it
     * themselves, the others say on {@code err} that the default handbook is used.
     */
    static HandbookLocator.Remembered addedHandbook(Options options, PrintStream err) {
        Path dataDir = DataDirs.resolve(options);
        if (options.handbook().isPresent() || !Files.exists(dataDir.resolve("reader.db"))) {
            return HandbookLocator.Remembered.NOTHING;
        }
        try (Database db = Database.open(dataDir)) {
            return remembered(db);
        } catch (OpenFailure e) {
            if (e.damaged() && HANDBOOK_ONLY.contains(options.command())) {
                err.println(e.problem() + " The handbook you chose in the reader is not known while it is damaged,"
                        + " so the default one is used. To recover your notes: "
                        + RecoverCommand.command(options, "recover"));
            }
            return HandbookLocator.Remembered.NOTHING;
        } catch (StoreException e) {
            // Recovers: the handbook chosen last is a convenience; the command goes on with the
            // default handbook, and the log says why the choice was not read.
            LOG.log(System.Logger.Level.WARNING, "The handbook chosen last could not be read", e);
            return HandbookLocator.Remembered.NOTHING;
        }
    }

    static HandbookLocator.Remembered remembered(Database db) throws StoreException {
        return new HandbookLocator.Remembered(db.settings().get(HandbookLibrary.CHOSEN_SETTING),
                db.settings().get(ReaderViewModel.HANDBOOK_KEY), db.settings().get(ReaderViewModel.LANGUAGE_KEY));
    }

    /**
     * {@code --help} as an option anywhere on the command line ({@link Options#asksForHelp}; not an option's value):
     * prints the usage on {@code out} and returns true (the program then exits 0, as asking for help is no mistake);
     * false otherwise.
     */
    static boolean help(String[] args, PrintStream out) {
        if (Options.asksForHelp(args)) {
            out.println(Options.usage(ProgramName.ofThisProcess()));
            return true;
        }
        return false;
    }

    /** What {@code --version} prints: "Peeragogy Reader 0.1.0" (the jar's version; "dev" from a build's classes). */
    static String version() {
        return "Peeragogy Reader " + Cli.appVersion();
    }

    /**
     * A mistake on the command line (an unknown option, a missing argument): its reason and one line pointing to
     * {@code --help}, on {@code err}; exit 2. The whole usage after one mistake buried the mistake (fresh tester t31's
     * F18); {@code --help} prints it.
     */
    static int usage(PrintStream err, String reason) {
        err.println(reason);
        err.println(helpLine(ProgramName.ofThisProcess()));
        return 2;
    }

    /** The line after a mistake, naming the command as it was started ({@link ProgramName}). */
    static String helpLine(String program) {
        return "The commands and options: " + program + " --help";
    }
}
