package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the reader wants the page's text (issue 14, decision 0027): the font, four spacings, italics and
 * whether highlights carry an underline of their own besides their colour. Immutable; no JavaFX.
 *
 * <p>The spacings are in em (times the font size) and go up to WCAG 2.2's success criterion 1.4.12, Text
 * Spacing: line height 1.5, spacing after paragraphs 2, letter spacing 0.12, word spacing 0.16. Zero is "the
 * page's own" (text lines at 1.6, headings at 1.25, a paragraph's 1 em, no extra letter or word spacing); the page
 * (reader.css, reader.js) applies them to every element and never justifies text.
 *
 * @param line      line height as a multiple of the font size: 0 or one of {@link #LINE}
 * @param paragraph space after a paragraph in em: 0 or one of {@link #PARAGRAPH}
 * @param letter    extra space between letters in em: one of {@link #LETTER}
 * @param word      extra space between words in em: one of {@link #WORD}
 * @param upright   italics shown upright (emphasis as a heavier weight instead)
 * @param patterns  each highlight colour also underlined in a style of its own ({@link ColourSwatches#pattern})
 */
public record ReadingSettings(Font font, double line, double paragraph, double letter, double word, boolean upright,
                              boolean patterns) {
    /** The choices offered, smallest first; 0 is the page's own. The largest are WCAG 1.4.12's levels or above. */
    public static final List<Double> LINE = List.of(0.0, 1.5, 1.8, 2.0);
    public static final List<Double> PARAGRAPH = List.of(0.0, 1.5, 2.0);
    public static final List<Double> LETTER = List.of(0.0, 0.06, 0.12);
    public static final List<Double> WORD = List.of(0.0, 0.08, 0.16);
    /** The page's own: its serif, its spacing, italics, colour alone. */
    public static final ReadingSettings DEFAULT = new ReadingSettings(Font.SERIF, 0, 0, 0, 0, false, false);
    /** Every setting at its largest, beyond WCAG 1.4.12's line height; what the page is tested at. */
    public static final ReadingSettings LARGEST = new ReadingSettings(Font.LEGIBLE, 2.0, 2.0, 0.12, 0.16, true, true);

    /** The page's fonts: the machine's serif or sans, or the Atkinson Hyperlegible we ship. */
    public enum Font {
        SERIF, SANS, LEGIBLE;

        /** How the reading settings name it, in the window's language. */
        public String label(Texts texts) {
            return switch (this) {
                case SERIF -> texts.get("reading.fontSerif");
                case SANS -> texts.get("reading.fontSans");
                case LEGIBLE -> texts.get("reading.fontLegible");
            };
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Throws IllegalArgumentException for a spacing not offered, so nothing else ever reaches the page. */
    public ReadingSettings {
        Objects.requireNonNull(font);
        check("line", line, LINE);
        check("paragraph", paragraph, PARAGRAPH);
        check("letter", letter, LETTER);
        check("word", word, WORD);
    }

    private static void check(String what, double value, List<Double> offered) {
        if (!offered.contains(value)) {
            throw new IllegalArgumentException(what + " spacing " + value + " is not one of " + offered);
        }
    }

    public ReadingSettings withFont(Font f) {
        return new ReadingSettings(f, line, paragraph, letter, word, upright, patterns);
    }

    public ReadingSettings withLine(double v) {
        return new ReadingSettings(font, v, paragraph, letter, word, upright, patterns);
    }

    public ReadingSettings withParagraph(double v) {
        return new ReadingSettings(font, line, v, letter, word, upright, patterns);
    }

    public ReadingSettings withLetter(double v) {
        return new ReadingSettings(font, line, paragraph, v, word, upright, patterns);
    }

    public ReadingSettings withWord(double v) {
        return new ReadingSettings(font, line, paragraph, letter, v, upright, patterns);
    }

    public ReadingSettings withUpright(boolean v) {
        return new ReadingSettings(font, line, paragraph, letter, word, v, patterns);
    }

    public ReadingSettings withPatterns(boolean v) {
        return new ReadingSettings(font, line, paragraph, letter, word, upright, v);
    }

    /**
     * As the page takes it and the settings keep it: "font=sans,line=1.8,para=2,letter=0.12,word=0.16,upright=1,
     * patterns=1", leaving out what is the page's own ("" for {@link #DEFAULT}). Only {@code [a-z0-9.=,]}.
     */
    public String pageValue() {
        StringBuilder b = new StringBuilder();
        if (font != Font.SERIF) {
            part(b, "font", font.code());
        }
        number(b, "line", line);
        number(b, "para", paragraph);
        number(b, "letter", letter);
        number(b, "word", word);
        if (upright) {
            part(b, "upright", "1");
        }
        if (patterns) {
            part(b, "patterns", "1");
        }
        return b.toString();
    }

    private static void number(StringBuilder b, String key, double v) {
        if (v > 0) {
            part(b, key, v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
        }
    }

    private static void part(StringBuilder b, String key, String value) {
        b.append(b.isEmpty() ? "" : ",").append(key).append('=').append(value);
    }

    /**
     * Reads {@link #pageValue}'s form. Never throws: a part that is unknown, misspelt or not offered (a file edited
     * by hand, a later version's setting) is left at the page's own, and the rest is kept.
     */
    public static ReadingSettings parse(String text) {
        ReadingSettings s = DEFAULT;
        for (String part : (text == null ? "" : text).split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            try {
                s = switch (key) {
                    case "font" -> s.withFont(Font.valueOf(value.toUpperCase(Locale.ROOT)));
                    case "line" -> s.withLine(Double.parseDouble(value));
                    case "para" -> s.withParagraph(Double.parseDouble(value));
                    case "letter" -> s.withLetter(Double.parseDouble(value));
                    case "word" -> s.withWord(Double.parseDouble(value));
                    case "upright" -> s.withUpright("1".equals(value));
                    case "patterns" -> s.withPatterns("1".equals(value));
                    default -> s;
                };
            } catch (IllegalArgumentException notOffered) {
                // NumberFormatException included: this part stays the page's own, the others are read.
            }
        }
        return s;
    }
}
