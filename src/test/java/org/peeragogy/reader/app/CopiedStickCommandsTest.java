package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * Fresh tester t34's F1 (decision 0094): a facilitator copies a used stick's folder ({@code cp -a}) for a second
 * participant. Before, the copy went on as the first reader: Dana's note, imported on Chen's stick, was "added as
 * yours", and Chen's notes showed as Dana's in the copy. Now a command that makes notes is refused in the copy until
 * its reader says who they are, and {@code name --new} gives them an id of their own. Real data folders, a real
 * {@code cp -a}, the real command line.
 */
class CopiedStickCommandsTest {
    @TempDir
    Path tmp;

    private Path stickCopiedForASecondParticipant() throws Exception {
        Path stick1 = tmp.resolve("stick1/peeragogy-reader/data");
        CommandRun chen = new CommandRun(stick1);
        assertEquals(0, chen.run("name", "Chen"), chen.err());
        assertEquals(0, chen.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Chen's"),
                chen.err());
        Path participant2 = Files.createDirectories(tmp.resolve("participant2"));
        Process cp = new ProcessBuilder("cp", "-a", tmp.resolve("stick1/peeragogy-reader").toString(),
                participant2.toString() + "/").redirectErrorStream(true).start();
        assertTrue(cp.waitFor(60, TimeUnit.SECONDS) && cp.exitValue() == 0, new String(cp.getInputStream().readAllBytes()));
        return participant2.resolve("peeragogy-reader/data");
    }

    private static String id(Path data) throws Exception {
        try (Database db = Database.open(data)) {
            return db.settings().readerId();
        }
    }

    @Test
    void aCommandThatMakesNotesIsRefusedInTheCopyAndReadingGoesOn() throws Exception {
        Path copy = stickCopiedForASecondParticipant();
        CommandRun dana = new CommandRun(copy);
        assertEquals(1, dana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Dana's"));
        assertTrue(dana.err().contains("is a copy of Chen's notes file") && dana.err().contains("name --new")
                && dana.err().contains("Nothing was changed."), dana.err());
        assertEquals(1, dana.run("name", "Dana"), "no renaming Chen in their own notes");
        assertEquals(0, dana.run("notes"), dana.err());
        assertTrue(dana.out().contains("Chen's"), dana.out());
        assertTrue(dana.err().contains("is a copy of Chen's"), dana.err());
        assertEquals(0, dana.run("notes", "--json"), dana.err());
        assertFalse(dana.out().contains("Dana's"), "nothing was made: " + dana.out());
    }

    @Test
    void someoneElseGetsAnIdOfTheirOwnAndTheirNoteTravelsAsTheirs() throws Exception {
        Path copy = stickCopiedForASecondParticipant();
        Path stick1 = tmp.resolve("stick1/peeragogy-reader/data");
        String chenId = id(stick1);
        CommandRun dana = new CommandRun(copy);
        assertEquals(0, dana.run("name", "--new", "Dana"), dana.err());
        String danaId = id(copy);
        assertNotEquals(chenId, danaId);
        assertEquals(0, dana.run("name"), dana.err());
        assertTrue(dana.out().startsWith("Dana"), dana.out());
        assertEquals(0, dana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Dana's"),
                dana.err());
        assertEquals(0, dana.run("notes", "--json"), dana.err());
        assertTrue(dana.out().contains("\"author\": \"Chen\"") && dana.out().contains("\"author\": \"Dana\""), dana.out());
        assertTrue(dana.out().contains(chenId) && dana.out().contains(danaId), "Chen's note stays Chen's: " + dana.out());

        Path file = tmp.resolve("dana.peeranotes");
        assertEquals(0, dana.run("export", "--format", "notes", "--out", file.toString()), dana.err());
        CommandRun chen = new CommandRun(stick1);
        assertEquals(0, chen.run("import", file.toString()), chen.err());
        assertTrue(chen.out().startsWith("Imported: 1 new"), chen.out());
        assertFalse(chen.out().contains("says it is yours") || chen.out().contains("added as yours"),
                "Dana's note is not Chen's: " + chen.out());
        assertEquals(0, chen.run("notes", "--json"), chen.err());
        assertTrue(chen.out().contains(danaId) && chen.out().contains("\"author\": \"Dana\""), chen.out());
        assertEquals(chenId, id(stick1));
    }

    @Test
    void theSamePersonKeepsEverything() throws Exception {
        Path copy = stickCopiedForASecondParticipant();
        String chenId = id(tmp.resolve("stick1/peeragogy-reader/data"));
        CommandRun chen = new CommandRun(copy);
        assertEquals(2, chen.run("name", "--new", "--same"));
        assertEquals(0, chen.run("name", "--same"), chen.err());
        assertEquals(chenId, id(copy));
        assertEquals(0, chen.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "again"),
                chen.err());
        assertEquals("", chen.err());
        assertEquals(1, chen.run("name", "--same"), "asked once");
    }
}
