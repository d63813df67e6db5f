package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What JavaFX 21 tells of the system's high contrast (issue 14). Only Windows' Glass reads the setting; what it
 * then does, put one of Modena's high-contrast sheets in place, can be caused on any system by the property
 * {@code com.sun.javafx.highContrastTheme}, read once as the toolkit starts. So each case runs in a JVM of its
 * own, on this display: with the property {@link SystemContrast} sees high contrast, without it (Linux's Glass
 * reads no setting) it does not.
 */
@Tag("ui")
class SystemContrastTest {
    /** Starts the toolkit, prints what {@link SystemContrast#highContrast} says, and exits. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            CompletableFuture<Boolean> seen = new CompletableFuture<>();
            Platform.startup(() -> seen.complete(SystemContrast.highContrast()));
            System.out.println("highContrast=" + seen.get(30, TimeUnit.SECONDS));
            Platform.exit();
            System.exit(0);
        }
    }

    private static String probe(String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes(); // ends when the probe exits
        boolean exited = p.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly();
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(exited && p.exitValue() == 0, text);
        return text;
    }

    @Test
    void modenasHighContrastSheetsAreSeenAndTheirAbsenceIsToo() throws Exception {
        for (String scheme : List.of("WHITEONBLACK", "BLACKONWHITE", "YELLOWONBLACK")) {
            assertTrue(probe("-Dcom.sun.javafx.highContrastTheme=" + scheme).contains("highContrast=true"), scheme);
        }
        String plain = probe();
        assertTrue(plain.contains("highContrast=false"), plain);
        assertEquals(-1, plain.indexOf("highContrast=true"));
    }
}
