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
    /**
     * The digest's look. A word longer than the line breaks where it must (overflow-wrap, and openhtmltopdf's older
     * name for it, word-wrap): in the PDF an unbroken run of 200 letters went on past the page's edge and was lost
     * (t15d's F2: pdftotext read 67 of them).
     */
    static final String STYLE = """
            body { font-family: serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.4;
                   overflow-wrap: break-word; word-wrap: break-word; }
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
        DigestWords w = d.words();
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8").prettyPrint(true);
        Element html = doc.selectFirst("html");
        html.attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", w.language());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        head.appendElement("title").text(w.say("digestDoc.title", d.handbook()));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE + moreStyle));
        Element body = doc.body();
        body.appendElement("h1").text(w.say("digestDoc.title", d.handbook()));
        Element facts = body.appendElement("ul").addClass("facts");
        facts.appendElement("li").text(w.say("digestDoc.edition", d.edition()));
        facts.appendElement("li").text(w.say("digestDoc.made", DigestMarkdown.DATE.format(d.made())));
        filesLine(facts.appendElement("li"), d);
        if (d.blindChapters() > 0) {
            facts.appendElement("li").text(w.say("digestDoc.blind", d.blindChapters()));
        }
        if (!d.people().isEmpty()) { // no "People (0), by name:" with no name (t32's F16)
            Element people = facts.appendElement("li").text(w.say("digestDoc.people", d.people().size()) + " ");
            for (int k = 0; k < d.people().size(); k++) {
                people.appendText(k == 0 ? "" : ", ").appendElement("bdi").text(d.people().get(k));
            }
        }
        if (d.noNotes() && d.chapters().isEmpty()) {
            body.appendElement("p").addClass("counts").text(w.say("digestDoc.noNotes"));
        }
        if (d.anonymousAskers()) {
            facts.appendElement("li").text(w.say("digestDoc.anonymousCounted"));
        }
        for (Digest.ChapterDigest c : d.chapters()) {
            Element section = body.appendElement("section");
            section.appendElement("h2").text(c.title());
            section.appendElement("p").addClass("counts").text(c.empty() ? w.say("digestDoc.noNotes")
                    : DigestMarkdown.counts(c, w));
            if (!c.passages().isEmpty()) {
                section.appendElement("h3").text(w.say("digestDoc.passages"));
                Element ul = section.appendElement("ul");
                c.passages().forEach(p -> say(ul.appendElement("li"), w, "digestDoc.passage", p.quote(), p.people()));
            }
            threads(section, w.say("digestDoc.open"), "", c.open(), w);
            threads(section, w.say("digestDoc.waiting"), "", c.waiting(), w);
            threads(section, w.say("digestDoc.repliesToDeleted"), "", c.orphaned(), w);
            threads(section, w.say("digestDoc.loops"), w.say("digestDoc.loopsText"), c.loops(), w);
            if (!c.answered().isEmpty()) {
                section.appendElement("h3").text(w.say("digestDoc.answered"));
                for (Digest.Thread t : c.answered()) {
                    Element details = section.appendElement("details");
                    say(details.appendElement("summary"), w, "digestDoc.answeredLine", t.question().text(), t.question().by(),
                            t.items().size() - 1);
                    thread(details.appendElement("ul").addClass("thread"), t, w);
                }
            }
            if (!c.discussions().isEmpty()) {
                section.appendElement("h3").text(w.say("digestDoc.discussions"));
                for (Digest.Thread t : c.discussions()) {
                    Element details = section.appendElement("details");
                    say(details.appendElement("summary"), w, "digestDoc.discussionLine", t.question().text(),
                            t.question().by(), t.items().size() - 1);
                    thread(details.appendElement("ul").addClass("thread"), t, w);
                }
            }
            if (!c.tags().isEmpty()) {
                section.appendElement("h3").text(w.say("digestDoc.tags"));
                section.appendElement("p").text(String.join(", ", c.tags().stream()
                        .map(t -> t.tag() + " (" + t.count() + ")").toList()));
            }
        }
        if (!d.unplaced().isEmpty()) {
            body.appendElement("h2").text(w.say("digestDoc.unplaced"));
            Element ul = body.appendElement("ul").addClass("thread");
            d.unplaced().forEach(i -> item(ul, i, "", w));
        }
        if (!d.versions().isEmpty()) {
            body.appendElement("h2").text(w.say("digestDoc.versions"));
            body.appendElement("p").text(w.say("digestDoc.versionsText"));
            Element ul = body.appendElement("ul").addClass("thread");
            for (Digest.Version v : d.versions()) {
                Element li = ul.appendElement("li");
                say(li, w, "digestDoc.version", v.from(), v.item().by());
                li.appendText(" ");
                lines(li.appendElement("bdi"), v.item().text());
                if (!v.of().isEmpty()) {
                    say(li.appendElement("div"), w, "digestDoc.versionOf", v.of());
                }
            }
        }
        return "<!DOCTYPE html>\n" + html.outerHtml() + "\n";
    }

    /** A heading, a sentence under it when there is one, and the threads; nothing for no threads. */
    private static void threads(Element section, String heading, String sentence, List<Digest.Thread> threads,
                                DigestWords w) {
        if (threads.isEmpty()) {
            return;
        }
        section.appendElement("h3").text(heading);
        if (!sentence.isEmpty()) {
            section.appendElement("p").text(sentence);
        }
        threads.forEach(t -> thread(section.appendElement("ul").addClass("thread"), t, w));
    }

    private static void thread(Element ul, Digest.Thread t, DigestWords w) {
        List<String> to = DigestMarkdown.replyTo(t.items(), w);
        for (int k = 0; k < t.items().size(); k++) {
            item(ul, t.items().get(k), to.get(k), w);
        }
    }

    /**
     * Appends {@code digestDoc.<key>} to {@code into}, each String argument (a person's text) in a {@code <bdi>} of
     * its own, wherever the language's pattern puts it (F1's isolation, F18's word order); numbers stay numbers
     * for the plurals. The pattern is formatted with private-use characters standing for the texts, then split.
     */
    private static void say(Element into, DigestWords w, String key, Object... args) {
        Object[] marked = args.clone();
        for (int k = 0; k < args.length; k++) {
            if (args[k] instanceof String) {
                marked[k] = String.valueOf((char) (MARK + k));
            }
        }
        String said = w.say(key, marked);
        StringBuilder text = new StringBuilder();
        for (int at = 0; at < said.length(); at++) {
            char ch = said.charAt(at);
            int k = ch - MARK;
            if (k >= 0 && k < args.length && args[k] instanceof String s) {
                into.appendText(text.toString());
                text.setLength(0);
                into.appendElement("bdi").text(s);
            } else {
                text.append(ch);
            }
        }
        into.appendText(text.toString());
    }

    /**
     * "Files merged: 3 (ana.peeranotes, …)" with each file's name in a {@code <bdi>} of its own, as people's names are
     * (t15d's N3: a file named with a right-to-left override turned the rest of the line round, ")" included). The
     * line is worded by {@link DigestMarkdown#importsLine} with a private-use character standing for each name.
     */
    private static void filesLine(Element into, Digest d) {
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        String said = DigestMarkdown.importsLine(d, name -> {
            index.putIfAbsent(name, index.size());
            return String.valueOf((char) (FILE_MARK + index.get(name)));
        });
        List<String> names = List.copyOf(index.keySet());
        StringBuilder text = new StringBuilder();
        for (int at = 0; at < said.length(); at++) {
            char ch = said.charAt(at);
            int k = ch - FILE_MARK;
            if (k >= 0 && k < names.size()) {
                into.appendText(text.toString());
                text.setLength(0);
                into.appendElement("bdi").text(names.get(k));
            } else {
                text.append(ch);
            }
        }
        into.appendText(text.toString());
    }

    /** Stands for the first file's name in {@link #filesLine}; the next ones follow it (private use, never words). */
    private static final char FILE_MARK = '\uE100';

    /** A person's text with its line breaks kept as {@code <br/>} (t15b's N1), every line a text node. */
    private static void lines(Element into, String text) {
        String[] lines = text.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                into.appendElement("br");
            }
            into.appendText(lines[k]);
        }
    }

    /** The first of the private-use characters {@link #say} stands texts in with (U+E000, Unicode's private use area). */
    private static final char MARK = '\uE000';

    /**
     * One note: set in 2em a level up to {@link DigestMarkdown#MAX_DEPTH} levels, deeper ones saying whom they reply
     * to (F28); each person's text in its own {@code <bdi>} so its direction cannot reorder what follows (F1).
     */
    private static void item(Element ul, Digest.Item i, String replyTo, DigestWords w) {
        Element li = ul.appendElement("li").attr("style", "margin-left: "
                + (Math.min(DigestMarkdown.MAX_DEPTH, i.depth()) * 2) + "em");
        if (!replyTo.isEmpty()) {
            say(li, w, "digestDoc.replyTo", replyTo);
            li.appendText(" ");
        }
        if (i.answer()) {
            li.appendElement("span").addClass("answer").text(w.say("digestDoc.answer") + " ");
        }
        lines(li.appendElement("bdi"), i.text());
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
