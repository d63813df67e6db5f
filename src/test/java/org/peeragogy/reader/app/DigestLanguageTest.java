package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Issue 15, tester's F18: the digest was English whatever the window's language, so a Spanish workshop handed round
 * an English page. Made with the words of a language ({@code Texts.digestWords}, as File → Digest… does with the
 * window's), every heading, count, placeholder and "Participant N" is in that language, with its plurals, and the
 * HTML says its language. The workshop is {@link DigestFixture}'s (open, answered and waiting threads, a chapter not in
 * this edition, a note that cannot be placed).
 */
class DigestLanguageTest {
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

    private static Digest digest(String language, Names names) throws Exception {
        return new Digests(workshop.fay, new HandbookChapters(ShareFixture.HANDBOOK))
                .make(Set.of(), names, Texts.of(Locale.forLanguageTag(language)).digestWords());
    }

    @Test
    void aSpanishDigestIsSpanishThroughoutWithItsPlurals() throws Exception {
        String md = DigestMarkdown.write(digest("es", Names.SHOW));
        for (String said : List.of("# Resumen: ", "- Edición: ", "- Personas (3): ", "### Preguntas abiertas",
                "### Pasajes más marcados", "(3 personas)", "(1 persona)", "### Respuestas que esperan su nota",
                "Una respuesta a una nota que aún no tienes\\, de Bo Chen", "### Preguntas respondidas",
                "- Respondida: ⁨What is a peeragogue\\?⁩ (⁨Ana Lima⁩, 2 respuestas)", "### Etiquetas",
                "1 persona · 0 resaltados · 1 nota · 0 preguntas abiertas · 0 respondidas",
                "3 personas · 5 resaltados · 9 notas · 2 preguntas abiertas · 1 respondida",
                "## Capítulo old\\-chapter \\(no está en esta edición\\)", "## No se pudieron situar en esta edición")) {
            assertTrue(md.contains(said), "'" + said + "' in\n" + md);
        }
        for (String english : List.of("Digest", "Edition", "People", "Open questions", "Answered", "person",
                "highlight", "Replies", "not in this edition", "Could not be placed")) {
            assertFalse(java.util.regex.Pattern.compile("\\b" + english + "\\b").matcher(md).find(), "'" + english + "' left in English:\n" + md);
        }
        String html = DigestHtml.write(digest("es", Names.SHOW));
        assertTrue(html.contains("lang=\"es\""), html);
        assertTrue(html.contains("<h3>Preguntas abiertas</h3>"), html);
        // The name and the question stay isolated wherever the language's sentence puts them (F1).
        assertTrue(html.contains("Respondida: <bdi>What is a peeragogue?</bdi> (<bdi>Ana Lima</bdi>, 2 respuestas)"),
                html);
    }

    @Test
    void hiddenNamesAndEveryLanguagesHeadingsFollowTheLanguage() throws Exception {
        assertTrue(digest("it", Names.HIDE).people().contains("Partecipante 1"));
        assertTrue(digest("pt", Names.HIDE).people().contains("Participante 2"));
        for (List<String> heading : List.of(List.of("it", "Domande aperte"), List.of("pt", "Perguntas abertas"),
                List.of("en", "Open questions"))) {
            String md = DigestMarkdown.write(digest(heading.get(0), Names.SHOW));
            assertTrue(md.contains("\n### " + heading.get(1) + "\n"), heading + ":\n" + md);
        }
    }
}
