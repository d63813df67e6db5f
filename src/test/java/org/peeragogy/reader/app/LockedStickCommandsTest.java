package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.ReadOnlyFolders;

/**
 * Commands on a locked stick never started (fresh tester t17b's F3): the package's seed is read as it is, so those
 * that read run; one that would change the notes says the folder is read-only. Before, every command refused with a
 * message about a full disk.
 */
class LockedStickCommandsTest {
    @TempDir
    Path dir;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();
    private String seedBefore;

    @AfterEach
    void undo() {
        readOnly.close();
        if (seedBefore == null) {
            System.clearProperty("peeragogy.seed");
        } else {
            System.setProperty("peeragogy.seed", seedBefore);
        }
    }

    @Test
    void aDataFolderLockedAfterUseReadsWithoutALineAboutTheLog() throws Exception {
        // Fresh tester t30's F3.1: every command on a read-only data folder began with the log's Java exception.
        Path data = dir.resolve("stick/data");
        CommandRun first = new CommandRun(data);
        assertEquals(0, first.runLogged("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "kept"),
                first.err());
        assertTrue(Files.isDirectory(data.resolve("logs")), "the log was not started");
        try (var all = Files.walk(data)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                readOnly.protect(p);
            }
        }
        CommandRun locked = new CommandRun(data);
        assertEquals(0, locked.runLogged("notes"), locked.err());
        assertTrue(locked.out().contains("kept"), locked.out());
        assertFalse(locked.err().contains("log could not be written") || locked.err().contains("Exception"), locked.err());
        assertEquals(1, locked.runLogged("highlight", "gardens", "--quote", "how deep to sow beans"));
        assertTrue(locked.err().contains("read-only"), locked.err());
    }

    @Test
    void onALockedStickNeverStartedCommandsReadTheSeedAndChangeNothing() throws Exception {
        // The package's seed, with one note in it (as a facilitator might ship one).
        CommandRun maker = new CommandRun(dir.resolve("build"));
        assertEquals(0, maker.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "from the seed"),
                maker.err());
        Path seed = dir.resolve("build").resolve("reader.db");
        byte[] seedBytes = Files.readAllBytes(seed);
        seedBefore = System.getProperty("peeragogy.seed");
        System.setProperty("peeragogy.seed", seed.toString());

        Path stick = Files.createDirectories(dir.resolve("stick"));
        readOnly.protect(stick);
        CommandRun locked = new CommandRun(stick.resolve("data"));

        assertEquals(0, locked.run("notes"), locked.err());
        assertTrue(locked.out().contains("from the seed"), locked.out());
        assertEquals(0, locked.run("search", "beans"), locked.err());
        assertTrue(locked.out().contains("gardens"), locked.out());
        Path exported = dir.resolve("out.md");
        assertEquals(0, locked.run("export", "--format", "markdown", "--out", exported.toString()), locked.err());
        assertTrue(Files.readString(exported).contains("from the seed"));

        assertEquals(1, locked.run("highlight", "gardens", "--quote", "how deep to sow beans"));
        assertTrue(locked.err().contains("read-only"), locked.err());
        assertFalse(locked.err().contains("disk is not full"), locked.err());

        assertFalse(Files.exists(stick.resolve("data")), "a data folder was made on the locked stick");
        assertFalse(locked.err().contains("log could not be written"), locked.err());
        assertArrayEquals(seedBytes, Files.readAllBytes(seed), "the seed was changed");
    }
}
