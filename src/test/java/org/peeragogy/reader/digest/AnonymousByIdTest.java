package org.peeragogy.reader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.ui.Texts;

/**
 * Fresh tester t15c's F5: a Hypothesis user called "Anonymous" (acct:Anonymous@hypothes.is) was "Anonymous (2)" in the
 * digest, the very form of a second reader who asked anonymously, and "Anónimo (2)" in Spanish. An anonymous asker is
 * a reader id named "Anonymous"; anyone else of that name is a person, shown with their id.
 */
class AnonymousByIdTest {
    @Test
    void onlyAReadersIdNamedAnonymousIsAnAnonymousAsker() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
            Names.Namer n = Names.SHOW.namer(Texts.of(l).digestWords());
            String asker = n.name("Anonymous", AuthorIds.newReaderId());
            String hypothesisUser = n.name("Anonymous", "acct:Anonymous@hypothes.is");
            assertEquals(l == Locale.ENGLISH ? "Anonymous" : "Anónimo", asker);
            assertNotEquals(asker + " (2)", hypothesisUser, l.toString());
            assertEquals("Anonymous (acct:Anonymous@hypothes.is)", hypothesisUser);
        }
    }
}
