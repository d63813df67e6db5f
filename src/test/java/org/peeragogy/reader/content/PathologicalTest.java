package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * Each kind of {@link Pathological} chapter, at a size that is quick here (the benchmark takes them to
 * 50,000), beside an ordinary chapter: the handbook opens, lists both, renders the bad one as its page
 * or as a page saying it is not shown, and the ordinary chapter, {@code check} and search passages keep
 * working.
 */
class PathologicalTest {
    /** Quick here, and past every limit for the kinds that have one (the benchmark shows where each breaks). */
    private static final int SIZE = 1_000;
    private static final String NORMAL = "# Normal chapter\n\nAn ordinary chapter with *emphasis* and a [link](bad.md).\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Pathological.Kind.class)
    void aBadChapterNeverTakesTheBookDown(Pathological.Kind kind) throws Exception {
        int n = kind == Pathological.Kind.HUGE ? 10_000 : SIZE; // 2.6 MB: over the size limit
        Files.writeString(dir.resolve("bad.md"), kind.markdown(n), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("normal.md"), NORMAL, StandardCharsets.UTF_8);
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("bad", "normal"), h.book().chapters().stream().map(Chapter::id).toList());
            assertEquals("Normal chapter", h.book().chapter("normal").orElseThrow().title());

            RenderedChapter bad = h.render("bad");
            Element article = Jsoup.parse(bad.html()).getElementById("chapter");
            assertTrue(article != null, "a whole page, with the reader's article");
            List<Problem> notShown = bad.problems().stream().filter(p -> p.kind() == Problem.Kind.NOT_SHOWN).toList();
            if (notShown.isEmpty()) {
                assertFalse(article.text().contains("could not be shown"), kind::name);
            } else {
                assertEquals(1, bad.problems().size(), bad.problems()::toString);
                assertTrue(article.text().startsWith("This chapter could not be shown: " + notShown.get(0).detail()),
                        article::text);
                assertTrue(article.text().endsWith("The rest of the book is unaffected."), article::text);
            }

            RenderedChapter normal = h.render("normal");
            assertTrue(normal.html().contains("An ordinary chapter with <em>emphasis</em>"), normal::html);
            assertEquals(List.of(), normal.problems());

            CheckReport report = Handbooks.check(h);
            assertEquals(notShown, report.problems().stream().filter(p -> p.kind() == Problem.Kind.NOT_SHOWN).toList());
            assertEquals(notShown.isEmpty() ? "" : ", 1 chapters not shown",
                    report.summaryLine().replaceFirst("^.*remote references blocked", ""));

            SearchUnits units = SearchUnits.of(h);
            List<IndexedUnit> badUnits = units.units(h.book().chapter("bad").orElseThrow());
            assertTrue(notShown.isEmpty() || badUnits.isEmpty(), "a chapter not shown has no passages");
            assertTrue(units.units(h.book().chapter("normal").orElseThrow()).stream()
                    .anyMatch(u -> u.text().contains("An ordinary chapter")));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Pathological.Kind.class, names = {"DEEP_LIST", "DEEP_BLOCKQUOTE", "DEEP_HTML_LIST", "DEEP_DIV",
        "BACKTICKS", "NESTED_EMPHASIS", "REFERENCE_EXPANSION", "HUGE"})
    void theKindsThatBrokeTheReaderAreNotShown(Pathological.Kind kind) throws Exception {
        try (Handbook h = open(kind)) {
            RenderedChapter bad = h.render("bad");
            assertEquals(1, bad.count(Problem.Kind.NOT_SHOWN), bad.problems()::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Pathological.Kind.class, names = {"DEEP_LIST", "DEEP_BLOCKQUOTE", "BACKTICKS", "LINK_OPENERS",
        "HUGE"})
    void theQuickScreenFindsWhatRenderingRefusesBeforeParsing(Pathological.Kind kind) throws Exception {
        try (Handbook h = open(kind)) {
            assertEquals(h.render("bad").problems(), Handbooks.screen(h));
        }
    }

    private Handbook open(Pathological.Kind kind) throws Exception {
        int n = switch (kind) {
            case HUGE -> 10_000;
            case LINK_OPENERS -> 6_000;
            default -> SIZE;
        };
        Files.writeString(dir.resolve("bad.md"), kind.markdown(n), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("normal.md"), NORMAL, StandardCharsets.UTF_8);
        return Handbooks.open(dir);
    }
}
