package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --version} and {@code -V} (fresh tester t34's F11: "Unknown option", exit 2; a facilitator with ten sticks had
 * no quick way to tell their builds apart): a real child process prints "Peeragogy Reader VERSION" and exits 0.
 */
class VersionOptionTest {
    @Test
    void versionAndItsShortFormPrintTheReadersVersionAndExitZero() throws Exception {
        for (String option : List.of("--version", "-V")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), option).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), option);
            assertEquals(0, p.exitValue(), said);
            assertEquals("Peeragogy Reader " + Cli.appVersion() + "\n", said, option);
        }
    }

    @Test
    void theHelpNamesTheVersionOption() {
        assertTrue(Options.usage("peeragogy-reader").contains("--version, -V"), Options.usage("peeragogy-reader"));
        assertTrue(Options.asksForVersion("notes", "-V"));
        assertTrue(!Options.asksForVersion("reply", "n1", "--note", "--version"), "an option's value is not the option");
    }

    /**
     * Fresh tester t35's F9: {@code --help} said "0.1.0" where {@code --version} said "0.1.0-SNAPSHOT" (one source now),
     * and {@code --version extra} printed the version and ended well, the word unread. Real child processes.
     */
    @Test
    void theHelpSaysTheVersionAsVersionPrintsItAndVersionTakesNoWord() throws Exception {
        String version = run("--version");
        assertTrue(version.startsWith("Peeragogy Reader "), version);
        String help = run("--help");
        assertTrue(help.contains("print the reader's version (" + version.strip() + ") and exit"), help);

        String refused = run("--version", "extra");
        assertEquals("--version prints the reader's version and takes nothing else, got: extra\n"
                + "The commands and options: peeragogy-reader --help\n", refused);
        assertEquals(version, run("--data-dir", "/nowhere", "-V"), "a global option changes nothing here");
    }

    /** The reader's output, its exit code checked: 0 for --help and a version, 2 for a mistake. */
    private static String run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-D" + ProgramName.PROPERTY + "=peeragogy-reader", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^WARNING.*\n", "");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", args));
        assertEquals(args[args.length - 1].equals("extra") ? 2 : 0, p.exitValue(), said);
        return said;
    }
}
