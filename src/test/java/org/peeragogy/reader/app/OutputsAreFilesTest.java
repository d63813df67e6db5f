package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.ShareReason;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.Texts;

/**
 * Fresh tester t15d's N5: {@code digest --out FIFO} with no reader hung for ever, and {@code export --format notes
 * --out /dev/null} said "Exported 10 notes … (0 bytes)", exit code 0. An export or a digest goes to a file, new or
 * existing: a pipe, a device or a folder is refused at once, saying what it is and what to give, and nothing waits
 * (share.OutputFile, the one check, used by the command line and by the window's File → Export and File → Digest,
 * which write through the same {@code NoteSharing.export} and {@code Digests.save}).
 */
class OutputsAreFilesTest {
    @TempDir
    Path tmp;

    private CommandRun withNotes() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Why?"),
                fay.err());
        return fay;
    }

    private Path fifo() throws Exception {
        Path fifo = tmp.resolve("fifo1");
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo could not make a pipe here");
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo on this system");
        }
        return fifo;
    }

    @Test
    void aPipeWithNoReaderIsRefusedAtOnceByDigestAndExport() throws Exception {
        CommandRun fay = withNotes();
        Path fifo = fifo();
        String said = "Cannot write " + fifo + ": it is a pipe (FIFO), not a file, and with nothing reading from it the"
                + " write would wait for ever. Nothing was written. Give the name of a file, new or existing.\n";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(1, fay.run("digest", "--format", "markdown", "--out", fifo.toString()));
            assertEquals(said, fay.err());
            for (String format : List.of("notes", "w3c", "markdown")) {
                assertEquals(1, fay.run("export", "--format", format, "--out", fifo.toString()), format);
                assertEquals(said, fay.err(), format);
            }
        });
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(),
                "still the pipe");
    }

    @Test
    void aDeviceIsRefusedNotWrittenToAndNotReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "needs /dev/null");
        CommandRun fay = withNotes();
        Path link = Files.createSymbolicLink(tmp.resolve("nowhere.md"), devNull);
        for (Path target : List.of(devNull, link)) {
            String said = "Cannot write " + target + ": it is a device, not a file (what goes to /dev/null is lost, and a"
                    + " device may take only part of it). Nothing was written. Give the name of a file, new or"
                    + " existing.\n";
            assertEquals(1, fay.run("export", "--format", "notes", "--out", target.toString()));
            assertEquals(said, fay.err());
            assertEquals("", fay.out(), "no \"Exported 1 note\"");
            assertEquals(1, fay.run("digest", "--format", "html", "--out", target.toString()));
            assertEquals(said, fay.err());
        }
        assertTrue(Files.readAttributes(devNull, java.nio.file.attribute.BasicFileAttributes.class).isOther(),
                "/dev/null is still the device");
        assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
    }

    @Test
    void aFolderIsRefusedSayingItIsAFolder() throws Exception {
        CommandRun fay = withNotes();
        Path folder = Files.createDirectories(tmp.resolve("out"));
        assertEquals(1, fay.run("export", "--format", "markdown", "--out", folder.toString()));
        assertEquals("Cannot write " + folder + ": it is a folder. Give a file name.\n", fay.err());
        assertEquals(1, fay.run("digest", "--format", "markdown", "--out", folder.toString()));
        assertEquals("Cannot write " + folder + ": it is a folder. Give a file name.\n", fay.err());
    }

    /** The window's File → Export and File → Digest write through these two calls ({@code WindowDigests}). */
    @Test
    void theWindowsExportAndDigestAreHeldToTheSameCheck() throws Exception {
        withNotes();
        Path fifo = fifo();
        try (Handbook h = Handbooks.open(org.peeragogy.reader.TestHandbooks.fixture());
             Database db = Database.open(tmp.resolve("fay"))) {
            HandbookChapters chapters = new HandbookChapters(h);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                ShareException export = assertThrows(ShareException.class, () -> new NoteSharing(db, chapters, "test")
                        .export(NoteSharing.Format.NOTES, fifo, ExportFilter.ALL));
                assertEquals(ShareReason.IS_A_PIPE, export.reason().code());
                Digests digests = new Digests(db, chapters);
                ShareException digest = assertThrows(ShareException.class, () -> digests.save(digests.make(Set.of(),
                        Names.SHOW, Texts.of(java.util.Locale.ENGLISH).digestWords()), Digests.Format.PDF, fifo));
                assertEquals(ShareReason.IS_A_PIPE, digest.reason().code());
            });
        }
    }
}
