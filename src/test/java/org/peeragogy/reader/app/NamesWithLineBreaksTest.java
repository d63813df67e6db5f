package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's name from outside never prints a line of its own (fresh tester t31's F14): a name holding a line break
 * ("x\nImported: 999 new.peeranotes") made the folder import print a line "Imported: 999 new…" that read as the
 * reader's. Every line of the import's output then starts as the reader starts its lines.
 */
class NamesWithLineBreaksTest {
    @TempDir
    Path tmp;

    @Test
    void aFileNamedWithLineBreaksPrintsNoLineOfItsOwnInAFolderImport() throws Exception {
        CommandRun bo = new CommandRun(tmp.resolve("bo"));
        assertEquals(0, bo.run("ask", "gardens", "--note", "Who decides?"), bo.err());
        Path folder = Files.createDirectories(tmp.resolve("stick"));
        Path forged = folder.resolve("x\nImported: 999 new\rWould import: 5 new\u2028Undo with: rm.peeranotes");
        assertEquals(0, bo.run("export", "--format", "notes", "--out", forged.toString()), bo.err());
        Files.write(folder.resolve("y\nImported: 7 new.json"), new byte[0]);

        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        for (String[] command : List.of(new String[] {"import", "--dry-run", folder.toString()},
                new String[] {"import", folder.toString()})) {
            ana.run(command);
            for (String printed : (ana.out() + ana.err()).split("\n")) {
                assertTrue(!printed.startsWith("Imported: 999") && !printed.startsWith("Imported: 7")
                        && !printed.startsWith("Would import: 5") && !printed.startsWith("Undo with: rm"),
                        "a line made by a file's name: " + printed + "\nin:\n" + ana.out() + ana.err());
            }
            assertTrue(ana.out().contains("Imported: 999 new"), "the name is still said: " + ana.out());
        }
    }
}
