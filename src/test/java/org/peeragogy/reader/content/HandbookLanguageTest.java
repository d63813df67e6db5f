package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;

/**
 * A handbook's language is known only where something says it (issue 11): our manifest's {@code language}
 * row for the editions it describes, else the folder's own index page; never guessed, so W3C bodies carry
 * {@code language} only when it is true.
 */
class HandbookLanguageTest {

    private static String languageOf(Path dir, String index) throws Exception {
        Files.writeString(dir.resolve("one.md"), "# One\n\nText.\n", StandardCharsets.UTF_8);
        if (index != null) {
            Files.writeString(dir.resolve("index.html"), index, StandardCharsets.UTF_8);
        }
        try (Handbook h = Handbooks.open(dir)) {
            return h.book().language();
        }
    }

    @Test
    void theBundledHandbookIsInEnglishAsItsManifestSays() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            assertEquals("en", h.book().language());
        }
        assertEquals("en", Handbooks.guide().book().language());
    }

    @Test
    void anotherEditionsIndexPageSaysItsLanguage(@TempDir Path dir) throws Exception {
        assertEquals("pt-BR", languageOf(dir, "<html lang=\"pt_br\"><title>Manual</title></html>"));
    }

    @Test
    void theOpenGraphLocaleCountsWhenThePageHasNoLang(@TempDir Path dir) throws Exception {
        assertEquals("es-ES", languageOf(dir,
                "<html><head><meta property=\"og:locale\" content=\"es_ES\"><title>Manual</title></head></html>"));
    }

    @Test
    void nothingSaidOrNonsenseSaidIsNotALanguage(@TempDir Path dir) throws Exception {
        assertEquals("", languageOf(dir, null));
        assertEquals("", languageOf(dir,
                "<html lang=\"<script>\"><title>x</title></html>"));
    }

    @Test
    void tagsAreWrittenAsBcp47() {
        assertEquals(Optional.of("en-US"), LanguageTags.parse("en_US"));
        assertEquals(Optional.of("zh-Hant-TW"), LanguageTags.parse("zh-hant-tw"));
        assertEquals(Optional.empty(), LanguageTags.parse("english please"));
        assertEquals(Optional.empty(), LanguageTags.parse(""));
    }
}
