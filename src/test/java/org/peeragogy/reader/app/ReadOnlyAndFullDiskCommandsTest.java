package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.ReadOnlyFolders;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/** A read-only data folder or a full disk: reading, search and export go on; only saving is refused. */
class ReadOnlyAndFullDiskCommandsTest {
    @TempDir
    Path temp;
    private Path data;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void notes() throws Exception {
        data = temp.resolve("data");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            NotesFixture.write(data, h.book().identity(), "gardens", 5);
        }
    }

    @AfterEach
    void writableAgain() {
        readOnly.close();
    }

    private int run(String... args) throws Options.UsageException {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--handbook", TestHandbooks.fixture().toString(),
                "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return Main.runCommand(Options.parse(all.toArray(String[]::new)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReadOnlyDataFolderListsSearchesAndExportsButRefusesToSaveNamingTheFolder() throws Exception {
        String before = Damage.hash(data.resolve("reader.db"));
        readOnly.protect(data);

        assertEquals(0, run("notes"), err());
        assertEquals(5, out().split("\n").length);
        // The index is built in a private copy of the read-only file, and searched there with the notes.
        assertEquals(0, run("search", "learned", "--limit", "200"), err());
        assertTrue(out().contains("\nnote\tgardens\t") || out().startsWith("note\tgardens\t"), out());
        assertTrue(out().contains("chapter\t"), out());
        Path export = temp.resolve("mine.peeranotes");
        assertEquals(0, run("export", "--format", "notes", "--out", export.toString()), err());
        assertTrue(out().startsWith("Exported 5 notes to " + export), out());

        assertEquals(1, run("highlight", "gardens", "--quote", "how deep to sow beans"));
        assertEquals("Saving your note failed. This folder is read-only: " + data.toAbsolutePath()
                + ". Your notes can be read and exported but not saved.\n", err());
        assertEquals(before, Damage.hash(data.resolve("reader.db")));
        try (var files = Files.list(data)) {
            assertEquals(List.of("reader.db"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * A full disk for real: a 4 MB tmpfs filled to the last byte (every write fails with ENOSPC). The export is made
     * in a temporary file beside the target and renamed over it; when the bytes do not fit, nothing is left behind.
     * (It was /dev/full, a device, which an export now refuses as one: t15d's N5, decision 0010 amended.)
     */
    @Test
    void anExportToAFullDiskSaysTheDiskIsFullAndLeavesNoTemporaryFile() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("stick"));
        Assumptions.assumeTrue(org.peeragogy.reader.Mounts.mount(stick),
                "mounting a tmpfs needs mount permission (root in the CI container)");
        try {
            Path filler = stick.resolve("filler");
            try (var outFile = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    outFile.write(block);
                    outFile.flush();
                }
            } catch (java.io.IOException full) {
                // The stick is full.
            }
            List<String> before = list(stick);
            for (String format : List.of("notes", "w3c", "markdown")) {
                Path target = stick.resolve("notes." + format);
                assertEquals(1, run("export", "--format", format, "--out", target.toString()), format);
                assertEquals("Could not write " + target + ": the disk is full. Nothing was written; check that the"
                        + " disk is not full and the folder is writable.\n", err(), format);
            }
            assertEquals(before, list(stick), "no temporary file, no journal, no half a file");
        } finally {
            org.peeragogy.reader.Mounts.unmount(stick);
        }
    }

    private static List<String> list(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
