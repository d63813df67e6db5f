package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A file that concatenates other chapters is found whatever its line ends and spacing, as the comparison has always
 * read lines: stripped at both ends ({@link String#strip}: any Unicode white space) and runs of {@code [ \t\u000B\f]}
 * inside made one space ({@code \s+}). It no longer makes a string per line (issue 17: 19 MB allocated on the way
 * to the first chapter), so these pin what it means.
 */
class WholeBookTest {
    private static final String ONE = """
            Peer learning begins with a question that nobody in the room can answer alone.
            The group agrees on what it wants to learn and how it will know it has.
            Each member brings something: a skill, a source, a story of what went wrong.
            """;
    private static final String TWO = """
            A wrapper keeps the conversation moving by summarising what was said so far.
            The role rotates, so that nobody becomes the group's permanent memory.
            Summaries are short, written down, and shared where everyone can find them.
            """;

    private static Set<String> detect(String all) {
        WholeBook book = new WholeBook();
        book.add("one", ONE.getBytes(StandardCharsets.UTF_8));
        book.add("two", TWO.getBytes(StandardCharsets.UTF_8));
        book.add("all", all.getBytes(StandardCharsets.UTF_8));
        return book.detect();
    }

    @Test
    void aFileOfTheChaptersIsFoundWithOtherLineEndsAndSpacing() {
        // CR LF and lone CR line ends, tabs, vertical tabs, form feeds and runs of spaces inside a line, and Unicode
        // spaces (em space, ideographic space, a no-break space is not one of them) at the ends of lines.
        String all = ("\u2003" + ONE.replace(" ", " \t ").replace("\n", "\r\n") + "\u3000\r"
                + TWO.replace("the", "the\u000B\f  ").replace("\n", "  \u2003\n"));
        assertEquals(Set.of("all"), detect(all));
    }

    @Test
    void aSpaceThatIsNotAsciiInsideALineMakesItAnotherLine() {
        // \s matches ASCII white space only: an ideographic space between words is text, not spacing, so these
        // lines are not the chapters' lines and the file is a chapter of its own.
        String all = ONE.replace(" ", "\u3000") + TWO.replace(" ", "\u3000");
        assertEquals(Set.of(), detect(all));
    }

    @Test
    void aChapterWithTheLinesOfOnlyOneOtherIsNotTheWholeBook() {
        assertEquals(Set.of(), detect(ONE + "\nA closing line written for this file alone, long enough to count.\n"));
    }
}
