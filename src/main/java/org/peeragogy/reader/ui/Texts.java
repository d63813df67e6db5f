package org.peeragogy.reader.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import org.peeragogy.reader.ui.web.PageTexts;

/**
 * The window's words in one language (issue 14, decision 0030): every text a reader sees in the window comes
 * from here, by a key written out in full where it is used ({@code texts.get("menu.file")}). The words are in
 * UTF-8 {@code .properties} files beside this class: {@code messages.properties} (English, the reference) and
 * {@code messages_es}, {@code _it}, {@code _pt}; docs/translating.md says how to add one. A message is an ICU
 * {@link MessageFormat} pattern, so plurals follow each language's CLDR rules ({@code {0, plural, one {# note}
 * other {# notes}}}) and numbers are written as the language writes them.
 *
 * <p>Made once per window by the application and handed to the views and view-models that speak (constructor
 * injection; there is no global instance). Immutable apart from a cache of parsed patterns.
 *
 * <p>Threads: any (formatting is synchronised). {@link #get} and {@link #format} throw
 * {@link MissingResourceException} for a key that the English file lacks: a mistake in the code, which
 * {@code TextsTest} finds before it ships. A key missing from a translation shows in English.
 */
public final class Texts implements PageTexts {
    /** The languages of the interface, English first (the one every other falls back to). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("it"), Locale.forLanguageTag("pt"));
    /**
     * The pseudo-locale for checking the window (Android's tag for it): English made longer and accented, each
     * text in brackets, so that a cut text or a word left in English shows at a glance. Never offered in the menu.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private final Locale locale;
    private final ULocale rules;
    private final Map<String, String> patterns;
    private final Map<String, MessageFormat> parsed = new HashMap<>();
    private final DateTimeFormatter when;

    private Texts(Locale locale, Map<String, String> patterns) {
        this.locale = locale;
        this.rules = ULocale.forLocale(locale.equals(PSEUDO) ? Locale.ENGLISH : locale);
        this.patterns = patterns;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale.equals(PSEUDO) ? Locale.ENGLISH : locale).withZone(ZoneId.systemDefault());
    }

    /**
     * The words of the language of {@link #LANGUAGES} (or {@link #PSEUDO}) nearest to {@code wanted}: its language
     * alone decides ("pt-BR" and "pt-PT" get Portuguese), and English stands for every language not translated.
     */
    public static Texts of(Locale wanted) {
        Locale language = supported(wanted);
        Map<String, String> english = read("");
        Map<String, String> out = new LinkedHashMap<>(english);
        if (language.equals(PSEUDO)) {
            out.replaceAll((k, v) -> PseudoText.of(v));
        } else if (!language.equals(Locale.ENGLISH)) {
            out.putAll(read(language.getLanguage()));
        }
        return new Texts(language, Collections.unmodifiableMap(out));
    }

    /** The language shown for {@code wanted}: one of {@link #LANGUAGES}, or {@link #PSEUDO}; English otherwise. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        if (wanted.toLanguageTag().equalsIgnoreCase(PSEUDO.toLanguageTag())) {
            return PSEUDO;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /**
     * The messages of one file: {@code messages.properties} for "", else {@code messages_<language>.properties},
     * read as UTF-8 (keys in the file's order). Empty when there is no such file.
     */
    static Map<String, String> read(String language) {
        String name = language.isEmpty() ? "messages.properties" : "messages_" + language + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            // Java 9 and later read a bundle's .properties as UTF-8 (JEP 226); read here explicitly so, because a
            // ResourceBundle.Control (which would stop a fall back to the system's language) is refused in a
            // named module, as the package runs (decision 0019).
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    ordered.put((String) key, (String) value);
                    return super.put(key, value);
                }
            };
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language these words are in: one of {@link #LANGUAGES}, or {@link #PSEUDO}. */
    public Locale locale() {
        return locale;
    }

    @Override
    public String get(String key) {
        return format(key);
    }

    @Override
    public String format(String key, Object... args) {
        MessageFormat f;
        synchronized (parsed) {
            f = parsed.get(key);
            if (f == null) {
                String pattern = patterns.get(Objects.requireNonNull(key));
                if (pattern == null) {
                    throw new MissingResourceException("No text \"" + key + "\" in messages.properties",
                            Texts.class.getName(), key);
                }
                f = new MessageFormat(pattern, rules);
                parsed.put(key, f);
            }
            return f.format(args);
        }
    }

    /** A moment as this language writes a date and time (medium length, the system's time zone). */
    public String when(Instant moment) {
        return when.format(moment);
    }

    /** Every key and its pattern as this language has it (English where a translation lacks one). */
    Map<String, String> patterns() {
        return patterns;
    }

    /**
     * The language's name in itself ("English", "Español", "Italiano", "Português"), as the menu offers it, so
     * that a reader finds their language whatever language the window is in.
     */
    public static String nameOf(Locale language) {
        String name = language.getDisplayName(language);
        if (name.isEmpty()) {
            return language.toLanguageTag();
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(name.substring(Character.charCount(first))).toString();
    }
}
