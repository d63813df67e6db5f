package org.peeragogy.reader.ui.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * The page of a chapter not shown (decision 0011) says why in the window's language (decision 0038): the content
 * layer writes its one paragraph in English (what the command line's {@code render} prints), and the window puts
 * the same reason, said by its {@link PageTexts}, in its place as the page is served. Any thread.
 */
final class NotShownNotice {
    /** The notice's paragraph: the content layer's {@code <div class="not-shown"><p>…</p></div>}. */
    private static final Pattern NOTICE = Pattern.compile("(<div class=\"not-shown\"[^>]*>\\s*<p[^>]*>)(.*?)(</p>)",
            Pattern.DOTALL);

    private NotShownNotice() {
    }

    /**
     * {@code c} with its notice (when it is a chapter not shown) in the language of {@code texts}: the page served
     * and the text the notes are placed in are then the same.
     */
    static RenderedChapter inLanguage(RenderedChapter c, PageTexts texts) {
        if (c.notShown().isEmpty()) {
            return c;
        }
        Matcher m = NOTICE.matcher(c.html());
        if (!m.find()) {
            return c;
        }
        String said = texts.reason(c.notShown().get()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        return new RenderedChapter(c.chapter(), c.html().substring(0, m.start(2)) + said + c.html().substring(m.end(2)),
                c.problems(), c.notShown());
    }
}
