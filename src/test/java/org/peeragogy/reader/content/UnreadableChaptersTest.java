package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * A chapter file that cannot be read is one problem line and a page saying why: never served, never
 * stopping the handbook from opening or the other chapters from rendering.
 */
class UnreadableChaptersTest {
    private static final String GOOD = "# Good\n\nThis chapter reads fine.\n";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private static void assertNotShown(RenderedChapter page, String detail) {
        assertEquals(List.of(new Problem(page.chapter().id(), Problem.Kind.NOT_SHOWN, detail)), page.problems());
        assertTrue(page.html().contains("This chapter could not be shown: " + detail
                + ". The rest of the book is unaffected."), page::html);
    }

    private static void assertGoodStillRenders(Handbook h) throws IOException {
        assertTrue(h.render("good").html().contains("This chapter reads fine."));
    }

    @Test
    void aLinkToAFileOutsideTheHandbookIsReportedAndItsTextNeverServed() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "# Secret\n\nprivate words\n");
        Files.createSymbolicLink(dir.resolve("linked.md"), secret);
        try (Handbook h = Handbooks.open(dir)) {
            // Its title is not read from the file it links to, but made from its own file name (issue 13).
            assertEquals("Linked", h.book().chapter("linked").orElseThrow().title(), "titled by its file name");
            RenderedChapter page = h.render("linked");
            assertNotShown(page, "the file could not be read: it is a link to a file outside the handbook folder");
            assertFalse(page.html().contains("private words"));
            assertEquals(Optional.empty(), h.resource("linked.md"));
            assertGoodStillRenders(h);
            CheckReport report = Handbooks.check(h);
            assertEquals(1, report.problems().size(), report.problems()::toString);
            assertTrue(report.summaryLine().endsWith(", 1 chapters not shown"), report.summaryLine());
            assertTrue(report.failed());
        }
    }

    @Test
    void aChapterThatFailsToReadIsReportedWithTheReasonAndTheBookStillOpens() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.writeString(dir.resolve("locked.md"), "# Locked\n");
        Source failing = new LockedSource(new FolderSource(dir), "locked.md");
        try (Handbook h = OpenHandbook.open(failing, Optional.empty(), false)) {
            assertEquals(List.of("good", "locked"), h.book().chapters().stream().map(Chapter::id).toList());
            assertNotShown(h.render("locked"), "the file could not be read: the reader is not allowed to read it");
            assertGoodStillRenders(h);
        }
    }

    @Test
    void aChapterRemovedAfterOpeningIsReportedAsNoLongerThere() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.writeString(dir.resolve("gone.md"), "# Gone\n");
        try (Handbook h = Handbooks.open(dir)) {
            Files.delete(dir.resolve("gone.md"));
            RenderedChapter page = h.render("gone");
            assertEquals(1, page.count(Problem.Kind.NOT_SHOWN));
            assertTrue(page.problems().get(0).detail().startsWith("the file could not be read: it is no longer "),
                    page.problems()::toString);
            assertGoodStillRenders(h);
        }
    }

    /**
     * Fresh tester 14b (m5): a chapter whose file is a link leading nowhere vanished from the contents (6.6, then
     * 6.8). It is listed, titled by the contents' link or its name, and opens as a page saying why, as a chapter
     * deleted while the reader runs; the check counts it.
     */
    @Test
    void aChapterWhoseFileIsABrokenLinkIsListedAndSaysWhyItIsNotShown() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Book\n\n- [Good](good.md)\n- [Heartbeat](heartbeat.md)\n"
                + "- [After](after.md)\n");
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.writeString(dir.resolve("after.md"), "# After\n\nLast.\n");
        Files.createSymbolicLink(dir.resolve("heartbeat.md"), elsewhere.resolve("gone-away.md"));
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("good", "heartbeat", "after"), h.book().chapters().stream().map(Chapter::id).toList());
            assertEquals("Heartbeat", h.book().chapter("heartbeat").orElseThrow().title());
            RenderedChapter page = h.render("heartbeat");
            assertEquals(1, page.count(Problem.Kind.NOT_SHOWN));
            assertTrue(page.problems().get(0).detail().startsWith("the file could not be read: it is no longer "),
                    page.problems()::toString);
            assertTrue(page.html().contains("This chapter could not be shown: "), page::html);
            assertGoodStillRenders(h);
            assertEquals(1, Handbooks.check(h).problems().size());
        }
    }

    @Test
    void invalidUtf8IsShownWithReplacementCharacters() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.write(dir.resolve("latin1.md"), "# Caf\u00e9\n\nna\u00efve text\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals("Caf\uFFFD", h.book().chapter("latin1").orElseThrow().title());
            RenderedChapter page = h.render("latin1");
            assertEquals(List.of(), page.problems());
            assertTrue(page.html().contains("na\uFFFDve text"), page::html);
        }
    }

    @Test
    void aFolderNamedLikeAChapterIsNotAChapter() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.createDirectories(dir.resolve("folder.md"));
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("good"), h.book().chapters().stream().map(Chapter::id).toList());
        }
    }

    @Test
    void aFileTooLargeForAHandbookIsReportedWithoutReadingItAll() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
            f.setLength(ZipSource.MAX_ENTRY_BYTES + 1); // sparse: no disk needed
        }
        try (Handbook h = Handbooks.open(dir)) {
            assertNotShown(h.render("huge"), "the file could not be read: the file huge.md is larger than 32 MiB, "
                    + "which is too large for a handbook file");
            assertGoodStillRenders(h);
        }
    }

    @Test
    void anOversizedEntryInAZipIsReportedAndTheRestOfTheZipOpens() throws Exception {
        Path zip = dir.resolve("book.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("book/good.md"));
            z.write(GOOD.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("book/bomb.md"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 33; i++) {
                z.write(zeros);
            }
        }
        try (Handbook h = Handbooks.open(zip)) {
            RenderedChapter page = h.render("bomb");
            assertEquals(1, page.count(Problem.Kind.NOT_SHOWN));
            assertTrue(page.problems().get(0).detail().contains("larger than 32 MiB"), page.problems()::toString);
            assertGoodStillRenders(h);
        }
    }

    /** A folder in which one file cannot be read, as when its permissions forbid it (tests run as root). */
    private static final class LockedSource implements Source {
        private final Source folder;
        private final String locked;

        LockedSource(Source folder, String locked) {
            this.folder = folder;
            this.locked = locked;
        }

        @Override
        public List<String> files() {
            return folder.files();
        }

        @Override
        public Optional<byte[]> read(String path) throws IOException {
            if (path.equals(locked)) {
                throw new AccessDeniedException(path);
            }
            return folder.read(path);
        }

        @Override
        public String location() {
            return folder.location();
        }

        @Override
        public String name() {
            return folder.name();
        }
    }
}
