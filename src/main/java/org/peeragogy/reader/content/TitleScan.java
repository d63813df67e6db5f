package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private static final Pattern LIST_MARKER = Pattern.compile("([-+*]|\\d{1,9}[.)])(?:[ \\t]+|$)");
    private static final Pattern ATX = Pattern.compile("#{1,6}(?:[ \\t]+(.*))?");
    private static final Pattern ATX_CLOSING = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("(=+|-+)[ \\t]*");
    private static final Pattern FENCE = Pattern.compile("(`{3,}|~{3,})(.*)");
    private TitleScan() {
    }

    /** Front matter {@code title:}, else the first heading's text; empty when there is neither. */
    static Optional<String> title(String markdown) {
        List<String> breaks = new ArrayList<>();
        List<String> lines = lines(markdown, breaks);
        int[] next = {0};
        Optional<String> front = FrontMatter.title(lines, next);
        if (front.isPresent()) {
            return front;
        }
        return new Headings().first(lines, breaks, next[0]);
    }

    /** The lines of the text's first {@link #MAX_CHARS} characters; {@code breaks} gets each one's line break. */
    private static List<String> lines(String text, List<String> breaks) {
        int end = Math.min(text.length(), MAX_CHARS);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                boolean crlf = c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n';
                breaks.add(crlf ? "\r\n" : String.valueOf(c));
                if (crlf) {
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

    /** The block structure needed to tell headings from text that only looks like one. */
    private static final class Headings {
        /** Content columns of the open list items, innermost last. */
        private final Deque<Integer> items = new ArrayDeque<>();
        private String fence;
        /** The block quote depth of the open code or HTML block, and of the open list items. */
        private int blockQuotes = -1;
        private int blockColumn;
        /** This line ends a fenced code block by ending its container. */
        private boolean afterFence;
        /** The last line opened a list item with nothing in it. */
        private boolean emptyItem;
        /** How many list items were open when the paragraph began. */
        private int paragraphItems;
        private int itemQuotes;
        private String htmlEnd;
        private boolean htmlUntilBlank;
        /** Lines of the open paragraph, and the block quote depth and list column it is in. */
        private List<String> paragraph = new ArrayList<>();
        private int paragraphQuotes;
        private int paragraphBase;

        /** The line break before the line being read, as written ("\n", "\r\n" or "\r"). */
        private String separator = "\n";

        Optional<String> first(List<String> lines, List<String> breaks, int from) {
            for (int i = from; i < lines.size(); i++) {
                separator = i == 0 ? "\n" : breaks.get(i - 1);
                Optional<String> h = line(expandLeadingTabs(lines.get(i)));
                if (h.isPresent()) {
                    return h;
                }
            }
            return Optional.empty();
        }

        private Optional<String> line(String raw) {
            afterFence = false;
            // Block quote markers are read by position, never by cutting the line: ">>>> … a" nests a quote per marker.
            int quotes = 0;
            int pos = 0;
            String atBlockDepth = null;
            while (true) {
                if (quotes == blockQuotes || blockQuotes <= 0 && quotes == 0) {
                    atBlockDepth = raw.substring(pos);
                }
                int at = pos;
                while (at < raw.length() && raw.charAt(at) == ' ') {
                    at++;
                }
                if (at - pos <= 3 && at < raw.length() && raw.charAt(at) == '>') {
                    pos = at + 1;
                    if (pos < raw.length() && raw.charAt(pos) == ' ') {
                        pos++;
                    }
                    quotes++;
                } else {
                    break;
                }
            }
            String content = raw.substring(pos);
            if (blockQuotes >= 0 && (quotes < blockQuotes
                    || atBlockDepth != null && !atBlockDepth.isBlank() && indent(atBlockDepth) < blockColumn)) {
                // The block quote or list item holding the code or HTML ended, and the block with it.
                // flexmark then reads this line as text even if it looks like "# Heading".
                afterFence = fence != null;
                fence = null;
                htmlEnd = null;
                htmlUntilBlank = false;
            }
            if (fence != null) {
                String s = content.strip();
                if (quotes == blockQuotes && s.startsWith(fence) && s.chars().allMatch(ch -> ch == fence.charAt(0))) {
                    fence = null;
                }
                return Optional.empty();
            }
            if (htmlEnd != null) {
                if (content.toLowerCase(Locale.ROOT).contains(htmlEnd)) {
                    htmlEnd = null;
                }
                return Optional.empty();
            }
            if (htmlUntilBlank) {
                if (quotes == blockQuotes && content.isBlank()) {
                    htmlUntilBlank = false;
                }
                return Optional.empty();
            }
            if (quotes > 0 && quotes != itemQuotes) {
                popTo(indent(raw)); // a block quote to the left of the open list items ends them
                if (items.size() < paragraphItems) {
                    paragraph.clear(); // and the paragraph in them
                }
            }
            if (content.isBlank()) {
                paragraph.clear();
                if (emptyItem && !items.isEmpty()) {
                    items.pop(); // a list item may start with one blank line only after some text
                }
                emptyItem = false;
                return Optional.empty();
            }
            emptyItem = false;
            if (!paragraph.isEmpty() && quotes > paragraphQuotes) {
                paragraph.clear(); // a block quote starts: it interrupts the paragraph
            }
            boolean open = !paragraph.isEmpty();
            String trimmed = content.strip();
            int indent = indent(content);
            if (open && quotes == paragraphQuotes && indent >= paragraphBase && indent - paragraphBase <= 3
                    && SETEXT.matcher(trimmed).matches()) {
                String text = String.join("", paragraph).strip();
                paragraph.clear();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
            boolean item = false;
            // Markers are read by position, never by cutting the line: "- - - … a" nests a list per marker.
            int last = lastNonSpace(content);
            int breakFrom = breakStart(content);
            int at = indent(content);
            int column = at;
            while (true) {
                Matcher m = LIST_MARKER.matcher(content);
                m.region(at, content.length());
                if (!m.lookingAt() || breakFrom >= 0 && at >= breakFrom) {
                    break;
                }
                boolean empty = m.end() > last;
                String marker = m.group(1);
                boolean ordered = Character.isDigit(marker.charAt(0));
                if (!item && open && quotes == paragraphQuotes && at >= paragraphBase
                        && (empty || ordered && (!marker.startsWith("1") || marker.length() > 2))) {
                    break; // cannot interrupt a paragraph: a continuation line
                }
                if (!item) {
                    popTo(at);
                }
                if (at - base(quotes) >= 4) {
                    break;
                }
                int spaces = m.end() - at - marker.length();
                int width = marker.length() + (empty || spaces > 4 ? 1 : spaces);
                column = at + width;
                items.push(column);
                itemQuotes = quotes;
                item = true;
                open = false;
                paragraph.clear();
                at = Math.min(content.length(), at + width);
                while (at < content.length() && content.charAt(at) == ' ') {
                    at++;
                }
            }
            if (item) {
                content = " ".repeat(column) + content.substring(Math.min(column, content.length()));
            }
            if (item && content.isBlank()) {
                emptyItem = true;
                return Optional.empty(); // an empty list item
            }
            indent = indent(content);
            String c = content.substring(indent);
            if (!item && !open) {
                popTo(quotes, indent);
            }
            int base = base(quotes);
            if (!open && indent - base >= 4) {
                return Optional.empty(); // indented code
            }
            if (indent - base <= 3 || !open) {
                if (isBreak(c)) {
                    paragraph.clear();
                    popTo(quotes, indent);
                    return Optional.empty();
                }
                Matcher atx = ATX.matcher(c);
                if (atx.matches() && !(afterFence && quotes == 0 && !item)) {
                    paragraph.clear();
                    popTo(quotes, indent);
                    String text = atx.group(1) == null ? "" : ATX_CLOSING.matcher(atx.group(1).strip()).replaceFirst("").strip();
                    return text.isEmpty() ? Optional.empty() : Optional.of(text);
                }
                Matcher f = FENCE.matcher(c);
                if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                    fence = f.group(1);
                    blockQuotes = quotes;
                    popTo(quotes, indent);
                    blockColumn = base(quotes);
                    paragraph.clear();
                    return Optional.empty();
                }
                if (c.startsWith("<") && htmlStart(c, !open || quotes != paragraphQuotes || indent < paragraphBase)) {
                    blockQuotes = quotes;
                    popTo(quotes, indent);
                    blockColumn = base(quotes);
                    paragraph.clear();
                    return Optional.empty();
                }
            }
            if (!open) {
                paragraphQuotes = quotes;
                paragraphBase = base;
                paragraphItems = items.size();
                paragraph.add(c.strip());
            } else {
                // flexmark keeps a continuation line's indentation beyond its container's in the heading text,
                // and all of a lazy one's.
                paragraph.add(separator + (indent >= paragraphBase ? content.substring(paragraphBase) : content)
                        .stripTrailing());
            }
            return Optional.empty();
        }

        private boolean htmlStart(String c, boolean canStartType7) {
            Optional<String> end = HtmlBlockStart.end(c, canStartType7);
            if (end.isEmpty()) {
                return false;
            }
            if (end.get().isEmpty()) {
                htmlUntilBlank = true;
            } else if (!c.toLowerCase(Locale.ROOT).substring(1).contains(end.get())) {
                htmlEnd = end.get();
            }
            return true;
        }

        /** The content column of the innermost open list item, when the line is in its block quote. */
        private int base(int quotes) {
            return items.isEmpty() || quotes != itemQuotes ? 0 : items.peek();
        }

        /** Ends the list items a line at {@code indent} in {@code quotes} block quotes is outside of. */
        private void popTo(int quotes, int indent) {
            if (quotes == itemQuotes) {
                popTo(indent);
            }
        }

        private void popTo(int indent) {
            while (!items.isEmpty() && items.peek() > indent) {
                items.pop();
            }
        }

        /** A thematic break: three or more of one of {@code * - _}, nothing else but spaces and tabs. */
        private static boolean isBreak(String c) {
            char mark = 0;
            int count = 0;
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (ch == ' ' || ch == '\t') {
                    continue;
                }
                if (mark == 0 && (ch == '*' || ch == '-' || ch == '_')) {
                    mark = ch;
                }
                if (ch != mark) {
                    return false;
                }
                count++;
            }
            return count >= 3;
        }

        private static int lastNonSpace(String s) {
            int i = s.length() - 1;
            while (i >= 0 && s.charAt(i) == ' ') {
                i--;
            }
            return i;
        }

        /** Where a thematic break ("* * *", "---") that runs to the end of the line begins, or -1. */
        private static int breakStart(String s) {
            int i = lastNonSpace(s);
            if (i < 0) {
                return -1;
            }
            char c = s.charAt(i);
            if (c != '*' && c != '-' && c != '_') {
                return -1;
            }
            int marks = 0;
            int start = -1;
            for (; i >= 0 && (s.charAt(i) == c || s.charAt(i) == ' '); i--) {
                if (s.charAt(i) == c) {
                    marks++;
                    if (marks >= 3) {
                        start = i;
                    }
                }
            }
            return start;
        }

        /** Tabs in the indentation count as four spaces (what the handbook's files need); others stay as text. */
        private static String expandLeadingTabs(String line) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return line.substring(0, i).replace("\t", "    ") + line.substring(i);
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
