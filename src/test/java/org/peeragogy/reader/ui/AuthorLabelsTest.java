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
}
