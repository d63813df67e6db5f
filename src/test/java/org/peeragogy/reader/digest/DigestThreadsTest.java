package org.peeragogy.reader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Part;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.ui.Texts;

/**
 * Where the digest puts each thread (tester t15's F2, F5, F11, F13): one place and one state per thread, and every
 * thread with replies shown, from notes written out by hand.
 */
class DigestThreadsTest {
    private static final String BOOK = "fixture.en";
    private static final Book HANDBOOK = new Book(BOOK, "Fixture", "f", List.of(new Part("", List.of(
            new Chapter("wiki", "27", "Wiki", "", "wiki.md")))));
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final List<Annotation> notes = new ArrayList<>();
    private final Map<String, NoteLink> links = new HashMap<>();
    private final List<Vote> votes = new ArrayList<>();

    private void note(String id, String person, String text) {
        add(id, person, text, Optional.empty());
    }

    private void deleted(String id, String person) {
        add(id, person, "", Optional.of(T0.plusSeconds(36_000)));
    }

    private void add(String id, String person, String text, Optional<Instant> deleted) {
        Instant t = T0.plusSeconds(60L * notes.size());
        notes.add(new Annotation(id, BOOK, "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text,
                List.of(), person, "urn:" + person, t, t, Optional.empty(), deleted));
    }

    private void vote(String noteId, String person) {
        votes.add(new Vote(noteId, BOOK, "urn:" + person, person, 1, T0.plusSeconds(7200)));
    }

    private Digest.ChapterDigest wiki() {
        Digest d = DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, votes),
                a -> Placement.orphan(), 0, Set.of(), Names.SHOW, Texts.of(Locale.ENGLISH).digestWords(), T0);
        return d.chapters().get(0);
    }

    private static List<String> firsts(List<Digest.Thread> threads) {
        return threads.stream().map(t -> t.question().text()).toList();
    }

    /** F2: a deleted question is no open question; its replies stay under "Deleted note", replies to deleted notes. */
    @Test
    void aDeletedQuestionIsNotOpenAndItsRepliesStayUnderItsPlaceholder() {
        deleted("q", "Ana");
        links.put("q", NoteLink.question("q"));
        note("r", "Bo", "Still worth asking");
        links.put("r", NoteLink.reply("r", "q"));
        vote("q", "Bo");
        Digest.ChapterDigest wiki = wiki();
        assertEquals(List.of(), wiki.open());
        assertEquals(List.of(), wiki.answered());
        assertEquals(1, wiki.orphaned().size());
        assertEquals(List.of("Deleted note", "Still worth asking"),
                wiki.orphaned().get(0).items().stream().map(Digest.Item::text).toList());
        assertEquals(0, wiki.orphaned().get(0).question().votes(), "a deleted note's vote is not counted");
    }

    /** F13: a question whose answer was deleted is open again, and the deleted answer's +2 are not shown. */
    @Test
    void aQuestionWhoseAnswerWasDeletedIsOpenAndTheDeletedAnswerHasNoVotes() {
        note("q", "Ana", "Why would a wiki beat a forum here?");
        links.put("q", NoteLink.question("q").answered("a"));
        deleted("a", "Ben");
        links.put("a", NoteLink.reply("a", "q"));
        note("c", "Cleo", "agreed");
        links.put("c", NoteLink.reply("c", "a"));
        vote("a", "Ana");
        vote("a", "Cleo");
        Digest.ChapterDigest wiki = wiki();
        assertEquals(List.of("Why would a wiki beat a forum here?"), firsts(wiki.open()));
        assertEquals(List.of(), wiki.answered());
        List<Digest.Item> items = wiki.open().get(0).items();
        assertEquals("Deleted note", items.get(1).text());
        assertEquals(0, items.get(1).votes());
        assertTrue(items.stream().noneMatch(Digest.Item::answer), "no item is marked the answer: " + items);
    }

    /** F5: a question replying to itself and answered by itself is listed once, as an open question. */
    @Test
    void aQuestionThatRepliesToItselfIsListedOnceAsOpen() {
        note("s", "Mal", "Cycle A");
        links.put("s", new NoteLink("s", Optional.of("s"), true, Optional.of("s")));
        Digest.ChapterDigest wiki = wiki();
        assertEquals(List.of("Cycle A"), firsts(wiki.open()));
        assertEquals(List.of(), wiki.answered());
        assertEquals(List.of(), wiki.loops(), "not again under the loops");
    }

    /**
     * F11: a plain note's replies showed under "Replies waiting for their note" until the note arrived, then the
     * whole thread was nowhere in the digest. It is a discussion of its chapter, folded as answered questions are.
     */
    @Test
    void aDiscussionThatIsNotAQuestionStaysInTheDigestOnceItsNoteArrives() {
        note("r", "dan", "I disagree");
        links.put("r", NoteLink.reply("r", "p"));
        note("r2", "carla", "Why?");
        links.put("r2", NoteLink.reply("r2", "r"));
        assertEquals(1, wiki().waiting().size(), "before the note: waiting for it");
        note("p", "amy", "powerful collaboration tool");
        Digest.ChapterDigest wiki = wiki();
        assertEquals(List.of(), wiki.waiting());
        assertEquals(List.of("powerful collaboration tool"), firsts(wiki.discussions()));
        assertEquals(List.of(0, 1, 2), wiki.discussions().get(0).items().stream().map(Digest.Item::depth).toList(),
                "replies indented under the note");
        Digest d = DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, votes),
                a -> Placement.orphan(), 0, Set.of(), Names.SHOW, Texts.of(Locale.ENGLISH).digestWords(), T0);
        String md = DigestMarkdown.write(d);
        assertTrue(md.contains("### Discussions\n\n- \u2068powerful collaboration tool\u2069 (\u2068amy\u2069, 2 replies)"),
                md);
        String html = DigestHtml.write(d);
        assertTrue(html.contains("<h3>Discussions</h3>") && html.contains("I disagree") && html.contains("Why?"), html);
    }

    /**
     * F10: a standard W3C reply targets its parent annotation, so it arrives without a chapter ("_unplaced"); the
     * digest listed it as could-not-be-placed under a chapter "_unplaced". It belongs to its parent's chapter, and
     * until the parent arrives the reader's internal id is never shown.
     */
    @Test
    void aReplyWithoutAChapterIsInItsParentsChapterAndNoInternalIdShows() {
        note("r", "Ben", "A W3C reply");
        notes.set(0, notes.get(0).inChapter("_unplaced"));
        links.put("r", NoteLink.reply("r", "q"));
        Digest before = DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, votes),
                a -> Placement.orphan(), 0, Set.of(), Names.SHOW, Texts.of(Locale.ENGLISH).digestWords(), T0);
        assertEquals(List.of("Not in this edition"), before.chapters().stream().map(Digest.ChapterDigest::title).toList());
        assertTrue(!DigestMarkdown.write(before).contains("unplaced"), DigestMarkdown.write(before));

        note("q", "Ana", "A W3C question");
        links.put("q", NoteLink.question("q"));
        Digest d = DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, votes),
                a -> Placement.orphan(), 0, Set.of(), Names.SHOW, Texts.of(Locale.ENGLISH).digestWords(), T0);
        assertEquals(List.of("27 Wiki"), d.chapters().stream().map(Digest.ChapterDigest::title).toList());
        assertEquals(List.of(), d.unplaced(), "the reply is placed, in its thread");
        Digest.ChapterDigest wiki = d.chapters().get(0);
        assertEquals(2, wiki.notes());
        assertEquals(List.of("A W3C question", "A W3C reply"),
                wiki.open().get(0).items().stream().map(Digest.Item::text).toList());
        assertTrue(d.summary().startsWith("1 chapter, 2 people"), d.summary());
    }

    /**
     * t15's F7: two readers asked anonymously; the chapter counted 6 people and the list "People (5)" named one
     * "Anonymous". Each anonymous id is one asker, numbered apart as two Anas are, so the list and the count agree,
     * and the digest says that an anonymous asker may also be a person named (decision 0065).
     */
    @Test
    void eachAnonymousAskerIsOneNameOfTheListAsTheChapterCountsThem() {
        note("a", "Ana", "A note");
        note("q1", "Anonymous", "First anonymous question");
        notes.set(1, notes.get(1).withAuthor("Anonymous", "urn:uuid:0a0a0a0a-0000-4000-8000-00000000000a"));
        note("q2", "Anonymous", "Second anonymous question");
        notes.set(2, notes.get(2).withAuthor("Anonymous", "urn:uuid:0c0c0c0c-0000-4000-8000-00000000000c"));
        for (Names mode : Names.values()) {
            Digest d = DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, votes),
                    a -> Placement.orphan(), 0, Set.of(), mode, Texts.of(Locale.ENGLISH).digestWords(), T0);
            assertEquals(d.chapters().get(0).people(), d.people().size(), mode + ": " + d.people());
            assertTrue(d.people().containsAll(List.of("Anonymous", "Anonymous (2)")), mode + ": " + d.people());
            assertTrue(DigestMarkdown.write(d).contains("Each reader who asked anonymously is one “Anonymous” here"),
                    DigestMarkdown.write(d));
        }
        assertEquals(List.of("Anonymous", "Anonymous (2)", "Participant 1"), DigestBuilder.build(HANDBOOK, "edition",
                notes, new Conversation(links, votes), a -> Placement.orphan(), 0, Set.of(), Names.HIDE,
                Texts.of(Locale.ENGLISH).digestWords(), T0).people());
    }
}
