package org.peeragogy.reader.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line starts an HTML block, as flexmark 0.64.8 decides it (its patterns and block tags), for
 * {@link TitleScan}: headings inside HTML blocks are not headings. Stateless.
 */
final class HtmlBlockStart {
    private static final Pattern HTML_RAW = Pattern.compile("<(script|pre|style)(?:[\\s>].*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:[\\s/>].*)?");
    /**
     * Java's regular expressions recurse once per repetition of a group, so a pattern with one is only
     * tried on lines up to this long: the scan runs on the caller's thread and ordinary stack.
     */
    private static final int MAX_TAG_LINE = 2_000;
    private static final Pattern HTML_LONE_TAG = Pattern.compile(
            "(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>"
            + "|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*");
    /** flexmark's {@code Parser.HTML_BLOCK_TAGS}: tags that start an HTML block ending at a blank line. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
            "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "math",
            "menu", "menuitem", "meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section",
            "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    private HtmlBlockStart() {
    }

    /**
     * For a line (indentation removed) that starts an HTML block, the text that ends it ("-->",
     * "</pre>", …), or "" when a blank line ends it; empty when the line starts none. A block of a lone
     * tag ({@code canStartType7}) cannot interrupt a paragraph.
     */
    static Optional<String> end(String c, boolean canStartType7) {
        String lower = c.toLowerCase(Locale.ROOT);
        if (HTML_RAW.matcher(c).matches()) {
            return Optional.of("</" + HTML_RAW.matcher(c).replaceFirst("$1").toLowerCase(Locale.ROOT) + ">");
        } else if (lower.startsWith("<!--")) {
            return Optional.of("-->");
        } else if (lower.startsWith("<?")) {
            return Optional.of("?>");
        } else if (lower.startsWith("<![cdata[")) {
            return Optional.of("]]>");
        } else if (c.length() > 2 && c.startsWith("<!") && c.charAt(2) >= 'A' && c.charAt(2) <= 'Z') {
            return Optional.of(">");
        }
        Matcher tag = HTML_BLOCK_TAG.matcher(c);
        if (tag.matches() && BLOCK_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT))
                || canStartType7 && c.length() <= MAX_TAG_LINE && HTML_LONE_TAG.matcher(c).matches()) {
            return Optional.of("");
        }
        return Optional.empty();
    }
}
