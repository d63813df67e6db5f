package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t15d's N4: {@code import -- "-odd stick"} said "Unknown option: --" and the whole usage, and
 * {@code import "-odd stick"} "Unknown option: -odd stick" without a word on how to give such a folder. The usual
 * {@code --} ends the options for every command that takes paths, and the message says both ways.
 */
class EndOfOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void aDoubleDashEndsTheOptionsForEveryCommandTakingPaths() throws Exception {
        assertEquals(List.of("-odd stick"), Options.parse("import", "--", "-odd stick").arguments());
        assertEquals(List.of("-odd stick"), Options.parse("import", "--dry-run", "--", "-odd stick").arguments());
        assertTrue(Options.parse("import", "--dry-run", "--", "-odd stick").has("--dry-run"));
        assertEquals(List.of("-guide.zip"), Options.parse("add-handbook", "--", "-guide.zip").arguments());
        assertEquals(List.of("set", "-group"), Options.parse("group-folder", "--", "set", "-group").arguments());
        assertEquals("render", Options.parse("--", "render", "-x").command());
        // After it an option's name is a path too: import takes one.
        Options.UsageException two = assertThrows(Options.UsageException.class,
                () -> Options.parse("import", "--", "-odd stick", "--dry-run"));
        assertEquals("import takes one file or folder", two.getMessage());
    }

    @Test
    void anUnknownOptionThatIsAPathSaysHowToGiveIt() throws Exception {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse("import", "-odd stick"));
        assertEquals("Unknown option: -odd stick. A file or folder whose name starts with \"-\" is given as"
                + " ./-odd stick or after --, as in: import -- \"-odd stick\"", e.getMessage());
        // A mistyped long option is only that, unless a file of that name is there.
        assertEquals("Unknown option: --dryrun",
                assertThrows(Options.UsageException.class, () -> Options.parse("import", "x", "--dryrun"))
                        .getMessage());
    }

    @Test
    void aFolderWhoseNameStartsWithADashIsImportedAfterTheDoubleDash() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("-odd stick"));
        CommandRun bo = new CommandRun(tmp.resolve("bo"));
        assertEquals(0, bo.run("name", "Bo"), bo.err());
        assertEquals(0, bo.run("highlight", "gardens", "--quote", "how deep to sow beans"), bo.err());
        assertEquals(0, bo.run("export", "--format", "notes", "--out", stick.resolve("bo.peeranotes").toString()),
                bo.err());
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("import", "--", stick.toString()), fay.err());
        assertTrue(fay.out().contains("Imported: 1 new"), fay.out());
    }
}
