package org.peeragogy.reader.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The chapter's title at the top of its page (issue 12): half the handbook's chapters carry their title
 * only in front matter, and opened on body text.
 *
 * <p>The title goes in a {@code <header class="pr-chapter-title">} <em>before</em> the
 * {@code <article id="chapter">}, never inside it: the article's {@code textContent} is the
 * {@code ChapterText} every note is anchored to (offsets and the text's fingerprint), so a title inside
 * would move every stored position and change every fingerprint. Outside, notes place exactly as before,
 * find-in-chapter and selections work on the same text, and the title is not selectable as part of a
 * note. The header is written only when the body does not already begin with a heading that shows the
 * title (see {@link #shownBy}).
 */
final class ChapterTitle {
    /** The header's class, for the reader's style sheet, {@link SearchUnits} and tests. */
    static final String CSS_CLASS = "pr-chapter-title";

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s.:!?]+$");

    private ChapterTitle() {
    }

    /** The header for {@code title} (escaped text in an {@code h1}), or "" when the body already shows it. */
    static String header(String title, Element body) {
        if (title.isBlank() || leadingHeading(body).filter(h -> shownBy(title, h.text())).isPresent()) {
            return "";
        }
        return "<header class=\"" + CSS_CLASS + "\"><h1>" + Entities.escape(title.strip()) + "</h1></header>";
    }

    /**
     * The heading that opens the body: its first element when no text comes before it and it is
     * {@code h1}–{@code h6}.
     */
    static Optional<Element> leadingHeading(Element body) {
        for (Node n : body.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return Optional.empty();
                }
            } else if (n instanceof Element e) {
                return e.normalName().matches("h[1-6]") ? Optional.of(e) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a heading's text shows the chapter's title: the same words, ignoring case, spacing and
     * end punctuation, or the title without a trailing qualifier in brackets (the contents say
     * "Creating a guide (pattern)" where the page's heading says "Creating a guide").
     */
    static boolean shownBy(String title, String heading) {
        String h = normal(heading);
        String t = normal(title);
        return !h.isEmpty() && (h.equals(t) || h.equals(normal(QUALIFIER.matcher(title.strip()).replaceFirst(""))));
    }

    private static String normal(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return END_PUNCTUATION.matcher(SPACE.matcher(n).replaceAll(" ").strip()).replaceFirst("");
    }
}
