package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Part;
import org.peeragogy.reader.book.Resource;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * The fixture handbook ({@link TestHandbooks#fixture()}) holds what its comment promises the unit tests, read
 * through the real open-and-render path: reading order and parts from its README, titles from front matter
 * and headings, links of every kind, footnotes, a table, images that are real PNGs, a chapter with only a
 * heading, and nothing broken.
 */
class FixtureHandbookTest {
    private static Handbook handbook;

    @BeforeAll
    static void open() throws Exception {
        handbook = Handbooks.open(TestHandbooks.fixture());
    }

    @AfterAll
    static void close() throws Exception {
        handbook.close();
    }

    private static Element article(String chapterId) throws Exception {
        return Jsoup.parse(handbook.render(chapterId).html()).getElementById("chapter");
    }

    @Test
    void theReadmeGivesTitleIdentityAndReadingOrderAndTheUnlistedChapterComesLast() {
        assertEquals("The Study Circle Handbook", handbook.book().title());
        assertEquals(TestHandbooks.FIXTURE_IDENTITY, handbook.book().identity());
        assertEquals(List.of(ReadingOrder.CHAPTERS, ReadingOrder.MORE),
                handbook.book().parts().stream().map(Part::title).toList());
        assertEquals(List.of("welcome", "gardens", "meetings", "open-questions", "field-trips"),
                handbook.book().chapters().stream().map(Chapter::id).toList());
    }

    @Test
    void titlesComeFromFrontMatterBeforeTheFirstHeading() {
        assertEquals(List.of("Welcome to the circle", "Learning in a shared garden", "Meetings", "Open questions",
                "Field trips"), handbook.book().chapters().stream().map(Chapter::title).toList());
    }

    @Test
    void theWelcomeLinksToChaptersWithAndWithoutAFragmentAndToOneWebPage() throws Exception {
        Elements chapterLinks = article("welcome").select("a[data-chapter]");
        assertEquals(List.of("gardens", "meetings", "open-questions"), chapterLinks.eachAttr("data-chapter"));
        assertEquals("taking-turns", chapterLinks.get(1).attr("data-fragment"));
        assertEquals(List.of("https://example.org/study-circle/reading-list"),
                article("welcome").select("a[data-external]").eachAttr("data-external"));
    }

    @Test
    void theGardenChapterHasAnImageAndTwoFootnotesOneWithAChapterLink() throws Exception {
        Element a = article("gardens");
        assertEquals(List.of("book/images/seedling.png"), a.select("img").eachAttr("src"));
        assertEquals(2, a.select("sup a.footnote-ref").size());
        Elements notes = a.select(".footnotes li");
        assertEquals(2, notes.size());
        assertEquals("meetings", notes.get(1).selectFirst("a[data-chapter]").attr("data-chapter"));
    }

    @Test
    void theMeetingsChapterHasATableOfThreeRolesAndAnImage() throws Exception {
        Element table = article("meetings").selectFirst("table");
        assertNotNull(table);
        assertEquals(List.of("Role", "What it does", "For how long"), table.select("th").eachText());
        assertEquals(List.of("Host", "Notes keeper", "Timekeeper"), table.select("tbody tr > td:first-child").eachText());
        assertEquals(List.of("book/images/room.png"), article("meetings").select("img").eachAttr("src"));
    }

    @Test
    void theImagesAreServedAndAreRealPngs() throws Exception {
        for (String[] image : new String[][] {{"images/seedling.png", "4", "6"}, {"images/room.png", "8", "5"}}) {
            Resource r = handbook.resource(image[0]).orElseThrow(() -> new AssertionError(image[0]));
            assertEquals("image/png", r.mediaType());
            ImageHeader.Info info = ImageHeader.read(r.bytes()).orElseThrow();
            assertEquals(Long.parseLong(image[1]), info.width(), image[0]);
            assertEquals(Long.parseLong(image[2]), info.height(), image[0]);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertNotNull(decoded, image[0] + " decodes");
            assertEquals(Integer.parseInt(image[1]), decoded.getWidth(), image[0]);
        }
    }

    @Test
    void aChapterWithOnlyAHeadingShowsOnlyThatHeading() throws Exception {
        Element a = article("open-questions");
        assertEquals(1, a.children().size(), a::outerHtml);
        assertEquals("h1", a.child(0).normalName());
        assertEquals("Open questions", ChapterText.of(handbook.render("open-questions").html()).text().strip());
    }

    @Test
    void checkFindsNothingWrong() throws Exception {
        CheckReport report = Handbooks.check(handbook);
        assertEquals(5, report.chapters());
        assertEquals(List.of(), report.problems());
    }
}
