package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;

class RealHandbookCheckTest {

    @Test
    void everyChapterFileIsAChapter() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            assertEquals(TestHandbooks.realChapterFiles().size(), h.book().chapters().size());
        }
    }

    @Test
    void noChapterHasABrokenLink() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            CheckReport report = Handbooks.check(h);
            List<Problem> broken = report.problems().stream()
                    .filter(p -> p.kind() == Problem.Kind.BROKEN_LINK).toList();
            assertEquals(List.of(), broken);
        }
    }

    @Test
    void theRealHandbookChecksCleanWithTheUpstreamGapsDeclared() throws Exception {
        // The bundled handbook (see its SOURCE.md) is unchanged upstream text: two chapters point at
        // images that were never committed upstream. The manifest declares them; nothing else may be missing.
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            CheckReport report = Handbooks.check(h);
            assertEquals(0, report.count(Problem.Kind.BROKEN_LINK));
            assertEquals(0, report.count(Problem.Kind.MISSING_IMAGE), () -> report.problems().toString());
            assertFalse(report.failed());
            List<Problem> absent = report.knownAbsent();
            assertEquals(9, absent.size(), absent::toString);
            assertEquals(8, absent.stream().filter(p -> p.chapterId().equals("social-bookmarking")
                    && p.detail().startsWith("Social%20Bookmarking%20%7C%20Peeragogy.org_files/")).count());
            assertEquals(1, absent.stream().filter(p -> p.chapterId().equals("creating_a_guide")
                    && p.detail().startsWith("figures/")).count());
            assertTrue(report.summaryLine().contains(" 0 broken links, 0 missing images, "), report.summaryLine());
        }
    }

    @Test
    void aKnownAbsentImageShowsAVisiblePlaceholder() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            String html = h.render("social-bookmarking").html();
            assertTrue(html.contains("class=\"absent-image\""), "placeholder class");
            assertTrue(html.contains("[image not part of this edition of the handbook: delicious]"), "title text kept");
            assertFalse(html.contains("src=\"book/Social"), "no request for the absent file");
        }
    }

    @Test
    void knownAbsentImagesAreListedButNotCounted() {
        CheckReport report = new CheckReport(1, List.of(
                new Problem("a", Problem.Kind.KNOWN_ABSENT, "figures/x.png")));
        assertEquals("1 chapters, 0 broken links, 0 missing images, 0 unsafe elements removed, "
                + "0 remote references blocked", report.summaryLine());
        assertFalse(report.failed());
        assertEquals("a: image absent from this edition: figures/x.png", report.problems().get(0).toString());
    }

    @Test
    void summaryLineNamesEveryKindOfProblem() {
        CheckReport report = new CheckReport(3, List.of(
                new Problem("a", Problem.Kind.BROKEN_LINK, "x.html"),
                new Problem("a", Problem.Kind.REMOTE_BLOCKED, "http://x/")));
        assertEquals("3 chapters, 1 broken links, 0 missing images, 0 unsafe elements removed, "
                + "1 remote references blocked", report.summaryLine());
        assertTrue(report.failed());
    }
}
