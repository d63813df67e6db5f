package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.DigestBuilder;
import org.peeragogy.reader.digest.DigestMarkdown;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Issue 15, tester's F5: one question of 25,000 characters filled the digest (the PDF's first pages were "long long
 * …") for the whole group. A note's text is shown up to {@link DigestBuilder#LONGEST} characters, cut at a space,
 * and the digest says how many more the notes file has; a short note is shown whole.
 */
class DigestLongNotesTest {
    @TempDir
    Path tmp;

    @Test
    void aVeryLongQuestionIsShortenedSayingHowMuchMoreThereIsAndAShortOneIsWhole() throws Exception {
        String longText = "long ".repeat(5000).strip();
        try (Database fac = Database.open(tmp.resolve("fac"))) {
            fac.conversation().ask(new AnnotationStore.Draft(ShareFixture.HANDBOOK.book().identity(), "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, longText, List.of(), "Dana",
                    Optional.empty()));
            fac.conversation().ask(new AnnotationStore.Draft(ShareFixture.HANDBOOK.book().identity(), "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Short one?", List.of(), "Ana",
                    Optional.empty()));
            Digest d = new Digests(fac, new HandbookChapters(ShareFixture.HANDBOOK)).make(Set.of(), Names.SHOW,
                    DigestFixture.ENGLISH);
            List<String> asked = d.chapters().get(0).open().stream().map(t -> t.question().text()).toList();
            String shortened = asked.stream().filter(t -> t.startsWith("long")).findFirst().orElseThrow();
            assertTrue(shortened.length() < DigestBuilder.LONGEST + 80, shortened.length() + " chars");
            int shown = shortened.indexOf('…');
            assertTrue(shortened.endsWith("… (" + String.format(java.util.Locale.ENGLISH, "%,d", longText.length() - shown) + " more characters in the notes file)"),
                    shortened.substring(shown));
            assertEquals(longText.substring(0, shown), shortened.substring(0, shown), "cut at a space, not in a word");
            assertTrue(asked.contains("Short one?"));
            Path pdf = tmp.resolve("digest.pdf");
            Digests.write(d, Digests.Format.PDF, pdf);
            // Lines folded and the "fi" ligature undone, as pdftotext gives them.
            String raw = DigestScriptsTest.pdftotext(pdf);
            assertTrue(raw.chars().filter(c -> c == '\f').count() <= 2, "the PDF is a page or two: " + raw);
            String text = raw.replaceAll("\\s+", " ").replace("\uFB01", "fi");
            assertTrue(text.contains("Short one?") && text.contains("more characters in the notes file"), text);
            assertTrue(DigestMarkdown.write(d).length() < 4000);
        }
    }
}
