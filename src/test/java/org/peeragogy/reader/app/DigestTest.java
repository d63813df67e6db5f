package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.DigestHtml;
import org.peeragogy.reader.digest.DigestMarkdown;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.ui.Texts;

/**
 * The facilitator's digest (issue 15) of a workshop of three participants and a facilitator ({@link DigestFixture}),
 * against golden files: {@code src/test/resources/digest/workshop.md} and {@code .html}. After a deliberate change,
 * run with {@code -Ddigest.regenerate=true} to rewrite them, and read the diff before committing it.
 */
class DigestTest {
    @TempDir
    static Path tmp;
    private static DigestFixture workshop;

    @BeforeAll
    static void gather() throws Exception {
        workshop = new DigestFixture(tmp);
    }

    @AfterAll
    static void close() throws Exception {
        workshop.close();
    }

    private static Digest digest(Names names) throws Exception {
        return new Digests(workshop.fay, new HandbookChapters(ShareFixture.HANDBOOK)).make(Set.of(), names, DigestFixture.ENGLISH);
    }

    private static void assertGolden(String name, String actual) throws Exception {
        Path golden = Path.of("src/test/resources/digest", name);
        if (Boolean.getBoolean("digest.regenerate")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "the digest differs from " + golden + " (rerun with -Ddigest.regenerate=true after a deliberate change)");
    }

    @Test
    void theMarkdownDigestOfTheWorkshopIsTheGoldenFile() throws Exception {
        assertGolden("workshop.md", DigestMarkdown.write(digest(Names.SHOW)));
    }

    @Test
    void theHtmlDigestOfTheWorkshopIsTheGoldenFile() throws Exception {
        assertGolden("workshop.html", DigestHtml.write(digest(Names.SHOW)));
    }

    @Test
    void countsPassagesQuestionsAndPlaceholdersComeOutOfTheMergedFiles() throws Exception {
        Digest d = digest(Names.SHOW);
        assertEquals(3, d.imports(), "one import per participant's file");
        assertEquals(3, d.people().size(), "two people named Ana stay two: " + d.people());
        Digest.ChapterDigest wiki = d.chapters().stream().filter(c -> c.id().equals(DigestFixture.CHAPTER))
                .findFirst().orElseThrow();
        assertEquals(3, wiki.people());
        assertEquals(5, wiki.highlights(), "five highlights, the one that could not be placed too: " + wiki);
        assertEquals(3, wiki.passages().get(0).people(), "the passage all three marked comes first");
        assertEquals(workshop.openQuestions, wiki.open().stream().map(t -> t.question().text()).toList(),
                "open questions by votes: two, then one");
        assertEquals(2, wiki.open().get(0).question().votes());
        assertEquals(1, wiki.answered().size());
        assertTrue(wiki.answered().get(0).items().stream().anyMatch(Digest.Item::answer), "the answer is marked");
        assertEquals(1, wiki.answered().get(0).items().get(1).depth(), "replies are indented under the question");
        Digest.ChapterDigest foreword = d.chapters().stream().filter(c -> c.id().equals("foreword"))
                .findFirst().orElseThrow();
        assertEquals("A note you do not have yet, with replies from Bo Chen",
                foreword.waiting().get(0).question().text());
        assertEquals(2, d.unplaced().size(), "the note on a missing chapter and the moved highlight: " + d.unplaced());
    }

    @Test
    void initialsAndHiddenNamesLeaveNoNameAnywherePlaceholdersIncluded() throws Exception {
        for (Names mode : new Names[] {Names.INITIALS, Names.HIDE}) {
            Digest d = digest(mode);
            for (String text : new String[] {DigestMarkdown.write(d), DigestHtml.write(d)}) {
                for (String name : new String[] {"Ana", "Lima", "Bo Chen", "Chen", "Fay"}) {
                    assertFalse(text.contains(name), mode + ": '" + name + "' shows in\n" + text);
                }
            }
            String expected = mode == Names.HIDE ? "Participant 2" : "B. C.";
            Digest.ChapterDigest foreword = d.chapters().stream().filter(c -> c.id().equals("foreword"))
                    .findFirst().orElseThrow();
            assertEquals("A note you do not have yet, with replies from " + expected,
                    foreword.waiting().get(0).question().text(), mode.toString());
        }
        assertEquals(3, digest(Names.HIDE).people().size(), "hidden, the two Anas are still two participants");
    }

    /** The command line reads the facilitator's data folder while the fixture still has it open, as a second reader may. */
    @Test
    void theCommandLineWritesEachFormatAndRefusesAWrongOne() throws Exception {
        Path data = tmp.resolve("facilitator");
        for (String format : new String[] {"markdown", "html", "pdf"}) {
            Path out = tmp.resolve("digest." + format);
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
            int code = Main.runCommand(Options.parse("--handbook", ShareFixture.HANDBOOK.location(), "--data-dir",
                            data.toString(), "digest", "--format", format, "--out", out.toString(), "--chapter",
                            DigestFixture.CHAPTER, "--names", "initials"),
                    new java.io.PrintStream(o, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
            assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
            assertTrue(o.toString(StandardCharsets.UTF_8).startsWith(
                    "Wrote the digest (1 chapter, 3 people, 2 open questions, 1 note that could not be placed) to "),
                    o.toString(StandardCharsets.UTF_8));
            assertTrue(Files.size(out) > 500, format);
        }
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        int code = Main.runCommand(Options.parse("--handbook", ShareFixture.HANDBOOK.location(), "--data-dir",
                        data.toString(), "digest", "--format", "docx", "--out", "x"),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("Unknown format 'docx': use markdown, html or pdf"));
    }

    /**
     * The PDF's text is text: pdftotext (poppler-utils, installed by .ci/run) reads every open question back, the
     * replies under them and a name in a script beyond Latin-1 (the embedded font covers it). Skipped, saying so,
     * where pdftotext is not installed.
     */
    @Test
    void thePdfsExtractedTextContainsEveryOpenQuestion() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftotextAvailable(),
                "pdftotext not found (apt-get install poppler-utils): the PDF's text is not checked here");
        Digest d = digest(Names.SHOW);
        Path pdf = tmp.resolve("workshop.pdf");
        Digests.write(d, Digests.Format.PDF, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, text);
        String flat = MarkdownExportSafetyTest.squash(text);
        for (String q : workshop.openQuestions) {
            assertTrue(flat.contains(q), "open question missing from the PDF's text: " + q + "\n" + text);
        }
        assertTrue(flat.contains("Yes, on Mondays (Ana Lima (id 0835edf4))"), "a reply under its question\n" + text);
        assertTrue(flat.contains("A note you do not have yet, with replies from Bo Chen"), text);
        assertTrue(flat.contains("Could not be placed in this edition"), text);
    }

    private static boolean pdftotextAvailable() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    private static Digest digestIn(String language, Names names) throws Exception {
        return new Digests(workshop.fay, new HandbookChapters(ShareFixture.HANDBOOK))
                .make(Set.of(), names, Texts.of(Locale.forLanguageTag(language)).digestWords());
    }

    /**
     * Tester's F18: the digest was English whatever the window's language. Made with the words of a language
     * ({@code Texts.digestWords}, as File → Digest… does with the window's), every heading, count, placeholder and
     * "Participant N" is in that language, with its plurals, and the HTML says its language.
     */
    @Test
    void aSpanishDigestIsSpanishThroughoutWithItsPlurals() throws Exception {
        String md = DigestMarkdown.write(digestIn("es", Names.SHOW));
        for (String said : List.of("# Resumen: ", "- Edición: ", "- Personas (3), por nombre: ", "### Preguntas abiertas",
                "### Pasajes más marcados", "(3 personas marcaron estas palabras)", "(1 persona marcó estas palabras)", "### Respuestas que esperan su nota",
                "Una nota que aún no tienes\\, con respuestas de Bo Chen", "### Preguntas respondidas",
                "- Respondida: ⁨What is a peeragogue\\?⁩ (⁨Ana Lima \\(id 0835edf4\\)⁩, 2 respuestas)", "### Etiquetas",
                "1 persona · 0 resaltados · 1 nota · 0 preguntas abiertas · 0 respondidas",
                "3 personas · 5 resaltados · 9 notas · 2 preguntas abiertas · 1 respondida",
                "## Capítulo old\\-chapter \\(no está en esta edición\\)", "## No se pudieron situar en esta edición")) {
            assertTrue(md.contains(said), "'" + said + "' in\n" + md);
        }
        for (String english : List.of("Digest", "Edition", "People", "Open questions", "Answered", "person",
                "highlight", "Replies", "not in this edition", "Could not be placed")) {
            assertFalse(java.util.regex.Pattern.compile("\\b" + english + "\\b").matcher(md).find(), "'" + english + "' left in English:\n" + md);
        }
        String html = DigestHtml.write(digestIn("es", Names.SHOW));
        assertTrue(html.contains("lang=\"es\""), html);
        assertTrue(html.contains("<h3>Preguntas abiertas</h3>"), html);
        // The name and the question stay isolated wherever the language's sentence puts them (F1).
        assertTrue(html.contains("Respondida: <bdi>What is a peeragogue?</bdi> (<bdi>Ana Lima (id 0835edf4)</bdi>, 2 respuestas)"),
                html);
    }

    @Test
    void hiddenNamesAndEveryLanguagesHeadingsFollowTheLanguage() throws Exception {
        assertTrue(digestIn("it", Names.HIDE).people().contains("Partecipante 1"));
        assertTrue(digestIn("pt", Names.HIDE).people().contains("Participante 2"));
        for (List<String> heading : List.of(List.of("it", "Domande aperte"), List.of("pt", "Perguntas abertas"),
                List.of("en", "Open questions"))) {
            String md = DigestMarkdown.write(digestIn(heading.get(0), Names.SHOW));
            assertTrue(md.contains("\n### " + heading.get(1) + "\n"), heading + ":\n" + md);
        }
    }
}
