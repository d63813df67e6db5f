package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;

/** A zip made with macOS's "Compress" carries a __MACOSX folder of resource forks beside the one folder. */
class ZipMacOsTest {
    @TempDir
    Path dir;

    @Test
    void resourceForksAreNotChaptersAndTheTopFolderIsStillStripped() throws Exception {
        Path zip = dir.resolve("book.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String[] e : new String[][] {
                    {"book/one.md", "---\ntitle: One\n---\n\n# One\n\nFirst.\n"},
                    {"book/two.md", "---\ntitle: Two\n---\n\n# Two\n\nSecond.\n"},
                    {"__MACOSX/book/._one.md", "\u0000\u0005\u0016\u0007 binary fork"}}) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        try (Handbook h = Handbooks.open(zip)) {
            assertEquals(List.of("one", "two"), h.book().chapters().stream().map(Chapter::id).sorted().toList());
        }
        Path library = dir.resolve("library");
        HandbookLibrary.Installed installed = new HandbookLibrary(library).install(zip, (n, t) -> { });
        assertEquals(2, installed.chapters());
    }
}
