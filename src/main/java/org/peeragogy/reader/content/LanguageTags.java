package org.peeragogy.reader.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language tags as folders and front matter write them ("es", "pt-BR", "pt_br", "zh-Hans", "en-md"),
 * made BCP 47 ("pt-BR"). Only ISO 639-1 languages the JDK knows count, so a folder called "images" or
 * "ab-testing" is no language. Stateless; any thread.
 */
final class LanguageTags {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile(
            "([a-zA-Z]{2})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\\d{3}))?");
    /** A folder's format suffix ("en-md", "es_markdown"), written in lower case; "ro-MD" stays Moldovan Romanian. */
    private static final Pattern FORMAT_SUFFIX = Pattern.compile("[-_](?:md|markdown)$");
    /** Written right to left: Arabic, Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi, Dhivehi, Kurdish (Sorani). */
    private static final Set<String> RTL = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "dv", "ckb", "ug");

    private LanguageTags() {
    }

    /** The BCP 47 tag {@code text} names, or empty. */
    static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(FORMAT_SUFFIX.matcher(text.strip()).replaceFirst(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String language = m.group(1).toLowerCase(Locale.ROOT);
        if (!ISO_639_1.contains(language)) {
            return Optional.empty();
        }
        StringBuilder tag = new StringBuilder(language);
        if (m.group(2) != null) {
            String script = m.group(2).toLowerCase(Locale.ROOT);
            tag.append('-').append(Character.toUpperCase(script.charAt(0))).append(script.substring(1));
        }
        if (m.group(3) != null) {
            tag.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
        }
        return Optional.of(tag.toString());
    }

    /** The language's own name for itself, capitalised: "Español", "English", "Português (Brasil)"; the tag if unknown. */
    static String label(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayName(l);
        if (name.isEmpty() || name.equals(tag)) {
            return tag;
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(name.substring(Character.charCount(first))).toString();
    }

    /** Whether text in this language runs right to left ("ar", "he-IL"; a script subtag decides when given). */
    static boolean isRightToLeft(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        Locale l = Locale.forLanguageTag(tag);
        String script = l.getScript();
        if (!script.isEmpty()) {
            return Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg").contains(script);
        }
        return RTL.contains(l.getLanguage());
    }
}
