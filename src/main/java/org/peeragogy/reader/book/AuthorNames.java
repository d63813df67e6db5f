package org.peeragogy.reader.book;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for people's names, wherever a name comes from (the window's name dialog, the settings, a
 * file being imported): what is taken out of it and how long it may be (issue 11, decision 0021).
 *
 * <ul>
 *   <li><b>Cleaning</b> ({@link #clean}) removes only what can hide or reorder other text: control characters
 *       (Unicode category Cc, which includes ESC and NUL), the line and paragraph separators U+2028/U+2029, and
 *       the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (Unicode
 *       Technical Standard #39 §4 and the "Trojan Source" paper name these as the spoofing ones). It keeps the
 *       other format characters that scripts need: ZWNJ and ZWJ (U+200C/D: Persian, Indic and emoji
 *       sequences), LRM, RLM and ALM (U+200E/F, U+061C), as decision 0008 keeps them in chapter ids. A lone
 *       surrogate (no character at all) becomes U+FFFD. Runs of white space become one space; the ends are
 *       stripped.</li>
 *   <li><b>Length</b>: at most {@link #MAX} code points (a character outside the BMP counts once, so a name
 *       is never cut inside a surrogate pair). Where a name is entered, a longer one is refused with
 *       {@link #problem}; a longer name in a file is shortened ({@link #shorten}) and the preview says so.</li>
 * </ul>
 *
 * Threads: any. Nothing here throws.
 */
public final class AuthorNames {
    /** The longest name kept, in Unicode code points. */
    public static final int MAX = 200;
    private static final Pattern REMOVED = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AuthorNames() {
    }

    /** {@code name} cleaned as the class says (null gives ""), not shortened. */
    public static String clean(String name) {
        return SPACES.matcher(withoutControls(name)).replaceAll(" ").strip();
    }

    /**
     * {@code text} with the characters {@link #clean} removes each run replaced by one space, lone surrogates
     * by U+FFFD, and other white space left as it is (for tags, which are kept exactly otherwise).
     */
    public static String withoutControls(String text) {
        return text == null ? "" : REMOVED.matcher(withoutLoneSurrogates(text)).replaceAll(" ");
    }

    /** How many code points {@code name} has. */
    public static int length(String name) {
        return name.codePointCount(0, name.length());
    }

    /**
     * Why {@code name}, as typed, cannot be the reader's name, or empty when it can: it is empty once cleaned,
     * or longer than {@link #MAX} characters. The message says the limit and what to do.
     */
    public static Optional<String> problem(String name) {
        String clean = clean(name);
        if (clean.isEmpty()) {
            return Optional.of("A name cannot be empty.");
        }
        int n = length(clean);
        if (n > MAX) {
            return Optional.of("A name can have at most " + MAX + " characters; this one has " + n
                    + ". Please shorten it.");
        }
        return Optional.empty();
    }

    /** {@code name} cleaned and cut to its first {@link #MAX} code points (then stripped again). */
    public static String shorten(String name) {
        String clean = clean(name);
        if (length(clean) <= MAX) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX)).strip();
    }

    private static String withoutLoneSurrogates(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean lone = !pair && Character.isSurrogate(c);
            if (lone && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                if (lone) {
                    out.append('\uFFFD');
                } else if (pair) {
                    out.append(c).append(s.charAt(i + 1));
                } else {
                    out.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }
}
