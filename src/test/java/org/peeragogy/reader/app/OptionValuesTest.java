package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t17a's F1: {@code --note "--help"} printed the usage instead of keeping "--help" as the note. The
 * word after an option that takes a value is that value, whatever it looks like; {@code --help} elsewhere still asks
 * for the usage.
 */
class OptionValuesTest {
    @TempDir
    Path tmp;

    @Test
    void everyOptionsValueThatLooksLikeHelpIsTheValue() {
        assertTrue(Options.withValues().containsAll(java.util.List.of("--note", "--quote", "--data-dir", "--out")),
                Options.withValues().toString());
        for (String option : Options.withValues()) {
            assertFalse(Options.asksForHelp("notes", option, "--help"), option + " --help asked for help");
            assertTrue(Options.asksForHelp("notes", option, "x", "--help"), option + " x --help did not");
        }
    }

    @Test
    void helpAsAnOptionAnywhereStillPrintsTheUsageButNotAfterTheDoubleDash() {
        assertTrue(Options.asksForHelp("--help"));
        assertTrue(Options.asksForHelp("highlight", "intro", "--help"));
        assertTrue(Options.asksForHelp("--note=--help", "--help"));
        assertFalse(Options.asksForHelp("--note=--help"));
        assertFalse(Options.asksForHelp("import", "--", "--help"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertFalse(Main.help(new String[] {"reply", "n1", "--note", "--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "the usage was printed");
    }

    @Test
    void aNoteWhoseTextLooksLikeAnOptionIsKeptAsItsText() throws Exception {
        CommandRun bo = new CommandRun(tmp.resolve("bo"));
        String[] args = {"highlight", "gardens", "--quote", "how deep to sow beans", "--note", "--help", "--tag", "--debug"};
        assertFalse(Main.help(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(0, bo.run(args), bo.err());
        assertEquals(0, bo.run("notes", "--json"), bo.err());
        assertTrue(bo.out().contains("\"note\":\"--help\"") || bo.out().contains("\"note\": \"--help\""), bo.out());
        assertTrue(bo.out().contains("--debug"), "the tag: " + bo.out());
    }
}
