package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 retest (m9): a heading's id, the fragment a reader shares, keeps the vowel signs and tone marks
 * of Thai, Lao, Khmer, Burmese and Indic scripts: they are letters there, and headings that differ only by
 * them (ขาว "white", ข่าว "news") must not share an id.
 */
class HeadingIdsTest {
    private static List<String> ids(String markdown) {
        return Jsoup.parse(Markdown.toHtml(Markdown.parse(markdown))).select("h1, h2").eachAttr("id");
    }

    @Test
    void headingIdsKeepTheMarksOfEveryScript() {
        assertEquals(List.of("ห้องสมุดของเรา", "ขาว", "ข่าว", "បណ្ណាល័យ", "စာကြည့်တိုက်", "हिन्दी"),
                ids("# ห้องสมุดของเรา\n\n## ขาว\n\n## ข่าว\n\n## បណ្ណាល័យ\n\n## စာကြည့်တိုက်\n\n## हिन्दी\n"));
        assertEquals(List.of("cafe-au-lait"), ids("# Cafe au lait\n"), "Latin as before");
    }
}
