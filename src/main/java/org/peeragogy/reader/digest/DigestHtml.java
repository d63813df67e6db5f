package org.peeragogy.reader.digest;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A {@link Digest} as one self-contained HTML file: no script, no outside resource (its style is inline in the
 * head), a Content-Security-Policy that allows neither, and every text from a person set as a text node by jsoup
 * (so it is escaped, never parsed: the xss corpus stays text). Answered questions are folded in
 * {@code <details>}. Written as XHTML-compatible HTML so that {@link DigestPdf} reads the same document. Any
 * thread; never throws.
 */
public final class DigestHtml {
    static final String STYLE = """
            body { font-family: serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
            h1, h2, h3 { font-family: sans-serif; }
            .counts, .facts { color: #444; }
            blockquote { margin: 0.3em 0 0.3em 1em; padding-left: 0.6em; border-left: 3px solid #999; }
            ul.thread { list-style: none; padding-left: 0; }
            ul.thread li { margin: 0.3em 0; }
            details, summary { display: block; }
            .answer { font-weight: bold; }
            """;

    private DigestHtml() {
    }

    /** The digest as an HTML document (UTF-8 text, doctype first). */
    public static String write(Digest d) {
        return write(d, "");
    }

    /** The document with {@code moreStyle} added to its style sheet (the PDF names the font it embeds). */
    static String write(Digest d, String moreStyle) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8").prettyPrint(true);
        Element html = doc.selectFirst("html");
        html.attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        head.appendElement("title").text("Digest: " + d.handbook());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE + moreStyle));
        Element body = doc.body();
        body.appendElement("h1").text("Digest: " + d.handbook());
        Element facts = body.appendElement("ul").addClass("facts");
        facts.appendElement("li").text("Edition: " + d.edition());
        facts.appendElement("li").text("Made: " + DigestMarkdown.DATE.format(d.made()));
        facts.appendElement("li").text("Imports merged: " + d.imports());
        Element people = facts.appendElement("li").text("People (" + d.people().size() + "): ");
        for (int k = 0; k < d.people().size(); k++) {
            people.appendText(k == 0 ? "" : ", ").appendElement("bdi").text(d.people().get(k));
        }
        for (Digest.ChapterDigest c : d.chapters()) {
            Element section = body.appendElement("section");
            section.appendElement("h2").text(c.title());
            section.appendElement("p").addClass("counts").text(DigestMarkdown.counts(c));
            if (!c.passages().isEmpty()) {
                section.appendElement("h3").text("Most-marked passages");
                Element ul = section.appendElement("ul");
                c.passages().forEach(p -> {
                    Element li = ul.appendElement("li");
                    li.appendElement("bdi").text(p.quote());
                    li.appendText(" (" + DigestMarkdown.people(p.people()) + ")");
                });
            }
            if (!c.open().isEmpty()) {
                section.appendElement("h3").text("Open questions");
                c.open().forEach(t -> thread(section.appendElement("ul").addClass("thread"), t));
            }
            if (!c.waiting().isEmpty()) {
                section.appendElement("h3").text("Replies waiting for their note");
                c.waiting().forEach(t -> thread(section.appendElement("ul").addClass("thread"), t));
            }
            if (!c.loops().isEmpty()) {
                section.appendElement("h3").text("Replies whose thread loops");
                section.appendElement("p").text(DigestMarkdown.LOOPS);
                c.loops().forEach(t -> thread(section.appendElement("ul").addClass("thread"), t));
            }
            if (!c.answered().isEmpty()) {
                section.appendElement("h3").text("Answered questions");
                for (Digest.Thread t : c.answered()) {
                    Element details = section.appendElement("details");
                    Element summary = details.appendElement("summary").text("Answered: ");
                    summary.appendElement("bdi").text(t.question().text());
                    summary.appendText(" (").appendElement("bdi").text(t.question().by());
                    summary.appendText(", " + DigestMarkdown.replies(t) + ")");
                    thread(details.appendElement("ul").addClass("thread"), t);
                }
            }
            if (!c.tags().isEmpty()) {
                section.appendElement("h3").text("Tags");
                section.appendElement("p").text(String.join(", ", c.tags().stream()
                        .map(t -> t.tag() + " (" + t.count() + ")").toList()));
            }
        }
        if (!d.unplaced().isEmpty()) {
            body.appendElement("h2").text("Could not be placed in this edition");
            Element ul = body.appendElement("ul").addClass("thread");
            d.unplaced().forEach(i -> item(ul, i, ""));
        }
        return "<!DOCTYPE html>\n" + html.outerHtml() + "\n";
    }

    private static void thread(Element ul, Digest.Thread t) {
        List<String> to = DigestMarkdown.replyTo(t.items());
        for (int k = 0; k < t.items().size(); k++) {
            item(ul, t.items().get(k), to.get(k));
        }
    }

    /**
     * One note: set in 2em a level up to {@link DigestMarkdown#MAX_DEPTH} levels, deeper ones saying whom they reply
     * to (F28); each person's text in its own {@code <bdi>} so its direction cannot reorder what follows (F1).
     */
    private static void item(Element ul, Digest.Item i, String replyTo) {
        Element li = ul.appendElement("li").attr("style", "margin-left: "
                + (Math.min(DigestMarkdown.MAX_DEPTH, i.depth()) * 2) + "em");
        if (!replyTo.isEmpty()) {
            li.appendText("↳ reply to ").appendElement("bdi").text(replyTo);
            li.appendText(": ");
        }
        if (i.answer()) {
            li.appendElement("span").addClass("answer").text("Answer: ");
        }
        li.appendElement("bdi").text(i.text());
        if (!i.by().isEmpty() || i.votes() > 0) {
            li.appendText(" (");
            if (!i.by().isEmpty()) {
                li.appendElement("bdi").text(i.by());
            }
            if (i.votes() > 0) {
                li.appendText((i.by().isEmpty() ? "" : ", ") + "+" + i.votes());
            }
            li.appendText(")");
        }
        if (!i.quote().isEmpty()) {
            li.appendElement("blockquote").attr("dir", "auto").text(i.quote());
        }
    }
}
