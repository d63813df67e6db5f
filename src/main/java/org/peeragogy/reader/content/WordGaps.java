package org.peeragogy.reader.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts white space into the page's text where the reader sees two words but the text nodes would run
 * them together (issue 13): after a raw {@code <br>} ("alpha&lt;br&gt;beta" is "alpha\nbeta", not
 * "alphabeta") and around a {@code <sup>}, which footnote references are ("text[^1]." is "text 1.", not
 * "text1."), where a letter or digit meets a letter or digit (".[^1]" stays ".1", and superscripts side
 * by side, "5,6", stay together: the fewer characters added, the fewer notes' offsets move). Anchoring, the notes' quotes, find and search all read
 * {@code document.getElementById('chapter').textContent}, so the gap has to be in the page itself.
 *
 * <p>Neither gap changes what the page looks like: the newline after a line break is white space at the
 * start of a line, which CSS removes (not inside {@code <pre>}, where it would show, so there is none);
 * the space beside a superscript is in a {@code <span hidden>}, which is not drawn but is part of
 * {@code textContent}. A gap is added only where there is none: a {@code <br>} already followed by white
 * space (Markdown's own line breaks) and a superscript after a space are left as they are.
 */
final class WordGaps {
    /** Style class of the hidden span that holds a space beside a superscript. */
    static final String CSS_CLASS = "word-gap";

    private WordGaps() {
    }

    /** Adds the gaps under {@code root} (a cleaned, settled body); time linear in its nodes. */
    static void separate(Element root) {
        for (Element br : root.getElementsByTag("br")) {
            Node next = br.nextSibling();
            boolean spaced = next instanceof TextNode t && startsWithSpace(t.getWholeText());
            if (!spaced && br.closest("pre") == null) {
                br.after(new TextNode("\n"));
            }
        }
        for (Element sup : root.getElementsByTag("sup")) {
            String own = sup.wholeText();
            if (own.isEmpty()) {
                continue;
            }
            if (isWord(lastCharBefore(sup)) && isWord(own.codePointAt(0))) {
                sup.before(gap());
            }
            if (isWord(own.codePointBefore(own.length())) && isWord(firstCharAfter(sup))) {
                sup.after(gap());
            }
        }
    }

    private static Element gap() {
        return new Element("span").addClass(CSS_CLASS).attr("hidden", "").appendText(" ");
    }

    /** The last character of the text just before {@code e} in its block, or -1 when there is none. */
    private static int lastCharBefore(Element e) {
        for (Node n = e; n != null && !isBlock(n); n = n.parent()) {
            for (Node p = n.previousSibling(); p != null; p = p.previousSibling()) {
                String text = text(p);
                if (!text.isEmpty()) {
                    return text.codePointBefore(text.length());
                }
            }
        }
        return -1;
    }

    /** The first character of the text just after {@code e} in its block, or -1 when there is none. */
    private static int firstCharAfter(Element e) {
        for (Node n = e; n != null && !isBlock(n); n = n.parent()) {
            for (Node p = n.nextSibling(); p != null; p = p.nextSibling()) {
                String text = text(p);
                if (!text.isEmpty()) {
                    return text.codePointAt(0);
                }
            }
        }
        return -1;
    }

    private static String text(Node n) {
        if (n instanceof TextNode t) {
            return t.getWholeText();
        }
        return n instanceof Element el ? el.wholeText() : "";
    }

    private static boolean isBlock(Node n) {
        return !(n instanceof Element el) || Sanitizer.BLOCKS.contains(el.normalName()) || el.normalName().equals("body");
    }

    /** A letter or digit: only where one meets another do two words run together. */
    private static boolean isWord(int cp) {
        return cp >= 0 && Character.isLetterOrDigit(cp);
    }

    private static boolean startsWithSpace(String s) {
        return !s.isEmpty() && isSpace(s.codePointAt(0));
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
