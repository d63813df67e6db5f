package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.peeragogy.reader.book.Problem;

/**
 * Finds Markdown link and image syntax that reached the page as text ({@code ![x](images/a pic.png)},
 * {@code [x](<a "b.md>)}), a reference link whose label has no definition ({@code [x][nope]}) and a wiki
 * link ({@code [[page]]}, issue 13 retest m8): something the author meant as a link or an image that the reader shows as
 * brackets, so that {@code check} names it. Text in code is left alone. Time linear in the page's text
 * (the pattern's parts are bounded).
 */
final class LeftAsText {
    private static final Pattern SYNTAX = Pattern.compile("(?<!\\[)\\[\\[[^\\[\\]\\n]{1,300}\\]\\](?!\\])"
            + "|!?\\[[^\\[\\]\\n]{0,300}\\]\\([^()\\n]{1,500}\\)"
            + "|!?\\[[^\\[\\]\\n]{1,300}\\]\\[[^\\[\\]\\n]{0,300}\\]");
    private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp", "tt");
    /** Reported per chapter at most: one is enough to send the author looking. */
    private static final int MAX_REPORTED = 20;

    private LeftAsText() {
    }

    /** One {@code MARKUP_AS_TEXT} problem per piece of syntax found in {@code root}'s text. */
    static List<Problem> find(Element root, String chapterId) {
        List<Problem> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty() && out.size() < MAX_REPORTED) {
            Node n = stack.pop();
            if (n instanceof TextNode t) {
                Matcher m = SYNTAX.matcher(t.getWholeText());
                while (m.find() && out.size() < MAX_REPORTED) {
                    String g = m.group();
                    String what = g.startsWith("[[") ? "wiki link (the reader has no [[...]] links)"
                            : g.endsWith("]") ? (g.startsWith("!") ? "image reference" : "reference link")
                            + " with no definition" : g.startsWith("!") ? "image" : "link";
                    String found = m.group().length() > 80 ? m.group().substring(0, 77) + "..." : m.group();
                    out.add(new Problem(chapterId, Problem.Kind.MARKUP_AS_TEXT, what + " shown as text: " + found));
                }
            } else if (n instanceof Element el && !CODE.contains(el.normalName())) {
                for (int i = el.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(el.childNode(i));
                }
            }
        }
        return out;
    }
}
