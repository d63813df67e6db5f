package org.peeragogy.reader.content;

import java.util.function.IntFunction;

/**
 * Chapters that are hard for Markdown and HTML parsers, each at a chosen size {@code n}. The kinds
 * are those of cmark's pathological tests (cmark's {@code test/pathological_tests.py} lists them:
 * deeply nested lists and block quotes, nested emphasis and brackets, runs of backticks, many link
 * reference definitions, unclosed comments, {@code ![[]()} repeated and the like); the code here is
 * our own. Added kinds: nested raw HTML lists and divs, which reach our sanitiser's tree walk, a wide
 * table, and an ordinary but very large chapter.
 *
 * <p>{@code n} counts repetitions of each kind's unit, so the text grows linearly with {@code n}
 * except for {@link Kind#BACKTICKS}, whose runs grow in length (1, 2, … n backticks: n²/2 characters,
 * as in cmark's test).
 */
final class Pathological {
    private Pathological() {
    }

    enum Kind {
        /** n list items, each indented two spaces more than the one before: n levels of lists. */
        DEEP_LIST(n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append("  ".repeat(i)).append("* a\n");
            }
            return b.toString();
        }),
        /** n {@code >} markers on one line: n block quotes, one inside the other. */
        DEEP_BLOCKQUOTE(n -> ">".repeat(n) + " a\n"),
        /** n raw {@code <ul><li>} opened and closed: only HTML parsing and our sanitiser see the depth. */
        DEEP_HTML_LIST(n -> "<div>\n" + "<ul><li>".repeat(n) + "a" + "</li></ul>".repeat(n) + "\n</div>\n"),
        /** n nested raw {@code <div>}s. */
        DEEP_DIV(n -> "<div>" + "<div>".repeat(n) + "a" + "</div>".repeat(n) + "</div>\n"),
        /** "e" then a run of k backticks, for k = 1 … n: no run has a matching closer. */
        BACKTICKS(n -> {
            StringBuilder b = new StringBuilder();
            for (int k = 1; k <= n; k++) {
                b.append('e').append("`".repeat(k));
            }
            return b.append('\n').toString();
        }),
        /** n link reference definitions, then a paragraph using each of them. */
        LINK_REFERENCES(n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append('[').append(i).append("]: u").append(i).append('\n');
            }
            b.append('\n');
            for (int i = 0; i < n; i++) {
                b.append('[').append(i).append("] ");
            }
            return b.append('\n').toString();
        }),
        /** A paragraph of n lines, each opening an HTML comment that is never closed. */
        UNCLOSED_COMMENTS(n -> "a <!-- b\n".repeat(n)),
        /** An HTML comment block opened and never closed, followed by n lines. */
        UNCLOSED_COMMENT_BLOCK(n -> "<!--\n" + "a line of text\n".repeat(n)),
        /** {@code ![[]()} n times: image openers and empty links. */
        IMAGE_BRACKETS(n -> "![[]()".repeat(n) + "\n"),
        /** {@code *a **a } n times, "b", then the closers in reverse: 2n nested emphases. */
        NESTED_EMPHASIS(n -> "*a **a ".repeat(n) + "b" + " a** a*".repeat(n) + "\n"),
        /** n {@code [}, "a", n {@code ]}: brackets nested n deep. */
        NESTED_BRACKETS(n -> "[".repeat(n) + "a" + "]".repeat(n) + "\n"),
        /** n link openers that never close. */
        LINK_OPENERS(n -> "[a".repeat(n) + "\n"),
        /** n link closers without openers. */
        LINK_CLOSERS(n -> "a]".repeat(n) + "\n"),
        /** {@code [ (](} n times. */
        BRACKET_PARENS(n -> "[ (](".repeat(n) + "\n"),
        /** {@code [a](<b} n times: link destinations that never close. */
        UNCLOSED_LINKS(n -> "[a](<b".repeat(n) + "\n"),
        /** {@code *a_ } n times: emphasis openers and closers that never match. */
        MISMATCHED_EMPHASIS(n -> "*a_ ".repeat(n) + "\n"),
        /** {@code _a } n times: emphasis openers without closers. */
        EMPHASIS_OPENERS(n -> "_a ".repeat(n) + "\n"),
        /** n runs of 1 to 7 stars, each before a letter: openers and closers of every length. */
        STAR_RUNS(n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append("*".repeat(i % 7 + 1)).append("a ");
            }
            return b.append('\n').toString();
        }),
        /** "a**b" then {@code c* } n times: runs whose lengths add up to multiples of 3. */
        EMPHASIS_MULTIPLE_OF_3(n -> "a**b" + "c* ".repeat(n) + "\n"),
        /** Typographic quotes nested n deep: {@code "a 'a } n times, then the closers. */
        NESTED_QUOTES(n -> "\"a 'a ".repeat(n) + "b" + " a' a\"".repeat(n) + "\n"),
        /** n footnote references in one paragraph, then their n definitions. */
        FOOTNOTES(n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append("a[^").append(i).append("] ");
            }
            b.append("\n\n");
            for (int i = 0; i < n; i++) {
                b.append("[^").append(i).append("]: note ").append(i).append('\n');
            }
            return b.toString();
        }),
        /** n bare web addresses in one paragraph, for the autolink extension. */
        AUTOLINKS(n -> "www.example.org/a_b ".repeat(n) + "\n"),
        /** n inline tags that never close, {@code <a href="} n times. */
        UNCLOSED_TAGS(n -> "<a href=\"x ".repeat(n) + "\n"),
        /** One link reference definition with a 10,000-character destination, used n times. */
        REFERENCE_EXPANSION(n -> "[r]: /" + "x".repeat(10_000) + "\n\n" + "[r] ".repeat(n) + "\n"),
        /** A table n columns wide with 20 rows. */
        WIDE_TABLE(n -> {
            StringBuilder b = new StringBuilder();
            b.append("| a ".repeat(n)).append("|\n").append("|---".repeat(n)).append("|\n");
            for (int r = 0; r < 20; r++) {
                b.append("| x ".repeat(n)).append("|\n");
            }
            return b.toString();
        }),
        /** Ordinary Markdown, n blocks of about 400 bytes: 50,000 blocks make a 20 MB chapter. */
        HUGE(n -> {
            StringBuilder b = new StringBuilder(n * 420);
            for (int i = 0; i < n; i++) {
                if (i % 50 == 0) {
                    b.append("## Section ").append(i / 50).append("\n\n");
                }
                b.append("Peer learning is *learning* together, with [links](other.md) and `code`; "
                        + "this paragraph is ordinary text that repeats so that the chapter grows large. "
                        + "Nothing in it is deep or unusual, only the length of the whole. A reader would "
                        + "find it long but plain: sentences, a little emphasis, a list, now and then a "
                        + "heading, and so on for as many pages as the chapter has.\n\n"
                        + "- one item\n- another item with **bold** text\n\n");
            }
            return b.toString();
        });

        private final IntFunction<String> generator;

        Kind(IntFunction<String> generator) {
            this.generator = generator;
        }

        /** The chapter's Markdown at size {@code n}. */
        String markdown(int n) {
            return generator.apply(n);
        }
    }
}
