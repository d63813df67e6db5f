package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 on the command line: a handbook with chapters that once overflowed the stack or ran for
 * minutes opens, lists, checks, searches and installs; each bad chapter is one line, and no command
 * prints a stack trace.
 */
class PathologicalCommandsTest {
    @TempDir
    Path temp;
    private Path book;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void writeHandbook() throws Exception {
        book = Files.createDirectories(temp.resolve("book"));
        Files.writeString(book.resolve("normal.md"), "# Normal chapter\n\nPeer learners read this one.\n");
        Files.writeString(book.resolve("quotes.md"), "# Quotes\n\n" + ">".repeat(1_000) + " deep\n");
        Files.writeString(book.resolve("ticks.md"), "# Ticks\n\n" + backticks(1_000));
        StringBuilder emphasis = new StringBuilder("# Emphasis\n\n");
        emphasis.append("*a **a ".repeat(1_000)).append('b').append(" a** a*".repeat(1_000)).append('\n');
        Files.writeString(book.resolve("emphasis.md"), emphasis);
        Files.writeString(book.resolve("big.md"), "# Big\n\n" + ("An ordinary paragraph of the kind that fills "
                + "a chapter, repeated until the chapter is far larger than any chapter of the handbook.\n\n").repeat(25_000));
    }

    private static String backticks(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 1; k <= n; k++) {
            b.append('e').append("`".repeat(k));
        }
        return b.append('\n').toString();
    }

    private int run(String... args) throws Options.UsageException {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of("--data-dir", temp.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new);
        int code = Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertFalse(err().contains("\tat ") || err().contains("Exception") || err().contains("Error"), err());
        return code;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void chaptersListsEveryChapterWithItsHeadingAsTitle() throws Exception {
        assertEquals(0, run("--handbook", book.toString(), "chapters"));
        assertEquals(List.of("\tbig\tBig\tChapters", "\temphasis\tEmphasis\tChapters", "\tnormal\tNormal chapter\tChapters",
                "\tquotes\tQuotes\tChapters", "\tticks\tTicks\tChapters"), out().lines().toList());
    }

    @Test
    void checkPrintsOneLinePerBadChapterThenItsSummaryAndFails() throws Exception {
        assertEquals(1, run("--handbook", book.toString(), "check"));
        assertEquals(List.of(
                "big: chapter not shown: it is larger than the reader allows (3.3 MB; the limit is 1 MB)",
                "emphasis: chapter not shown: it is nested more deeply than the reader allows (2,001 levels of HTML "
                        + "elements; the limit is 256)",
                "quotes: chapter not shown: it is nested more deeply than the reader allows (1,000 levels of lists and "
                        + "quotes; the limit is 64)",
                "ticks: chapter not shown: one paragraph holds more unmatched runs of backticks (`) than the reader can "
                        + "pair up in reasonable time",
                org.peeragogy.reader.content.CheckReport.defencesLine(),
                "5 chapters, 0 broken links, 0 missing images, 0 unsafe elements removed, 0 remote references blocked, "
                        + "4 chapters not shown"), out().lines().toList());
    }

    @Test
    void renderPrintsThePageThatSaysWhy() throws Exception {
        assertEquals(0, run("--handbook", book.toString(), "render", "quotes"));
        assertTrue(out().startsWith("<!DOCTYPE html>"), out());
        assertTrue(out().contains("This chapter could not be shown: it is nested more deeply than the reader allows "
                + "(1,000 levels of lists and quotes; the limit is 64). The rest of the book is unaffected."), out());
    }

    @Test
    void searchBuildsItsIndexAndFindsTheOrdinaryChapter() throws Exception {
        assertEquals(0, run("--handbook", book.toString(), "search", "learners"));
        assertTrue(out().startsWith("chapter\tnormal\t"), out());
    }

    @Test
    void addHandbookInstallsItAndNamesTheChaptersItWillNotShow() throws Exception {
        assertEquals(0, run("add-handbook", book.toString()));
        List<String> lines = out().lines().toList();
        assertEquals("handbook-book\tbook\t", lines.get(0)); // no language named
        assertTrue(lines.contains("quotes: chapter not shown: it is nested more deeply than the reader allows "
                + "(1,000 levels of lists and quotes; the limit is 64)"), out());
        assertEquals("3 chapters will show a page saying why instead of the text; the rest of the book is unaffected.",
                lines.get(lines.size() - 1));
        assertEquals(0, run("handbooks"));
        assertTrue(out().startsWith("handbook-book\tbook\t5\t"), out());
    }
}
