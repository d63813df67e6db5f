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
}
