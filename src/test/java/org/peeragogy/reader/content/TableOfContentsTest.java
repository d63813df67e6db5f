package org.peeragogy.reader.content;

import org.peeragogy.reader.TestHandbooks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Part;

/**
 * Reading order, parts and titles from what a folder says (issue 13): tables of contents written as a
 * README with full repository addresses, an mdBook/GitBook SUMMARY.md, an index.html; titles that are
 * never markup or a bare file name; a file holding the whole book kept out of the order. Each fixture
 * is a small handbook written here.
 */
class TableOfContentsTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(Book b) {
        return b.chapters().stream().map(Chapter::id).toList();
    }

    private static List<String> parts(Book b) {
        return b.parts().stream().map(Part::title).toList();
    }

    private static Chapter chapter(Book b, String id) {
        return b.chapter(id).orElseThrow();
    }

    @Test
    void aReadmeListOfFullRepositoryAddressesGivesOrderPartsAndTitles() throws Exception {
        write("en-md/welcome.md", "Some words without a heading.\n");
        write("en-md/seeds.md", "# Sowing seeds\n\nText.\n");
        write("en-md/soil.md", "Plain text.\n");
        write("en-md/harvest.md", "Plain text.\n");
        write("en-md/extra.md", "# An extra\n");
        write("README.md", """
                # The Garden Book

                - [Welcome](https://github.com/OWNER/REPO/blob/master/en-md/welcome.md)
                - Growing
                  - [Seeds, the first step](https://github.com/OWNER/REPO/blob/master/en-md/seeds.md)
                  - [Good soil](https://example.org/some/other/prefix/soil.md#top)
                - Reaping
                  - [The harvest](http://gitlab.example/x/raw/main/en-md/harvest.md)
                """);
        try (Handbook h = Handbooks.open(dir)) {
            Book b = h.book();
            assertEquals(List.of("welcome", "seeds", "soil", "harvest", "extra"), ids(b));
            assertEquals(List.of("", "Growing", "Reaping", "More chapters"), parts(b));
            assertEquals("Growing", chapter(b, "soil").part());
            // The link text titles a chapter without a heading; a chapter's own heading wins over it.
            assertEquals("Welcome", chapter(b, "welcome").title());
            assertEquals("Good soil", chapter(b, "soil").title());
            assertEquals("Sowing seeds", chapter(b, "seeds").title());
            assertEquals("The Garden Book", b.title());
        }
    }

    @Test
    void boldItemsInAFlatListArePartHeadings() throws Exception {
        for (String n : List.of("a", "b", "c", "d")) {
            write(n + ".md", "# Chapter " + n.toUpperCase() + "\n");
        }
        write("README.md", """
                # Book

                * [Start here](a.md)
                * **Part one:**
                * [B](b.md)
                * [C](c.md)
                * __Part two__
                * [D](d.md)
                """);
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("", "Part one", "Part two"), parts(h.book()));
            assertEquals(List.of("a", "b", "c", "d"), ids(h.book()));
            assertEquals("Part one", chapter(h.book(), "c").part());
        }
    }

    @Test
    void aChapterAfterAPartStaysAfterIt() throws Exception {
        for (String n : List.of("foreword", "one", "afterword")) {
            write(n + ".md", "# " + n + "\n");
        }
        write("README.md", "- [F](foreword.md)\n- Part I\n  - [1](one.md)\n- [A](afterword.md)\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("foreword", "one", "afterword"), ids(h.book()));
            assertEquals(List.of("", "Part I", ""), parts(h.book()));
        }
    }

    @Test
    void aTitleIsNeverMarkupAFragmentOrABareFileName() throws Exception {
        // Each first line would be a setext heading: an image, a fragment, and markup around words.
        write("banner.md", "![image](images/banner.png)\n---\n\nText.\n");
        write("part-one.md", "Part I.\n===\n\nText.\n");
        write("marked.md", "# **Bold** and [linked](other.md) `code`\n");
        write("carrying_capacity.md", "Only text here.\n");
        write("03-first-steps.md", "Only text here.\n");
        write("README.md", "- [Our banner](banner.md)\n");
        try (Handbook h = Handbooks.open(dir)) {
            Book b = h.book();
            assertEquals("Our banner", chapter(b, "banner").title(), "the table of contents' link text");
            assertEquals("Part one", chapter(b, "part-one").title(), "the file name made readable");
            assertEquals("Bold and linked code", chapter(b, "marked").title());
            assertEquals("Carrying capacity", chapter(b, "carrying_capacity").title());
            assertEquals("First steps", chapter(b, "03-first-steps").title());
        }
    }

    @Test
    void aFileHoldingTheWholeBookIsKeptOutOfTheOrderAndListedLast() throws Exception {
        String one = "# One\n\nThe first chapter has a long sentence that is its own.\n\nAnd a second long line of it here.\n";
        String two = "# Two\n\nThe second chapter speaks of other things entirely.\n\nWith more words in one more line.\n";
        write("one.md", one);
        write("two.md", two);
        write("ALL.md", one + "\n" + two);
        // A chapter and its copy are not a whole book: each has only one other source.
        write("two-copy.md", two);
        write("README.md", "- [Everything](ALL.md)\n- [One](one.md)\n- [Two](two.md)\n");
        try (Handbook h = Handbooks.open(dir)) {
            Book b = h.book();
            assertEquals(List.of("one", "two", "two-copy", "ALL"), ids(b));
            Chapter all = chapter(b, "ALL");
            assertEquals("More chapters", all.part());
            assertEquals(ReadingOrder.WHOLE_BOOK, all.title());
            assertEquals("Two", chapter(b, "two-copy").title());
        }
    }

    @Test
    void anMdBookSummaryGivesPrefixChaptersPartsAndNesting() throws Exception {
        for (String n : List.of("intro", "sowing", "watering", "weeds", "reaping", "thanks")) {
            write("src/" + n + ".md", "Text of " + n + ".\n");
        }
        write("src/SUMMARY.md", """
                # Summary

                [Introduction](intro.md)

                # Growing

                - [Sowing](sowing.md)
                    - [Watering](watering.md)
                    - [Weeds](weeds.md)

                ---

                # Reaping

                1. [Reaping](reaping.md)

                [Thanks](thanks.md)
                """);
        // mdBook keeps SUMMARY.md in src/; the reader looks for it at the root.
        Files.move(dir.resolve("src/SUMMARY.md"), dir.resolve("SUMMARY.md"));
        try (Handbook h = Handbooks.open(dir)) {
            Book b = h.book();
            assertEquals(List.of("intro", "sowing", "watering", "weeds", "reaping", "thanks"), ids(b));
            assertEquals(List.of("", "Growing", "Reaping"), parts(b));
            assertEquals("Watering", chapter(b, "watering").title());
            assertTrue(b.chapter("SUMMARY").isEmpty(), "the table of contents is no chapter");
        }
    }

    @Test
    void aGitBookSummaryWithContentsHeadingAboveItsParts() throws Exception {
        for (String n : List.of("preface", "a", "b")) {
            write(n + ".md", "Words.\n");
        }
        write("SUMMARY.md", """
                # My GitBook

                ## Contents

                * [Preface](preface.md)

                ### Part A

                * [1. First](a.md)

                ### Part B

                * [2. Second](b.md)
                """);
        try (Handbook h = Handbooks.open(dir)) {
            Book b = h.book();
            assertEquals(List.of("", "Part A", "Part B"), parts(b));
            assertEquals("1", chapter(b, "a").number());
            assertEquals("First", chapter(b, "a").title());
            assertEquals("My GitBook", b.title());
        }
    }

    @Test
    void anIndexHtmlWithNestedListsAndCaptions() throws Exception {
        for (String n : List.of("front", "a", "b", "c")) {
            write(n + ".md", "Words.\n");
        }
        write("index.html", """
                <html lang="pt-BR"><head><title>Livro</title></head><body>
                <h1>Livro</h1>
                <ol><li><a href="./front.html">Abertura</a></li></ol>
                <ul><li><b>Primeira parte:</b></li>
                <li><a href="a.html">1. Um</a></li></ul>
                <ul><li>Segunda parte
                  <ul><li><a href="https://example.org/livro/b.html">2.1 Dois</a></li>
                      <li><a href="c.html">2.2 Tres</a></li></ul></li></ul>
                </body></html>
                """);
        try (Handbook h = Handbooks.open(dir)) {
            Book b = h.book();
            assertEquals(List.of("front", "a", "b", "c"), ids(b));
            assertEquals(List.of("", "Primeira parte", "Segunda parte"), parts(b));
            assertEquals("2.1", chapter(b, "b").number());
            assertEquals("Dois", chapter(b, "b").title());
            assertEquals("pt-BR", b.language(), "the page's own lang");
        }
    }

    @Test
    void anAngleBracketLinkAndADecomposedFileNameStillPlaceTheChapter() throws Exception {
        String composed = "Peer Learning é";
        write(Normalizer.normalize(composed, Normalizer.Form.NFD) + ".md", "Words.\n");
        write("first.md", "Words.\n");
        write("README.md", "- [First](first.md)\n- [Peer learning](<" + composed + ".md>)\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("first", composed), ids(h.book()), "the id is composed (decision 0023)");
            assertEquals("Chapters", h.book().chapters().get(1).part());
            assertEquals("Peer learning", h.book().chapters().get(1).title());
        }
    }

    /**
     * The real handbook's index.html (captions before lists: {@code <span class="part">}), read by these
     * rules alone, gives the parts, order and numbers our manifest copied from it; the chapters it does
     * not list follow under "More chapters" in both (the manifest orders those by hand).
     */
    @Test
    void theRealIndexHtmlGivesTheManifestsPartsOrderAndNumbers() throws Exception {
        try (OpenHandbook withManifest = (OpenHandbook) Handbooks.open(TestHandbooks.real());
             OpenHandbook fromIndex = OpenHandbook.open(new FolderSource(TestHandbooks.real()), Optional.empty(), false)) {
            Book manifest = withManifest.book();
            Book index = fromIndex.book();
            assertEquals(parts(manifest), parts(index));
            List<Chapter> listed = manifest.chapters().stream().filter(c -> !c.part().equals("More chapters")).toList();
            List<Chapter> fromToc = index.chapters().subList(0, listed.size());
            assertEquals(listed.stream().map(Chapter::id).toList(), fromToc.stream().map(Chapter::id).toList());
            assertEquals(listed.stream().map(Chapter::number).toList(), fromToc.stream().map(Chapter::number).toList());
            assertEquals(List.copyOf(new java.util.TreeSet<>(ids(manifest))), List.copyOf(new java.util.TreeSet<>(ids(index))));
            assertFalse(index.chapters().stream().anyMatch(c -> c.title().equals(ReadingOrder.WHOLE_BOOK)),
                    "no chapter of the real handbook holds the whole book");
        }
    }

    @Test
    void aHostileReadmeIsReadInLinearTime() throws Exception {
        write("a.md", "# A\n");
        write("README.md", "- " + "[".repeat(200_000) + "\n" + "<a ".repeat(50_000) + "\n- [A](a.md)\n");
        long start = System.nanoTime();
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("a"), ids(h.book()));
        }
        // Generous: a quadratic scan of these lines takes minutes.
        assertTrue(System.nanoTime() - start < 20_000_000_000L);
    }
}
