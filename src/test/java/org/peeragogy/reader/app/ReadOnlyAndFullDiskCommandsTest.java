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
     * A full disk for real: /dev/full takes no bytes (every write fails with ENOSPC). The export is made
     * in a folder of its own in the temporary folder and copied into it; nothing is left behind, neither
     * there nor among the devices.
     */
    @Test
    void anExportToAFullDiskSaysTheDiskIsFullAndLeavesNoTemporaryFile() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "needs /dev/full");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> devices = list(full.getParent());
        List<String> temporary = list(tmp);

        for (String format : List.of("notes", "w3c", "markdown")) {
            assertEquals(1, run("export", "--format", format, "--out", full.toString()), format);
            assertEquals("Could not write /dev/full: the disk is full. Nothing was written; check that the disk is not"
                    + " full and the folder is writable.\n", err(), format);
        }
        assertTrue(Files.readAttributes(full, java.nio.file.attribute.BasicFileAttributes.class).isOther(),
                "/dev/full is still the device");
        assertEquals(devices, list(full.getParent()));
        assertEquals(temporary.stream().filter(n -> n.startsWith("peeragogy-")).toList(),
                list(tmp).stream().filter(n -> n.startsWith("peeragogy-")).toList());
    }

    private static List<String> list(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
