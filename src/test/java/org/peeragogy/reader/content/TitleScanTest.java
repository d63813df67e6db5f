package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.TestHandbooks;

/** Titles by a scan of lines give what a full flexmark parse gave ({@link ParsedTitle}), without the parse. */
class TitleScanTest {
    /** Lines that make and break headings, mixed at random into small documents. */
    private static final String[] LINES = {"# Title", "## Sub title ##", "#Not", "####### seven", "Para text",
        "more text", "===", "---", "- item", "* item", "1. one", "2. two", "> quote", "> # Quoted", ">", "", "",
        "```", "~~~", "    indented", "  two spaces", "<div>", "</div>", "<!--", "-->", "<span>x</span>", "***",
        "- # in list", "  # indented heading", "   ===", "\ttab", "title: x", "[a]: /url", "| a | b |", "|---|---|",
        "Setext *em*", "- - item", "  - nested", "    - deep", "#", "# #", ">> deep", "> - q item", "  > q",
        "> ===", "Title\r", "<pre>", "</pre>", "```js", "- ```", "  ```", "<?php", "?>", "1) paren", "+ plus", "-",
        "  ---", "Text with \\# hash", "# Heading #not", "#\ttab heading", "Ünïcødé title", "<div class=\"x\">",
        "<DIV>", "    # code heading"};

    @Test
    void everyChapterOfTheRealHandbookGetsTheTitleAFullParseGave() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestHandbooks.real())) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 60, files::toString);
        for (Path file : files) {
            String md = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertEquals(ParsedTitle.of(md), TitleScan.title(md), file::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void generatedDocumentsGetTheTitleAFullParseGives(long seed) {
        Random random = new Random(seed);
        List<String> different = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(5) == 0) {
                b.append("---\n").append(random.nextBoolean() ? "title: T1\n" : "x: y\n")
                        .append(random.nextBoolean() ? "---\n" : "");
            }
            for (int l = 1 + random.nextInt(6); l > 0; l--) {
                b.append(LINES[random.nextInt(LINES.length)]).append('\n');
            }
            String md = b.toString();
            if (!ParsedTitle.of(md).equals(TitleScan.title(md))) {
                different.add(md);
            }
        }
        assertEquals(List.of(), different);
    }

    @Test
    void frontMatterTitleWinsOverHeadingsAndLosesItsQuotes() {
        assertEquals(Optional.of("Peer learning"), TitleScan.title("---\ntitle: \"Peer learning\"\n---\n# Other\n"));
        assertEquals(Optional.of("Last"), TitleScan.title("---\ntitle: First\ntitle: Last\n---\n"));
        assertEquals(Optional.of("Listed"), TitleScan.title("---\ntitle:\n  - Listed\n  - Second\n---\n"));
        assertEquals(Optional.of("Heading"), TitleScan.title("---\ntitle: ''\n---\nHeading\n=======\n"));
        assertEquals(Optional.of("Heading"), TitleScan.title("---\n---\n\n# Heading #\n"));
    }

    @Test
    void headingsInCodeCommentsOrBeyondTheFrontMatterThatNeverEndsAreNotTitles() {
        assertEquals(Optional.of("Real"), TitleScan.title("```\n# Not a title\n```\n\n# Real\n"));
        assertEquals(Optional.of("Real"), TitleScan.title("<!--\n# Not a title\n-->\n\nReal\n----\n"));
        assertEquals(Optional.empty(), TitleScan.title("    # indented code\n"));
        assertEquals(Optional.empty(), TitleScan.title("---\ntitle: \n# Not a title\n"));
    }

    @Test
    void headingsInsideQuotesAndListsCountAsTheParseFoundThem() {
        assertEquals(Optional.of("Quoted"), TitleScan.title("> ## Quoted\n"));
        assertEquals(Optional.of("In a list"), TitleScan.title("- item\n\n  # In a list\n"));
        assertEquals(Optional.of("Two\nlines"), TitleScan.title("Two\nlines\n===\n"));
    }

    @Test
    void aTitleBeyondTheScannedStartIsNotLookedFor() {
        String far = "text\n\n".repeat(TitleScan.MAX_CHARS / 6 + 1) + "# Far\n";
        assertEquals(Optional.empty(), TitleScan.title(far));
        assertEquals(Optional.of("Near"), TitleScan.title("# Near\n" + far));
    }

    @Test
    void aLineOfManyNestedListMarkersOrQuotesStillGivesItsHeading() {
        assertEquals(Optional.of("Deep"), TitleScan.title("- ".repeat(100_000) + "# Deep\n"));
        assertEquals(Optional.of("Quoted"), TitleScan.title(">".repeat(100_000) + " # Quoted\n"));
    }

    @Test
    void longLinesThatWouldOverflowARegularExpressionAreReadOnTheOrdinaryStack() {
        assertEquals(Optional.of("After"), TitleScan.title("* ".repeat(100_000) + "\n\n# After\n"));
        assertEquals(Optional.of("After"), TitleScan.title("<a" + " b".repeat(100_000) + ">\n\n# After\n"));
    }
}
