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
 *   <li><b>Listing</b> ({@link #listed}): where a name or a file's name from outside is shown in a list or a
 *       line (the command line's tab-separated fields, the group folder's files and people, an import's lines),
 *       it is cleaned and loses the invisible characters too: ZWSP, ZWNJ, ZWJ (U+200B–U+200D), the word joiner
 *       U+2060, ZWNBSP U+FEFF and the direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C), so that "Ben"
 *       and "Ben" + ZWSP or RLM never look like one person twice and a mark never reorders the line (issue 16's
 *       second retest, b7). What is stored keeps them, as above.</li>
 *   <li><b>Length</b>: at most {@link #MAX} code points (a character outside the BMP counts once, so a name
 *       is never cut inside a surrogate pair). Where a name is entered, a longer one is refused with
 *       {@link #problem}; a longer name in a file is shortened ({@link #shorten}) and the preview says so.</li>
 * </ul>
 *
 * Threads: any. Nothing here throws.
 */
public final class AuthorNames {
    /**
     * Why a name that is (or looks like) the anonymous label cannot be the reader's: {@link #problem}'s words for
     * {@link #reserved}, and those callers use for the look-alikes {@code text.LookAlikes} finds (decision 0075).
     */
    public static final String RESERVED = "\u201cAnonymous\u201d, and any name that looks like it in one of the"
            + " reader\u2019s languages (\u201cAnonymous (2)\u201d, \u201cAn\u00f3nimo\u201d), is what anonymous questions show:"
            + " choose another name, so that your notes are not taken for them.";

    /** The longest name kept, in Unicode code points. */
    public static final int MAX = 200;
    private static final Pattern REMOVED = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * What {@link #visible} and {@link #listed} take out besides: the invisible characters a name never needs (ZWSP,
     * WORD JOINER, ZWNBSP, MONGOLIAN VOWEL SEPARATOR, SOFT HYPHEN, the combining grapheme joiner, the Hangul fillers)
     * and the direction marks (LRM, RLM, ALM). ZWJ and ZWNJ stay: Persian, Indic scripts and emoji need them.
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B\\u200E\\u200F\\u061C\\u2060\\uFEFF\\u180E\\u00AD\\u034F\\u115F\\u1160\\u3164\\uFFA0]");

    private AuthorNames() {
    }

    /** {@code name} cleaned as the class says (null gives ""), not shortened. */
    public static String clean(String name) {
        return SPACES.matcher(withoutControls(name)).replaceAll(" ").strip();
    }

    /** {@code text} as {@link #clean} leaves it, without the invisible characters and direction marks (see the class). */
    public static String listed(String text) {
        return visible(text);
    }

    /**
     * {@code text} with the characters {@link #clean} removes each run replaced by one space, lone surrogates
     * by U+FFFD, and other white space left as it is (for tags, which are kept exactly otherwise).
     */
    public static String withoutControls(String text) {
        return text == null ? "" : REMOVED.matcher(withoutLoneSurrogates(text)).replaceAll(" ");
    }

    /**
     * The form in which two names count as the same (where the reader marks two people who share a name with
     * their ids): NFKC, without default-ignorable characters (format characters such as ZWSP, ZWJ, ZWNJ and
     * RLM, variation selectors, the combining grapheme joiner, Hangul fillers; Unicode's
     * Default_Ignorable_Code_Point, which UTS #39's skeleton also drops), every run of white space (NBSP
     * included) one space, no spaces at the ends, lower case. Empty: a name with nothing visible, which is no
     * name. Names are stored as {@link #clean} leaves them; this form is only compared.
     */
    public static String compared(String name) {
        String n = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKC);
        n = IGNORABLE.matcher(n).replaceAll("");
        return ANY_SPACE.matcher(n).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern IGNORABLE = Pattern.compile(
            "[\\p{Cf}\\u034F\\u115F\\u1160\\u3164\\uFFA0\\uFE00-\\uFE0F\\x{E0100}-\\x{E01EF}]");
    private static final Pattern ANY_SPACE = Pattern.compile("[\\p{Z}\\s]+");

    /**
     * {@code name} as shown beside a person's words: cleaned ({@link #clean}) and without the invisible characters a
     * name never needs (ZWSP U+200B, WORD JOINER U+2060, ZWNBSP U+FEFF, MONGOLIAN VOWEL SEPARATOR U+180E, SOFT HYPHEN
     * U+00AD, the combining grapheme joiner and the Hangul fillers): "Ana" + ZWSP shows as "Ana" (issue 15 F25).
     * ZWJ and ZWNJ stay where they join letters of a script that needs them or an emoji sequence, not beside Latin
     * letters or at the ends ("B" + ZWNJ + "en" shows as "Ben"). Nothing throws.
     */
    public static String visible(String name) {
        String n = INVISIBLE.matcher(name == null ? "" : name).replaceAll("");
        return clean(IDLE_JOINERS.matcher(n).replaceAll(""));
    }

    /**
     * ZWNJ and ZWJ that join nothing: beside a Latin or ASCII character (no Latin letter joins or breaks a ligature
     * with them), or at either end. They stay between the letters of a script that needs them (Persian, Devanagari)
     * and inside an emoji sequence. "B" + ZWNJ + ZWJ + "en" shows as "Ben".
     */
    private static final Pattern IDLE_JOINERS = Pattern.compile(
            "(?<=[\\p{IsLatin}\\p{ASCII}])[\\u200C\\u200D]+|[\\u200C\\u200D]+(?=[\\p{IsLatin}\\p{ASCII}])"
                    + "|^[\\u200C\\u200D]+|[\\u200C\\u200D]+$");

    /**
     * The ids among {@code people} (id and name pairs; one id may come with several names) whose name another id has
     * too, names compared as {@link #compared} does ("Ana" and "Ana" + ZWSP are one name; a blank name is no one's).
     * One rule for wherever a name is printed with the start of its id after it, "Dana (id f5321970)": the command
     * line's {@code notes}, and an import's remark of whose notes a file holds (fresh tester t35's F8: two Danas were
     * told apart in the one and not in the other). Pure; any thread.
     */
    public static java.util.Set<String> namesakes(java.util.Collection<java.util.Map.Entry<String, String>> people) {
        java.util.Map<String, java.util.Set<String>> idsByName = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, String> p : people) {
            String name = compared(p.getValue());
            if (!name.isEmpty()) {
                idsByName.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(p.getKey());
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        idsByName.values().stream().filter(ids -> ids.size() > 1).forEach(out::addAll);
        return out;
    }

    /**
     * Labels that tell people apart, by author id: each name {@link #visible}; where two ids or more have names that
     * compare the same ({@link #compared}), each is followed by what tells its id apart, as the command line's
     * {@code notes} prints it: "Ann (id 0835edf4)" ({@link AuthorIds#shortLabel}). Made from the ids alone, so every
     * reader shows the same words, whatever the order in which it met these people (fresh tester's note: "Ann (2)"
     * followed the order of import; decision 0101). Where two namesakes' short labels are the same (two ids made from
     * names, or ids alike in their first 40 characters), the second and later in id order add ", 2", ", 3".
     * Anonymous askers (the name {@link #reserved} under a reader's id) have no name to tell apart by an id: they are
     * numbered " (2)", " (3)" in {@code byId}'s order, as the digest numbers them. Pure; any thread.
     */
    public static java.util.Map<String, String> apart(java.util.Map<String, String> byId) {
        java.util.Map<String, java.util.List<String>> idsByName = new java.util.HashMap<>();
        byId.forEach((id, name) -> idsByName.computeIfAbsent(compared(visible(name)), k -> new java.util.ArrayList<>())
                .add(id));
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        byId.forEach((id, name) -> {
            String shown = visible(name);
            java.util.List<String> same = idsByName.get(compared(shown));
            if (reserved(shown) && AuthorIds.isReaderId(id)) {
                int n = taken.merge(compared(shown), 1, Integer::sum);
                out.put(id, n == 1 ? shown : shown + " (" + n + ")");
            } else {
                out.put(id, same.size() == 1 ? shown : shown + " (" + told(id, same) + ")");
            }
        });
        return out;
    }

    /** What tells {@code id} apart from the other ids of {@code same} (its namesakes): its short label, see apart. */
    private static String told(String id, java.util.List<String> same) {
        String label = AuthorIds.shortLabel(id);
        java.util.List<String> alike = same.stream().filter(o -> AuthorIds.shortLabel(o).equals(label)).sorted()
                .toList();
        int at = alike.indexOf(id);
        return at == 0 ? label : label + ", " + (at + 1);
    }

    /**
     * As {@link #apart}, in the order the reader first knew each person ({@code knownFirst}, ids; those not in it
     * after, by name then id): the order of the map, and of anonymous askers' numbers. Namesakes' labels do not
     * depend on it (try17w F12: a long-standing participant became "Ana (2)" mid-workshop; decision 0101).
     */
    public static java.util.Map<String, String> apart(java.util.Map<String, String> byId,
                                                      java.util.List<String> knownFirst) {
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        for (String id : knownFirst) {
            rank.putIfAbsent(id, rank.size());
        }
        java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
        byId.entrySet().stream().sorted(java.util.Comparator.comparing((java.util.Map.Entry<String, String> e) ->
                        rank.getOrDefault(e.getKey(), Integer.MAX_VALUE)).thenComparing(java.util.Map.Entry::getValue)
                        .thenComparing(java.util.Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return apart(ordered);
    }

    /**
     * Names in the order people read them: case set aside, and a run of digits compared as a number, so that
     * "Participant2" comes before "Participant10" (try17w F12). Any thread.
     */
    public static final java.util.Comparator<String> NATURAL = AuthorNames::naturalCompare;

    private static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                // Leading zeros set aside by hand: a regular expression here was compiled at each comparison, and
                // sorting 10,000 people called "Person 00001"… took seconds (GroupWindowBenchmark).
                String na = a.substring(withoutLeadingZeros(a, si, i), i);
                String nb = b.substring(withoutLeadingZeros(b, sj, j), j);
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                continue;
            }
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Where the digits {@code s[from, to)} start once their leading zeros are set aside (the last digit stays). */
    private static int withoutLeadingZeros(String s, int from, int to) {
        int k = from;
        while (k < to - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
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
        if (compared(clean).isEmpty()) {
            return Optional.of("A name needs a letter or a sign that shows: this one is only spaces or invisible"
                    + " characters.");
        }
        if (reserved(clean)) {
            return Optional.of(RESERVED);
        }
        int n = length(clean);
        if (n > MAX) {
            return Optional.of("A name can have at most " + MAX + " characters; this one has " + n
                    + ". Please shorten it.");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code name} is the one anonymous questions carry ("Anonymous", decision 0031), however written (case,
     * spaces, invisible characters): a reader may not take it, or their notes would be counted and shown as an
     * anonymous asker's (tester t15's F16; decision 0065). Any thread.
     */
    public static boolean reserved(String name) {
        return compared(name).equals("anonymous");
    }

    /** {@code name} cleaned and cut to its first {@link #MAX} code points (then stripped again). */
    public static String shorten(String name) {
        return cut(clean(name), MAX, false).strip();
    }

    /**
     * {@code s} cut to at most {@code max} code points (never inside a surrogate pair); when {@code marked}, a cut
     * one ends in "…", which counts as one of them. The one cutting rule for names, stored or shown.
     */
    public static String cut(String s, int max, boolean marked) {
        if (length(s) <= max) {
            return s;
        }
        return marked ? s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…" : s.substring(0, s.offsetByCodePoints(0, max));
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
