package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFinderTest {
    private static List<String> found(String text, String query) {
        return TextFinder.of(text).find(query).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        assertEquals(List.of("Peer", "peer", "PEER"), found("Peer learning, peer support, PEER.", "peer"));
    }

    @Test
    void ignoresAccentsBothWays() {
        assertEquals(List.of("peeragogía"), found("La peeragogía es", "PEERAGOGIA"));
        assertEquals(List.of("peeragogia"), found("a peeragogia b", "peeragogía"));
    }

    @Test
    void whiteSpaceRunsAndLineBreaksMatchASpace() {
        assertEquals(List.of("learning\n   together"), found("we are learning\n   together now", "learning together"));
    }

    @Test
    void offsetsCountUtf16UnitsAroundEmoji() {
        String text = "grow 🌱 seeds, more seeds";
        List<TextFinder.Match> m = TextFinder.of(text).find("seeds");
        assertEquals(text.indexOf("seeds"), m.get(0).start());
        assertEquals(text.lastIndexOf("seeds") + 5, m.get(1).end());
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(List.of(), found("anything", "   "));
    }

    @Test
    void hostileLookingQueriesAreJustText() {
        assertEquals(List.of("(a*"), found("x (a* y", "(a*"));
        assertEquals(List.of(), found("text", "\"".repeat(10_000)));
    }
}
