package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tester's F18: the name anonymous questions carry is stored in English ("Anonymous", decision 0031), and the Spanish
 * group view said "De Anonymous"; the window shows it in its language, a second one told apart keeping its number.
 */
class AuthorLabelsTest {
    @Test
    void theAnonymousNameIsShownInTheWindowsLanguageAndOtherNamesAsTheyAre() {
        Texts es = Texts.of(Locale.forLanguageTag("es"));
        assertEquals("Anónimo", AuthorLabels.shown(es, "Anonymous"));
        assertEquals("Anónimo (2)", AuthorLabels.shown(es, "Anonymous (2)"));
        assertEquals("Anonymously Yours", AuthorLabels.shown(es, "Anonymously Yours"));
        assertEquals("De Anónimo", es.format("groupView.by", AuthorLabels.shown(es, "Anonymous")));
        assertEquals("Anonymous", AuthorLabels.shown(Texts.of(Locale.ENGLISH), "Anonymous"));
    }

    /** A namesake known by name only was "Ana (by name only)" in English in a Spanish window (helper h37b's note). */
    @Test
    void aNamesakeKnownByNameOnlyIsSaidSoInTheWindowsLanguage() {
        Texts es = Texts.of(Locale.forLanguageTag("es"));
        String byName = org.peeragogy.reader.book.AuthorIds.fromName("Ana");
        String reader = "urn:uuid:0835edf4-0000-4000-8000-000000000001";
        java.util.Map<String, String> people = new java.util.LinkedHashMap<>();
        people.put(byName, "Ana");
        people.put(reader, "Ana");
        java.util.Map<String, String> apart = org.peeragogy.reader.book.AuthorNames.apart(people);
        assertEquals("Ana (solo por nombre)", AuthorLabels.shown(es, apart.get(byName)));
        assertEquals("Ana (id 0835edf4)", AuthorLabels.shown(es, apart.get(reader)));
        assertEquals("Ana (solo por nombre, 2)", AuthorLabels.shown(es, "Ana (by name only, 2)"));
        assertEquals("Ana (by name only)", AuthorLabels.shown(Texts.of(Locale.ENGLISH), apart.get(byName)));
    }
}
