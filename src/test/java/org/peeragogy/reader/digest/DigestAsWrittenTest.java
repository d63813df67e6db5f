package org.peeragogy.reader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.ChapterIds;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Part;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.ui.Texts;

/**
 * What fresh tester t15b found in the digest's text, from notes written out by hand: initials that collide or are made
 * of punctuation (F8), line breaks lost (N1), a chapter asked for with no notes (N6), long notes cut with no way to have
 * them whole (N10), and the notes of no chapter listed twice and counted as a chapter (F10's re-check).
 */
class DigestAsWrittenTest {
    private static final String BOOK = "fixture.en";
    private static final Book HANDBOOK = new Book(BOOK, "Fixture", "f", List.of(new Part("", List.of(
            new Chapter("wiki", "27", "Wiki", "", "wiki.md"), new Chapter("forums", "26", "Forums", "", "forums.md")))));
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final DigestWords ENGLISH = Texts.of(Locale.ENGLISH).digestWords();
    private final List<Annotation> notes = new ArrayList<>();
    private final Map<String, NoteLink> links = new HashMap<>();

    private void note(String id, String chapter, String person, String text) {
        Instant t = T0.plusSeconds(60L * notes.size());
        notes.add(new Annotation(id, BOOK, chapter, Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text,
                List.of(), person, "urn:" + person, t, t, Optional.empty(), Optional.empty()));
    }

    private Digest digest(Names names, Set<String> chapters, int longest) {
        return DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, List.of()),
                a -> Placement.orphan(), 0, chapters, names, ENGLISH, T0, Map.of(), longest);
    }

    private Digest digest(Names names) {
        return digest(names, Set.of(), DigestBuilder.LONGEST);
    }

    @Test
    void differentPeopleWithTheSameInitialsAreToldApart() {
        note("a", "wiki", "Ana", "One");
        note("b", "wiki", "Alice", "Two");
        assertEquals(List.of("A.", "A. (2)"), digest(Names.INITIALS).people());
    }

    @Test
    void initialsAreMadeOfLettersOnlyAndANameWithoutLettersIsSomeoneNumberedApart() {
        note("a", "wiki", "Ana <script>alert(1)</script>  olleh", "One");
        note("b", "wiki", "Mal yrollam 😈 …", "Two");
        note("c", "wiki", "😈 <> 42", "Three");
        note("d", "wiki", "(((", "Four");
        note("e", "wiki", "Łucja ćma", "Five");
        assertEquals(List.of("A. S. O.", "Ł. Ć.", "M. Y.", "someone", "someone (2)"), digest(Names.INITIALS).people());
    }

    @Test
    void aNotesLineBreaksStayInTheMarkdownAndTheHtmlAndItsLinesStayText() {
        note("q", "wiki", "Chen", "Line one\n\n# not a heading\n- [x] second para");
        links.put("q", NoteLink.question("q"));
        String md = DigestMarkdown.write(digest(Names.SHOW));
        assertTrue(md.contains("- ⁨Line one\n\n  \\# not a heading\\\n  \\- \\[x\\] second para⁩ (⁨Chen⁩)"), md);
        Element li = Jsoup.parse(DigestHtml.write(digest(Names.SHOW))).selectFirst("ul.thread li bdi");
        assertEquals(3, li.select("br").size(), li.outerHtml());
        assertEquals(List.of("Line one", "# not a heading", "- [x] second para"), li.textNodes().stream()
                .map(t -> t.getWholeText().strip()).filter(t -> !t.isEmpty()).toList(), li.outerHtml());
        assertTrue(li.children().stream().allMatch(e -> e.normalName().equals("br")), li.outerHtml());
    }

    @Test
    void aChapterAskedForThatHasNoNotesSaysSo() {
        note("a", "wiki", "Ana", "On the wiki");
        Digest d = digest(Names.SHOW, Set.of("forums"), DigestBuilder.LONGEST);
        assertEquals(1, d.chapters().size());
        String md = DigestMarkdown.write(d);
        assertTrue(md.contains("## 26 Forums\n\nNo notes yet.\n"), md);
        assertTrue(DigestHtml.write(d).contains("No notes yet."));
        assertTrue(d.summary().startsWith("0 chapters, 0 people, 0 open questions; no notes yet in 26 Forums"),
                d.summary());
    }

    @Test
    void aLongNoteIsCutSayingSoUnlessTheWholeTextIsAskedFor() {
        String words = "word ".repeat(1000).strip();
        note("q", "wiki", "Ana", words);
        links.put("q", NoteLink.question("q"));
        String cut = DigestMarkdown.write(digest(Names.SHOW));
        assertTrue(cut.contains("more characters in the notes file"), cut);
        assertFalse(cut.contains(words), "cut");
        String whole = DigestMarkdown.write(digest(Names.SHOW, Set.of(), Integer.MAX_VALUE));
        assertTrue(whole.contains(words), whole);
        assertFalse(whole.contains("more characters in the notes file"), whole);
    }

    /**
     * t15b's F10 re-check: two notes of no chapter replying to each other were listed under "Not in this edition →
     * Replies whose thread loops" and again under "Could not be placed", and "Not in this edition" was counted as one
     * of the digest's chapters. They are listed once, in their thread; a lone note of no chapter still is listed.
     */
    @Test
    void notesOfNoChapterInAThreadAreListedOnceAndNoChapterIsNoChapter() {
        note("a", ChapterIds.UNPLACED, "Mal", "A replies to B");
        note("b", ChapterIds.UNPLACED, "Mal", "B replies to A");
        note("c", ChapterIds.UNPLACED, "Ana", "Alone, from a page not in this book");
        note("w", "wiki", "Ana", "On the wiki");
        links.put("a", NoteLink.reply("a", "b"));
        links.put("b", NoteLink.reply("b", "a"));
        Digest d = digest(Names.SHOW);
        assertEquals(List.of("Alone, from a page not in this book"), d.unplaced().stream().map(Digest.Item::text).toList());
        String md = DigestMarkdown.write(d);
        assertEquals(1, md.split("A replies to B", -1).length - 1, md);
        assertTrue(d.summary().startsWith("1 chapter, "), d.summary());
    }
}
