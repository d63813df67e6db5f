package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

class LinksAndTextTest {

    /** A two-chapter handbook whose first chapter holds one paragraph of the given Markdown. */
    private static Path book(Path dir, String markdown) throws IOException {
        Files.writeString(dir.resolve("start.md"), "---\ntitle: Start\n---\n\n" + markdown + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wiki.md"), "---\ntitle: Wiki\n---\n\n# Wiki\n\n## History\n\nText.\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private static Element firstLinkOrSpan(RenderedChapter r) {
        return Jsoup.parse(r.html()).getElementById("chapter").selectFirst("a, span.broken-link");
    }

    private static RenderedChapter render(Path dir, String markdown) throws Exception {
        try (Handbook h = Handbooks.open(book(dir, markdown))) {
            return h.render("start");
        }
    }

    @Test
    void chapterLinkWithFragmentStaysInsideTheApp(@TempDir Path dir) throws Exception {
        Element a = firstLinkOrSpan(render(dir, "See [the wiki](./wiki.html#history)."));
        assertEquals("wiki.html#history", a.attr("href"));
        assertEquals("wiki", a.attr("data-chapter"));
        assertEquals("history", a.attr("data-fragment"));
    }

    @Test
    void markdownFileLinkNamesTheChapter(@TempDir Path dir) throws Exception {
        Element a = firstLinkOrSpan(render(dir, "See [the wiki](wiki.md)."));
        assertEquals("wiki.html", a.attr("href"));
        assertEquals("wiki", a.attr("data-chapter"));
    }

    @Test
    void oldGithubSiteAddressNamesTheChapter(@TempDir Path dir) throws Exception {
        Element a = firstLinkOrSpan(render(dir, "See <http://peeragogy.github.io/wiki.html>."));
        assertEquals("wiki", a.attr("data-chapter"));
        assertEquals("wiki.html", a.attr("href"));
    }

    @Test
    void peeragogyOrgAddressEndingInAChapterTitleNamesTheChapter(@TempDir Path dir) throws Exception {
        Element a = firstLinkOrSpan(render(dir, "See [it](http://peeragogy.org/technologies/wiki/)."));
        assertEquals("wiki", a.attr("data-chapter"));
    }

    @Test
    void peeragogyOrgAliasFromTheManifestNamesTheChapter() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            assertEquals(Optional.of(new Handbook.Link("pattern-carrying", null)), h.resolveChapterLink(
                    "http://peeragogy.org/patterns-usecases/patterns-and-heuristics/carrying-capacity/"));
        }
    }

    @Test
    void unknownRelativeChapterLinkIsReportedAndShownAsText(@TempDir Path dir) throws Exception {
        RenderedChapter r = render(dir, "See [nowhere](./nowhere.html).");
        Element span = firstLinkOrSpan(r);
        assertEquals("span", span.normalName());
        assertEquals("nowhere", span.text());
        assertEquals(1, r.count(Problem.Kind.BROKEN_LINK));
    }

    @Test
    void unknownGithubSiteChapterIsBroken(@TempDir Path dir) throws Exception {
        RenderedChapter r = render(dir, "See [gone](http://peeragogy.github.io/gone.html).");
        assertEquals(1, r.count(Problem.Kind.BROKEN_LINK));
    }

    @Test
    void webLinkIsMarkedExternal(@TempDir Path dir) throws Exception {
        Element a = firstLinkOrSpan(render(dir, "See [example](https://example.org/page?q=1)."));
        assertEquals("https://example.org/page?q=1", a.attr("data-external"));
        assertTrue(a.hasClass("external"));
    }

    @Test
    void fragmentLinkStaysAsItIs(@TempDir Path dir) throws Exception {
        Element a = firstLinkOrSpan(render(dir, "See [below](#below)."));
        assertEquals("#below", a.attr("href"));
        assertTrue(a.attributes().size() == 1, a::outerHtml);
    }

    @Test
    void resolveChapterLinkAgreesWithTheRenderedPage(@TempDir Path dir) throws Exception {
        try (Handbook h = Handbooks.open(book(dir, "x"))) {
            assertEquals(Optional.of(new Handbook.Link("wiki", "history")), h.resolveChapterLink("wiki.html#history"));
            assertEquals(Optional.empty(), h.resolveChapterLink("https://example.org/wiki.html"));
        }
    }

    @Test
    void bracketedReferencesStayReadable(@TempDir Path dir) throws Exception {
        RenderedChapter r = render(dir, "As shown before [1] and again [2, 3].");
        assertTrue(Jsoup.parse(r.html()).text().contains("As shown before [1] and again [2, 3]."), r.html());
    }

    @Test
    void emojiSurviveAsRealCharacters() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture("emoji"))) {
            String html = h.render("seedlings").html();
            assertTrue(html.contains("slowly \uD83C\uDF31 but"), html);
            assertTrue(html.contains("<title>Seedlings \uD83C\uDF31</title>"), html);
        }
    }

    @Test
    void localImageIsServedFromTheBookFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/leaf one.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        RenderedChapter r = render(dir, "![a leaf](images/leaf%20one.png)");
        Element img = Jsoup.parse(r.html()).selectFirst("img");
        assertEquals("book/images/leaf%20one.png", img.attr("src"));
        assertEquals("a leaf", img.attr("alt"));
    }

    @Test
    void resourcesAreServedButNeverOutsideTheHandbook(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        try (Handbook h = Handbooks.open(book(dir, "x"))) {
            assertEquals("image/png", h.resource("images/a.png").orElseThrow().mediaType());
            assertTrue(h.resource("../secret.png").isEmpty());
            assertTrue(h.resource("images/../../secret.png").isEmpty());
            assertTrue(h.resource("images/none.png").isEmpty());
        }
    }

    @Test
    void onlyImagesWhoseBytesMatchTheirNameAreServed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("images"));
        // A chapter that is at once Markdown and JavaScript, and files posing as images or pages.
        Files.writeString(dir.resolve("images/script.png"), "alert(1)//");
        Files.writeString(dir.resolve("images/page.html"), "<script>alert(1)</script>");
        Files.writeString(dir.resolve("images/drawing.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        Files.write(dir.resolve("images/real.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0});
        Files.write(dir.resolve("images/gif.png"), "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        try (Handbook h = Handbooks.open(book(dir, "x"))) {
            assertTrue(h.resource("x.md").isEmpty(), "a chapter's source is never served");
            assertTrue(h.resource("images/script.png").isEmpty(), "text named .png");
            assertTrue(h.resource("images/page.html").isEmpty());
            assertTrue(h.resource("images/drawing.svg").isEmpty());
            assertTrue(h.resource("images/gif.png").isEmpty(), "a GIF named .png is not what it says");
            assertEquals("image/jpeg", h.resource("images/real.jpg").orElseThrow().mediaType());
        }
    }

    @Test
    void theGuideOpensFromTheClasspath() throws Exception {
        try (Handbook guide = Handbooks.guide()) {
            assertTrue(guide.isGuide());
            assertEquals(4, guide.book().chapters().size());
            CheckReport report = Handbooks.check(guide);
            assertEquals(0, report.problems().stream().filter(p -> p.kind() != Problem.Kind.UNSAFE_REMOVED
                    && p.kind() != Problem.Kind.REMOTE_BLOCKED).count(), report.problems()::toString);
        }
    }
}
