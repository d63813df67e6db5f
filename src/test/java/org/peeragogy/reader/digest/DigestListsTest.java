package org.peeragogy.reader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Part;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.ui.Texts;

/**
 * What fresh testers t15c and t15d found in the digest's lists and its PDF, from notes written out by hand: initials
 * that only look the same (t15c's F1), the list of people in no order (t15c's N3), file names not isolated in the HTML
 * (t15d's N3), long unbroken words cut off at the PDF's page edge (t15d's F2; read back by poppler's pdftotext,
 * skipped, saying so, where it is not installed).
 */
class DigestListsTest {
    private static final String BOOK = "fixture.en";
    private static final Book HANDBOOK = new Book(BOOK, "Fixture", "f", List.of(new Part("", List.of(
            new Chapter("wiki", "27", "Wiki", "", "wiki.md")))));
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final DigestWords ENGLISH = Texts.of(Locale.ENGLISH).digestWords();
    private final List<Annotation> notes = new ArrayList<>();
    private final Map<String, NoteLink> links = new HashMap<>();

    @TempDir
    Path tmp;

    private void note(String id, String person, String text) {
        Instant t = T0.plusSeconds(60L * notes.size());
        notes.add(new Annotation(id, BOOK, "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text,
                List.of(), person, "urn:" + person, t, t, Optional.empty(), Optional.empty()));
    }

    private Digest digest(Names names, DigestWords words) {
        return digest(names, words, DigestBuilder.LONGEST);
    }

    private Digest digest(Names names, DigestWords words, int longest) {
        return DigestBuilder.build(HANDBOOK, "edition", notes, new Conversation(links, List.of()),
                a -> Placement.orphan(), 0, Set.of(), names, words, T0, Map.of(), longest);
    }

    @Test
    void initialsThatOnlyLookTheSameAreToldApartAsEqualOnesAre() {
        note("a", "Ana", "One");
        note("b", "\u0391nonymous", "Two"); // a Greek capital Alpha
        note("c", "\u0410lice", "Three"); // a Cyrillic capital A
        note("d", "Bo", "Four");
        assertEquals(Set.of("A.", "A. (2)", "A. (3)", "B."), digest(Names.INITIALS, ENGLISH).people().stream()
                .map(p -> p.replace('\u0391', 'A').replace('\u0410', 'A')).collect(java.util.stream.Collectors.toSet()));
        List<String> people = digest(Names.INITIALS, ENGLISH).people();
        assertEquals(4, people.stream().map(org.peeragogy.reader.text.LookAlikes::skeleton).distinct().count(),
                "four people, four initials that look different: " + people);
    }

    @Test
    void thePeopleAreListedByNameNumbersAsNumbersAndTheListSaysSo() {
        for (String name : List.of("Bench 4", "Bench 10", "Zoe", "Bench 21", "Ángela", "Bench 14", "ana")) {
            note("n" + notes.size(), name, "A note");
        }
        Digest d = digest(Names.SHOW, ENGLISH);
        assertEquals(List.of("ana", "Ángela", "Bench 4", "Bench 10", "Bench 14", "Bench 21", "Zoe"), d.people());
        assertTrue(DigestMarkdown.write(d).contains("- People (7), by name: ⁨ana⁩, ⁨Ángela⁩, ⁨Bench 4⁩"),
                DigestMarkdown.write(d));
        Digest es = digest(Names.SHOW, Texts.of(Locale.forLanguageTag("es")).digestWords());
        assertTrue(DigestMarkdown.write(es).contains("- Personas (7), por nombre: ⁨ana⁩"), DigestMarkdown.write(es));
    }

    @Test
    void eachFilesNameIsIsolatedInTheHtmlAsNamesAre() {
        note("a", "Ana", "One");
        String rlo = "\u202Egnp.seton<b>x</b>.peeranotes";
        Digest d = digest(Names.SHOW, ENGLISH).withFiles(List.of(rlo, "bo.peeranotes"), 2);
        Element li = Jsoup.parse(DigestHtml.write(d)).select("ul.facts li").stream()
                .filter(e -> e.text().startsWith("Files merged")).findFirst().orElseThrow();
        assertEquals(List.of(rlo, "bo.peeranotes"), li.select("bdi").eachText().stream().toList(), li.outerHtml());
        assertEquals("Files merged: 2 (" + rlo + ", bo.peeranotes)", li.text());
        assertEquals("Files merged: 2 (, )", li.ownText(), "nothing of the names outside their <bdi>");
    }

    @Test
    void aLongUnbrokenWordIsBrokenInThePdfNotCutOffAtThePageEdge() throws Exception {
        Assumptions.assumeTrue(pdftotext(), "pdftotext not found (apt-get install poppler-utils): not checked here");
        note("q", "Zed", "X".repeat(200) + " longword " + "Y".repeat(1290));
        links.put("q", NoteLink.question("q"));
        Path pdf = tmp.resolve("long.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            DigestPdf.write(digest(Names.SHOW, ENGLISH, Integer.MAX_VALUE), out);
        }
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, text);
        assertEquals(200, text.chars().filter(c -> c == 'X').count(), "every X on the page\n" + text);
        assertEquals(1290, text.chars().filter(c -> c == 'Y').count(), "every Y on the page\n" + text);
        assertTrue(text.contains("longword"), text);
    }

    private static boolean pdftotext() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
