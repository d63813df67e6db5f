package org.peeragogy.reader.text;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a name looks like the label anonymous questions show (tester t15b's F2: "Anonymous (2)", "Αnonymous" with a
 * Greek capital Alpha and the Spanish "Anónimo" were taken as names, and then read as anonymous askers). Two names look
 * alike when their UTS #39 skeletons do (ICU4J's {@link SpoofChecker#getSkeleton}: Unicode's confusables table, kept by
 * the Unicode Consortium, maps "Α" (Greek), "А" (Cyrillic) to "A", "0" to "O", "m" to "rn" and so on), taken of the
 * name without case, accents, invisible characters, spaces and signs, and without a trailing number such as " (2)".
 * ICU4J is already in the package (search's folding, decision 0018); its confusables table is 47 KB of it.
 *
 * <p>The labels are those of {@link #LABELS}: "Anonymous" (what files carry, decision 0031) and the {@code
 * author.anonymous} label of each interface language (a test holds the list to the bundles). Threads: any (the
 * checker is immutable once built). Nothing here throws.
 */
public final class LookAlikes {
    /** The anonymous label in each interface language, as the bundles' {@code author.anonymous} say it. */
    public static final List<String> LABELS = List.of("Anonymous", "Anónimo", "Anonimo", "Anônimo");

    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\p{Z}\\s]+$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IGNORABLE = Pattern.compile(
            "[\\p{Cf}\\u034F\\u115F\\u1160\\u3164\\uFFA0\\uFE00-\\uFE0F\\x{E0100}-\\x{E01EF}]");

    private LookAlikes() {
    }

    /**
     * Whether {@code name} looks like an anonymous label ({@link #LABELS}) in any of the reader's languages, with or
     * without a number after it ("Anonymous (2)"). True for the labels themselves too. Null gives false.
     */
    public static boolean anonymous(String name) {
        if (name == null) {
            return false;
        }
        String folded = fold(name);
        return !folded.isEmpty() && Targets.FOLDED.contains(folded);
    }

    /**
     * {@code label} (how a person is shown) with " (" + {@code idLabel} + ")" after it when their {@code name} looks
     * like an anonymous label without being the one anonymous questions carry ({@code LABELS.get(0)}, "Anonymous");
     * else {@code label} (decision 0075: such a name never passes for an anonymous asker), and {@code label} when it
     * already ends so (a namesake told apart by its id, decision 0101). Null name: {@code label}.
     */
    public static String marked(String label, String name, String idLabel) {
        String n = name == null ? "" : name.strip();
        return n.equals(LABELS.get(0)) || !anonymous(n) || label.startsWith(" (" + idLabel, label.lastIndexOf(" ("))
                ? label : label + " (" + idLabel + ")";
    }

    /**
     * The form in which two short texts look the same on screen: their UTS #39 skeleton (ICU's confusables), taken
     * without case and invisible characters, signs and numbers kept. "Α." (Greek capital Alpha) and "A." give one
     * form, "A." and "B." two (tester t15c's F1: a digest's initials drawn alike were two people's). Null gives "".
     */
    public static String skeleton(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        n = IGNORABLE.matcher(n).replaceAll("");
        n = Checker.INSTANCE.getSkeleton(n).toLowerCase(Locale.ROOT);
        // Lower case may have made new look-alikes: one more skeleton settles them (as fold does).
        return Checker.INSTANCE.getSkeleton(n).toLowerCase(Locale.ROOT);
    }

    /** The form in which two names look alike (see the class): letters only, skeleton, no case or accents. */
    static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        n = IGNORABLE.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        n = TRAILING_NUMBER.matcher(n).replaceAll("");
        n = Checker.INSTANCE.getSkeleton(n);
        n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        n = n.toLowerCase(Locale.ROOT);
        // Lower case may have made new look-alikes ("O" from "0" is "o" now): one more skeleton settles them.
        n = Checker.INSTANCE.getSkeleton(n).toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(n).replaceAll("");
    }

    /** Built on first use: most names are never checked. */
    private static final class Checker {
        static final SpoofChecker INSTANCE = new SpoofChecker.Builder().build();
    }

    private static final class Targets {
        static final java.util.Set<String> FOLDED = LABELS.stream().map(LookAlikes::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
