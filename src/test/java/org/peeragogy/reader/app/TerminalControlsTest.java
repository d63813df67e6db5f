package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 retest (m7): a handbook's text with terminal escape sequences (an OSC that retitles the terminal,
 * a CSI that moves the cursor, a C1 control, a bare carriage return) reaches no command's output with them.
 */
class TerminalControlsTest {
    @TempDir
    Path tmp;

    private String run(Path book, String... rest) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[rest.length + 4];
        all[0] = "--handbook";
        all[1] = book.toString();
        all[2] = "--data-dir";
        all[3] = tmp.resolve("data").toString();
        System.arraycopy(rest, 0, all, 4, rest.length);
        assertEquals(0, Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void titlesSnippetsAndIdsReachTheTerminalWithoutControlSequences() throws Exception {
        Path book = Files.createDirectories(tmp.resolve("book"));
        Files.writeString(book.resolve("README.md"), "# Book\n\n- [Esc](esc.md)\n");
        Files.writeString(book.resolve("esc.md"), "# T\u001B]0;pwned\u0007itle \u001B[2J\u009B31m\rX\n\nbody escapetwo\n");
        for (String[] command : new String[][] {{"chapters"}, {"search", "escapetwo"}, {"search", "pwned"}}) {
            String out = run(book, command);
            assertTrue(out.contains("pwned"), String.join(" ", command) + ": " + out);
            assertTrue(out.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F),
                    String.join(" ", command) + ": " + out.chars().filter(c -> c < 0x20 || c >= 0x7F && c <= 0x9F)
                            .mapToObj(Integer::toHexString).toList());
        }
        // Letters outside the controls pass unchanged, the two-byte ones included.
        assertTrue(run(book, "chapters").contains("itle"));
    }

    @Test
    void theFilterKeepsTextAndLineEndsAndDropsOnlyControls() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream p = TerminalSafeOutput.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.print("é ¢ ĀÂ\u0085x\u001B[1m\ttab\r\nend\rover\u007F");
        assertEquals("é ¢ ĀÂx[1m\ttab\r\nendover", bytes.toString(StandardCharsets.UTF_8));
    }
}
