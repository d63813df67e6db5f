package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter's title read by a scan over its lines, without parsing the Markdown: front matter
 * {@code title:}, else the first ATX ({@code # Title}) or setext ({@code Title} underlined with
 * {@code =} or {@code -}) heading outside code and HTML blocks, also inside block quotes and list
 * items. Opening a handbook needs every chapter's title, and a full parse of one hostile chapter can
 * take minutes or overflow the stack (issue 9); this takes time linear in the text and reads at most
 * its first {@link #MAX_CHARS} characters.
 *
 * <p>It follows what flexmark 0.64.8 with the YAML front matter extension finds (front matter only at
 * the start of the document, the last {@code title:} key wins, its first value, quotes removed), and
 * gives the same title as that parse for every chapter of the Peeragogy Handbook
 * ({@code TitleScanTest}). Rare constructions it reads differently: a heading after a link reference
 * definition that is underlined, headings inside tables, and lazy continuation lines more than one
 * container deep.
 */
final class TitleScan {
    /** A title further in than this (256 KiB of text, 5 times the handbook's longest chapter) is not looked for. */
    static final int MAX_CHARS = 256 * 1024;

    private static final Pattern FRONT_BEGIN = Pattern.compile("-{3}(\\s.*)?");
    private static final Pattern FRONT_END = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");
    private static final Pattern FRONT_KEY = Pattern.compile("[ ]{0,3}([A-Za-z0-9_\\-.]+):\\s*(.*)");
    private static final Pattern FRONT_LIST = Pattern.compile("[ ]+-\\s*(.*)");
    private static final Pattern LIST_MARKER = Pattern.compile("([-+*]|\\d{1,9}[.)])(?:[ \\t]+|$)");
    private static final Pattern ATX = Pattern.compile("(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT = Pattern.compile("(=+|-+)[ \\t]*");
    private static final Pattern FENCE = Pattern.compile("(`{3,}|~{3,})(.*)");
    private static final Pattern BREAK = Pattern.compile("(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})");
    private static final Pattern HTML_RAW = Pattern.compile("<(script|pre|style|textarea)(?:[\\s>].*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:[\\s/>].*)?");
    private static final Pattern HTML_LONE_TAG = Pattern.compile(
            "(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>"
            + "|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
            "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
            "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section", "source",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    private TitleScan() {
    }

    /** Front matter {@code title:}, else the first heading's text; empty when there is neither. */
    static Optional<String> title(String markdown) {
        List<String> lines = lines(markdown);
        int[] next = {0};
        Optional<String> front = frontMatterTitle(lines, next);
        if (front.isPresent()) {
            return front;
        }
        return new Headings().first(lines, next[0]);
    }

    private static List<String> lines(String text) {
        int end = Math.min(text.length(), MAX_CHARS);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < end) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** Reads front matter when the first non-blank line opens it; {@code next[0]} becomes the line after it. */
    private static Optional<String> frontMatterTitle(List<String> lines, int[] next) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !FRONT_BEGIN.matcher(lines.get(i)).matches()) {
            next[0] = 0;
            return Optional.empty();
        }
        List<String> title = null;
        String key = null;
        List<String> values = null;
        boolean literal = false;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FRONT_END.matcher(line).matches()) {
                if ("title".equals(key)) {
                    title = values;
                }
                next[0] = i + 1;
                if (title == null || title.isEmpty()) {
                    return Optional.empty();
                }
                String t = unquote(title.get(0).strip());
                return t.isEmpty() ? Optional.empty() : Optional.of(t);
            }
            Matcher m = FRONT_KEY.matcher(line);
            if (m.matches()) {
                if ("title".equals(key)) {
                    title = values;
                }
                key = m.group(1);
                values = new ArrayList<>();
                literal = m.group(2).equals("|");
                if (!literal && !m.group(2).isEmpty()) {
                    values.add(m.group(2));
                }
            } else if (values != null && literal) {
                String v = line.strip();
                if (values.size() == 1) {
                    values.set(0, values.get(0) + "\n" + v);
                } else {
                    values.add(v);
                }
            } else if (values != null) {
                Matcher item = FRONT_LIST.matcher(line);
                if (item.matches()) {
                    values.add(item.group(1));
                }
            }
        }
        // Never closed: everything is front matter, so there is no heading either.
        next[0] = lines.size();
        return Optional.empty();
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** The block structure needed to tell headings from text that only looks like one. */
    private static final class Headings {
        /** Content columns of the open list items, innermost last. */
        private final Deque<Integer> items = new ArrayDeque<>();
        private String fence;
        private String htmlEnd;
        private boolean htmlUntilBlank;
        /** Lines of the open paragraph, and the block quote depth and list column it is in. */
        private List<String> paragraph = new ArrayList<>();
        private int paragraphQuotes;
        private int paragraphBase;

        Optional<String> first(List<String> lines, int from) {
            for (int i = from; i < lines.size(); i++) {
                Optional<String> h = line(lines.get(i).replace("\t", "    "));
                if (h.isPresent()) {
                    return h;
                }
            }
            return Optional.empty();
        }

        private Optional<String> line(String raw) {
            int quotes = 0;
            String content = raw;
            while (true) {
                int at = indent(content);
                if (at <= 3 && at < content.length() && content.charAt(at) == '>') {
                    content = content.substring(at + 1);
                    if (content.startsWith(" ")) {
                        content = content.substring(1);
                    }
                    quotes++;
                } else {
                    break;
                }
            }
            if (fence != null) {
                String s = content.strip();
                if (s.startsWith(fence) && s.chars().allMatch(ch -> ch == fence.charAt(0))) {
                    fence = null;
                }
                return Optional.empty();
            }
            if (content.isBlank()) {
                paragraph.clear();
                htmlUntilBlank = false;
                return Optional.empty();
            }
            if (htmlEnd != null) {
                if (content.toLowerCase(Locale.ROOT).contains(htmlEnd)) {
                    htmlEnd = null;
                }
                return Optional.empty();
            }
            if (htmlUntilBlank) {
                return Optional.empty();
            }
            boolean open = !paragraph.isEmpty();
            String trimmed = content.strip();
            int indent = indent(content);
            if (open && quotes == paragraphQuotes && indent >= paragraphBase && indent - paragraphBase <= 3
                    && SETEXT.matcher(trimmed).matches()) {
                String text = String.join("\n", paragraph).strip();
                paragraph.clear();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
            boolean item = false;
            while (true) {
                int at = indent(content);
                Matcher m = LIST_MARKER.matcher(content);
                m.region(at, content.length());
                if (!m.lookingAt() || BREAK.matcher(content.substring(at)).matches()) {
                    break;
                }
                boolean empty = content.substring(m.end()).isBlank();
                String marker = m.group(1);
                if (!item && open && (empty || Character.isDigit(marker.charAt(0)) && !marker.startsWith("1")
                        || Character.isDigit(marker.charAt(0)) && marker.length() > 2)) {
                    break; // cannot interrupt a paragraph: a continuation line
                }
                if (!item) {
                    popTo(at);
                }
                if (at - base() >= 4) {
                    break;
                }
                int spaces = m.end() - at - marker.length();
                int column = empty || spaces > 4 ? at + marker.length() + 1 : m.end();
                content = " ".repeat(column) + content.substring(Math.min(content.length(), at + marker.length()
                        + (empty || spaces > 4 ? 1 : spaces)));
                items.push(column);
                item = true;
                open = false;
                paragraph.clear();
            }
            indent = indent(content);
            String c = content.substring(indent);
            if (!item && !open) {
                popTo(indent);
            }
            int base = base();
            if (!open && indent - base >= 4) {
                return Optional.empty(); // indented code
            }
            if (indent - base <= 3 || !open) {
                if (BREAK.matcher(c).matches()) {
                    paragraph.clear();
                    return Optional.empty();
                }
                Matcher atx = ATX.matcher(c);
                if (atx.matches()) {
                    paragraph.clear();
                    String text = atx.group(2) == null ? "" : atx.group(2).strip();
                    return text.isEmpty() ? Optional.empty() : Optional.of(text);
                }
                Matcher f = FENCE.matcher(c);
                if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                    fence = f.group(1);
                    paragraph.clear();
                    return Optional.empty();
                }
                if (c.startsWith("<") && htmlStart(c, !open)) {
                    paragraph.clear();
                    return Optional.empty();
                }
            }
            if (!open) {
                paragraphQuotes = quotes;
                paragraphBase = base;
            }
            paragraph.add(c.strip());
            return Optional.empty();
        }

        private boolean htmlStart(String c, boolean canStartType7) {
            String lower = c.toLowerCase(Locale.ROOT);
            String end = null;
            if (HTML_RAW.matcher(c).matches()) {
                String tag = HTML_RAW.matcher(c).replaceFirst("$1").toLowerCase(Locale.ROOT);
                end = "</" + tag + ">";
            } else if (lower.startsWith("<!--")) {
                end = "-->";
            } else if (lower.startsWith("<?")) {
                end = "?>";
            } else if (lower.startsWith("<![cdata[")) {
                end = "]]>";
            } else if (lower.length() > 2 && lower.startsWith("<!") && Character.isLetter(lower.charAt(2))) {
                end = ">";
            }
            if (end != null) {
                if (!lower.substring(1).contains(end)) {
                    htmlEnd = end;
                }
                return true;
            }
            Matcher tag = HTML_BLOCK_TAG.matcher(c);
            if (tag.matches() && BLOCK_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT))
                    || canStartType7 && HTML_LONE_TAG.matcher(c).matches()) {
                htmlUntilBlank = true;
                return true;
            }
            return false;
        }

        private int base() {
            return items.isEmpty() ? 0 : items.peek();
        }

        private void popTo(int indent) {
            while (!items.isEmpty() && items.peek() > indent) {
                items.pop();
            }
        }

        private static int indent(String s) {
            int i = 0;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
    }
}
