package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Mounts;

/**
 * A fresh data folder where no notes file can be made for a reason other than a read-only folder (fresh tester t34's
 * F2): a full disk (a real tmpfs filled to the last byte) or a regular file named {@code data}. The package's seed is
 * read in its place, and every command says the true reason, not "This folder is read-only"; {@code notes} says it on
 * the error stream instead of listing nothing unsaid.
 */
class FreshDataFolderCannotBeMadeTest {
    @TempDir
    Path dir;
    private String seedBefore;
    private Path mounted;

    @BeforeEach
    void seed() throws Exception {
        CommandRun maker = new CommandRun(dir.resolve("build"));
        assertEquals(0, maker.run("name", "Seed"), maker.err());
        seedBefore = System.getProperty("peeragogy.seed");
        System.setProperty("peeragogy.seed", dir.resolve("build").resolve("reader.db").toString());
    }

    @AfterEach
    void undo() throws Exception {
        if (seedBefore == null) {
            System.clearProperty("peeragogy.seed");
        } else {
            System.setProperty("peeragogy.seed", seedBefore);
        }
        if (mounted != null) {
            Mounts.unmount(mounted);
        }
    }

    @Test
    void aFullDiskIsSaidAsFullWithWhatIsNeededAndFreeNotAsAReadOnlyFolder() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Assumptions.assumeTrue(Mounts.mount(stick), "mounting a tmpfs needs mount permission (root in the CI container)");
        mounted = stick;
        Path data = Files.createDirectories(stick.resolve("data"));
        try (var out = Files.newOutputStream(stick.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (java.io.IOException full) {
            // The stick is full.
        }
        CommandRun full = new CommandRun(data);
        assertEquals(1, full.run("highlight", "gardens", "--quote", "how deep to sow beans"));
        assertTrue(full.err().matches("(?s)Saving your note failed\\. The disk that holds " + java.util.regex.Pattern.quote(
                data.toAbsolutePath().toString()) + " is full: a new notes file needs about [1-9][0-9]* KB and [0-9]+ KB are"
                + " free\\. Your notes can be read and exported but not saved; free some space on it and start the reader"
                + " again\\.\n"), full.err());
        assertEquals(0, full.run("notes"), full.err());
        assertTrue(full.err().contains("is full: a new notes file needs about"), full.err());
        assertFalse(full.err().contains("read-only"), full.err());
    }

    @Test
    void aFileNamedDataIsSaidToBeAFileNotAFolder() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(data, "x\n");
        CommandRun onAFile = new CommandRun(data);
        assertEquals(1, onAFile.run("highlight", "gardens", "--quote", "how deep to sow beans"));
        assertEquals("Saving your note failed. " + data.toAbsolutePath() + " is a file, not a folder, so your notes cannot"
                + " be kept there. They can be read and exported but not saved; move that file away, or choose another"
                + " folder with --data-dir.\n", onAFile.err());
        assertEquals(0, onAFile.runLogged("notes"), onAFile.err());
        assertEquals(data.toAbsolutePath() + " is a file, not a folder, so your notes cannot be kept there. They can be"
                + " read and exported but not saved; move that file away, or choose another folder with --data-dir.\n",
                onAFile.err(), "said once, without the log's own line about the same file");
        assertEquals("x\n", Files.readString(data), "the file was changed");
    }
}
