package org.peeragogy.reader.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Threads built from parent links alone (decision 0025): any order of arrival, placeholders, cycles, votes. */
class ThreadsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static Annotation note(String id, String author, int minute) {
        return new Annotation(id, "book", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "text " + id,
                List.of(), author, null, T0.plusSeconds(60L * minute), T0.plusSeconds(60L * minute), Optional.empty(),
                Optional.empty());
    }

    private static Annotation deleted(String id, int minute) {
        return new Annotation(id, "book", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "",
                List.of(), "Cy", null, T0.plusSeconds(60L * minute), T0.plusSeconds(3600), Optional.empty(),
                Optional.of(T0.plusSeconds(3600)));
    }

    /** What a thread looks like, for comparing: "Q[R1[R3],R2]". */
    private static String shape(List<Threads.Node> roots) {
        List<String> out = new ArrayList<>();
        for (Threads.Node n : roots) {
            out.add((n.shape() == Threads.Shape.NOTE ? "" : n.shape().name().toLowerCase() + ":") + n.id()
                    + (n.replies().isEmpty() ? "" : "[" + shape(n.replies()) + "]"));
        }
        return String.join(",", out);
    }

    @Test
    void aThreadIsTheSameWhateverOrderItsNotesArriveIn() {
        List<Annotation> notes = new ArrayList<>(List.of(note("Q", "Ana", 0), note("R1", "Bo", 1), note("R2", "Cy", 2),
                note("R3", "Ana", 3), note("N", "Bo", 4)));
        Map<String, NoteLink> links = Map.of("Q", NoteLink.question("Q"), "R1", NoteLink.reply("R1", "Q"),
                "R2", NoteLink.reply("R2", "Q"), "R3", NoteLink.reply("R3", "R1"));
        Random random = new Random(15);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(notes, random);
            assertEquals("Q[R1[R3],R2],N", shape(Threads.build(notes, links, List.of())));
        }
    }

    /**
     * Fresh tester t15's F14: a chain 20,000 deep, every note a question marked answered by the deepest reply (or, for
     * one, by a note of another thread): each is answered by it, the other stays open; whether an answer lies in a
     * question's thread is read from the thread's numbering, not by walking its replies once per question.
     */
    @Test
    void everyQuestionOfADeepChainIsAnsweredByItsDeepestReplyAndNotByAnotherThreads() {
        int depth = 20_000;
        List<Annotation> notes = new ArrayList<>();
        Map<String, NoteLink> links = new HashMap<>();
        String deepest = "C" + depth;
        for (int i = 0; i <= depth; i++) {
            notes.add(note("C" + i, "Bo", i));
            NoteLink l = i == 0 ? NoteLink.question("C0") : NoteLink.reply("C" + i, "C" + (i - 1));
            links.put("C" + i, l.answered(i == 7 ? "X" : deepest));
        }
        notes.add(note("X", "Cy", 0));
        List<Threads.Node> roots = Threads.build(notes, links, List.of());
        assertEquals(2, roots.size());
        List<Threads.Node> chain = roots.stream().filter(n -> n.id().equals("C0")).findFirst().orElseThrow().flatten();
        assertEquals(depth + 1, chain.size());
        for (Threads.Node n : chain) {
            boolean answered = !n.id().equals("C7") && !n.id().equals(deepest);
            assertEquals(answered ? Optional.of(deepest) : Optional.empty(), n.answeredBy(), n.id());
        }
    }

    /**
     * Fresh tester 18w's N1: a file marked a question answered by the question itself, and the Group view and the
     * digest counted it answered with no reply. Only a reply in the question's own thread answers it; the answer
     * marked may be a reply to a reply, and one that has not arrived yet leaves the question open until it does.
     */
    /**
     * A thread under deleted notes began at the earliest of them and of its live replies: D2 (minute 1), deleted, under
     * D1 (minute 5), deleted, holds a live reply (minute 3), so it starts before N (minute 2). A long chain of deleted
     * notes (20,000) keeps its one live reply in place, each note looked at once (the walk from each was quadratic).
     */
    @Test
    void aThreadUnderDeletedNotesBeganAtTheEarliestOfThemAndALongChainKeepsItsReply() {
        List<Annotation> notes = List.of(deleted("D1", 5), deleted("D2", 1), note("R", "Ana", 3), note("N", "Bo", 2));
        Map<String, NoteLink> links = Map.of("D2", NoteLink.reply("D2", "D1"), "R", NoteLink.reply("R", "D2"));
        assertEquals("deleted:D1[deleted:D2[R]],N", shape(Threads.build(notes, links, List.of())));

        int depth = 20_000;
        List<Annotation> chain = new ArrayList<>();
        Map<String, NoteLink> chainLinks = new HashMap<>();
        for (int i = 0; i < depth; i++) {
            chain.add(deleted("D" + i, depth - i));
            if (i > 0) {
                chainLinks.put("D" + i, NoteLink.reply("D" + i, "D" + (i - 1)));
            }
        }
        chain.add(note("L", "Cy", depth + 1));
        chainLinks.put("L", NoteLink.reply("L", "D" + (depth - 1)));
        chain.add(note("M", "Dan", 0));
        List<Threads.Node> roots = Threads.build(chain, chainLinks, List.of());
        assertEquals(List.of("M", "D0"), roots.stream().map(Threads.Node::id).toList(),
                "M (minute 0) began before the chain's earliest note (minute 1)");
    }

    @Test
    void onlyAReplyInTheQuestionsThreadAnswersIt() {
        List<Annotation> notes = List.of(note("Q", "Ana", 0), note("R1", "Bo", 1), note("R2", "Cy", 2),
                note("P", "Bo", 3), note("S", "Dan", 4));
        Map<String, NoteLink> links = Map.of("R1", NoteLink.reply("R1", "Q"), "R2", NoteLink.reply("R2", "R1"),
                "P", NoteLink.question("P").answered("R1"), "S", NoteLink.question("S").answered("S"),
                "Q", NoteLink.question("Q").answered("R2"));
        Map<String, Threads.Node> roots = new HashMap<>();
        Threads.build(notes, links, List.of()).forEach(n -> roots.put(n.id(), n));
        assertEquals(Optional.of("R2"), roots.get("Q").answeredBy(), "a reply to a reply in its thread");
        assertFalse(roots.get("Q").open());
        assertTrue(roots.get("P").open(), "answered by a reply of another thread: still open");
        assertTrue(roots.get("S").open(), "answered by itself: still open");

        Map<String, NoteLink> waiting = new HashMap<>(links);
        waiting.put("Q", NoteLink.question("Q").answered("R9"));
        assertTrue(Threads.build(notes, waiting, List.of()).stream().filter(n -> n.id().equals("Q")).findFirst()
                .orElseThrow().open(), "the answer has not arrived yet");
    }

    @Test
    void aReplyBeforeItsParentWaitsUnderAPlaceholderNamingWhoWroteIt() {
        List<Annotation> early = List.of(note("R1", "Ana", 1));
        Map<String, NoteLink> links = Map.of("R1", NoteLink.reply("R1", "Q"), "Q", NoteLink.question("Q"));
        List<Threads.Node> before = Threads.build(early, links, List.of());
        assertEquals("missing:Q[R1]", shape(before));
        assertEquals("A note you do not have yet, with replies from Ana", before.get(0).label());
        assertTrue(before.get(0).note().isEmpty());
        assertFalse(before.get(0).question(), "what the missing note is cannot be known");

        List<Threads.Node> after = Threads.build(List.of(note("R1", "Ana", 1), note("Q", "Bo", 0)), links, List.of());
        assertEquals("Q[R1]", shape(after));
        assertTrue(after.get(0).open());
    }

    @Test
    void aPlaceholderNamesEveryoneWaitingUnderIt() {
        List<Annotation> notes = List.of(note("R1", "Ana", 1), note("R2", "Bo", 2), note("R3", "Ana", 3),
                note("R4", "Cy", 4));
        Map<String, NoteLink> links = new HashMap<>();
        notes.forEach(n -> links.put(n.id(), NoteLink.reply(n.id(), "Q")));
        assertEquals("A note you do not have yet, with replies from Ana, Bo and Cy",
                Threads.build(notes, links, List.of()).get(0).label());
    }

    @Test
    void aDeletedNoteKeepsItsRepliesUnderADeletedPlaceholderAndIsHiddenWithoutThem() {
        List<Annotation> notes = List.of(deleted("Q", 0), note("R1", "Bo", 1), deleted("R2", 2), note("R3", "Ana", 3),
                deleted("lonely", 4), note("N", "Ana", 5));
        Map<String, NoteLink> links = Map.of("R1", NoteLink.reply("R1", "Q"), "R2", NoteLink.reply("R2", "Q"),
                "R3", NoteLink.reply("R3", "R2"));
        List<Threads.Node> roots = Threads.build(notes, links, List.of());
        assertEquals("deleted:Q[R1,deleted:R2[R3]],N", shape(roots));
        assertEquals("Deleted note", roots.get(0).label());
    }

    @Test
    void cyclesAreCutAtTheNoteCreatedFirstAndNothingIsLost() {
        List<Annotation> notes = List.of(note("A", "Ana", 2), note("B", "Bo", 1), note("C", "Cy", 3),
                note("S", "Ana", 4), note("D", "Bo", 5));
        Map<String, NoteLink> links = Map.of("A", NoteLink.reply("A", "B"), "B", NoteLink.reply("B", "C"),
                "C", NoteLink.reply("C", "A"), "S", NoteLink.reply("S", "S"), "D", NoteLink.reply("D", "C"));
        List<Threads.Node> roots = Threads.build(notes, links, List.of());
        assertEquals("B[A[C[D]]],S", shape(roots));
        // The cut is said, so the digest can list such threads (tester's F13); no other note is marked.
        assertEquals(List.of("B", "S"), roots.stream().flatMap(r -> r.flatten().stream()).filter(Threads.Node::looped)
                .map(Threads.Node::id).toList());
    }

    @Test
    void votesCountGivenOnesOncePerPersonAndAnAnswerClosesAQuestion() {
        List<Annotation> notes = List.of(note("Q", "Ana", 0), note("R", "Bo", 1));
        Map<String, NoteLink> links = Map.of("Q", NoteLink.question("Q").answered("R"), "R", NoteLink.reply("R", "Q"));
        List<Vote> votes = List.of(new Vote("Q", "book", "urn:a", "Ana", 1, T0),
                new Vote("Q", "book", "urn:b", "Bo", 0, T0.plusSeconds(5)),
                new Vote("Q", "book", "urn:c", "Cy", 1, T0.plusSeconds(9)),
                new Vote("R", "book", "urn:a", "Ana", 1, T0), new Vote("gone", "book", "urn:a", "Ana", 1, T0));
        Threads.Node q = Threads.build(notes, links, votes).get(0);
        assertEquals(List.of("urn:a", "urn:c"), q.voterIds());
        assertEquals(2, q.votes());
        assertTrue(q.question());
        assertFalse(q.open());
        assertEquals(Optional.of("R"), q.answeredBy());
        assertEquals(1, q.replies().get(0).votes());
        assertEquals(List.of("Q", "R"), q.flatten().stream().map(Threads.Node::id).toList());
    }

    @Test
    void aVeryLongChainOfRepliesIsBuiltWithoutRecursion() {
        List<Annotation> notes = new ArrayList<>();
        Map<String, NoteLink> links = new HashMap<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            notes.add(note("n" + i, "Ana", i));
            if (i > 0) {
                links.put("n" + i, NoteLink.reply("n" + i, "n" + (i - 1)));
            }
        }
        List<Threads.Node> roots = Threads.build(notes, links, List.of());
        assertEquals(1, roots.size());
        assertEquals(n, roots.get(0).flatten().size());
    }

    /**
     * Tester t15's F2 and F13: a deleted question was listed as an open question, and a question whose answer was
     * deleted stayed answered with that answer's +2. Only a live note asks, answers or has votes; the replies stay
     * under their "Deleted note" placeholder.
     */
    @Test
    void aDeletedNoteNeitherAsksNorAnswersNorKeepsItsVotes() {
        List<Annotation> notes = List.of(deleted("Q", 0), note("R", "Bo", 1), note("P", "Ana", 2), deleted("A", 3),
                note("C", "Cleo", 4));
        Map<String, NoteLink> links = Map.of("Q", NoteLink.question("Q"), "R", NoteLink.reply("R", "Q"),
                "P", NoteLink.question("P").answered("A"), "A", NoteLink.reply("A", "P"), "C", NoteLink.reply("C", "A"));
        List<Vote> votes = List.of(new Vote("A", "book", "urn:bo", "Bo", 1, T0), new Vote("A", "book", "urn:cy", "Cy", 1, T0),
                new Vote("Q", "book", "urn:bo", "Bo", 1, T0));
        Map<String, Threads.Node> roots = new HashMap<>();
        Threads.build(notes, links, votes).forEach(n -> roots.put(n.id(), n));
        assertEquals("deleted:Q[R],P[deleted:A[C]]", shape(Threads.build(notes, links, votes)));
        Threads.Node q = roots.get("Q");
        assertFalse(q.question(), "a deleted question asks nothing");
        assertFalse(q.open());
        assertEquals(0, q.votes(), "a deleted note's votes are not counted");
        Threads.Node p = roots.get("P");
        assertEquals(Optional.empty(), p.answeredBy(), "a deleted answer answers nothing");
        assertTrue(p.open(), "its question is open again");
        assertEquals(0, p.replies().get(0).votes(), "the deleted answer's +2 are not counted");
    }

    /** Tester t15's F5: a question replying to itself and answered by itself is one thing: an open question. */
    @Test
    void aQuestionThatRepliesToItselfIsOpen() {
        List<Annotation> notes = List.of(note("S", "Mal", 0));
        Map<String, NoteLink> links = Map.of("S", new NoteLink("S", Optional.of("S"), true, Optional.of("S")));
        Threads.Node s = Threads.build(notes, links, List.of()).get(0);
        assertEquals("S", shape(List.of(s)));
        assertTrue(s.question());
        assertTrue(s.open());
        assertEquals(Optional.empty(), s.answeredBy());
    }
}
