package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;

/** ChapterText of real chapters, rendered as the app renders them. */
class RealChapterTextTest {

    private static List<RenderedChapter> someChapters(Handbook h) throws Exception {
        List<Chapter> all = h.book().chapters();
        List<Chapter> picked = Stream.concat(all.stream().limit(3), all.stream().skip(all.size() / 2).limit(2)).toList();
        List<RenderedChapter> out = new java.util.ArrayList<>();
        for (Chapter c : picked) {
            out.add(h.render(c.id()));
        }
        RenderedChapter largest = null;
        for (Chapter c : all) {
            RenderedChapter r = h.render(c.id());
            if (largest == null || r.html().length() > largest.html().length()) {
                largest = r;
            }
        }
        out.add(largest);
        return out;
    }

    /** A block's own text: its descendant text nodes, computed separately from ChapterText. */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        e.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            }
        });
        return sb.toString();
    }

    @Test
    void eachBlockOffsetPointsAtThatBlocksFirstText() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            for (RenderedChapter r : someChapters(h)) {
                ChapterText t = ChapterText.of(r.html());
                assertTrue(t.length() > 0, r.chapter().id());
                Element article = Jsoup.parse(r.html()).getElementById("chapter");
                int checked = 0;
                for (String id : t.blockIds()) {
                    String own = ownText(article.getElementById(id));
                    int at = t.blockStart(id).orElseThrow();
                    assertTrue(t.text().startsWith(own, at), r.chapter().id() + " #" + id);
                    if (!own.isBlank()) {
                        // The innermost block at the block's first visible character is the block or one inside it.
                        Element block = article.getElementById(id);
                        Element inner = article.getElementById(t.blockAt(at + own.indexOf(own.strip())).orElseThrow());
                        assertTrue(inner == block || inner.parents().contains(block), r.chapter().id() + " #" + id);
                        checked++;
                    }
                }
                assertTrue(checked > 0, r.chapter().id());
            }
        }
    }

    @Test
    void chapterTextIsAllTheArticlesTextNodesAndNoLineEndingCarriageReturns() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            for (RenderedChapter r : someChapters(h)) {
                ChapterText t = ChapterText.of(r.html());
                assertEquals(ownText(Jsoup.parse(r.html()).getElementById("chapter")), t.text(), r.chapter().id());
                assertFalse(t.text().contains("\r"), r.chapter().id());
            }
        }
    }

    @Test
    void renderingTheSameChapterTwiceGivesTheSameFingerprint() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            Chapter c = h.book().chapters().stream().max(Comparator.comparing(Chapter::id)).orElseThrow();
            assertEquals(ChapterText.of(h.render(c.id()).html()).fingerprint(),
                    ChapterText.of(h.render(c.id()).html()).fingerprint());
        }
    }
}
