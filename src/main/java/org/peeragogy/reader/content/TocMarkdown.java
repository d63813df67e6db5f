package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown table of contents ({@code README.md}, {@code SUMMARY.md}) into
 * {@link TableOfContents} events by a scan of its lines, never a parse (a README is a file from
 * anywhere; decision 0011): ATX and setext headings, lines that are only bold, list items with their
 * depth by indentation, and the chapter links in them (inline {@code [text](dest)}, with
 * {@code <dest with spaces>}, reference links, and HTML {@code <a href>}). Fenced code is skipped.
 * Reads at most the first {@link TitleScan#MAX_CHARS} characters; lines are cut at
 * {@link #MAX_LINE} characters; time linear in the text.
 */
final class TocMarkdown {
    static final int MAX_LINE = 4096;
    /** How far a link's text or destination may run: keeps a line of "[[[[…" linear. */
    private static final int MAX_SPAN = 500;

    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");
    private static final Pattern ITEM = Pattern.compile("( *)([-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*))?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern DEFINITION = Pattern.compile(" {0,3}\\[([^\\]]{1,999})\\]:[ \\t]*(<[^>]*>|\\S+).*");
    private static final Pattern BOLD_ONLY = Pattern.compile("(\\*\\*|__)(.+)\\1");
    private static final Pattern HTML_LINK = Pattern.compile("<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE);

    private TocMarkdown() {
    }

    /** The events of a Markdown table of contents; its title is its first heading before any chapter link. */
    static TableOfContents.Toc read(String markdown, ChapterLinks chapters) {
        List<String> lines = lines(markdown);
        Map<String, String> definitions = definitions(lines);
        List<TableOfContents.Event> events = new ArrayList<>();
        Deque<Integer> indents = new ArrayDeque<>();
        String title = "";
        boolean linked = false;
        String fence = null;
        String paragraph = null;
        int[] next = {0};
        FrontMatter.title(lines, next);
        for (int i = next[0]; i < lines.size(); i++) {
            String line = lines.get(i).replace("\t", "    ");
            String trimmed = line.strip();
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                paragraph = null;
                continue;
            }
            if (trimmed.isEmpty()) {
                paragraph = null;
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                String text = Titles.plain(atx.group(2) == null ? "" : atx.group(2));
                events.add(TableOfContents.Event.heading(atx.group(1).length(), TableOfContents.partTitle(text)));
                if (title.isEmpty() && !linked) {
                    title = text;
                }
                indents.clear();
                paragraph = null;
                continue;
            }
            if (paragraph != null && SETEXT.matcher(line).matches()) {
                String text = Titles.plain(paragraph);
                // The paragraph's own links were already read; the heading goes before them.
                int rank = trimmed.startsWith("=") ? 1 : 2;
                events.add(Math.max(0, events.size() - countLinks(paragraph, chapters, definitions)),
                        TableOfContents.Event.heading(rank, TableOfContents.partTitle(text)));
                if (title.isEmpty() && !linked) {
                    title = text;
                }
                paragraph = null;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches() && !isBreak(trimmed)) {
                int indent = item.group(1).length();
                while (!indents.isEmpty() && indents.peek() >= indent) {
                    indents.pop();
                }
                indents.push(indent);
                String text = item.group(3) == null ? "" : item.group(3);
                linked |= addItem(events, indents.size(), text, chapters, definitions);
                paragraph = null;
                continue;
            }
            if (!indents.isEmpty() && line.startsWith(" ")) {
                continue; // a continuation of a list item: its links belong to the item already read
            }
            indents.clear();
            Matcher bold = BOLD_ONLY.matcher(trimmed);
            if (bold.matches() && links(trimmed, chapters, definitions).isEmpty()) {
                events.add(TableOfContents.Event.heading(TableOfContents.CAPTION_RANK,
                        TableOfContents.partTitle(Titles.plain(bold.group(2)))));
                paragraph = null;
                continue;
            }
            for (Link l : links(trimmed, chapters, definitions)) {
                events.add(TableOfContents.Event.link(0, Titles.plain(l.text()), l.chapterId()));
                linked = true;
            }
            paragraph = paragraph == null ? trimmed : paragraph + " " + trimmed;
        }
        return new TableOfContents.Toc(title, List.copyOf(events), "");
    }

    /** Adds a list item's events; true when it links a chapter. */
    private static boolean addItem(List<TableOfContents.Event> events, int depth, String text, ChapterLinks chapters,
                                   Map<String, String> definitions) {
        String t = text.strip();
        List<Link> found = links(t, chapters, definitions);
        Matcher bold = BOLD_ONLY.matcher(t);
        if (bold.matches()) {
            events.add(TableOfContents.Event.group(depth, TableOfContents.partTitle(Titles.plain(bold.group(2))), true));
        } else if (found.isEmpty()) {
            events.add(TableOfContents.Event.group(depth, TableOfContents.partTitle(Titles.plain(t)), false));
        }
        for (Link l : found) {
            events.add(TableOfContents.Event.link(depth, Titles.plain(l.text()), l.chapterId()));
        }
        return !found.isEmpty();
    }

    private record Link(String text, String chapterId) {
    }

    private static int countLinks(String text, ChapterLinks chapters, Map<String, String> definitions) {
        return links(text, chapters, definitions).size();
    }

    /**
     * The chapter links in one line, in order: {@code [text](dest "title")}, {@code [text](<dest>)},
     * {@code [text][ref]}, {@code [text][]}, {@code [ref]} and {@code <a href="dest">text</a>}. Images
     * ({@code ![alt](src)}) are no links.
     */
    private static List<Link> links(String line, ChapterLinks chapters, Map<String, String> definitions) {
        List<Link> out = new ArrayList<>();
        int i = 0;
        int html = htmlLinkStart(line, 0);
        while (i < line.length()) {
            int open = line.indexOf('[', i);
            if (html >= 0 && html < i) {
                html = htmlLinkStart(line, i);
            }
            if (html >= 0 && (open < 0 || html < open)) {
                Matcher m = HTML_LINK.matcher(line).region(html, line.length());
                if (m.lookingAt()) {
                    chapters.chapterOf(m.group(1)).ifPresent(id -> out.add(new Link(m.group(2), id)));
                    i = m.end();
                } else {
                    i = html + 2;
                }
                continue;
            }
            if (open < 0) {
                break;
            }
            int close = closingBracket(line, open);
            if (close < 0) {
                break;
            }
            boolean image = open > 0 && line.charAt(open - 1) == '!';
            String text = line.substring(open + 1, close);
            Optional<String> dest = Optional.empty();
            int end = close + 1;
            if (end < line.length() && line.charAt(end) == '(') {
                int stop = destinationEnd(line, end + 1);
                if (stop > 0) {
                    dest = Optional.of(destination(line.substring(end + 1, stop)));
                    end = stop + 1;
                }
            } else if (end < line.length() && line.charAt(end) == '[') {
                int stop = line.indexOf(']', end);
                if (stop > 0) {
                    String ref = line.substring(end + 1, stop);
                    dest = Optional.ofNullable(definitions.get(norm(ref.isEmpty() ? text : ref)));
                    end = stop + 1;
                }
            } else {
                dest = Optional.ofNullable(definitions.get(norm(text)));
            }
            if (!image && dest.isPresent()) {
                chapters.chapterOf(dest.get()).ifPresent(id -> out.add(new Link(text, id)));
                i = end;
            } else {
                // Look inside: a bold or image-wrapped link's own brackets come next.
                i = image && dest.isPresent() ? end : open + 1;
            }
        }
        return out;
    }

    private static int closingBracket(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length() && i - open <= MAX_SPAN; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the "(...)" of an inline link closes: after {@code <...>} if it starts so, else at the balancing ")". */
    private static int destinationEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '<') {
            int gt = s.indexOf('>', i);
            return gt < 0 ? -1 : s.indexOf(')', gt);
        }
        int depth = 0;
        for (; i < s.length() && i - from <= MAX_SPAN; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The destination of "dest", "dest 'title'" or "<dest with spaces> 'title'". */
    private static String destination(String inside) {
        String s = inside.strip();
        if (s.startsWith("<")) {
            int gt = s.indexOf('>');
            return gt < 0 ? s : s.substring(1, gt);
        }
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static Map<String, String> definitions(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            Matcher m = DEFINITION.matcher(line);
            if (m.matches()) {
                String dest = m.group(2);
                out.putIfAbsent(norm(m.group(1)), dest.startsWith("<") ? dest.substring(1, dest.length() - 1) : dest);
            }
        }
        return out;
    }

    private static String norm(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isBreak(String trimmed) {
        return trimmed.replace(" ", "").matches("([-*_])\\1{2,}");
    }

    private static int htmlLinkStart(String s, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, "<a", 0, 2) && i + 2 < s.length() && Character.isWhitespace(s.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(String text) {
        String t = text.length() > TitleScan.MAX_CHARS ? text.substring(0, TitleScan.MAX_CHARS) : text;
        List<String> out = new ArrayList<>();
        for (String line : t.split("\r\n|\r|\n", -1)) {
            out.add(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
        }
        return out;
    }
}
