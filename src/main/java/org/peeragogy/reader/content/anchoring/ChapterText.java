package org.peeragogy.reader.content.anchoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a rendered chapter exactly as the page's script sees it:
 * {@code document.getElementById('chapter').textContent}, the plain concatenation of the article's
 * descendant text nodes in document order, without any whitespace normalisation. Offsets into it are
 * UTF-16 code units, the same as the page's DOM ranges, so painting can use them directly.
 */
public final class ChapterText {
    /** Elements that count as blocks (the ones the renderer gives an id). */
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "tr", "td", "th",
            "dl", "dt", "dd", "div", "figure", "ul", "ol", "hr", "details", "summary", "figcaption", "caption");

    private final String text;
    private final String fingerprint;
    /** Blocks with an id in document (pre-)order: ids and their text ranges. */
    private final String[] blockIds;
    private final int[] blockStarts;
    private final int[] blockEnds;
    private final Map<String, Integer> blockIndex;
    /** The text ranges of the footnote references ({@code a.footnote-ref}: "1"), {start, end} in order. */
    private final List<int[]> noteMarks;
    private Normalized normalized;

    private ChapterText(String text, List<String> ids, int[] starts, int[] ends, List<int[]> noteMarks) {
        this.text = text;
        this.noteMarks = List.copyOf(noteMarks);
        this.fingerprint = sha256(text);
        this.blockIds = ids.toArray(String[]::new);
        this.blockStarts = starts;
        this.blockEnds = ends;
        this.blockIndex = new HashMap<>();
        for (int i = 0; i < blockIds.length; i++) {
            blockIndex.putIfAbsent(blockIds[i], i);
        }
    }

    /**
     * The chapter text of a rendered page ({@code RenderedChapter.html()}).
     *
     * @throws IllegalArgumentException when the page has no {@code <article id="chapter">}
     */
    public static ChapterText of(String pageHtml) {
        // The browser's input stream preprocessing turns CR LF and lone CR into LF before parsing.
        String html = pageHtml.replace("\r\n", "\n").replace('\r', '\n');
        Document doc = Jsoup.parse(html);
        Element article = doc.getElementById("chapter");
        if (article == null || !article.normalName().equals("article")) {
            throw new IllegalArgumentException("The page has no <article id=\"chapter\">");
        }
        StringBuilder sb = new StringBuilder();
        List<String> ids = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        Map<Element, int[]> open = new HashMap<>();
        List<int[]> marks = new ArrayList<>();
        Map<Element, int[]> openMarks = new HashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof CDataNode) {
                    // "<![CDATA[" in HTML content is a bogus comment to a browser: no text.
                    return;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof DataNode d) {
                    // script/style contents count in textContent (the renderer removes such elements anyway)
                    sb.append(d.getWholeData());
                } else if (node instanceof Element e && e.hasClass("footnote-ref")) {
                    int[] range = {sb.length(), sb.length()};
                    marks.add(range);
                    openMarks.put(e, range);
                } else if (node instanceof Element e && node != article && !e.id().isEmpty()
                        && BLOCKS.contains(e.normalName())) {
                    int[] range = {sb.length(), sb.length()};
                    ids.add(e.id());
                    ranges.add(range);
                    open.put(e, range);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] range = open.remove(e);
                    if (range != null) {
                        range[1] = sb.length();
                    }
                    int[] mark = openMarks.remove(e);
                    if (mark != null) {
                        mark[1] = sb.length();
                    }
                }
            }
        }, article);
        int[] starts = new int[ranges.size()];
        int[] ends = new int[ranges.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = ranges.get(i)[0];
            ends[i] = ranges.get(i)[1];
        }
        return new ChapterText(sb.toString(), ids, starts, ends, marks);
    }

    /** The text, equal to the page's {@code textContent} of the chapter article. */
    public String text() {
        return text;
    }

    /**
     * The text from {@code start} to {@code end} as a quote is read: without the footnote references' numbers
     * ("habit forming.1" is "habit forming."; fresh tester 17a's F12), white space runs left by one taken out made
     * one space. The offsets are clamped to the text. Anchoring keeps using {@link #text()} itself.
     */
    public String quoted(int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        StringBuilder out = new StringBuilder(to - from);
        int at = from;
        boolean cut = false;
        for (int[] m : noteMarks) {
            if (m[1] <= at || m[0] >= to) {
                continue;
            }
            out.append(text, at, Math.max(at, m[0]));
            at = Math.max(at, m[1]);
            cut = true;
        }
        out.append(text, Math.min(at, to), to);
        return cut ? out.toString().replaceAll("\\s{2,}", " ").strip() : out.toString();
    }

    public int length() {
        return text.length();
    }

    /** SHA-256 of the text (UTF-8), lower-case hex. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Offset of the first character of the text of the block with this id. */
    public OptionalInt blockStart(String blockId) {
        Integer i = blockIndex.get(blockId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(blockStarts[i]);
    }

    /** The ids of the blocks in document order. */
    public List<String> blockIds() {
        return List.of(blockIds);
    }

    /**
     * A block of the page with an id and the range of its text, {@code [start, end)} in UTF-16 units.
     *
     * @param leaf whether no other block with an id is inside it (a paragraph, a list item, a cell): the
     *             blocks a heat map counts by (issue 15)
     */
    public record Block(String id, int start, int end, boolean leaf) {
    }

    /**
     * Every block with an id, in document order, with its text's range; those with no text are left out.
     * Any thread (immutable).
     */
    public List<Block> blocks() {
        List<Block> out = new ArrayList<>(blockIds.length);
        for (int i = 0; i < blockIds.length; i++) {
            if (blockEnds[i] <= blockStarts[i]) {
                continue;
            }
            // In document (pre-)order a block's descendants follow it at once and start before it ends.
            boolean leaf = true;
            for (int j = i + 1; j < blockIds.length && blockStarts[j] < blockEnds[i]; j++) {
                if (blockEnds[j] > blockStarts[j]) {
                    leaf = false;
                    break;
                }
            }
            out.add(new Block(blockIds[i], blockStarts[i], blockEnds[i], leaf));
        }
        return out;
    }

    /** The innermost block whose text contains the character at {@code offset}; empty between blocks. */
    public Optional<String> blockAt(int offset) {
        // In document order, of the blocks that contain the offset the last one is the innermost.
        for (int i = blockIds.length - 1; i >= 0; i--) {
            if (blockStarts[i] <= offset && offset < blockEnds[i]) {
                return Optional.of(blockIds[i]);
            }
        }
        return Optional.empty();
    }

    /** The whitespace-collapsed text, computed once. */
    Normalized normalized() {
        if (normalized == null) {
            normalized = Normalized.of(text);
        }
        return normalized;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ChapterText[" + text.length() + " chars, " + fingerprint.substring(0, 12) + "]";
    }
}
