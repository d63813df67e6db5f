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
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Reason;
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
        Map<String, String> out = english();
        if (language.equals(PSEUDO)) {
            out.replaceAll((k, v) -> PseudoText.of(v));
            // A message from outside the reader (the system's) stays as it is: the pseudo-locale shows it unbracketed,
            // so a reason that reaches the window without a code of its own stands out as English.
            out.put(Reason.General.OTHER.key(), Reason.General.OTHER.english());
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
     * The English messages: {@code messages.properties} and the reasons of the layers below the window, whose English
     * is their codes' own ({@link Reasons}, decision 0038). A new map each time, in the file's order, reasons last.
     */
    static Map<String, String> english() {
        Map<String, String> out = new LinkedHashMap<>(read(""));
        for (Reason.Code c : Reasons.ALL) {
            out.put(c.key(), c.english());
        }
        return out;
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

    /**
     * {@code reason} in this language (decision 0038): its code's message with its arguments in place, each argument
     * that is itself a reason said in this language too. Throws MissingResourceException for a code not in
     * {@link Reasons}.
     */
    @Override
    public String reason(Reason reason) {
        Object[] args = reason.args().stream().map(a -> a instanceof Reason r ? reason(r) : a).toArray();
        return format(reason.code().key(), args);
    }

    /** Why {@code failure} happened, in this language ({@link Messages#reason}). Never empty. */
    @Override
    public String failure(Throwable failure) {
        return reason(Messages.reason(failure));
    }

    /**
     * Logs {@code failure} with its stack trace at WARNING on {@code log} (in English, as {@link Messages#logged}) and
     * returns it in this language: call it once, where the failure is finally caught and shown.
     */
    public String logged(System.Logger log, String what, Throwable failure) {
        Messages.logged(log, what, failure);
        return failure(failure);
    }

    /**
     * The words of a facilitator's digest in this language ({@code digestDoc.*}; tester's F18): File → Digest…
     * writes it in the window's language, the command line's {@code digest} in the same one (decision 0046).
     */
    public org.peeragogy.reader.digest.DigestWords digestWords() {
        return new org.peeragogy.reader.digest.DigestWords(locale.toLanguageTag(), this::format);
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
