package org.peeragogy.reader.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why something failed or was refused, as a stable code and its arguments (issue 14, decision 0038), so that each
 * place says it in its own words: the command line and the logs in English ({@link #english()}, the words the code
 * has always written), the window in its language ({@code ui.Texts.reason}, which looks up {@link Code#key()} in its
 * bundle). A reason is made where the failure is found, below the window; nothing here formats for a language.
 *
 * <p>An argument is data shown as it is (a file's path, a chapter id, a name, a message from the system), a number
 * (written by each language its own way; in English a whole number as digits, a Double as Java writes it, "1.0"),
 * or another {@code Reason} (a part of the sentence said in the same language). Immutable; any thread.
 *
 * @param code what kind of reason it is
 * @param args the values its English (and each translation) puts at {@code {0}}, {@code {1}}…
 */
public record Reason(Code code, List<Object> args) {
    /**
     * A kind of reason: an enum constant of one layer's codes ({@code StoreReason}, {@code ShareReason}…) with its
     * English. The English is a pattern with {@code {0}}, {@code {1}}… where the arguments go, or {@code {0,number}}
     * for a whole number with thousands separated by commas ("12,345"); it is also an ICU MessageFormat pattern
     * (no apostrophe next to a brace), which is how the window formats it and its translations.
     */
    public interface Code {
        /** The constant's name, "IMPORT_NOT_JSON". */
        String name();

        /** The English pattern, exactly what the command line says: the constant's {@link English}. */
        default String english() {
            Class<?> codes = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
            try {
                English english = codes.getField(name()).getAnnotation(English.class);
                if (english == null) {
                    throw new IllegalStateException(codes.getSimpleName() + "." + name() + " has no @English");
                }
                return english.value();
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(codes.getSimpleName() + "." + name() + " is not a constant", e);
            }
        }

        /**
         * The area of the window's bundles its key is in: "reason" and the enum's name without its "Reason"
         * ("reasonStore" for {@code StoreReason}); "reason" for {@link General}.
         */
        default String area() {
            String codes = (this instanceof Enum<?> e ? e.getDeclaringClass() : getClass()).getSimpleName();
            return codes.endsWith("Reason") ? "reason" + codes.substring(0, codes.length() - "Reason".length())
                    : "reason";
        }

        /** Its key in the window's bundles: the area, a dot, the name in camel case ("reasonShare.importNotJson"). */
        default String key() {
            StringBuilder b = new StringBuilder(area()).append('.');
            boolean upper = false;
            for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    b.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return b.toString();
        }
    }

    /** Throws NullPointerException for a null code or argument. */
    public Reason {
        Objects.requireNonNull(code);
        args = List.copyOf(args);
    }

    /** A reason of {@code code} with these arguments (Strings, numbers, paths, other reasons; none null). */
    public static Reason of(Code code, Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(a instanceof java.nio.file.Path p ? p.toString() : Objects.requireNonNull(a, "a reason's argument"));
        }
        return new Reason(code, list);
    }

    /**
     * The items of a list, each said in its language, with commas between them: the items themselves when there is
     * one, else {@link General#LIST}s nested from the right ("a, b, c" is a, then "b, c").
     *
     * @throws IllegalArgumentException when {@code items} is empty
     */
    public static Reason listOf(List<Reason> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a list of no items");
        }
        Reason out = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            out = of(General.LIST, items.get(i), out);
        }
        return out;
    }

    /**
     * The reason in English, as the command line writes it: the code's English with its arguments in place, a number
     * of {@code {n, plural, one {# file} other {# files}}} choosing its form as ICU does in the window (an exact
     * {@code =k} form first, then {@code one} for 1, else {@code other}; fresh tester t33's F8c: "1 special file(s)").
     */
    public String english() {
        return format(code.english());
    }

    private String format(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : closing(pattern, open);
            if (close < 0) {
                out.append(literal(pattern.substring(at)));
                break;
            }
            out.append(literal(pattern.substring(at, open)));
            String[] spec = pattern.substring(open + 1, close).split(",", 3);
            int i = Integer.parseInt(spec[0].strip());
            Object arg = i < args.size() ? args.get(i) : "";
            if (spec.length == 3 && spec[1].strip().equals("plural") && arg instanceof Number n) {
                out.append(format(plural(spec[2], n.longValue()).replace("#", grouped(n.longValue()))));
            } else {
                out.append(spec.length > 1 && arg instanceof Number n ? grouped(n.longValue()) : text(arg));
            }
            at = close + 1;
        }
        return out.toString();
    }

    /** The form of {@code forms} ("one {…} other {…}", "=0 {…} …") English says {@code n} with. */
    private static String plural(String forms, long n) {
        java.util.Map<String, String> by = new java.util.HashMap<>();
        int at = 0;
        for (int open = forms.indexOf('{'); open >= 0; open = forms.indexOf('{', at)) {
            int close = closing(forms, open);
            by.put(forms.substring(at, open).strip(), forms.substring(open + 1, close));
            at = close + 1;
        }
        String exact = by.get("=" + n);
        return exact != null ? exact : n == 1 && by.containsKey("one") ? by.get("one") : by.getOrDefault("other", "");
    }

    /** Where the brace opened at {@code open} closes, braces inside it counted; -1 when it does not. */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A whole number as ICU writes it in English: 12,345. */
    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Text between arguments as ICU reads it: a doubled apostrophe is one (written so next to a brace). */
    private static String literal(String text) {
        return text.replace("''", "'");
    }

    private static String text(Object arg) {
        if (arg instanceof Reason r) {
            return r.english();
        }
        return String.valueOf(arg); // a Double as Java writes it: 20.5, 1.0
    }

    /**
     * This reason with {@code from} replaced by {@code to} in every text argument, its parts' too: a temporary
     * folder's path named as the reader knows it.
     */
    public Reason replacing(String from, String to) {
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) {
            out.add(a instanceof String s ? s.replace(from, to) : a instanceof Reason r ? r.replacing(from, to) : a);
        }
        return new Reason(code, out);
    }

    /** How many arguments {@code code}'s English takes: one more than its highest {@code {n}}. */
    public static int arity(Code code) {
        return highest(code.english()) + 1;
    }

    /** The highest {@code {n}} of {@code p}, those in a plural's forms too; -1 when there is none. */
    private static int highest(String p) {
        int most = -1;
        for (int open = p.indexOf('{'); open >= 0; open = p.indexOf('{', closing(p, open) + 1)) {
            String[] spec = p.substring(open + 1, closing(p, open)).split(",", 3);
            most = Math.max(most, Integer.parseInt(spec[0].strip()));
            if (spec.length == 3 && spec[1].strip().equals("plural")) {
                String forms = spec[2];
                for (int f = forms.indexOf('{'); f >= 0; f = forms.indexOf('{', closing(forms, f) + 1)) {
                    most = Math.max(most, highest(forms.substring(f + 1, closing(forms, f))));
                }
            }
        }
        return most;
    }

    /** {@link #english()}: what a log or a plain-text caller gets. */
    @Override
    public String toString() {
        return english();
    }

    /** A code's English (the command line's words), written above the constant of a {@link Code} enum. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface English {
        /** The pattern: text with {@code {0}}, {@code {1}}… ({@link Code}). */
        String value();
    }

    /** A failure that carries its reason: the exceptions of the layers below the window. */
    public interface Explained {
        /** Why, as a code and arguments; its {@link Reason#english()} is the exception's message. */
        Reason reason();
    }

    /** Reasons any layer may give: the unexplained failures {@link Messages} words. */
    public enum General implements Code {
        /** A failure without any reason. */
        @English("Something went wrong, but no reason was given. Details may be in " + Messages.WHERE_THE_LOG_IS + ".")
        NO_REASON,
        /** {0}: the kind of error (its Java class's simple name), the only thing known of it. */
        @English("An unexpected error ({0}) stopped this. Details are in " + Messages.WHERE_THE_LOG_IS + ".")
        UNEXPECTED,
        /**
         * {0}: the most memory the reader may use, in MiB (Java's heap limit, which the packaged launcher sets:
         * decision 0036). What happened, that what was saved is safe, and what to do.
         */
        @English("The reader ran out of memory (it may use {0} MiB) and stopped what it was doing. Everything already"
                + " saved is safe. Close the reader and start it again, then try once more; details are in "
                + Messages.WHERE_THE_LOG_IS + ".")
        OUT_OF_MEMORY,
        /** {0}: a message from outside the reader's own code (the system's, a library's), shown as it is. */
        @English("{0}")
        OTHER,
        /** Two sentences, one after the other: what is wrong, then what to do. */
        @English("{0} {1}")
        SENTENCES,
        /** Two lines, one under the other: the items of a list said one a line (fresh tester t31's F5). */
        @English("{0}\n{1}")
        LINES,
        /** Two items of a list with a comma between them; a longer list nests ({@link Reason#listOf}). */
        @English("{0}, {1}")
        LIST
    }
}
