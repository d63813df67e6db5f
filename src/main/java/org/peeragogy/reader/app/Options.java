package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed command line. Global options apply to every command. */
record Options(Optional<Path> handbook, Optional<Path> dataDir, Optional<String> smokeChapter,
               String command, List<String> arguments) {

    static final String USAGE = """
            Usage: java -jar peeragogy-reader.jar [--handbook PATH] [--data-dir DIR] [COMMAND]
              (no command)      open the reader window
              --smoke ID        open the window on chapter ID, print first-chapter-ms=N when it is shown, exit
              chapters          list the chapters in reading order: number, id, title, part (tab-separated)
              render ID         print the exact HTML the reader shows for chapter ID
              check             render every chapter, print each problem and a summary; exit 1 on a broken
                                link or missing image
            Options:
              --handbook PATH   the handbook folder or zip (default: the one added in the window, else
                                ../shared/handbook)
              --data-dir DIR    where your reading position and settings are kept (default: the system's
                                per-user data folder)""";

    static final List<String> COMMANDS = List.of("chapters", "render", "check");

    /** Thrown for a command line that cannot be run; the message is the one-line reason. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    boolean isWindow() {
        return command.isEmpty();
    }

    static Options parse(String... args) throws UsageException {
        Path handbook = null;
        Path dataDir = null;
        String smoke = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--handbook" -> handbook = Path.of(value(args, ++i, a));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                case "--smoke" -> smoke = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--handbook=")) {
                        handbook = Path.of(nonEmpty(a.substring("--handbook=".length()), "--handbook"));
                    } else if (a.startsWith("--data-dir=")) {
                        dataDir = Path.of(nonEmpty(a.substring("--data-dir=".length()), "--data-dir"));
                    } else if (a.startsWith("-")) {
                        throw new UsageException("Unknown option: " + a);
                    } else {
                        rest.add(a);
                    }
                }
            }
        }
        String command = rest.isEmpty() ? "" : rest.remove(0);
        if (!command.isEmpty() && !COMMANDS.contains(command)) {
            throw new UsageException("Unknown command: " + command);
        }
        if (smoke != null && !command.isEmpty()) {
            throw new UsageException("--smoke opens the window and cannot be combined with the command " + command);
        }
        int expected = command.equals("render") ? 1 : 0;
        if (rest.size() != expected) {
            throw new UsageException(command.equals("render") ? "render takes one chapter id"
                    : (command.isEmpty() ? "Unexpected argument: " : command + " takes no argument, got: ") + rest.get(0));
        }
        return new Options(Optional.ofNullable(handbook), Optional.ofNullable(dataDir), Optional.ofNullable(smoke),
                command, List.copyOf(rest));
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return nonEmpty(args[i], option);
    }

    private static String nonEmpty(String v, String option) throws UsageException {
        if (v.isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return v;
    }
}
