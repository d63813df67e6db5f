package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.content.Handbooks;

/**
 * Notes made before the renderer separated words at line breaks and superscripts (issue 13, content.WordGaps)
 * still place on the new text: the gaps move the offsets after them, so the stored positions no longer hold
 * the quotes, and the quote (whitespace collapsed) or the approximate match must find them, none lost.
 */
class NotesBeforeWordGapsTest {
    /** What anchoring counts as white space (Normalized.isSpace). */
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\uFEFF]+";

    /**
     * The page as it was rendered before: no hidden gap spans, no newline right after a {@code <br>}. (Markdown's
     * own hard breaks had that newline before too; taking it away here as well only makes the old text differ
     * more from the new, a harder case.)
     */
    static String withoutGaps(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("span.word-gap").remove();
        for (Element br : doc.select("br")) {
            Node next = br.nextSibling();
            if (next instanceof TextNode t && t.getWholeText().startsWith("\n")) {
                t.text(t.getWholeText().substring(1));
            }
        }
        return doc.outerHtml();
    }

    /** Places notes made on the old text in the new one; returns how many changed their text at all. */
    private static int placeAll(String chapterId, String html, Random random, List<String> lost) {
        ChapterText before = ChapterText.of(withoutGaps(html));
        ChapterText after = ChapterText.of(html);
        if (before.text().equals(after.text())) {
            return 0;
        }
        for (int i = 0; i < 40 && before.length() > 60; i++) {
            int start = random.nextInt(before.length() - 50);
            int end = start + 8 + random.nextInt(40);
            if (Normalized.collapse(before.text().substring(start, end)).isEmpty()) {
                continue;
            }
            TextAnchor a = Anchoring.describe(before, start, end);
            Placement p = Anchoring.locate(after, a);
            String want = a.quote().exact().replaceAll(SPACE, "");
            if (p.kind() == Placement.Kind.ORPHAN
                    || !after.text().substring(p.start(), p.end()).replaceAll(SPACE, "").equals(want)) {
                lost.add(chapterId + " " + start + ".." + end + " \"" + a.quote().exact() + "\" -> " + p);
            }
        }
        return 1;
    }

    @Test
    void notesOnTheFixturesOldTextPlaceOnTheNewText() throws Exception {
        List<String> lost = new ArrayList<>();
        try (Handbook h = Handbooks.open(TestHandbooks.fixture("scripts"))) {
            String html = h.render("breaks").html();
            assertEquals(1, placeAll("breaks", html, new Random(1), lost));
            // The quote a reader chose before the gaps, across the footnote reference, finds its place.
            ChapterText before = ChapterText.of(withoutGaps(html));
            int at = before.text().indexOf("some text1. The");
            TextAnchor a = Anchoring.describe(before, at, at + "some text1. The".length());
            Placement p = Anchoring.locate(ChapterText.of(html), a);
            assertEquals("some text 1. The", ChapterText.of(html).text().substring(p.start(), p.end()), p.toString());
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void notesOnEveryRealChaptersOldTextPlaceOnTheNewText() throws Exception {
        List<String> lost = new ArrayList<>();
        int changed = 0;
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            Random random = new Random(13);
            for (Chapter c : h.book().chapters()) {
                changed += placeAll(c.id(), h.render(c.id()).html(), random, lost);
            }
        }
        assertTrue(changed > 10, "chapters whose text the gaps changed: " + changed);
        assertEquals(List.of(), lost);
    }
}
