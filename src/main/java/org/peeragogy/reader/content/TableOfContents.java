package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handbook's own table of contents (an {@code index.html}, a {@code SUMMARY.md} as mdBook and GitBook
 * write it, or a {@code README.md}), read by {@link TocMarkdown} or {@link TocHtml} into events in
 * document order, and turned here into chapters with their parts. The rules (decision 0015):
 * <ul>
 * <li>Every link naming a chapter ({@link ChapterLinks}) places it, in order; the first link to a chapter
 * wins. Its link text is the chapter's title when the chapter itself has neither front matter nor a
 * heading, and a leading number in it ("1.", "1a.", "6.1") is the chapter's number.</li>
 * <li>Nesting gives parts: a list item without a chapter link that holds a list, or a bold item, is a
 * part heading; the outermost one open is the part of the chapters under it. A bold item stays open
 * for the items after it at its level, until the next part heading.</li>
 * <li>Headings give parts when two or more of them have chapter links under them; then they, not the
 * lists under them, are the parts (a part is one level: groups inside it are sections of it). The first heading,
 * when it comes before any chapter link, names the book and is no part; a heading whose next such
 * heading is of a lower rank ({@code ## Contents} before {@code ### Part I}) holds the parts and is
 * none itself. In HTML, a short line of text just before a list ({@code <span class="part">}) is such a
 * heading, of the lowest rank.</li>
 * <li>Chapters before the first part are front matter (part ""); with no parts at all, every placed
 * chapter is in one part, "Chapters".</li>
 * </ul>
 */
final class TableOfContents {
    /** Below every HTML heading: a bold line or a caption before a list. */
    static final int CAPTION_RANK = 7;

    enum Kind { HEADING, GROUP, LINK }

    /**
     * One thing the table says, in document order. HEADING: {@code level} is the rank (1-6, or
     * {@link #CAPTION_RANK}); GROUP: a part heading in a list, {@code level} its depth (1 = top level),
     * {@code bold} whether it was written bold; LINK: a chapter at list depth {@code level} (0 outside a
     * list), with its link text. A bold item that links a chapter gives a GROUP and then its LINK.
     */
    record Event(Kind kind, int level, String text, String chapterId, boolean bold) {
        static Event heading(int rank, String text) {
            return new Event(Kind.HEADING, rank, text, null, false);
        }

        static Event group(int depth, String text, boolean bold) {
            return new Event(Kind.GROUP, depth, text, null, bold);
        }

        static Event link(int depth, String text, String chapterId) {
            return new Event(Kind.LINK, depth, text, chapterId, false);
        }
    }

    /** What a table of contents says: a title for the book and its language (both maybe empty), and its events. */
    record Toc(String title, List<Event> events, String language) {
        boolean placesAny() {
            return events.stream().anyMatch(e -> e.kind() == Kind.LINK);
        }
    }

    /** A chapter placed by the table: its number and link text (both maybe empty) and its part. */
    record Placed(String chapterId, String number, String linkText, String part) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^(\\d{1,3}[a-z]?)[.)]\\s+(\\S.*)$|^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?\\s+(\\S.*)$");

    private TableOfContents() {
    }

    /** The chapters the table places, in its order, each once. */
    static List<Placed> placed(List<Event> events) {
        Set<Integer> partHeadings = partHeadings(events);
        boolean anyParts = !partHeadings.isEmpty() || hasGroups(events);
        List<Placed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Event> groups = new ArrayDeque<>();
        String headingPart = "";
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            switch (e.kind()) {
                case HEADING -> {
                    groups.clear();
                    if (partHeadings.contains(i)) {
                        headingPart = e.text();
                    }
                }
                case GROUP -> {
                    close(groups, e.level(), true);
                    if (e.bold() || hasChildren(events, i)) {
                        groups.push(e);
                    }
                }
                case LINK -> {
                    close(groups, e.level(), false);
                    if (!seen.add(e.chapterId())) {
                        continue;
                    }
                    String part = !partHeadings.isEmpty() ? headingPart
                            : !groups.isEmpty() ? groups.peekLast().text()
                            : anyParts ? "" : ReadingOrder.CHAPTERS;
                    Matcher m = NUMBER.matcher(e.text());
                    String number = "";
                    String text = e.text();
                    if (m.matches()) {
                        number = m.group(1) != null ? m.group(1) : m.group(3);
                        text = m.group(1) != null ? m.group(2) : m.group(4);
                    }
                    out.add(new Placed(e.chapterId(), number, text.strip(), part));
                }
                default -> throw new IllegalStateException(e.kind().toString());
            }
        }
        return out;
    }

    /** Ends the groups an item at {@code depth} is outside of; a new group also ends a bold one at its depth. */
    private static void close(Deque<Event> groups, int depth, boolean newGroup) {
        while (!groups.isEmpty()) {
            Event top = groups.peek();
            boolean ends = top.bold() ? top.level() > depth || newGroup && top.level() == depth
                    : top.level() >= depth;
            if (!ends) {
                return;
            }
            groups.pop();
        }
    }

    /** A plain (not bold) list item is a part heading only when items deeper than it follow it. */
    private static boolean hasChildren(List<Event> events, int at) {
        int depth = events.get(at).level();
        for (int i = at + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.kind() == Kind.HEADING) {
                return false;
            }
            if (e.level() > depth && e.kind() == Kind.LINK) {
                return true;
            }
            if (e.level() <= depth) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasGroups(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.kind() == Kind.GROUP && (e.bold() || hasChildren(events, i))) {
                return true;
            }
        }
        return false;
    }

    /** The indexes of the headings that are parts (see the class comment). */
    private static Set<Integer> partHeadings(List<Event> events) {
        List<Integer> withLinks = new ArrayList<>();
        boolean linkSeen = false;
        boolean titleSkipped = false;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.kind() == Kind.LINK) {
                linkSeen = true;
            } else if (e.kind() == Kind.HEADING) {
                if (!linkSeen && !titleSkipped) {
                    titleSkipped = true;
                    continue;
                }
                if (linksUnder(events, i)) {
                    withLinks.add(i);
                }
            }
        }
        List<Integer> parts = new ArrayList<>();
        for (int k = 0; k < withLinks.size(); k++) {
            boolean holdsParts = k + 1 < withLinks.size()
                    && events.get(withLinks.get(k + 1)).level() > events.get(withLinks.get(k)).level();
            if (!holdsParts && !events.get(withLinks.get(k)).text().isEmpty()) {
                parts.add(withLinks.get(k));
            }
        }
        return parts.size() >= 2 ? Set.copyOf(parts) : Set.of();
    }

    private static boolean linksUnder(List<Event> events, int heading) {
        for (int i = heading + 1; i < events.size() && events.get(i).kind() != Kind.HEADING; i++) {
            if (events.get(i).kind() == Kind.LINK) {
                return true;
            }
        }
        return false;
    }

    /** A part heading as shown: its plain words, without a closing ":" ("Introduction:" is "Introduction"). */
    static String partTitle(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
