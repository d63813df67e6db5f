package org.peeragogy.reader.digest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a digest names people ({@code --names show|initials|hide}). One instance per digest: {@link #HIDE}
 * numbers people in the order the digest first meets them ("Participant 1"), so the same person keeps the
 * same number throughout, and two people of the same name stay two. Not thread-safe; one digest, one thread.
 */
public enum Names {
    /** names as the notes carry them */
    SHOW,
    /**
     * the first letter of each word of the name ("Ana Lima" → "A. L."); people whose initials are the same are told
     * apart as "A.", "A. (2)", as are initials that only look the same (a Greek "Α." beside a Latin "A."); a name without letters is "someone" (numbered apart too)
     */
    INITIALS,
    /** no name at all: "Participant N", numbered by author id */
    HIDE;

    /** The mode a command-line word names, or empty. Any thread. */
    public static java.util.Optional<Names> ofCode(String code) {
        for (Names n : values()) {
            if (n.name().toLowerCase(Locale.ROOT).equals(code)) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Gives each person (by author id) the name this mode shows, once. People of the digest who share a name are shown
     * with what tells their ids apart, "Ann (id 0835edf4)", the same on every reader ({@code AuthorNames.apart},
     * decision 0101); names shown the same otherwise (initials, "someone", anonymous askers, a person the namer was
     * not told of) get " (2)" after the second, " (3)" after the third: two people stay two in every list and thread.
     */
    final class Namer {
        private final Map<String, String> given = new HashMap<>();
        private final DigestWords words;
        /** Ids named "Anonymous" that are a person of that name, not an anonymous asker (no file vouched for them). */
        private final java.util.Set<String> namedSo;
        /** The labels of the namesakes among the digest's people, by author id (shown with their names only). */
        private final Map<String, String> told = new HashMap<>();

        private Namer(DigestWords words, java.util.Set<String> namedSo, Map<String, String> people) {
            this.words = words;
            this.namedSo = java.util.Set.copyOf(namedSo);
            org.peeragogy.reader.book.AuthorNames.apart(people).forEach((id, label) -> {
                if (!label.equals(org.peeragogy.reader.book.AuthorNames.visible(people.get(id)))) {
                    told.put(id, label);
                }
            });
        }

        private final Map<String, Integer> taken = new HashMap<>();
        /** "Participant N" numbers given so far (anonymous askers take none). */
        private int participants;

        String name(String name, String authorId) {
            return given.computeIfAbsent(authorId, k -> {
                // An anonymous question stays "Anonymous" in every mode, never "Participant 5" or initials (tester's
                // F3: they pointed the group at a person who is not there). Each anonymous id is one asker, numbered
                // apart as two Anas are ("Anonymous (2)"), so that the list of people has as many names as the
                // chapters count people (t15's F7; decision 0065).
                String shown = anonymous(name, authorId) && !namedSo.contains(authorId) ? words.say("digestDoc.anonymous") : switch (Names.this) {
                    // A name that looks like the anonymous label carries its id (t15b F2, decision 0075).
                    case SHOW -> told.containsKey(authorId) && !anonymous(name, authorId) ? told.get(authorId)
                            : org.peeragogy.reader.book.AuthorNames.visible(name).isEmpty() ? words.say("digestDoc.someone")
                            : org.peeragogy.reader.store.ConversationStore.ANONYMOUS_NAME.equals(name.strip())
                            // The label itself, not an anonymous asker (a Hypothesis user, a W3C creator no file
                            // vouched for): with its id (t15c F5, t15d F5).
                            ? name.strip() + " (" + org.peeragogy.reader.book.AuthorIds.shortLabel(authorId) + ")"
                            : org.peeragogy.reader.store.PeopleApart.marked(
                                    org.peeragogy.reader.book.AuthorNames.visible(name), name, authorId);
                    case INITIALS -> initials(name).isEmpty() ? words.say("digestDoc.someone") : initials(name);
                    case HIDE -> words.say("digestDoc.participant", ++participants);
                };
                // Compared without case and invisible characters: "Ana" and "Ana" + ZWSP are two Anas (F25). Initials
                // are one letter each, drawn alike across scripts: compared by how they look (ICU's confusables), so
                // a Greek "Α." is "A. (2)" beside a Latin "A." (t15c's F1).
                int n = taken.merge(Names.this == INITIALS ? org.peeragogy.reader.text.LookAlikes.skeleton(shown)
                        : org.peeragogy.reader.book.AuthorNames.compared(shown), 1, Integer::sum);
                return n == 1 ? shown : shown + " (" + n + ")";
            });
        }
    }

    /**
     * Whether a note's name is the one anonymous questions carry (decision 0031): such notes are not a person of
     * the digest's counts, as anyone may have asked them. Any thread.
     */
    static boolean anonymous(String name, String authorId) {
        // A reader's anonymous id is a reader id (AuthorIds.newReaderId); a Hypothesis user called "Anonymous"
        // (acct:Anonymous@hypothes.is) is a person of that name, never a second anonymous asker (t15c's F5).
        return org.peeragogy.reader.store.ConversationStore.ANONYMOUS_NAME.equals(name.strip())
                && org.peeragogy.reader.book.AuthorIds.isReaderId(authorId);
    }

    Namer namer(DigestWords words) {
        return new Namer(words, java.util.Set.of(), Map.of());
    }

    /**
     * A namer for which the ids of {@code namedSo}, though named "Anonymous", are people of that name shown with their
     * id, never anonymous askers (a W3C creator no file vouched for: {@code SharedNotes.anonymousByNoOne}, t15d's F5).
     */
    Namer namer(DigestWords words, java.util.Set<String> namedSo) {
        return new Namer(words, namedSo, Map.of());
    }

    /**
     * As the namer above, told of the digest's {@code people} (each author id's name): those who share a name are shown
     * with their ids' short labels in {@link #SHOW} mode, whichever the namer meets first (decision 0101).
     */
    Namer namer(DigestWords words, java.util.Set<String> namedSo, Map<String, String> people) {
        return new Namer(words, namedSo, people);
    }

    /**
     * The first letter of each word that has one (t15b's F8: "Ana <script>…" became "A. <. . O.", "Anonymous (2)"
     * "A. (."): marks, digits, symbols and emoji are no initials, and a word without a letter gives none. "" when the
     * name has no letter at all (the namer then says "someone", numbered apart as equal initials are).
     */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : org.peeragogy.reader.book.AuthorNames.visible(name).strip().split("\\s+")) {
            word.codePoints().filter(Character::isLetter).findFirst().ifPresent(cp ->
                    b.append(b.isEmpty() ? "" : " ").append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT))
                            .append('.'));
        }
        return b.toString();
    }
}
