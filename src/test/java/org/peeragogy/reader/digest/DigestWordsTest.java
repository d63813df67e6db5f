package org.peeragogy.reader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.ui.Texts;

/** How a digest lists people in its language: all of a few, and from four on two and how many others (tester's F30). */
class DigestWordsTest {
    @Test
    void aFewPeopleAreAllNamedAndManyAreTwoAndACount() {
        DigestWords en = Texts.of(Locale.ENGLISH).digestWords();
        assertEquals("Ana and Bo", en.list(List.of("Ana", "Bo")));
        assertEquals("Ana, Bo and Cy", en.list(List.of("Ana", "Bo", "Cy")));
        assertEquals("Ana, Bo and 497 others", en.list(java.util.stream.Stream.concat(java.util.stream.Stream.of("Ana", "Bo"),
                java.util.stream.IntStream.range(0, 497).mapToObj(i -> "P" + i)).toList()));
        assertEquals("Ana, Bo y 2 personas más", Texts.of(Locale.forLanguageTag("es")).digestWords()
                .list(List.of("Ana", "Bo", "Cy", "Di")));
    }
}
