package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

class HostileChapterTest {
    private static Handbook handbook;
    private static RenderedChapter rendered;
    private static String html;
    private static Element article;

    @BeforeAll
    static void render() throws Exception {
        handbook = Handbooks.open(TestHandbooks.fixture("hostile"));
        rendered = handbook.render("hostile");
        html = rendered.html();
        Document doc = Jsoup.parse(html);
        article = doc.getElementById("chapter");
    }

    @AfterAll
    static void close() throws Exception {
        handbook.close();
    }

    @Test
    void theOnlyScriptIsTheReadersOwn() {
        Pattern script = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
        long count = script.matcher(html).results().count();
        assertEquals(1, count, html);
        assertTrue(html.contains("<script src=\"/_app/reader.js\"></script>"));
    }

    @Test
    void noEventHandlerAttributeSurvives() {
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), html);
    }

    @Test
    void noDangerousSchemeSurvivesInAnyAttribute() {
        for (Element el : article.getAllElements()) {
            for (Attribute attr : el.attributes()) {
                String v = Links.compact(attr.getValue());
                for (String bad : List.of("javascript:", "vbscript:", "data:", "file:")) {
                    assertFalse(v.contains(bad), () -> el.outerHtml());
                }
            }
        }
    }

    @Test
    void noRemoteAddressIsLeftInTheBody() {
        assertFalse(article.outerHtml().contains("127.0.0.1"), article::outerHtml);
        assertFalse(article.outerHtml().toLowerCase(Locale.ROOT).contains("url("), article::outerHtml);
    }

    @Test
    void droppedElementsAreGoneWithTheirContent() {
        assertTrue(article.select("script, svg, meta, base, iframe, object, embed, form, input, button, link, style")
                .isEmpty(), article::outerHtml);
        assertFalse(article.text().contains("alert("), article::text);
    }

    @Test
    void everyDangerousLinkIsInertButKeepsItsText() {
        Element link = article.select("a.inert").stream()
                .filter(a -> a.text().equals("decimal entity")).findFirst().orElseThrow();
        assertFalse(link.hasAttr("href"));
        // flexmark already drops the href of the Markdown-syntax javascript: link; the ten raw ones are ours.
        assertEquals(10, article.select("a.inert").size(), article::outerHtml);
        assertTrue(article.text().contains("markdown link"));
    }

    @Test
    void removalsAndBlockedReferencesAreCounted() {
        // 10 inert links, 1 onclick, 1 onerror, 1 style attribute, 1 data: image, and the dropped
        // script, svg, meta, base, iframe, object, embed, form, link, style elements.
        assertEquals(24, rendered.count(Problem.Kind.UNSAFE_REMOVED), rendered.problems()::toString);
        assertEquals(1, rendered.count(Problem.Kind.REMOTE_BLOCKED));
        assertEquals(1, rendered.count(Problem.Kind.MISSING_IMAGE));
    }

    @Test
    void aRemoteImageBecomesALabelledPlaceholder() {
        Element span = article.selectFirst("span.remote-image");
        assertEquals("[image: a remote picture]", span.text());
        assertEquals("Not loaded: the reader never uses the network", span.attr("title"));
    }

    @Test
    void harmlessStyleAndOldMarkupKeepTheirEffectOrText() {
        assertTrue(article.select("p[style]").stream().anyMatch(p -> p.attr("style").equals("color: green")));
        assertTrue(article.text().contains("Old-fashioned markup keeps its words."));
        assertTrue(article.select("center, font").isEmpty());
    }

    @Test
    void aChapterLinkWithAnEventHandlerStaysAChapterLinkWithoutIt() {
        Element next = article.selectFirst("a[data-chapter=second]");
        assertEquals("second.html#top", next.attr("href"));
        assertFalse(next.hasAttr("onclick"));
    }
}
