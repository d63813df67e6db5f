package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader names the command it was started by wherever it tells a person what to type (fresh tester t17a's N1:
 * the usage said "java -jar" to the package's users, and the no-display sentence "peeragogy-reader" to the jar's).
 */
class ProgramNameTest {
    @TempDir
    Path dir;

    @Test
    void theLaunchersCommandIsUsedAsItSaysQuotedWhereAShellNeedsIt() {
        assertEquals("peeragogy-reader", ProgramName.of("peeragogy-reader", "/opt/x.jar"));
        assertEquals("'/media/Ana'\\''s stick/bin/peeragogy-reader'",
                ProgramName.of("/media/Ana's stick/bin/peeragogy-reader", ""));
    }

    @Test
    void aJarIsJavaDashJarAndItsPathAndAClassPathThePackagedCommand() {
        assertEquals("java -jar target/peeragogy-reader.jar", ProgramName.of(null, "target/peeragogy-reader.jar"));
        assertEquals("java -jar '/home/ana/My Books/peeragogy-reader.jar'",
                ProgramName.of("", "/home/ana/My Books/peeragogy-reader.jar"));
        assertEquals("peeragogy-reader", ProgramName.of(null, "target/classes" + File.pathSeparator + "a.jar"));
    }

    @Test
    void theUsageAndTheNoDisplaySentenceNameTheCommandGiven() {
        assertTrue(Options.usage("peeragogy-reader").startsWith("Usage: peeragogy-reader [--handbook PATH]"),
                Options.usage("peeragogy-reader"));
        assertTrue(Gui.noWindow(new UnsupportedOperationException("no"), null, "java -jar r.jar")
                .endsWith("Its commands work without one: java -jar r.jar --help lists them."));
    }

    /** A real {@code java -jar} start: a jar whose manifest names the test's class path. */
    @Test
    void helpFromAJarSaysJavaDashJarAndTheJarsPath() throws Exception {
        Path jar = ClassPathJar.write(dir.resolve("My reader.jar"));
        String said = run(List.of("-jar", jar.toString(), "--help"));
        assertTrue(said.startsWith("Usage: java -jar '" + jar + "' [--handbook PATH]"), said);
    }

    /** Fresh tester t32's F10: {@code -h} was answered with how to name a file "-h"; it prints the help, as --help. */
    @Test
    void dashHPrintsTheHelpAsDashDashHelpDoes() throws Exception {
        List<String> start = List.of("-D" + ProgramName.PROPERTY + "=peeragogy-reader", "-cp",
                System.getProperty("java.class.path"), Main.class.getName());
        String help = run(concat(start, "--help")).replaceAll("(?m)^WARNING.*\n", "");
        assertTrue(help.startsWith("Usage: peeragogy-reader [--handbook PATH]"), help);
        assertEquals(help, run(concat(start, "-h")).replaceAll("(?m)^WARNING.*\n", ""));
        assertFalse(Options.asksForHelp("highlight", "gardens", "--note", "-h"), "-h as a note is the note");
        assertFalse(Options.asksForHelp("import", "--", "-h"), "after --, -h is a file");
    }

    private static List<String> concat(List<String> start, String arg) {
        List<String> all = new java.util.ArrayList<>(start);
        all.add(arg);
        return all;
    }

    /**
     * The package's launcher passes {@value ProgramName#PROPERTY}: the line after a mistake names that command. One
     * mistake is said in its line and one pointing to {@code --help}, not followed by the whole usage (t31's F18).
     */
    @Test
    void aMistakeIsSaidInOneLineAndOnePointingToHelpWithTheLaunchersCommand() throws Exception {
        String said = run(List.of("-D" + ProgramName.PROPERTY + "=peeragogy-reader", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--no-such-option"));
        assertEquals("Unknown option: --no-such-option\nThe commands and options: peeragogy-reader --help\n",
                said.replaceAll("(?m)^WARNING.*\n", ""));
        String missing = run(List.of("-D" + ProgramName.PROPERTY + "=peeragogy-reader", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "export", "--format", "notes"));
        assertEquals("export needs --format notes|w3c|markdown and --out FILE\nThe commands and options:"
                + " peeragogy-reader --help\n", missing.replaceAll("(?m)^WARNING.*\n", ""));
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                ClassPathJar.java(), "-Dpeeragogy.relaunch=false"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        return said;
    }
}
