package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A person's name from a group file in the window's words (issue 15's N5): the anonymous asker in its language. */
class FileNameWordsTest {
    @Test
    void anAnonymousParticipantIsNamedInTheWindowsLanguageAndOthersAsTheyAre() {
        Texts es = Texts.of(Locale.forLanguageTag("es"));
        assertEquals(BidiMarks.isolated("Anónimo"), FileNameWords.person(es, "Anonymous"));
        assertEquals(BidiMarks.isolated("Anónimo (2)"), FileNameWords.person(es, "Anonymous (2)"));
        assertEquals(BidiMarks.isolated("Ana"), FileNameWords.person(es, "Ana"));
    }
}
