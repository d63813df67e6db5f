package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peeragogy.reader.content.anchoring.Pages.chapter;
import static org.peeragogy.reader.content.anchoring.Pages.select;

import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;

class AnchoringTest {
    private static final String GARDEN = "<h1 id=\"plots\">Shared plots</h1>\n"
            + "<p id=\"b1\">Neighbours who garden together swap seeds in early spring and compare notes on\n"
            + "which beans climbed the fence fastest.</p>\n"
            + "<p id=\"b2\">The compost heap belongs to everyone, so nobody feels they must turn it alone.</p>\n"
            + "<p id=\"b3\">Rain barrels collect water for the dry weeks of late summer.</p>\n";

    private static void assertPlacedOn(ChapterText t, Placement p, String expected) {
        assertTrue(p.placed(), "placed: " + p);
        assertEquals(expected, t.text().substring(p.start(), p.end()));
    }

    @Test
    void describeKeepsQuoteContextPositionBlockAndFingerprint() {
        ChapterText t = chapter(GARDEN);
        TextAnchor a = select(t, "compost heap");
        assertEquals("compost heap", a.quote().exact());
        assertTrue(t.text().substring(0, a.position().start()).endsWith(a.quote().prefix()));
        assertEquals(32, a.quote().prefix().length());
        assertTrue(a.quote().suffix().startsWith(" belongs to everyone"));
        assertEquals("b2", a.blockId());
        assertEquals(t.fingerprint(), a.fingerprint());
    }

    /** Another tool's bare quote (a W3C TextQuoteSelector alone): fresh tester t38's F5. */
    private static TextAnchor bare(String exact, String prefix, String suffix, int start, int end) {
        return new TextAnchor(new TextQuoteSelector(exact, prefix, suffix), new TextPositionSelector(start, end), "", "");
    }

    @Test
    void wordsThatOccurSeveralTimesWithNothingToChooseBetweenThemAreNotPlacedAtAGuess() {
        ChapterText t = chapter(GARDEN);
        assertEquals(Placement.Kind.ORPHAN, Anchoring.locate(t, bare("the", "", "", 0, 0)).kind(),
                "'the' is in b1 and b3: the first would be a guess");
        assertPlacedOn(t, Anchoring.locate(t, bare("compost", "", "", 0, 0)), "compost"); // once: no doubt
        Placement byContext = Anchoring.locate(t, bare("s", "Neighbours who garden together swap seed", "", 0, 0));
        assertPlacedOn(t, byContext, "s");
        assertTrue(t.text().substring(0, byContext.start()).endsWith("swap seed"), "the prefix chose the place");
        int second = t.text().indexOf("the ", t.text().indexOf("the ") + 1);
        Placement byPosition = Anchoring.locate(t, bare("the", "", "", second, second + 3));
        assertEquals(second, byPosition.start(), "a stored position chooses it");
    }

    @Test
    void unchangedChapterPlacesExactly() {
        ChapterText t = chapter(GARDEN);
        TextAnchor a = select(t, "swap seeds in early spring");
        Placement p = Anchoring.locate(t, a);
        assertEquals(Placement.Kind.EXACT, p.kind());
        assertEquals(a.position().start(), p.start());
        assertEquals(a.position().end(), p.end());
    }

    @Test
    void wordsInsertedBeforeFindTheQuoteAtTheShiftedPlace() {
        TextAnchor a = select(chapter(GARDEN), "compost heap belongs to everyone");
        ChapterText edited = chapter(GARDEN.replace("swap seeds", "happily swap saved seeds"));
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.QUOTE, p.kind());
        assertEquals(a.position().start() + "happily saved ".length(), p.start());
        assertPlacedOn(edited, p, "compost heap belongs to everyone");
    }

    @Test
    void typoFixedInsideTheQuoteIsPlacedFuzzilyAtTheRightPlace() {
        String before = GARDEN.replace("nobody feels", "nobody fels");
        TextAnchor a = select(chapter(before), "so nobody fels they must turn it alone");
        ChapterText edited = chapter(GARDEN);
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.FUZZY, p.kind());
        assertPlacedOn(edited, p, "so nobody feels they must turn it alone");
        assertTrue(p.score() > 0.9 && p.score() < 1, "score " + p.score());
    }

    @Test
    void paragraphMovedToTheEndIsFoundByItsQuote() {
        TextAnchor a = select(chapter(GARDEN), "Neighbours who garden together");
        String moved = GARDEN.replaceFirst("(?s)(<p id=\"b1\">.*?</p>\n)(.*)", "$2$1");
        ChapterText edited = chapter(moved);
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.QUOTE, p.kind());
        assertTrue(p.start() > edited.text().indexOf("Rain barrels"));
        assertPlacedOn(edited, p, "Neighbours who garden together");
    }

    @Test
    void rewrappedLinesAndChangedSpacesStillMatch() {
        ChapterText original = chapter(GARDEN);
        TextAnchor a = select(original, "compare notes on\nwhich beans climbed");
        ChapterText edited = chapter(GARDEN.replace("compare notes on\nwhich", "compare  notes\non which")
                .replace("<h1 id=\"plots\">Shared plots</h1>", "<h1 id=\"plots\">Shared garden plots</h1>"));
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.QUOTE, p.kind());
        assertPlacedOn(edited, p, "compare  notes\non which beans climbed");
    }

    @Test
    void spacingChangeAtTheSamePlaceIsStillExact() {
        TextAnchor a = select(chapter(GARDEN), "compare notes on\nwhich beans");
        ChapterText edited = chapter(GARDEN.replace("notes on\nwhich", "notes on which"));
        assertEquals(Placement.Kind.EXACT, Anchoring.locate(edited, a).kind());
    }

    @Test
    void deletedQuoteIsOrphaned() {
        TextAnchor a = select(chapter(GARDEN), "Rain barrels collect water for the dry weeks of late summer.");
        ChapterText edited = chapter(GARDEN.replaceFirst("<p id=\"b3\">.*</p>\n", ""));
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.ORPHAN, p.kind());
        assertEquals(-1, p.start());
    }

    @Test
    void repeatedQuoteIsPlacedWhereItsContextAgrees() {
        String twice = "<p id=\"b1\">On Mondays we read aloud and then we take notes together.</p>\n"
                + "<p id=\"b2\">On Fridays we sing loudly and then we take notes together.</p>\n";
        ChapterText t = chapter(twice);
        int second = t.text().lastIndexOf("then we take notes");
        TextAnchor a = Anchoring.describe(t, second, second + "then we take notes".length());
        ChapterText edited = chapter("<p id=\"b0\">A new opening line.</p>\n" + twice);
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.QUOTE, p.kind());
        assertEquals(edited.text().lastIndexOf("then we take notes"), p.start());
    }

    @Test
    void selectionAcrossEmphasisAndLinkRoundTrips() {
        ChapterText t = chapter("<p id=\"b1\">Ask <em>the group</em> before you <a href=\"x.html\">edit a page</a> "
                + "that others wrote.</p>\n");
        TextAnchor a = select(t, "the group before you edit a page that");
        assertEquals("b1", a.blockId());
        ChapterText edited = chapter("<p id=\"b1\">Please ask <strong>the group</strong> before you edit "
                + "<a href=\"y.html\">a page</a> that others wrote.</p>\n");
        assertPlacedOn(edited, Anchoring.locate(edited, a), "the group before you edit a page that");
    }

    @Test
    void selectionAcrossTwoParagraphsRoundTrips() {
        ChapterText t = chapter(GARDEN);
        TextAnchor a = select(t, "alone.\nRain barrels");
        assertEquals("b2", a.blockId());
        ChapterText edited = chapter("<p id=\"b0\">Intro.</p>" + GARDEN);
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.QUOTE, p.kind());
        assertPlacedOn(edited, p, "alone.\nRain barrels");
    }

    @Test
    void selectionAcrossListItemsRoundTrips() {
        String list = "<ul id=\"b1\">\n<li id=\"b2\">bring gloves</li>\n<li id=\"b3\">label the trays</li>\n</ul>\n";
        ChapterText t = chapter(list);
        TextAnchor a = select(t, "gloves\nlabel the");
        assertEquals("b2", a.blockId());
        ChapterText edited = chapter("<p id=\"b0\">What to do:</p>\n" + list.replace("\n<li", "<li"));
        assertPlacedOn(edited, Anchoring.locate(edited, a), "gloveslabel the");
    }

    @Test
    void selectionAcrossTableCellsRoundTrips() {
        String table = "<table id=\"b1\">\n<tbody><tr id=\"b2\">\n<td id=\"b3\">Tuesday</td>\n<td id=\"b4\">watering</td>\n"
                + "</tr>\n<tr id=\"b5\">\n<td id=\"b6\">Thursday</td>\n<td id=\"b7\">weeding</td>\n</tr>\n</tbody></table>\n";
        ChapterText t = chapter(table);
        TextAnchor a = select(t, "watering\n\n\nThursday");
        assertEquals("b4", a.blockId());
        ChapterText edited = chapter("<h2 id=\"rota\">Rota</h2>\n" + table);
        assertPlacedOn(edited, Anchoring.locate(edited, a), "watering\n\n\nThursday");
    }

    @Test
    void emptyOrOutOfRangeSelectionIsRejected() {
        ChapterText t = chapter(GARDEN);
        assertThrows(IllegalArgumentException.class, () -> Anchoring.describe(t, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.describe(t, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.describe(t, 4, t.length() + 1));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.describe(t, 9, 3));
    }

    @Test
    void whitespaceOnlySelectionIsRejected() {
        ChapterText t = chapter(GARDEN);
        int gap = t.text().indexOf("\n");
        assertThrows(IllegalArgumentException.class, () -> Anchoring.describe(t, gap, gap + 1));
    }

    @Test
    void findQuoteReportsUniqueMatchWhitespaceInsensitively() {
        ChapterText t = chapter(GARDEN);
        QuoteSearch s = Anchoring.findQuote(t, "compare notes on which   beans");
        assertEquals(1, s.occurrences());
        Placement p = s.match().orElseThrow();
        assertEquals("compare notes on\nwhich beans", t.text().substring(p.start(), p.end()));
    }

    /**
     * Issue 13: in Thai, Lao, Khmer and Burmese a space separates phrases, not words, and search and find in
     * the chapter ignore it between two of their letters; so does a quote, in the chapter and as typed.
     */
    @Test
    void findQuoteIgnoresASpaceBetweenThaiLettersButNotBetweenOthers() {
        ChapterText t = chapter("<p>สมาชิกใหม่ ยินดีต้อนรับเสมอ ภาษาไทยด้วยกัน. Peer learning.</p>");
        assertPlacedOn(t, Anchoring.findQuote(t, "ใหม่ยินดี").match().orElseThrow(), "ใหม่ ยินดี");
        assertPlacedOn(t, Anchoring.findQuote(t, "ภาษา ไทย").match().orElseThrow(), "ภาษาไทย");
        assertPlacedOn(t, Anchoring.findQuote(t, "ต้อนรับ").match().orElseThrow(), "ต้อนรับ");
        assertEquals(0, Anchoring.findQuote(t, "Peerlearning").occurrences());
        // A note on the words keeps its place when an edition takes the phrase space out.
        int at = t.text().indexOf("ใหม่");
        TextAnchor a = Anchoring.describe(t, at, at + "ใหม่ ยินดี".length());
        ChapterText edited = chapter("<p>สมาชิกใหม่ยินดีต้อนรับเสมอ ภาษาไทยด้วยกัน. Peer learning.</p>");
        Placement p = Anchoring.locate(edited, a);
        assertEquals(Placement.Kind.QUOTE, p.kind());
        assertEquals("ใหม่ยินดี", edited.text().substring(p.start(), p.end()));
    }

    /**
     * Issue 13 (m4): the phrase-space rule holds within a block. A quote never runs from one paragraph into
     * the next, and a quote that ends a paragraph does not take the line break after it.
     */
    @Test
    void aThaiOrKhmerQuoteNeverSpansTwoParagraphsNorTakesTheLineBreak() {
        ChapterText t = chapter("<p>រៀងរាល់ថ្ងៃច័ន្ទ</p>\n<p>សិស្សរៀន</p>");
        assertTrue(Anchoring.findQuote(t, "ច័ន្ទសិស្ស").notFound());
        Placement r = Anchoring.findQuote(t, "ថ្ងៃច័ន្ទ").match().orElseThrow();
        assertEquals("ថ្ងៃច័ន្ទ", t.text().substring(r.start(), r.end()));
        // Within a paragraph a quote ending before a dropped phrase space does not take the space either.
        ChapterText u = chapter("<p>สมาชิกใหม่ ยินดีต้อนรับ</p>");
        Placement q = Anchoring.findQuote(u, "สมาชิกใหม่").match().orElseThrow();
        assertEquals("สมาชิกใหม่", u.text().substring(q.start(), q.end()));
    }

    /** Issue 13 (m3): invisible hints in the chapter do not stop a quote typed without them, nor the other way. */
    @Test
    void aQuoteIgnoresZeroWidthSpacesSoftHyphensJoinersAndTatweel() {
        ChapterText t = chapter("<p>ภาษา\u200bไทย, Zusammen\u00adarbeit und الكتـــاب</p>");
        for (String[] c : new String[][] {{"ภาษาไทย", "ภาษา\u200bไทย"}, {"Zusammenarbeit", "Zusammen\u00adarbeit"},
                {"الكتاب", "الكتـــاب"}}) {
            Placement r = Anchoring.findQuote(t, c[0]).match().orElseThrow(() -> new AssertionError(c[0]));
            assertEquals(c[1], t.text().substring(r.start(), r.end()));
        }
    }

    @Test
    void findQuoteSaysNotFound() {
        QuoteSearch s = Anchoring.findQuote(chapter(GARDEN), "tomatoes");
        assertTrue(s.notFound());
        assertTrue(s.match().isEmpty());
        assertEquals("not found", s.toString());
    }

    @Test
    void findQuoteSaysHowOftenAnAmbiguousQuoteOccurs() {
        QuoteSearch s = Anchoring.findQuote(chapter(GARDEN), "the");
        assertTrue(s.ambiguous());
        assertTrue(s.match().isEmpty());
        assertEquals("occurs " + s.occurrences() + " times", s.toString());
    }

    /** Issue 13: Hangul written as conjoining jamo takes a quote typed in composed syllables, and the other way. */
    @Test
    void aKoreanQuoteComposedPlacesInJamoTextAndTheOtherWay() {
        String composed = "한국어 책을 읽었습니다";
        String jamo = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        ChapterText t = chapter("<p>" + jamo + "</p>");
        Placement p = Anchoring.findQuote(t, "책을").match().orElseThrow();
        assertEquals(java.text.Normalizer.normalize("책을", java.text.Normalizer.Form.NFD), t.text().substring(p.start(), p.end()));
        ChapterText u = chapter("<p>" + composed + "</p>");
        Placement q = Anchoring.findQuote(u, java.text.Normalizer.normalize("책을", java.text.Normalizer.Form.NFD))
                .match().orElseThrow();
        assertEquals("책을", u.text().substring(q.start(), q.end()));
    }
}
