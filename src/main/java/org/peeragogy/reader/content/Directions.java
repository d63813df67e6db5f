package org.peeragogy.reader.content;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Gives each block of text its direction from its own text ({@code dir="auto"}: the first strong
 * character decides, as HTML defines it), so that an Arabic or Hebrew paragraph in any handbook runs
 * right to left and a Latin one in an Arabic handbook left to right. A direction the chapter wrote
 * itself (an allowed {@code dir} attribute) stays. The page as a whole takes the handbook's language's
 * direction ({@code <html dir="rtl">} from {@link OpenHandbook}).
 */
final class Directions {
    static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "dt", "dd", "td", "th", "caption", "figcaption", "summary");

    private Directions() {
    }

    /** Marks the text blocks under {@code root} (a cleaned body); time linear in its elements. */
    static void fromText(Element root) {
        for (Element el : root.getAllElements()) {
            if (TEXT_BLOCKS.contains(el.normalName()) && !el.hasAttr("dir")) {
                el.attr("dir", "auto");
            }
        }
    }
}
