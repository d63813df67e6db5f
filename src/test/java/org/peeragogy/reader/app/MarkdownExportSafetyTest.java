package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * The Markdown export stays text, whatever renders it: notes, quotes, names and tags from strangers
 * never become script, handlers, links, images, code or headings, keep their lines, and cannot
 * change the document around them. Rendered by flexmark (with GFM's autolinks, tables and
 * strikethrough), commonmark-java (tables, strikethrough) and, where it is installed, pandoc (GFM and
 * pandoc's own Markdown; .ci/run installs it).
 */
class MarkdownExportSafetyTest {
    /** Text that a renderer would take for markup if it were written as it is. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\\<script>alert(2)</script>",
            "<img src=x onerror=alert(3)>",
            "[click](javascript:alert(4)) and <javascript:alert(5)>",
            "![remote](http://127.0.0.1:9/x.png) ![ref][r]\n\n[r]: http://127.0.0.1:9/ref.png",
            "```\nunclosed fence: everything after would be code",
            "~~~ another fence",
            "# looks like a heading\n## and another",
            "    indented four spaces: would be code",
            "\tindented with a tab",
            "line one\nline two\nline three",
            "---\nsetext\n===",
            "* a list\n1. numbered\n- dash",
            "| a | b |\n|---|---|\n| c | d |",
            "&lt;script&gt;alert(6)&lt;/script&gt; &amp; &#60;b&#62;",
            "<http://127.0.0.1:9/autolink> www.example.org https://example.org/x",
            "<!-- an unclosed comment",
            "<div onclick=alert(7)>raw block</div>",
            "`code` **bold** _em_ ~~gone~~ $x$ ^sup^ [^1] {.class}",
            "> not a quote\n>> nested",
            "trailing backslash \\",
            "<style>body{background:url(http://127.0.0.1:9/s.png)}</style>",
            "<iframe src=\"http://127.0.0.1:9/f\"></iframe>",
            "ends with two spaces  \nnext");

    @TempDir
    Path tmp;

    @Test
    void hostileNotesStayTextInEveryRenderer() throws Exception {
        Path file = tmp.resolve("notes.md");
        List<Annotation> notes = new ArrayList<>();
        try (Database db = Database.open(tmp.resolve("a"))) {
            String[] chapters = {"pattern-wrapper", "pattern-heartbeat", "wiki"};
            for (int i = 0; i < HOSTILE.size(); i++) {
                String text = HOSTILE.get(i);
                String author = i % 5 == 0 ? "<b onmouseover=alert(8)>Mallory</b>" : "Ana " + text.lines().findFirst().orElse("");
                notes.add(ShareFixture.highlight(db, chapters[i % 3], i, author, Annotation.Colour.YELLOW, text,
                        "tag, with comma", "<tag>" + i));
            }
            notes.add(ShareFixture.chapterNote(db, "pattern-wrapper", "Bo", String.join("\n", HOSTILE)));
            ShareFixture.sharing(db).export(NoteSharing.Format.MARKDOWN, file, ExportFilter.ALL);
        }
        String md = Files.readString(file, StandardCharsets.UTF_8);
        for (Map.Entry<String, UnaryOperator<String>> r : renderers().entrySet()) {
            String html = r.getValue().apply(md);
            Document doc = Jsoup.parse(html);
            String name = r.getKey();
            assertInert(doc, name);
            assertEquals(1, doc.select("h1").size(), name + ": one title\n" + html);
            assertEquals(3, doc.select("h2").size(), name + ": one heading per chapter\n" + html);
            assertEquals(0, doc.select("h3, h4, h5, h6, pre, code, table, ul, ol, hr, a, img, del, s, sup").size(),
                    name + ": markup made from notes\n" + html);
            String text = squash(doc.body().text());
            for (Annotation n : notes) {
                for (String line : n.note().split("\n")) {
                    assertTrue(text.contains(squash(line)), name + ": note line missing: " + line + "\n" + text);
                }
                for (String line : n.quote().split("\n")) {
                    assertTrue(text.contains(squash(line)), name + ": quote line missing: " + line);
                }
            }
            // Line breaks are kept: the three lines of that note are three lines of the page.
            assertTrue(doc.body().html().matches("(?s).*line one\\s*<br[^>]*>\\s*line two\\s*<br[^>]*>\\s*line three.*"),
                    name + ": line breaks lost\n" + html);
        }
    }

    @Test
    void notesAreListedInTheOrderOfTheCurrentTextAfterAnEditionChange() throws Exception {
        Path book = Files.createDirectories(tmp.resolve("book"));
        Files.writeString(book.resolve("c.md"), "# C\n\nAlpha paragraph about wrappers.\n\nBeta paragraph about heartbeats.\n\n"
                + "Gamma paragraph about wikis.\n", StandardCharsets.UTF_8);
        Path file = tmp.resolve("order.md");
        try (Database db = Database.open(tmp.resolve("data"))) {
            try (Handbook first = Handbooks.open(book)) {
                ChapterText text = ChapterText.of(first.render("c").html());
                for (String quote : List.of("Gamma paragraph", "Alpha paragraph", "Beta paragraph")) {
                    var at = Anchoring.findQuote(text, quote).match().orElseThrow();
                    db.annotations().create(new AnnotationStore.Draft(first.book().identity(), "c", Annotation.Kind.HIGHLIGHT,
                            Annotation.Colour.GREEN, "on " + quote, List.of(), "Ana",
                            Optional.of(Anchoring.describe(text, at.start(), at.end()))));
                }
            }
            // The next edition puts Gamma first and Alpha last.
            Files.writeString(book.resolve("c.md"), "# C\n\nGamma paragraph about wikis.\n\nBeta paragraph about heartbeats.\n\n"
                    + "Alpha paragraph about wrappers.\n", StandardCharsets.UTF_8);
            try (Handbook second = Handbooks.open(book)) {
                new NoteSharing(db, new HandbookChapters(second), "test").export(NoteSharing.Format.MARKDOWN, file, ExportFilter.ALL);
            }
        }
        String text = Jsoup.parse(flexmark().apply(Files.readString(file))).text();
        int gamma = text.indexOf("on Gamma");
        int beta = text.indexOf("on Beta");
        int alpha = text.indexOf("on Alpha");
        assertTrue(gamma >= 0 && gamma < beta && beta < alpha, text);
    }

    static void assertInert(Document doc, String renderer) {
        for (Element el : doc.getAllElements()) {
            String tag = el.normalName();
            assertTrue(!List.of("script", "style", "iframe", "object", "embed", "img", "link", "meta", "form", "svg",
                    "math", "base", "video", "audio", "source").contains(tag), renderer + ": <" + tag + ">");
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertTrue(!key.startsWith("on"), renderer + ": handler " + a);
                assertTrue(!value.contains("javascript:") && !value.contains("http:") && !value.contains("https:")
                        && !value.startsWith("//"), renderer + ": address " + a);
            }
        }
    }

    /** The text a reader sees when the export is rendered (flexmark), white space squashed. */
    static String renderedText(String md) {
        return squash(Jsoup.parse(flexmark().apply(md)).body().text());
    }

    /** The chapter headings of the rendered export. */
    static List<String> renderedHeadings(String md) {
        return Jsoup.parse(flexmark().apply(md)).select("h2").eachText();
    }

    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static Map<String, UnaryOperator<String>> renderers() {
        Map<String, UnaryOperator<String>> out = new LinkedHashMap<>();
        out.put("flexmark", flexmark());
        // Without commonmark-java's autolink extension: it needs a newer autolink-java than flexmark's,
        // and one jar of it is on the class path. flexmark and pandoc's GFM cover autolinks.
        org.commonmark.parser.Parser cp = org.commonmark.parser.Parser.builder().extensions(List.of(
                org.commonmark.ext.gfm.tables.TablesExtension.create(),
                org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create())).build();
        org.commonmark.renderer.html.HtmlRenderer ch = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(List.of(
                org.commonmark.ext.gfm.tables.TablesExtension.create(),
                org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create())).build();
        out.put("commonmark-java", md -> ch.render(cp.parse(md)));
        if (pandocAvailable()) {
            out.put("pandoc gfm", md -> pandoc(md, "gfm"));
            out.put("pandoc markdown", md -> pandoc(md, "markdown"));
        }
        return out;
    }

    private static UnaryOperator<String> flexmark() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.autolink.AutolinkExtension.create(),
                TablesExtension.create(), StrikethroughExtension.create()));
        Parser p = Parser.builder(options).build();
        HtmlRenderer h = HtmlRenderer.builder(options).build();
        return md -> h.render(p.parse(md));
    }

    private static boolean pandocAvailable() {
        try {
            Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            // .ci/run installs pandoc; a developer machine without it still runs the two Java renderers.
            System.out.println("pandoc not found: the Markdown export is checked with flexmark and commonmark-java only");
            return false;
        }
    }

    private static String pandoc(String md, String from) {
        try {
            Process p = new ProcessBuilder("pandoc", "-f", from, "-t", "html").start();
            p.getOutputStream().write(md.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pandoc did not finish");
            return html;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
