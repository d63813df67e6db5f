package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notes files named on the command line in place of a command, as the desktop starts the program to open them: the
 * window opens and offers to import each ({@link Options#parse}). Any thread; reads the file system's entry only.
 */
final class NotesFileArgument {
    private NotesFileArgument() {
    }

    /** Whether {@code arg} names a notes file the window can open (.peeranotes, .json, .jsonld, a regular file). */
    static boolean is(String arg) {
        return named(arg) && path(arg).filter(java.nio.file.Files::isRegularFile).isPresent();
    }

    /**
     * The notes files named by {@code first} and {@code rest}, as a file manager opening several starts the program
     * (fresh tester t33's F4); empty when {@code first} names none (it is then a command, or a mistake).
     *
     * @throws Options.UsageException when one of {@code rest} is no notes file: why ({@link #whyNot}), else
     *                                "Unexpected argument"
     */
    static List<Path> all(String first, List<String> rest) throws Options.UsageException {
        if (first.isEmpty() || !is(first)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>(List.of(Path.of(first)));
        for (String more : rest) {
            if (!is(more)) {
                throw new Options.UsageException(whyNot(more).orElse("Unexpected argument: " + more));
            }
            files.add(Path.of(more));
        }
        return List.copyOf(files);
    }

    /** Whether {@code arg} ends as the notes files the reader writes or reads are named (in any case). */
    private static boolean named(String arg) {
        String name = arg.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".peeranotes") || name.endsWith(".jsonld") || name.endsWith(".json");
    }

    /** {@code arg} as a path; empty when it cannot be one on this system. */
    private static Optional<Path> path(String arg) {
        try {
            return Optional.of(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Why {@code arg}, named as a notes file is (.peeranotes, .json, .jsonld, or anything that is there), cannot be
     * opened as one: not there, a folder, or not a regular file (a pipe, a device): fresh tester t30's F4.3, who got
     * "Unknown command" for each. Empty for anything else.
     */
    static Optional<String> whyNot(String arg) {
        boolean named = named(arg);
        Optional<Path> parsed = path(arg);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Path path = parsed.get();
        String why = !java.nio.file.Files.exists(path) ? (named ? "there is no such file" : null)
                : java.nio.file.Files.isDirectory(path) ? "it is a folder (to import every notes file in it: import FOLDER)"
                : !java.nio.file.Files.isRegularFile(path) ? "it is not a file but a pipe or a device" : null;
        return why == null || !(named || java.nio.file.Files.exists(path)) ? Optional.empty()
                : Optional.of("Cannot open " + arg + " as a notes file: " + why + ". Nothing was changed.");
    }
}
