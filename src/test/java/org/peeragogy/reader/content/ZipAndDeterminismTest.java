package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;

class ZipAndDeterminismTest {

    /** Zips {@code folder} the way GitHub archives do: everything under one top folder. */
    private static Path zip(Path folder, Path zip, String top, List<String> extraEntries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(top + "/" + folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
            for (String name : extraEntries) {
                z.putNextEntry(new ZipEntry(name));
                z.write("# Should never be read\n".getBytes());
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void zipWithOneTopFolderReadsLikeTheFolder(@TempDir Path tmp) throws Exception {
        Path zip = zip(TestHandbooks.fixture(), tmp.resolve("handbook.zip"), "study-circle-main", List.of());
        try (Handbook folder = Handbooks.open(TestHandbooks.fixture()); Handbook zipped = Handbooks.open(zip)) {
            assertEquals(folder.book().parts(), zipped.book().parts());
            assertEquals(folder.book().identity(), zipped.book().identity());
            assertEquals(folder.book().fingerprint(), zipped.book().fingerprint());
            for (Chapter c : folder.book().chapters()) {
                assertEquals(folder.render(c.id()).html(), zipped.render(c.id()).html(), c.id());
            }
            assertEquals(folder.resource("images/seedling.png").orElseThrow().bytes().length,
                    zipped.resource("images/seedling.png").orElseThrow().bytes().length);
        }
    }

    @Test
    void zipEntriesThatTryToLeaveTheFolderAreSkipped(@TempDir Path tmp) throws Exception {
        Path zip = zip(TestHandbooks.fixture("emoji"), tmp.resolve("e.zip"), "top",
                List.of("../evil.md", "top/../../evil2.md", "/abs.md", "C:/drive.md", "top\\back.md"));
        try (Handbook h = Handbooks.open(zip)) {
            assertEquals(List.of("seedlings"), h.book().chapters().stream().map(Chapter::id).toList());
        }
    }

    /** Issue 9: a chapter that cannot be read is a page saying why, not a handbook that cannot be opened. */
    @Test
    void aZipEntryOver32MebibytesIsNotShownWithAPlainMessage(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("big.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("big.md"));
            byte[] line = new byte[1024 * 1024];
            java.util.Arrays.fill(line, (byte) 'a');
            for (int i = 0; i < 33; i++) {
                z.write(line);
            }
            z.closeEntry();
        }
        try (Handbook h = Handbooks.open(zip)) {
            org.peeragogy.reader.book.RenderedChapter page = h.render("big");
            assertEquals(1, page.count(org.peeragogy.reader.book.Problem.Kind.NOT_SHOWN), page.problems()::toString);
            assertTrue(page.problems().get(0).detail().contains("larger than 32 MiB"), page.problems()::toString);
        }
    }

    @Test
    void renderingTheSameChapterTwiceGivesTheSameBytes() throws Exception {
        try (Handbook a = Handbooks.open(TestHandbooks.real()); Handbook b = Handbooks.open(TestHandbooks.real())) {
            for (Chapter c : a.book().chapters()) {
                assertEquals(a.render(c.id()).html(), b.render(c.id()).html(), c.id());
                assertEquals(a.render(c.id()).html(), a.render(c.id()).html(), c.id());
            }
        }
    }

    @Test
    void everyBlockOfEveryRealChapterHasAUniqueId() throws Exception {
        Set<String> blocks = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table",
                "tr", "td", "th", "dl", "dt", "dd", "div", "figure", "ul", "ol", "hr");
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            for (Chapter c : h.book().chapters()) {
                Element article = Jsoup.parse(h.render(c.id()).html()).getElementById("chapter");
                Set<String> seen = new HashSet<>();
                for (Element el : article.getAllElements()) {
                    if (el != article && el.hasAttr("id")) {
                        assertTrue(seen.add(el.id()), c.id() + " repeats id " + el.id());
                    }
                    if (blocks.contains(el.normalName())) {
                        assertTrue(!el.id().isEmpty(), c.id() + ": block without id: " + el.outerHtml());
                    }
                }
            }
        }
    }
}
