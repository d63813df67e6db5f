package org.peeragogy.reader.digest;

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
        facts.appendElement("li").text("People (" + d.people().size() + "): " + String.join(", ", d.people()));
        for (Digest.ChapterDigest c : d.chapters()) {
            Element section = body.appendElement("section");
            section.appendElement("h2").text(c.title());
            section.appendElement("p").addClass("counts").text(DigestMarkdown.counts(c));
            if (!c.passages().isEmpty()) {
                section.appendElement("h3").text("Most-marked passages");
                Element ul = section.appendElement("ul");
                c.passages().forEach(p -> ul.appendElement("li").text(p.quote() + " ("
                        + DigestMarkdown.people(p.people()) + ")"));
            }
            if (!c.open().isEmpty()) {
                section.appendElement("h3").text("Open questions");
                c.open().forEach(t -> thread(section.appendElement("ul").addClass("thread"), t));
            }
            if (!c.waiting().isEmpty()) {
                section.appendElement("h3").text("Replies waiting for their note");
                c.waiting().forEach(t -> thread(section.appendElement("ul").addClass("thread"), t));
            }
            if (!c.answered().isEmpty()) {
                section.appendElement("h3").text("Answered questions");
                for (Digest.Thread t : c.answered()) {
                    Element details = section.appendElement("details");
                    details.appendElement("summary").text("Answered: " + t.question().text() + " ("
                            + t.question().by() + ", " + DigestMarkdown.replies(t) + ")");
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
            d.unplaced().forEach(i -> item(ul, i));
        }
        return "<!DOCTYPE html>\n" + html.outerHtml() + "\n";
    }

    private static void thread(Element ul, Digest.Thread t) {
        t.items().forEach(i -> item(ul, i));
    }

    private static void item(Element ul, Digest.Item i) {
        Element li = ul.appendElement("li").attr("style", "margin-left: " + (i.depth() * 2) + "em");
        if (i.answer()) {
            li.appendElement("span").addClass("answer").text("Answer: ");
        }
        li.appendText(i.text());
        StringBuilder facts = new StringBuilder();
        if (!i.by().isEmpty()) {
            facts.append(i.by());
        }
        if (i.votes() > 0) {
            facts.append(facts.isEmpty() ? "" : ", ").append('+').append(i.votes());
        }
        if (!facts.isEmpty()) {
            li.appendText(" (" + facts + ")");
        }
        if (!i.quote().isEmpty()) {
            li.appendElement("blockquote").text(i.quote());
        }
    }
}
