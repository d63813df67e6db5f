package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * CommonMark's {@code <…>} destinations, for names with spaces (issue 13): flexmark 0.64.8 follows the
 * CommonMark of 0.27, where they could not hold a space, and left them as text until
 * {@code Parser.SPACE_IN_LINK_URLS}; and {@code check} names any link or image syntax left as text.
 */
class AngleBracketDestinationsTest {
    @TempDir
    Path dir;

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out));
        return out.toByteArray();
    }

    private void chapter(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anImageAndALinkWithSpacesInAngleBracketsRenderAndLink() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/my pic.png"), png());
        chapter("Peer Learning é.md", "# Peer learning\n");
        chapter("start.md", "# Start\n\nSee ![a picture](<images/my pic.png>) and [peers](<Peer Learning é.md>).\n");
        try (Handbook h = Handbooks.open(dir)) {
            RenderedChapter page = h.render("start");
            Document doc = Jsoup.parse(page.html());
            assertEquals("book/images/my%20pic.png", doc.selectFirst("#chapter img").attr("src"));
            assertEquals("Peer Learning é", doc.selectFirst("#chapter a").attr("data-chapter"));
            assertFalse(doc.selectFirst("#chapter").text().contains("]("), "no syntax left as text");
            assertEquals(List.of(), page.problems());
            assertTrue(h.resource("images/my pic.png").isPresent(), "the image is served by its name");
            assertEquals("Peer Learning é", h.resolveChapterLink("Peer Learning é.html").orElseThrow().chapterId());
        }
    }

    @Test
    void aLinkWrittenComposedFindsAChapterWhoseFileNameIsDecomposed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Peer Learning é", java.text.Normalizer.Form.NFD);
        chapter(decomposed + ".md", "# Peer learning\n");
        chapter("start.md", "# Start\n\n[peers](<Peer Learning é.md>)\n");
        try (Handbook h = Handbooks.open(dir)) {
            RenderedChapter page = h.render("start");
            // The chapter's id is composed (decision 0023), whatever form its file name has.
            assertEquals(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC),
                    Jsoup.parse(page.html()).selectFirst("#chapter a").attr("data-chapter"));
            assertEquals(List.of(), page.problems());
        }
    }

    @Test
    void checkReportsLinkAndImageSyntaxLeftAsTextButNotInCode() throws Exception {
        // A space before a quote ends a destination even in angle brackets: flexmark leaves both as text.
        chapter("broken.md", "# Broken\n\nA [link](<a \"b.md>) and ![an image](<x \"y.png>).\n\n"
                + "`[code](stays.md)` and\n\n    ![indented](code.png)\n");
        try (Handbook h = Handbooks.open(dir)) {
            CheckReport report = Handbooks.check(h);
            List<Problem> left = report.problems().stream()
                    .filter(p -> p.kind() == Problem.Kind.MARKUP_AS_TEXT).toList();
            assertEquals(2, left.size(), left::toString);
            assertTrue(left.get(0).detail().startsWith("link shown as text: [link]("), left.get(0).detail());
            assertTrue(left.get(1).detail().startsWith("image shown as text: ![an image]("), left.get(1).detail());
            assertTrue(report.failed(), "the author has something to fix");
            assertTrue(report.summaryLine().endsWith(", 2 links or images left as text"), report.summaryLine());
        }
    }

    /**
     * Issue 13 retest (m8): a reference link whose label has no definition and a wiki link stay brackets on
     * the page, so check names them; a defined reference link and plain brackets ("[sic]") are not reported.
     */
    @Test
    void checkReportsUndefinedReferenceLinksAndWikiLinks() throws Exception {
        chapter("odd.md", "# Odd\n\nSee [ref][nope], [[wiki link]], [fine][ok] and [sic] here.\n\n[ok]: other.md\n");
        try (Handbook h = Handbooks.open(dir)) {
            List<String> left = Handbooks.check(h).problems().stream()
                    .filter(p -> p.kind() == Problem.Kind.MARKUP_AS_TEXT).map(Problem::detail).toList();
            assertEquals(List.of("reference link with no definition shown as text: [ref][nope]",
                    "wiki link (the reader has no [[...]] links) shown as text: [[wiki link]]"), left);
        }
    }
}
