package org.peeragogy.reader.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The command line run in this JVM for a test, on the fixture handbook and one data folder, with what it printed
 * kept: {@link #run} returns the exit code, {@link #out()} and {@link #err()} the last run's output.
 */
final class CommandRun {
    private final Path data;
    private final Path handbook;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs against the data folder {@code data}. */
    CommandRun(Path data) {
        this(data, org.peeragogy.reader.TestHandbooks.fixture());
    }

    /** Runs against the data folder {@code data} and the handbook (a folder or zip) at {@code handbook}. */
    CommandRun(Path data, Path handbook) {
        this.data = data;
        this.handbook = handbook;
    }

    /** Runs {@code args} (a command and its options); its output replaces the last run's. */
    int run(String... args) throws Options.UsageException {
        return run(false, args);
    }

    /** As {@link #run}, with the log started in the data folder first and closed after, as a started command has. */
    int runLogged(String... args) throws Options.UsageException {
        return run(true, args);
    }

    private int run(boolean logged, String... args) throws Options.UsageException {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 4];
        all[0] = "--handbook";
        all[1] = handbook.toString();
        all[2] = "--data-dir";
        all[3] = data.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return logged ? Main.command(Options.parse(all), o, e) : Main.runCommand(Options.parse(all), o, e);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
