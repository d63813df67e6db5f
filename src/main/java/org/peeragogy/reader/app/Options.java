package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line. Global options apply to every command. {@code openFiles}: the notes files named in place of
 * a command, in order (the window offers each in turn: {@link NotesFileArgument#all}).
 */
record Options(Optional<Path> handbook, Optional<Path> dataDir, Optional<String> smokeChapter,
               String command, List<String> arguments, Map<String, List<String>> flags, List<Path> openFiles) {

    /** The usage, for the reader started as {@code program} ({@link ProgramName}). */
    static String usage(String program) {
        // The version as --version prints it, from one source: the jar's (t35's F9: "0.1.0" against "0.1.0-SNAPSHOT").
        return USAGE.replace("<program>", program).replace("<version>", Main.version());
    }

    /** The usage with a marker {@code <program>} where the command goes ({@link #usage}): {@link Usage#TEXT}. */
    static final String USAGE = Usage.TEXT;

    /**
     * Each command, its number of positional arguments (-1: one or more, joined with spaces), and the
     * options it takes (true: with a value).
     */
    private static final Map<String, Integer> POSITIONAL = Map.ofEntries(Map.entry("chapters", 0),
            Map.entry("render", 1), Map.entry("check", 0), Map.entry("highlight", 1), Map.entry("notes", 0),
            Map.entry("search", -1), Map.entry("export", 0), Map.entry("import", 1), Map.entry("undo-import", 0),
            Map.entry("add-handbook", 1), Map.entry("handbooks", 0), Map.entry("recover", 0),
            Map.entry("group-folder", -2), Map.entry("reply", 1), Map.entry("ask", 1), Map.entry("vote", 1),
            Map.entry("answered", 2), Map.entry("digest", 0), Map.entry("name", -3));
    private static final Map<String, Map<String, Boolean>> COMMAND_OPTIONS = Map.ofEntries(
            Map.entry("reply", Map.of("--note", true)),
            Map.entry("ask", Map.of("--quote", true, "--note", true, "--tag", true, "--anonymous", false)),
            Map.entry("vote", Map.of("--withdraw", false)),
            Map.entry("highlight", Map.of("--quote", true, "--note", true, "--color", true, "--tag", true)),
            Map.entry("notes", Map.of("--chapter", true, "--json", false)),
            Map.entry("name", Map.of("--same", false, "--new", false)),
            Map.entry("search", Map.of("--limit", true, "--json", false)),
            Map.entry("export", Map.of("--format", true, "--out", true, "--chapter", true, "--color", true, "--tag", true,
                    "--author", true, "--include-private", false)),
            Map.entry("import", Map.of("--dry-run", false, "--others-changes", false, "--others-deletions", false,
                    "--others-votes", false)),
            Map.entry("group-folder", Map.of("--group", true, "--merge-accepted", false, "--merge-all", false,
                    "--merge", true, "--others-changes", false, "--others-votes", false)),
            Map.entry("digest", Map.of("--format", true, "--out", true, "--chapter", true, "--names", true,
                    "--interface-language", true, "--full-text", false)),
            Map.entry("recover", Map.of("--restore-backup", false, "--start-fresh", false)));
    private static final Set<String> GLOBAL = Set.of("--handbook", "--data-dir", "--smoke", "--language");
    /** Global options without a value. */
    private static final Set<String> GLOBAL_SWITCHES = Set.of("--debug", "--portable");

    /** Thrown for a command line that cannot be run; the message is the one-line reason. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    boolean isWindow() {
        return command.isEmpty();
    }

    Optional<String> flag(String name) {
        List<String> v = flags.getOrDefault(name, List.of());
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    List<String> all(String name) {
        return flags.getOrDefault(name, List.of());
    }

    /** {@code --language TAG}: the edition of the handbook's folder in that language (issue 13). */
    Optional<String> language() {
        return flag("--language");
    }

    /** {@code --debug}: logged problems, stack traces included, are printed on the error stream too. */
    boolean debug() {
        return has("--debug");
    }

    /** {@code --portable}: data in the app's own folder (see {@link Portable}). */
    boolean portable() {
        return has("--portable");
    }

    boolean has(String name) {
        return flags.containsKey(name);
    }

    /** Every option that is followed by its value, global or of a command. */
    static Set<String> withValues() {
        Set<String> all = new java.util.TreeSet<>(GLOBAL);
        COMMAND_OPTIONS.values().forEach(m -> m.forEach((name, value) -> {
            if (value) {
                all.add(name);
            }
        }));
        return all;
    }

    /** True for an option followed by its value ({@code --note TEXT}), global or of any command. */
    private static boolean takesValue(String option) {
        return GLOBAL.contains(option) || COMMAND_OPTIONS.values().stream()
                .anyMatch(m -> Boolean.TRUE.equals(m.get(option)));
    }

    /**
     * True when {@code --help} (or {@code -h}) is one of the options of {@code args}, wherever it is: not when it is an option's
     * value ({@code --note "--help"}, t17a's F1, read as {@link #parse} reads it) or after {@code --}, where it is
     * a command's argument.
     */
    static boolean asksForHelp(String... args) {
        return asksFor(java.util.Set.of("--help", "-h"), args); // -h as most programs take it (t32's F10)
    }

    /** As {@link #asksForHelp}, for {@code --version} or {@code -V} (fresh tester t34's F11). */
    static boolean asksForVersion(String... args) {
        return asksFor(java.util.Set.of("--version", "-V"), args);
    }

    /**
     * Why {@code --version} with {@code args} is refused: a word that is no option ({@code --version extra}, t35's F9:
     * printed the version and ended well, the word unread), or an option the reader does not know; the global
     * options, which change nothing here, go. Empty when it is not refused.
     */
    static Optional<String> versionRefusal(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.indexOf('=') > 0 ? a.substring(0, a.indexOf('=')) : a;
            if (a.equals("--version") || a.equals("-V") || GLOBAL_SWITCHES.contains(a)) {
                continue;
            }
            if (GLOBAL.contains(name)) {
                i += name.equals(a) ? 1 : 0; // its value
                continue;
            }
            return Optional.of("--version prints the reader's version and takes nothing else, got: " + a);
        }
        return Optional.empty();
    }

    private static boolean asksFor(java.util.Set<String> names, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return false;
            }
            if (names.contains(a)) {
                return true;
            }
            if (a.startsWith("--") && a.indexOf('=') < 0 && takesValue(a)) {
                i++; // its value, whatever it looks like
            }
        }
        return false;
    }

    static Options parse(String... args) throws UsageException {
        Map<String, List<String>> flags = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                // The usual end of options (POSIX): what follows is a command or a path, even "-odd stick" (t15d's N4).
                rest.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (!a.startsWith("--")) {
                if (a.startsWith("-") && a.length() > 1) {
                    throw new UsageException(unknown(a));
                }
                rest.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            String value = eq > 0 ? a.substring(eq + 1) : null;
            String option = name;
            boolean takesValue = takesValue(option);
            boolean known = takesValue || GLOBAL_SWITCHES.contains(option) || COMMAND_OPTIONS.values().stream().anyMatch(m -> m.containsKey(option));
            if (!known) {
                throw new UsageException(exists(a) ? unknown(a) : "Unknown option: " + name);
            }
            if (takesValue && value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            if (takesValue && value.isBlank()) {
                throw new UsageException(name + " needs a value");
            }
            flags.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : value);
        }
        String command = rest.isEmpty() ? "" : rest.remove(0);
        // The desktop opens notes files by starting the program with their paths: the window opens
        // and offers to import each.
        List<Path> openFiles = POSITIONAL.containsKey(command) ? List.of() : NotesFileArgument.all(command, rest);
        if (!openFiles.isEmpty()) {
            command = "";
            rest.clear();
        }
        if (!command.isEmpty() && !POSITIONAL.containsKey(command)) {
            throw new UsageException(NotesFileArgument.whyNot(command).orElse("Unknown command: " + command));
        }
        for (String name : flags.keySet()) {
            if (!GLOBAL.contains(name) && !GLOBAL_SWITCHES.contains(name) && !COMMAND_OPTIONS.getOrDefault(command, Map.of()).containsKey(name)) {
                throw new UsageException(name + " does not go with " + (command.isEmpty() ? "the window" : command));
            }
        }
        if (flags.containsKey("--language") && Set.of("add-handbook", "handbooks", "recover").contains(command)) {
            throw new UsageException("--language chooses the edition a command or the window opens; " + command
                    + " opens none");
        }
        if (flags.containsKey("--smoke") && !command.isEmpty()) {
            throw new UsageException("--smoke opens the window and cannot be combined with the command " + command);
        }
        int expected = POSITIONAL.getOrDefault(command, 0);
        if (expected == -2) {
            groupFolder(rest, flags);
        } else if (expected == -3) {
            // name: none to show it, else the words joined (a name may hold spaces without quotes).
            rest = rest.isEmpty() ? rest : new ArrayList<>(List.of(String.join(" ", rest)));
        } else if (expected < 0) {
            if (rest.isEmpty() || String.join("", rest).isBlank()) { // t33's F8a: "" found "No results for “”."
                throw new UsageException(command + (rest.isEmpty() ? " needs a query" : " got an empty query") + ": give"
                        + " the words to look for, as in: search \"peer learning\" (\"quotes\" for a phrase)");
            }
            rest = new ArrayList<>(List.of(String.join(" ", rest)));
        } else if (rest.size() != expected && command.equals("answered")) {
            throw new UsageException("answered takes the question's id and the reply's id");
        } else if (rest.size() != expected && (command.equals("reply") || command.equals("vote"))) {
            throw new UsageException(command + " takes one note id");
        } else if (rest.size() != expected) {
            throw new UsageException(expected == 1 ? command + (command.equals("import") ? " takes one file or folder"
                    : command.equals("add-handbook") ? " takes one folder or zip file" : " takes one chapter id")
                    : (command.isEmpty() ? "Unexpected argument: " : command + " takes no argument, got: ") + rest.get(0));
        }
        for (String once : List.of("--format", "--out", "--limit")) {
            List<String> given = flags.getOrDefault(once, List.of());
            if (given.size() > 1) { // t32's F11: the last was taken silently
                throw new UsageException(once + " was given " + (given.size() == 2 ? "twice" : given.size() + " times")
                        + " (" + String.join(", ", given) + "); give it once");
            }
        }
        if (flags.containsKey("--limit") && !last(flags, "--limit").orElse("").matches("[1-9][0-9]{0,5}")) {
            // 99999999999 is a positive whole number too (t32's F11): the bounds are said.
            throw new UsageException("--limit needs a whole number from 1 to 999999");
        }
        if (command.equals("export") && (!flags.containsKey("--format") || !flags.containsKey("--out"))) {
            throw new UsageException("export needs --format notes|w3c|markdown and --out FILE");
        }
        if (command.equals("digest") && (!flags.containsKey("--format") || !flags.containsKey("--out"))) {
            throw new UsageException("digest needs --format markdown|html|pdf and --out FILE");
        }
        if (flags.containsKey("--restore-backup") && flags.containsKey("--start-fresh")) {
            throw new UsageException("recover takes --restore-backup or --start-fresh, not both");
        }
        if ((command.equals("reply") || command.equals("ask")) && !flags.containsKey("--note")) {
            throw new UsageException(command + " needs --note TEXT");
        }
        if (command.equals("highlight") && !flags.containsKey("--quote")) {
            throw new UsageException("highlight needs --quote TEXT");
        }
        Optional<String> handbook = last(flags, "--handbook");
        Optional<String> dataDir = last(flags, "--data-dir");
        return new Options(handbook.map(Path::of), dataDir.map(Path::of), last(flags, "--smoke"), command,
                List.copyOf(rest), Map.copyOf(flags), List.copyOf(openFiles));
    }

    /** {@code group-folder set DIR [--group NAME]}, {@code status}, {@code sync [--merge-accepted | --merge-all]}. */
    private static void groupFolder(List<String> rest, Map<String, List<String>> flags) throws UsageException {
        String what = rest.isEmpty() ? "" : rest.get(0);
        switch (what) {
            case "set" -> {
                if (rest.size() != 2) {
                    throw new UsageException("group-folder set takes one folder: group-folder set DIR [--group NAME]");
                }
                if (rest.get(1).isBlank()) { // t32's F11: "" was the current folder, taken as the group folder
                    throw new UsageException("group-folder set needs a folder named: group-folder set DIR [--group NAME]");
                }
            }
            case "status", "sync" -> {
                if (rest.size() != 1) {
                    throw new UsageException("group-folder " + what + " takes no folder, got: " + rest.get(1));
                }
            }
            default -> throw new UsageException("group-folder needs set DIR, status or sync");
        }
        if (flags.containsKey("--group") && !what.equals("set")) {
            throw new UsageException("--group goes with group-folder set");
        }
        if ((flags.containsKey("--merge-accepted") || flags.containsKey("--merge-all") || flags.containsKey("--merge"))
                && !what.equals("sync")) {
            throw new UsageException("--merge, --merge-accepted and --merge-all go with group-folder sync");
        }
        if (flags.containsKey("--merge-accepted") && flags.containsKey("--merge-all")) {
            throw new UsageException("group-folder sync takes --merge-accepted or --merge-all, not both");
        }
    }

    /**
     * "Unknown option: -odd stick", with how to give a file or folder whose name starts with "-" (t15d's N4): as
     * {@code ./-odd stick}, or after {@code --}.
     */
    private static String unknown(String arg) {
        return "Unknown option: " + arg + ". A file or folder whose name starts with \"-\" is given as ./" + arg
                + " or after --, as in: import -- \"" + arg + "\"";
    }

    private static boolean exists(String arg) {
        try {
            return java.nio.file.Files.exists(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }


    private static Optional<String> last(Map<String, List<String>> flags, String name) {
        List<String> v = flags.getOrDefault(name, List.of());
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }
}
