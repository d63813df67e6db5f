package org.peeragogy.reader.share;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML body ({@code format: text/html}), which the reader keeps as text and never as
 * markup: elements are dropped (their text kept, scripts and styles with their text), block ends and
 * {@code <br>} become line breaks, character references are decoded.
 */
final class HtmlText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|li|h[1-6]|blockquote|pre|tr)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<[^>]*>");
    private static final Pattern REF = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    private HtmlText() {
    }

    static String of(String html) {
        String s = HIDDEN.matcher(html).replaceAll("");
        s = BREAK.matcher(s).replaceAll("\n");
        s = BLOCK_END.matcher(s).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = REF.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String text;
            if (ref.startsWith("#")) {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                text = Character.isValidCodePoint(cp) && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)
                        ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                text = NAMED.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]*\\n[ \\t]*\\n[ \\t\\n]*", "\n\n").strip();
    }
}
