package org.peeragogy.reader.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language a handbook is written in, as a BCP 47 tag, only where something says so: a {@code language}
 * row in our manifest, else the handbook's own {@code index.html} ({@code <html lang>}, then the Open Graph
 * {@code og:locale}, which the Peeragogy site sets to {@code en_US}). Never guessed from the text: a
 * wrong language on every exported note is worse than none (issue 11). Threads: any; nothing throws.
 */
final class Languages {
    /** A primary language subtag of 2-3 letters and optional subtags (BCP 47's shape, without checking registries). */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");

    private Languages() {
    }

    /** {@code raw} as a BCP 47 tag ({@code en_US} becomes {@code en-US}); empty when it is no language tag. */
    static Optional<String> tag(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = raw.strip().replace('_', '-');
        if (!TAG.matcher(t).matches()) {
            return Optional.empty();
        }
        String tag = Locale.forLanguageTag(t).toLanguageTag();
        return tag.equals("und") ? Optional.empty() : Optional.of(tag);
    }

    /** What a handbook's index page says its language is: {@code <html lang>}, else {@code og:locale}. */
    static Optional<String> of(Document index) {
        Element html = index.selectFirst("html[lang]");
        Optional<String> lang = html == null ? Optional.empty() : tag(html.attr("lang"));
        if (lang.isPresent()) {
            return lang;
        }
        Element locale = index.selectFirst("meta[property=og:locale][content]");
        return locale == null ? Optional.empty() : tag(locale.attr("content"));
    }
}
