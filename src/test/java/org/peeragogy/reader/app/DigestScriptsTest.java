package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;

/**
 * The digest beyond Latin text and plain threads (issue 15, fresh tester's F27): letters DejaVu Sans lacks are drawn
 * in a system font that has them (Thai: fonts-tlwg-garuda-ttf, installed by .ci/run) and are in the PDF's text
 * (pdftotext), and the letters no font here has are named in words instead of turning into "#" silently.
 */
class DigestScriptsTest {
    @TempDir
    Path tmp;

    private static Digest digest(String by, String question, List<Digest.Item> replies) {
        List<Digest.Item> items = new java.util.ArrayList<>();
        items.add(new Digest.Item(0, question, "", by, 1, false));
        items.addAll(replies);
        Digest.ChapterDigest chapter = new Digest.ChapterDigest("wiki", "Wiki", 1, 0, 1,
                List.of(new Digest.Thread(items)), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Digest("Handbook", "en", Instant.parse("2026-11-30T10:00:00Z"), 1, List.of(by), List.of(chapter),
                List.of(), DigestFixture.ENGLISH);
    }

    static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, text);
        return text;
    }

    /** Whether fontconfig knows a font for this language (then the PDF must draw it). */
    private static boolean fontFor(String lang) throws Exception {
        Process p = new ProcessBuilder("fc-list", ":lang=" + lang, "file").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && out.contains(".ttf");
    }

    @Test
    void thaiIsDrawnInASystemFontAndLettersNoFontHasAreNamedNotTurnedIntoHashes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(fontFor("th"),
                "no Thai font (apt-get install fonts-tlwg-garuda-ttf, as .ci/run does)");
        Path pdf = tmp.resolve("intl.pdf");
        String said = Digests.write(digest("สมชาย", "ภาษาไทย 这是 😀", List.of()), Digests.Format.PDF, pdf);
        String text = pdftotext(pdf);
        assertTrue(text.contains("ภาษาไทย"), "the Thai question is in the PDF's text\n" + text);
        assertTrue(text.contains("สมชาย"), "the asker's Thai name is in the PDF's text\n" + text);
        if (fontFor("zh")) {
            assertTrue(text.contains("这是"), text);
        } else {
            assertTrue(said.contains("这") && said.contains("是") && said.contains("could not be drawn in the PDF")
                    && said.contains("The HTML digest shows them"), said);
            assertFalse(said.contains("ภ"), "Thai was drawn, so it is not named: " + said);
        }
        assertTrue(said.contains("😀") || text.contains("😀"), "an emoji is drawn or named: " + said);
    }

    @Test
    void aDigestThatEveryLetterOfIsDrawnSaysNothingMore() throws Exception {
        Path pdf = tmp.resolve("latin.pdf");
        assertEquals("", Digests.write(digest("Ana", "Why a wiki?", List.of()), Digests.Format.PDF, pdf));
        assertTrue(pdftotext(pdf).contains("Why a wiki?"));
    }

    /**
     * F1: a RIGHT-TO-LEFT OVERRIDE in a note's text reversed the author's name after it. Each person's text is
     * isolated: its own {@code <bdi>} in the HTML, FSI…PDI (U+2068/U+2069) in the Markdown.
     */
    @Test
    void aDirectionOverrideInANoteCannotReorderTheNameAfterIt() throws Exception {
        Digest d = digest("Dana", "Q and \u202eRTL override", List.of());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(org.peeragogy.reader.digest.DigestHtml.write(d));
        org.jsoup.nodes.Element li = html.selectFirst("ul.thread li");
        assertEquals(List.of("Q and \u202eRTL override", "Dana"), li.select("bdi").eachText(), li.outerHtml());
        String md = org.peeragogy.reader.digest.DigestMarkdown.write(d);
        assertTrue(md.contains("- \u2068Q and \u202eRTL override\u2069 (\u2068Dana\u2069, +1)"), md);
    }

    /**
     * F28: a chain of 300 replies indented the HTML by 600em and put the PDF's replies off the page. Indentation
     * stops at six levels; deeper replies say whom they reply to, and every one is in the PDF's text.
     */
    @Test
    void aDeepThreadStopsIndentingAtSixLevelsAndEveryReplyIsInThePdf() throws Exception {
        List<Digest.Item> replies = new java.util.ArrayList<>();
        for (int k = 1; k <= 300; k++) {
            replies.add(new Digest.Item(k, "deep " + k, "", "P" + k, 0, false));
        }
        Digest d = digest("Ana", "Why?", replies);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(org.peeragogy.reader.digest.DigestHtml.write(d));
        List<String> margins = html.select("ul.thread li").eachAttr("style");
        assertEquals(301, margins.size());
        assertEquals("margin-left: 12em", margins.get(300), "the deepest reply is set in six levels, no more");
        assertEquals("↳ reply to P299: deep 300 (P300)", html.select("ul.thread li").get(300).text());
        String md = org.peeragogy.reader.digest.DigestMarkdown.write(d);
        assertTrue(md.contains("\n            - ↳ reply to \u2068P299\u2069: \u2068deep 300\u2069"), md);
        Path pdf = tmp.resolve("deep.pdf");
        Digests.write(d, Digests.Format.PDF, pdf);
        String text = org.peeragogy.reader.app.MarkdownExportSafetyTest.squash(pdftotext(pdf));
        for (int k = 1; k <= 300; k++) {
            assertTrue(text.contains("deep " + k + " "), "reply " + k + " is in the PDF's text");
        }
    }
}
