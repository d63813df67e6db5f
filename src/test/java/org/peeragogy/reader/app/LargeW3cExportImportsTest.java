package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11 (second tester, MAJOR 2; decision 0028): what the reader saves, the reader imports. A W3C export of
 * 401 notes near the entry limit (about 40 MB) was refused by import's old 32 MB limit; it imports now, and a
 * JSON file over the limit is refused with what to do instead. (MINOR 8) Other files that are not for
 * importing say what to do too: a Markdown export, JSON that is not UTF-8, a profile's own reader.db.
 */
class LargeW3cExportImportsTest {
    @TempDir
    Path dir;

    @Test
    void theReadersOwnFortyMegabyteW3cExportImportsIntoAnotherProfile() throws Exception {
        Path file = dir.resolve("large.jsonld");
        try (Database a = Database.open(dir.resolve("a"))) {
            for (int k = 0; k < 401; k++) {
                ShareFixture.chapterNote(a, "wiki", "Ana", "n".repeat(99_000) + k); // under the 100,000 entry limit
            }
            org.peeragogy.reader.share.Exported e = ShareFixture.sharing(a).export(NoteSharing.Format.W3C, file, ExportFilter.ALL);
            assertTrue(e.bytes() > 32L << 20, "larger than the old limit: " + e.bytes());
        }
        try (Database b = Database.open(dir.resolve("b"))) {
            NoteSharing sharing = ShareFixture.sharing(b);
            NoteSharing.Preview p = sharing.preview(file);
            assertEquals(401, p.counts().added(), p.counts().summary());
        }
    }

    @Test
    void aJsonFileOverTheLimitIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"items\": [", StandardCharsets.UTF_8);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength((128L << 20) + 1); // sparse: no disk used
        }
        try (Database b = Database.open(dir.resolve("b"))) {
            ShareException e = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(file));
            assertTrue(e.getMessage().contains("larger than 128 MB. Nothing was changed.")
                    && e.getMessage().contains("use the notes file format (export --format notes)"), e.getMessage());
        }
    }

    @Test
    void aMarkdownExportOrAFileThatIsNotUtf8IsRefusedSayingWhatToDo() throws Exception {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "# Notes on The Peeragogy Handbook\n\n## 1 Welcome\n");
        Path bad = dir.resolve("bad.json");
        byte[] bytes = "{\"annotations\": [{\"text\": \"caf\u00e9 x\"}]}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 8] = (byte) 0xff; // the first byte of é: no UTF-8 has it
        bytes[bytes.length - 7] = 'e';
        Files.write(bad, bytes);
        try (Database b = Database.open(dir.resolve("b"))) {
            String m = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(md)).getMessage();
            assertTrue(m.contains("it is Markdown") && m.contains("export --format notes"), m);
            String u = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(bad)).getMessage();
            assertTrue(u.contains("(byte " + (bytes.length - 8) + " is not UTF-8)") && u.contains("save it as UTF-8"), u);
        }
    }

    @Test
    void aProfilesOwnDatabaseIsRefusedSayingToExportFromThatProfile() throws Exception {
        try (Database a = Database.open(dir.resolve("a"))) {
            ShareFixture.chapterNote(a, "wiki", "Ana", "mine");
        }
        try (Database b = Database.open(dir.resolve("b"))) {
            String m = assertThrows(ShareException.class,
                    () -> ShareFixture.sharing(b).preview(dir.resolve("a").resolve("reader.db"))).getMessage();
            assertTrue(m.contains("If it is a profile's own notes (reader.db), export them from that profile instead")
                    && m.endsWith("Nothing was changed."), m);
        }
    }
}
