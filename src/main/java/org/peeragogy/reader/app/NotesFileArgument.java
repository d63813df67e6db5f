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
     * The files named by {@code first} and {@code rest} when one of them at least is a notes file ({@link #is}), as a
     * file manager opening several starts the program (fresh tester t33's F4): each once, in the order named (t35's
     * F9: one named twice was offered twice). A file among them that cannot be opened (not there, a folder, not named
     * as a notes file) is kept too, for the window to say it under its name ({@link #amongOthers} says it on the
     * error stream): one missing file refused them all, with nothing shown when a file manager started the reader
     * (t35's F7). So is {@code first} alone when it cannot be opened ({@link #whyNot} says why): a file manager opening
     * one file that is gone, a folder or a file named otherwise got no window, the reason said only on the error stream
     * (finding h36c-2; {@link #cannotOpen} says it there). Empty when none is a notes file, or {@code first} names no file (it
     * is then a command, or a mistake).
     *
     * @throws Options.UsageException when one of {@code rest} is neither a file nor named as a notes file
     */
    static List<Path> all(String first, List<String> rest) throws Options.UsageException {
        List<String> given = new ArrayList<>(List.of(first));
        given.addAll(rest);
        if (!first.isEmpty() && rest.isEmpty() && why(first).isPresent()) {
            return List.of(Path.of(first));
        }
        if (first.isEmpty() || !fileLike(first) || given.stream().noneMatch(NotesFileArgument::is)) {
            return List.of();
        }
        java.util.Map<Path, Path> files = new java.util.LinkedHashMap<>();
        for (String arg : given) {
            if (!fileLike(arg)) {
                throw new Options.UsageException("Cannot open " + arg + ": there is no such file, and it is not"
                        + " named as a notes file (" + KINDS + "). Nothing was changed.");
            }
            Path path = Path.of(arg);
            files.putIfAbsent(same(path), path);
        }
        return List.copyOf(files.values());
    }

    /** The notes files the reader opens, as said to a person. */
    private static final String KINDS = ".peeranotes, .json or .jsonld";

    /** Whether {@code arg} is a path that is there, or is named as a notes file. */
    private static boolean fileLike(String arg) {
        return path(arg).filter(p -> named(arg) || java.nio.file.Files.exists(p)).isPresent();
    }

    /** {@code path} as it is on the disk (links followed) when it is there, else absolute: one file named twice is one. */
    private static Path same(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * What the error stream says of {@code file}, named among notes files that are offered, when it cannot be opened
     * ({@link #all}); empty when it can.
     */
    static Optional<String> amongOthers(Path file) {
        return is(file.toString()) ? Optional.empty() : why(file.toString()).map(why -> "Cannot open " + file
                + " as a notes file: " + why + ". The other files named are opened without it.");
    }

    /**
     * What the error stream says of {@code files}, the notes files named at the start, for each that cannot be opened:
     * {@link #whyNot} of one named alone, {@link #amongOthers} of one among others.
     */
    static List<String> cannotOpen(List<Path> files) {
        return files.size() == 1 ? whyNot(files.get(0).toString()).stream().toList()
                : files.stream().flatMap(f -> amongOthers(f).stream()).toList();
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
     * opened as one: not there, a folder, not a regular file (a pipe, a device): fresh tester t30's F4.3, who got
     * "Unknown command" for each; or a file not named as a notes file (t35's F7: "Unexpected argument"). Empty for
     * anything else.
     */
    static Optional<String> whyNot(String arg) {
        return why(arg).map(why -> "Cannot open " + arg + " as a notes file: " + why + ". Nothing was changed.");
    }

    private static Optional<String> why(String arg) {
        boolean named = named(arg);
        Optional<Path> parsed = path(arg);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Path path = parsed.get();
        String why = !java.nio.file.Files.exists(path) ? (named ? "there is no such file" : null)
                : java.nio.file.Files.isDirectory(path) ? "it is a folder (to import every notes file in it: import FOLDER)"
                : !java.nio.file.Files.isRegularFile(path) ? "it is not a file but a pipe or a device"
                : !named ? "its name does not end as a notes file's (" + KINDS + "), the files the reader opens to"
                + " import the notes in them (to try it all the same: import FILE)" : null;
        return Optional.ofNullable(why);
    }
}
