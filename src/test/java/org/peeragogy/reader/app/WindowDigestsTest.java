package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.GroupViewModel;

/**
 * File → Digest…'s writer (t15b's M1, in the window): the file the save dialog gives is refused inside the handbook's
 * folder and the data folder, as the command line's {@code --out} is, and written elsewhere. Real database, real
 * handbook folder; no window needed (the view-model calls this off the FX thread).
 */
class WindowDigestsTest {
    @TempDir
    Path tmp;

    @Test
    void theSaveDialogsFileIsRefusedInsideTheHandbookOrDataFolderAndWrittenElsewhere() throws Exception {
        Path hb = Files.createDirectories(tmp.resolve("hb"));
        try (var files = Files.list(org.peeragogy.reader.TestHandbooks.fixture())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, hb.resolve(f.getFileName()));
            }
        }
        Path data = tmp.resolve("fay");
        try (Database db = Database.open(data)) {
            db.settings().putReaderName("Fay");
        }
        GroupViewModel.Connection own = new GroupViewModel.Connection() {
            @Override
            public <T> T run(GroupViewModel.Job<T> job) throws Exception {
                try (Database db = Database.open(data)) {
                    return job.with(db);
                }
            }
        };
        try (Handbook handbook = Handbooks.open(hb)) {
            WindowDigests digests = new WindowDigests(own, () -> new HandbookChapters(handbook),
                    org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH));
            Digest d = digests.make(Names.SHOW, Set.of());
            byte[] chapter = Files.readAllBytes(hb.resolve("gardens.md"));

            ShareException inBook = assertThrows(ShareException.class,
                    () -> digests.write(d, Digests.Format.HTML, hb.resolve("gardens.md")));
            assertTrue(inBook.getMessage().contains("inside the folder of the handbook you are reading"), inBook.getMessage());
            assertArrayEquals(chapter, Files.readAllBytes(hb.resolve("gardens.md")));
            ShareException inData = assertThrows(ShareException.class,
                    () -> digests.write(d, Digests.Format.MARKDOWN, data.resolve("handout.md")));
            assertTrue(inData.getMessage().contains("inside the reader's data folder"), inData.getMessage());
            assertFalse(Files.exists(data.resolve("handout.md")));

            digests.write(d, Digests.Format.MARKDOWN, tmp.resolve("handout.md"));
            assertTrue(Files.readString(tmp.resolve("handout.md")).startsWith("# Digest: "));
        }
    }
}
