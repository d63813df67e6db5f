package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * A copied notes file on the command line (fresh tester t34's F1, decision 0094): a command that would make or change
 * notes is refused until the reader says who they are ({@code name --same}, {@code name --new [NAME]}), since it would
 * act as the person the file was copied from; a command that reads goes on, with a line on the error stream.
 * Threads: the command's.
 */
final class CopiedNotes {
    /** Commands that only read the notes: they say the file is a copy, and go on. */
    private static final Set<String> READING = Set.of("notes", "search", "export", "digest");

    private CopiedNotes() {
    }

    /**
     * Says that the notes file is a copy where it is: refuses a command that changes notes (the exit code, 1), notes it
     * for one that reads (empty: go on). Nothing for other commands, a file that is no copy, or one that cannot be
     * opened (the command itself says why).
     */
    static Optional<Integer> check(Options options, PrintStream err) {
        String command = options.command();
        boolean answer = command.equals("name") && (options.has("--same") || options.has("--new"));
        boolean changes = Cli.WRITING.contains(command) && !options.has("--dry-run")
                || command.equals("name") && !options.arguments().isEmpty() && !answer
                || command.equals("group-folder") && !options.arguments().get(0).equals("status");
        boolean reads = READING.contains(command) || command.equals("import") || command.equals("name") && !answer
                || command.equals("group-folder");
        if (!changes && !reads || !Files.isRegularFile(DataDirs.resolve(options).resolve(Database.FILE_NAME))) {
            return Optional.empty();
        }
        Optional<SettingsStore.Copied> copied;
        try (Database db = NotesFile.open(options)) {
            copied = db.settings().copiedFrom();
        } catch (StoreException e) {
            return Optional.empty(); // the command's own opening says what is wrong
        }
        if (copied.isEmpty()) {
            return Optional.empty();
        }
        String whose = whose(copied.get());
        String what = "This notes file (" + DataDirs.resolve(options).resolve(Database.FILE_NAME).toAbsolutePath()
                + ") is a copy of " + whose + " notes file (copied, or put back from elsewhere), so notes made here would"
                + " be " + whose + ".";
        String how = " If you are " + person(copied.get()) + ": " + RecoverCommand.command(options, "name --same")
                + ". If you are someone else: " + RecoverCommand.command(options, "name --new YOUR_NAME")
                + " (you get an author id of your own; " + whose + " notes stay " + whose + ").";
        if (changes) {
            err.println(command + ": " + what + how + " Nothing was changed.");
            return Optional.of(1);
        }
        err.println("Note: " + what + how);
        return Optional.empty();
    }

    /**
     * {@code name --same} and {@code name --new [NAME]}: says who reads a copied notes file. Refused (1) for a file that
     * is no copy, or both at once (2).
     *
     * @throws StoreException when it cannot be saved (nothing is changed)
     */
    static int answer(Options options, Database db, PrintStream out, PrintStream err) throws StoreException {
        if (options.has("--same") && options.has("--new")) {
            return Main.usage(err, "name --same and name --new say opposite things: give one");
        }
        if (options.has("--same") && !options.arguments().isEmpty()) {
            return Main.usage(err, "name --same keeps the name the notes carry: give no name with it");
        }
        Optional<SettingsStore.Copied> copied = db.settings().copiedFrom();
        if (copied.isEmpty()) {
            err.println("name " + (options.has("--same") ? "--same" : "--new") + ": this notes file is not a copy of"
                    + " someone else's, so there is nothing to say. Nothing was changed.");
            return 1;
        }
        if (options.has("--same")) {
            db.settings().sameReader();
            out.println("The notes here stay yours, " + person(copied.get()) + ".");
            return 0;
        }
        String given = options.arguments().isEmpty() ? "" : options.arguments().get(0);
        try {
            db.settings().newReader(given);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + " Nothing was changed.");
            return 2;
        }
        out.println("You have an author id of your own now" + (given.isBlank() ? " (set your name with name NAME)"
                : ", and your notes carry the name " + Cli.oneLine(db.settings().get(SettingsStore.READER_NAME)
                .orElse(given))) + "; " + whose(copied.get()) + " notes stay " + whose(copied.get()) + ".");
        return 0;
    }

    private static String person(SettingsStore.Copied c) {
        return c.name().isBlank() ? "the reader " + AuthorIds.shortLabel(c.readerId()) : Cli.oneLine(c.name());
    }

    private static String whose(SettingsStore.Copied c) {
        return person(c) + "'s";
    }
}
