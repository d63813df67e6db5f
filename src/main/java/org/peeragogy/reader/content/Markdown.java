package org.peeragogy.reader.content;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Optional;

/** flexmark set up once for the handbook's Markdown dialect. */
final class Markdown {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                YamlFrontMatterExtension.create(),
                TablesExtension.create(),
                FootnoteExtension.create(),
                AutolinkExtension.create(),
                TypographicExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {
    }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Parses text that flexmark reads character by character (see {@link RenderGuard#parse}). */
    static Document parse(CharSequence markdown) {
        return PARSER.parse(BasedSequence.of(markdown));
    }

    static String toHtml(Document document) {
        return RENDERER.render(document);
    }

    /**
     * A chapter's title: front matter {@code title:}, else its first heading ({@link TitleScan}, without
     * parsing), unless that heading is only a section label such as "Definition:", in which case a title
     * made from the file name.
     */
    static Optional<String> chapterTitle(String markdown, String baseName) {
        Optional<String> title = TitleScan.title(markdown);
        if (title.isPresent() && isLabel(title.get())) {
            String fromName = fromFileName(baseName);
            return Optional.of(fromName.isEmpty() ? title.get() : fromName);
        }
        return title;
    }

    /** "Definition:", "The Problem:": a generic heading that introduces a section rather than naming a chapter. */
    static boolean isLabel(String heading) {
        return heading.strip().endsWith(":");
    }

    /** "navel_gazing" becomes "Navel gazing". */
    static String fromFileName(String baseName) {
        String words = baseName.replaceAll("[_\\s-]+", " ").strip();
        if (words.isEmpty()) {
            return "";
        }
        int first = words.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(words.substring(Character.charCount(first))).toString();
    }
}
