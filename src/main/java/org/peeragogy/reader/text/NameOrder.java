package org.peeragogy.reader.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Names in the order a list of people is read in a language (tester t15c's N3: the digest's "People (30): Bench 4,
 * Bench 10, Bench 21, Bench 14, …" followed no visible order, and a facilitator could not check who was missing):
 * ICU's collation for the language (accents, case and scripts as that language sorts them: "Ángela" beside "Ana", not
 * after "Zoe"), with a run of digits compared as a number ("Bench 4" before "Bench 10"). Names that collate equal
 * ("Ana", "ana") keep a fixed order by their characters. The JDK's {@code java.text.Collator} has no numeric
 * ordering; ICU4J is already in the package (decision 0018).
 *
 * <p>Threads: any (the collator is frozen). Nothing here throws; null sorts as "".
 */
public final class NameOrder {
    private NameOrder() {
    }

    /** The order of names in the language {@code languageTag} (BCP 47, such as "es"; "" or unknown: the root order). */
    public static Comparator<String> in(String languageTag) {
        Collator c = Collator.getInstance(ULocale.forLanguageTag(languageTag == null ? "" : languageTag));
        if (c instanceof RuleBasedCollator rules) {
            rules.setNumericCollation(true);
        }
        Collator frozen = c.freeze();
        Comparator<String> byName = (a, b) -> frozen.compare(a == null ? "" : a, b == null ? "" : b);
        return byName.thenComparing(s -> s == null ? "" : s);
    }
}
