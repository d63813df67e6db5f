package org.peeragogy.reader.app;

import java.io.File;

/**
 * The command that started the reader, as a person would type it again, for the words that name it (the usage,
 * the no-display sentence, the recovery commands; fresh tester t17a's N1): the package's launcher says how it was
 * called ({@value #PROPERTY}: {@code peeragogy-reader} when that is the command found on the PATH, else its path);
 * a jar is {@code java -jar} and the jar's path as it was given; anything else (a class path, as Maven runs the
 * reader) is the packaged command's name.
 */
final class ProgramName {
    /** Set by the package's launcher (packaging/launcher.sh): the command it was started as, unquoted. */
    static final String PROPERTY = "peeragogy.command";
    /** The package's command, as the README names it. */
    static final String PACKAGED = "peeragogy-reader";

    private ProgramName() {
    }

    /**
     * The command, quoted for a POSIX shell where a word needs it ({@code java -jar '/media/Ana'\''s stick/r.jar'}).
     *
     * @param property  {@value #PROPERTY}'s value, or null
     * @param classPath {@code java.class.path}: a single {@code .jar} is a {@code java -jar} start
     */
    static String of(String property, String classPath) {
        if (property != null && !property.isBlank()) {
            return shellWord(property);
        }
        if (!classPath.isEmpty() && !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            return "java -jar " + shellWord(classPath);
        }
        return PACKAGED;
    }

    /** {@link #of} for this process. Any thread. */
    static String ofThisProcess() {
        return of(System.getProperty(PROPERTY), System.getProperty("java.class.path", ""));
    }

    /** {@code word} as one word of a POSIX shell's command line: as it is when plain, else in single quotes. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
