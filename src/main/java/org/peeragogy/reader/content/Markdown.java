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
        // CommonMark (since 0.28) allows spaces inside <...> destinations: ![x](<images/my pic.png>). flexmark
        // 0.64.8 follows the older rule and leaves them as text unless asked; this also accepts a space in a
        // bare destination ([x](my page.md)), which CommonMark leaves as text but its author meant as a link.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Heading ids keep combining marks (issue 13 retest m9): in Thai, Lao, Khmer, Burmese and the Indic
        // scripts they are letters (ขาว "white" and ข่าว "news" must not get one id). flexmark keeps only the
        // characters it is given besides letters and digits, so it is given every mark of the BMP.
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS,
                HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(options) + marks());
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    /** Every nonspacing and spacing combining mark of the Basic Multilingual Plane. */
    private static String marks() {
        StringBuilder b = new StringBuilder();
        for (char c = 0x300; c < 0xFFFF; c++) {
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
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

    /** See {@link Titles#isLabel}. */
    static boolean isLabel(String heading) {
        return Titles.isLabel(heading);
    }

    /** See {@link Titles#fromFileName}. */
    static String fromFileName(String baseName) {
        return Titles.fromFileName(baseName);
    }
}
