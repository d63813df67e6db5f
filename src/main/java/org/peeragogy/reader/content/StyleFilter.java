package org.peeragogy.reader.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the declarations of a {@code style} attribute that are known to be harmless and drops the
 * rest. An allow-list of properties and of value shapes, not a deny-list of dangerous words: a
 * value is kept only when every token in it is a keyword, a non-negative length, a number or a
 * colour. So no function but {@code rgb()}/{@code hsl()} passes ({@code url()}, {@code image-set()},
 * {@code -webkit-image-set()}, {@code expression()}, {@code var()}), nor escapes, quotes, comments,
 * {@code @} rules, or any property that can lift text out of the page's flow ({@code position},
 * {@code z-index}, {@code transform}).
 *
 * <p>The list covers what chapters use (width, centring, underline, colour, alignment; see the
 * handbook's raw HTML) and ordinary typography; anything else is reported as removed.
 */
final class StyleFilter {
    /** What a style attribute becomes: the declarations kept, and a short text for each one removed. */
    record Result(String kept, List<String> removed) {
    }

    private static final Set<String> KEYWORD_PROPERTIES = Set.of(
            "color", "background-color", "font-weight", "font-style", "font-variant", "font-size",
            "text-align", "text-decoration", "text-decoration-line", "text-transform", "vertical-align",
            "white-space", "list-style-type", "border-style", "border-color", "border-collapse");
    private static final Set<String> LENGTH_PROPERTIES = Set.of(
            "width", "max-width", "min-width", "height", "max-height", "min-height",
            "margin", "margin-left", "margin-right", "margin-top", "margin-bottom",
            "padding", "padding-left", "padding-right", "padding-top", "padding-bottom",
            "text-indent", "line-height", "letter-spacing", "word-spacing", "border-width", "border",
            "border-top", "border-bottom", "border-left", "border-right", "border-radius");
    /** Properties whose every value is one of a few keywords. */
    private static final Map<String, Set<String>> CHOICES = Map.of(
            "display", Set.of("block", "inline", "inline-block", "list-item", "none"),
            "float", Set.of("left", "right", "none"),
            "clear", Set.of("left", "right", "both", "none"));

    private static final Pattern KEYWORD = Pattern.compile("[a-z][a-z-]{0,30}");
    /** Non-negative numbers with the units of text layout; no viewport units, no negatives. */
    private static final Pattern LENGTH = Pattern.compile("(?:\\d{1,5}(?:\\.\\d{1,4})?|\\.\\d{1,4})(?:px|em|rem|ex|ch|pt|%)?");
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})");
    private static final Pattern COLOUR_FUNCTION = Pattern.compile(
            "(?:rgba?|hsla?)\\(\\s*\\d{1,3}(?:\\.\\d+)?%?(?:\\s*[,/]?\\s*\\d{1,3}(?:\\.\\d+)?%?){2,3}\\s*\\)");
    private static final int MAX_LENGTH = 1_000;

    private StyleFilter() {
    }

    static Result filter(String style) {
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (style.length() > MAX_LENGTH) {
            return new Result("", List.of("a style of " + style.length() + " characters"));
        }
        for (String declaration : style.split(";", -1)) {
            String d = declaration.strip();
            if (d.isEmpty()) {
                continue;
            }
            int colon = d.indexOf(':');
            String property = colon < 0 ? d : d.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : d.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (colon > 0 && allowed(property, value)) {
                kept.add(property + ": " + value);
            } else {
                removed.add(abbreviate(d));
            }
        }
        return new Result(String.join("; ", kept), List.copyOf(removed));
    }

    private static boolean allowed(String property, String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return false;
        }
        Set<String> choices = CHOICES.get(property);
        if (choices != null) {
            return choices.contains(value);
        }
        if (!KEYWORD_PROPERTIES.contains(property) && !LENGTH_PROPERTIES.contains(property)) {
            return false;
        }
        String[] tokens = tokens(value);
        if (tokens.length == 0 || tokens.length > 6) {
            return false;
        }
        for (String token : tokens) {
            if (!(KEYWORD.matcher(token).matches() || LENGTH.matcher(token).matches()
                    || HEX.matcher(token).matches() || COLOUR_FUNCTION.matcher(token).matches())) {
                return false;
            }
        }
        return true;
    }

    /** Splits on spaces outside parentheses, so "rgb(1, 2, 3)" stays one token. */
    private static String[] tokens(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (token.length() > 0) {
                    out.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (token.length() > 0) {
            out.add(token.toString());
        }
        return out.toArray(String[]::new);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
