package org.peeragogy.reader.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tester t15's F10: a W3C reply arrives without a chapter of ours; it is shown in its nearest ancestor's chapter
 * that the handbook has, in whatever order the notes come, and keeps its own when there is none (not arrived, loop).
 */
class ReplyChaptersTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static Annotation note(String id, String chapter) {
        return new Annotation(id, "book", chapter, Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "text",
                List.of(), "Ana", null, T0, T0, Optional.empty(), Optional.empty());
    }

    @Test
    void aReplyWithoutAChapterIsInItsNearestAncestorsChapterInAnyOrder() {
        List<Annotation> notes = new ArrayList<>(List.of(note("q", "wiki"), note("r1", "_unplaced"),
                note("r2", "_unplaced"), note("w", "_unplaced"), note("a", "_unplaced"), note("b", "_unplaced"),
                note("o", "old-chapter")));
        Map<String, NoteLink> links = Map.of("r1", NoteLink.reply("r1", "q"), "r2", NoteLink.reply("r2", "r1"),
                "w", NoteLink.reply("w", "not-here"), "a", NoteLink.reply("a", "b"), "b", NoteLink.reply("b", "a"),
                "o", NoteLink.reply("o", "r2"));
        Random random = new Random(10);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(notes, random);
            Map<String, String> chapters = new java.util.HashMap<>();
            ReplyChapters.placed(notes, links, c -> c.equals("wiki")).forEach(n -> chapters.put(n.id(), n.chapterId()));
            assertEquals(Map.of("q", "wiki", "r1", "wiki", "r2", "wiki", "o", "wiki", "w", "_unplaced",
                    "a", "_unplaced", "b", "_unplaced"), chapters, "order " + notes);
        }
    }
}
