package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;

/**
 * A file with nothing in it is said to hold nothing, whatever its name says it is (fresh tester t30's F4.2: an empty
 * {@code .peeranotes} was "JSON not valid … the text ends too early", and one of zero bytes, what a copy to a stick
 * pulled out too soon leaves, "unexpected character 'U+0000'"). Each kind through the import and through the group
 * folder's notes-file reader, and the reader's own notes unchanged.
 */
class BlankNotesFilesTest {
    private static final String EMPTY = "This file cannot be imported: it is empty (0 bytes), so it holds no notes. If it"
            + " was copied to you, the copy may not have finished: ask for the file again. Nothing was changed.";
    private static final String SPACES = "This file cannot be imported: it holds no text, only spaces, line breaks or"
            + " other invisible characters, so no notes. Ask for the file again. Nothing was changed.";

    @TempDir
    Path tmp;

    private static String zeros(int n) {
        return "This file cannot be imported: all its " + n + " bytes are zero, as a copy that"
                + " never finished leaves a file, so it holds no notes. Ask for the file again. Nothing was changed.";
    }

    @ParameterizedTest(name = "{0} bytes of {1} in a {2} file")
    @CsvSource({
        "0, nothing, .peeranotes", "0, nothing, .json", "0, nothing, .jsonld",
        "1, zero, .peeranotes", "4096, zero, .peeranotes", "200000, zero, .json",
        "3, space, .peeranotes", "70000, space, .jsonld", "2, line break, .json",
    })
    void aFileWithNothingInItSaysSoAndChangesNothing(int size, String what, String ext) throws Exception {
        byte fill = switch (what) {
            case "zero" -> 0;
            case "space" -> ' ';
            default -> '\n';
        };
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, fill);
        Path file = tmp.resolve("given" + ext);
        Files.write(file, bytes);
        String expected = size == 0 ? EMPTY : fill == 0 ? zeros(size) : SPACES;
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            ShareFixture.highlight(db, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "kept");
            byte[] before = stored(data);
            NoteSharing sharing = ShareFixture.sharing(db);
            assertEquals(expected, assertThrows(ShareException.class, () -> sharing.preview(file)).getMessage());
            assertEquals(expected, assertThrows(ShareException.class, () -> sharing.previewNotesFile(file, true))
                    .getMessage());
            assertArrayEquals(before, stored(data));
            assertEquals(1, db.annotations().everything().size());
        }
    }

    /** The notes file and its write-ahead log, as they are on disk. */
    private static byte[] stored(Path data) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(Files.readAllBytes(data.resolve("reader.db")));
        Path wal = data.resolve("reader.db-wal");
        if (Files.exists(wal)) {
            all.write(Files.readAllBytes(wal));
        }
        return all.toByteArray();
    }

    /** What editors and cut copies leave that holds no text either (fresh tester t31's F4), as bytes in hex. */
    @ParameterizedTest(name = "{0} in a {1} file")
    @CsvSource({
        "efbbbf, .json", "efbbbf20200a, .peeranotes", "0000200a00, .json", "c2a0e280830a, .json",
        "e2808be3808009, .jsonld",
    })
    void aFileOfMarksAndSpacesOfAnyScriptHoldsNoTextAndSaysSo(String hex, String ext) throws Exception {
        Path file = tmp.resolve("given" + ext);
        Files.write(file, java.util.HexFormat.of().parseHex(hex));
        try (Database db = Database.open(tmp.resolve("data"))) {
            NoteSharing sharing = ShareFixture.sharing(db);
            assertEquals(SPACES, assertThrows(ShareException.class, () -> sharing.preview(file)).getMessage());
            assertEquals(SPACES, assertThrows(ShareException.class, () -> sharing.previewNotesFile(file, true))
                    .getMessage());
        }
    }

    @Test
    void aPipeOrADeviceNamedAsANotesFileIsSaidToBeNoFileAndNeverRead() throws Exception {
        // A pipe read would wait for ever, /dev/zero never end (fresh tester t31's F15: "There is no file at …").
        Path pipe = tmp.resolve("pipe.peeranotes");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
        Path device = Files.createSymbolicLink(tmp.resolve("zero.json"), Path.of("/dev/zero"));
        try (Database db = Database.open(tmp.resolve("data"))) {
            for (Path p : List.of(pipe, device)) {
                assertEquals("Cannot import " + p + ": it is not a file but a pipe, a device or a folder. Open a notes"
                        + " file itself; a folder of them is imported as a folder (Import a folder of notes files…, or"
                        + " import FOLDER). Nothing was changed.", assertThrows(ShareException.class, () -> ShareFixture.sharing(db).preview(p))
                        .getMessage());
            }
        }
    }

    @Test
    void aFileWithOneVisibleLetterAmongSpacesIsNotCalledEmpty() throws Exception {
        Path file = tmp.resolve("given.json");
        Files.write(file, java.util.HexFormat.of().parseHex("efbbbf2020c2a0780a"));
        try (Database db = Database.open(tmp.resolve("data"))) {
            String m = assertThrows(ShareException.class, () -> ShareFixture.sharing(db).preview(file)).getMessage();
            assertEquals(false, m.contains("no text"), m);
        }
    }

    @Test
    void aNotesFileWhoseEndIsZeroIsDamagedNotEmpty() throws Exception {
        // Zero bytes after a real beginning are a copy cut short, which has its own words (issue 12).
        Path file = tmp.resolve("cut.peeranotes");
        try (Database a = Database.open(tmp.resolve("a"))) {
            ShareFixture.highlight(a, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "note");
            ShareFixture.sharing(a).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
        }
        byte[] whole = Files.readAllBytes(file);
        Arrays.fill(whole, 4096, whole.length, (byte) 0);
        Files.write(file, whole);
        try (Database b = Database.open(tmp.resolve("b"))) {
            String m = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(file)).getMessage();
            assertEquals(false, m.contains("bytes are zero"), m);
            assertEquals(true, m.contains("Nothing was changed"), m);
        }
    }
}
