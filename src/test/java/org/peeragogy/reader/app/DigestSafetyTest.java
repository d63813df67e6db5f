package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.XssCorpus;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.DigestHtml;
import org.peeragogy.reader.digest.DigestMarkdown;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Hostile text in notes, questions, replies, tags and names stays text in the digest: every payload of the shared
 * XSS corpus (DOMPurify's fixtures) and our own, and the Markdown export's hostile lines. The HTML digest holds only
 * the elements and attributes the digest itself writes, and each payload's text is there to read; the Markdown digest
 * renders, in every renderer the export is checked with, to nothing but headings, lists, paragraphs and text.
 */
class DigestSafetyTest {
    @TempDir
    java.nio.file.Path tmp;

    /** Everything {@link DigestHtml} writes: no element or attribute beyond these may come from a note. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2",
            "h3", "ul", "li", "p", "section", "details", "summary", "span", "blockquote", "bdi",
            "br", "div"); // br: a note's own line breaks (t15b's N1), made by the digest, never read from the note
    private static final Set<String> ATTRIBUTES = Set.of("xmlns", "lang", "charset", "http-equiv", "content", "class",
            "style");

    private List<String> payloads() throws Exception {
        List<String> out = new ArrayList<>(MarkdownExportSafetyTest.HOSTILE);
        XssCorpus.shared().forEach(p -> out.add(p.html()));
        XssCorpus.own().forEach(p -> out.add(p.html()));
        out.removeIf(String::isBlank); // a question needs text: the store refuses a blank one before any digest
        return out;
    }

    private Digest hostileDigest(List<String> payloads, Names names) throws Exception {
        try (Database db = Database.open(tmp.resolve("hostile"))) {
            String book = ShareFixture.HANDBOOK.book().identity();
            for (int i = 0; i < payloads.size(); i++) {
                String text = payloads.get(i);
                String name = i % 7 == 0 ? "<b onmouseover=alert(8)>Mallory</b>" : "Ana";
                Annotation q = db.conversation().ask(new AnnotationStore.Draft(book, "wiki",
                        Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text, List.of("<t>" + (i % 4)), name,
                        Optional.empty()));
                if (i % 3 == 0) {
                    db.conversation().reply(q.id(), text, name);
                }
            }
            return new Digests(db, new HandbookChapters(ShareFixture.HANDBOOK)).make(Set.of(), names, DigestFixture.ENGLISH);
        }
    }

    @Test
    void theXssCorpusInNotesStaysTextInTheHtmlDigest() throws Exception {
        List<String> payloads = payloads();
        String html = DigestHtml.write(hostileDigest(payloads, Names.SHOW));
        Document doc = Jsoup.parse(html);
        for (Element el : doc.getAllElements()) {
            if (el == doc) {
                continue;
            }
            assertTrue(ELEMENTS.contains(el.normalName()), "an element from a note: <" + el.normalName() + ">");
            for (Attribute a : el.attributes()) {
                assertTrue(ATTRIBUTES.contains(a.getKey()), "an attribute from a note: " + a);
            }
        }
        assertEquals(1, doc.select("style").size());
        assertEquals(1, doc.select("meta[http-equiv]").size(), "the Content-Security-Policy, once");
        String text = MarkdownExportSafetyTest.squash(doc.body().text());
        for (String p : payloads) {
            // A payload longer than the digest shows (F5) is shown as text up to there.
            String shown = p.length() <= org.peeragogy.reader.digest.DigestBuilder.LONGEST ? p
                    : p.substring(0, org.peeragogy.reader.digest.DigestBuilder.LONGEST * 4 / 5);
            assertTrue(text.contains(MarkdownExportSafetyTest.squash(shown)), "payload not shown as text: " + p);
        }
    }

    @Test
    void hostileNotesStayTextInTheMarkdownDigestInEveryRenderer() throws Exception {
        List<String> payloads = payloads();
        String md = DigestMarkdown.write(hostileDigest(payloads, Names.SHOW));
        for (Map.Entry<String, UnaryOperator<String>> r : MarkdownExportSafetyTest.renderers().entrySet()) {
            Document doc = Jsoup.parse(r.getValue().apply(md));
            MarkdownExportSafetyTest.assertInert(doc, r.getKey());
            assertEquals(0, doc.select("pre, code, table, ol, hr, a, img, del, s, sup, h4, h5, h6").size(),
                    r.getKey() + ": markup made from notes");
            assertEquals(1, doc.select("h1").size(), r.getKey());
            String text = MarkdownExportSafetyTest.squash(doc.body().text());
            for (String p : MarkdownExportSafetyTest.HOSTILE) {
                // A note is one line in the digest's lists: its lines are joined by spaces.
                assertTrue(text.contains(MarkdownExportSafetyTest.squash(p.replace('\n', ' '))),
                        r.getKey() + ": note missing: " + p);
            }
        }
    }
}
