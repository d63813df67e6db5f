package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Handbook.Translation;

/** A folder holding several languages opens as one handbook per language (issue 13); fixtures written here. */
class TranslationsTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(Handbook h) {
        return h.book().chapters().stream().map(Chapter::id).toList();
    }

    private void folderPerLanguage() throws IOException {
        write("README.md", "# Seed Library\n");
        write("chapters/en/about-this-book.md", "# About this book\n\nWelcome.\n");
        write("chapters/en/sharing.md", "# Sharing\n\nHow to share.\n");
        write("chapters/es/about-this-book.md", "# Acerca de este libro\n\nBienvenida.\n");
        write("chapters/es/solo-es.md", "# Solo en español\n\nTexto.\n");
    }

    @Test
    void aFolderPerLanguageOpensAsOneHandbookPerLanguage() throws Exception {
        folderPerLanguage();
        try (Handbook en = Handbooks.open(dir)) {
            assertEquals("en", en.book().language(), "English is the default");
            assertEquals(List.of("about-this-book", "sharing"), ids(en), "no Spanish chapter, no '-2'");
            assertEquals("handbook-seed-library.en", en.book().identity());
            assertEquals("Seed Library (English)", en.book().title());
            assertEquals(List.of(new Translation("es", "about-this-book")), en.translations("about-this-book"));
            assertEquals(List.of(), en.translations("sharing"), "only in English");
            try (Handbook es = en.openTranslation("es")) {
                assertEquals("es", es.book().language());
                assertEquals(List.of("about-this-book", "solo-es"), ids(es));
                assertEquals("handbook-seed-library.es", es.book().identity(), "same family, its own notes");
                assertEquals("Acerca de este libro", es.book().chapter("about-this-book").orElseThrow().title());
                assertEquals(List.of(new Translation("en", "about-this-book")), es.translations("about-this-book"));
                assertTrue(es.render("about-this-book").html().contains("<html lang=\"es\">"));
            }
            assertTrue(en.render("about-this-book").html().contains("<html lang=\"en\">"));
        }
        try (Handbook es = Handbooks.openIn(dir, "es")) {
            assertEquals("es", es.book().language());
        }
    }

    @Test
    void aLanguageTheFolderDoesNotHoldIsRefused() throws Exception {
        folderPerLanguage();
        try (Handbook en = Handbooks.open(dir)) {
            IOException e = assertThrows(IOException.class, () -> en.openTranslation("fr"));
            assertTrue(e.getMessage().contains("'fr'"), e.getMessage());
        }
        try (Handbook fallback = Handbooks.openIn(dir, "fr")) {
            assertEquals("en", fallback.book().language(), "a language not held opens the default");
        }
    }

    @Test
    void langInFrontMatterSplitsTheLanguagesOfOneFolder() throws Exception {
        write("intro.md", "---\ntitle: Introduction\nlang: en\n---\nText.\n");
        write("intro.it.md", "---\ntitle: Introduzione\nlang: it\n---\nTesto.\n");
        write("garden.md", "---\ntitle: Garden\nlang: en\n---\nText.\n");
        write("giardino.md", "---\ntitle: Giardino\nlang: it\nref: garden\n---\nTesto.\n");
        write("garden-ref.md", "---\ntitle: Garden too\nlang: en\nref: garden\n---\n");
        try (Handbook en = Handbooks.open(dir)) {
            assertEquals(List.of("garden-ref", "garden", "intro"), ids(en), "by file name");
            assertEquals(List.of(new Translation("it", "intro.it")), en.translations("intro"));
            assertEquals(List.of(new Translation("it", "giardino")), en.translations("garden-ref"));
            try (Handbook it = en.openTranslation("it")) {
                assertEquals(List.of("giardino", "intro.it"), ids(it));
                assertEquals("Introduzione", it.book().chapter("intro.it").orElseThrow().title());
            }
        }
    }

    @Test
    void originalsAtTheRootAndOneFolderOfTheirTranslations() throws Exception {
        write("README.md", "# Field Notes\n\n- [Start](start.md)\n- [Tools](tools.md)\n");
        write("start.md", "# Start\n");
        write("tools.md", "# Tools\n");
        write("pt/start.md", "# Início\n");
        write("pt/tools.md", "# Ferramentas\n");
        try (Handbook original = Handbooks.open(dir)) {
            assertEquals("", original.book().language());
            assertEquals("handbook-field-notes", original.book().identity(), "the originals keep the plain identity");
            assertEquals(List.of("start", "tools"), ids(original));
            assertEquals(List.of(new Translation("pt", "tools")), original.translations("tools"));
            assertTrue(original.render("start").html().contains("<html><head>"), "no language claimed");
            try (Handbook pt = original.openTranslation("pt")) {
                assertEquals("handbook-field-notes.pt", pt.book().identity());
                assertEquals("Field Notes (Português)", pt.book().title());
                assertEquals(List.of("start", "tools"), ids(pt), "ordered by the root README too");
            }
        }
    }

    @Test
    void aFolderThatOnlyLooksLikeALanguageIsNone() throws Exception {
        // "it" is Italian's code, but here it holds IT guides and nothing translates the other chapters.
        write("welcome.md", "# Welcome\n");
        write("it/servers.md", "# Servers\n");
        write("it/backups.md", "# Backups\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("backups", "servers", "welcome"), ids(h));
            assertEquals("", h.book().language());
            assertEquals(List.of(), h.translations("welcome"));
        }
    }

    @Test
    void aRightToLeftHandbookSetsThePagesDirectionAndEachBlockFollowsItsText() throws Exception {
        write("ar/intro.md", "# مقدمة\n\nنص عربي.\n\nA Latin paragraph.\n\n> اقتباس\n");
        write("en/intro.md", "# Introduction\n\nText.\n");
        try (Handbook ar = Handbooks.openIn(dir, "ar")) {
            Document page = Jsoup.parse(ar.render("intro").html());
            assertEquals("ar", page.selectFirst("html").attr("lang"));
            assertEquals("rtl", page.selectFirst("html").attr("dir"));
            assertEquals(List.of("auto", "auto", "auto", "auto", "auto"),
                    page.select("#chapter h1, #chapter p, #chapter blockquote").eachAttr("dir"));
        }
        try (Handbook en = Handbooks.openIn(dir, "en")) {
            Document page = Jsoup.parse(en.render("intro").html());
            assertEquals("", page.selectFirst("html").attr("dir"), "left to right needs no attribute");
            assertEquals("auto", page.selectFirst("#chapter p").attr("dir"), "an Arabic quote in it would still turn");
        }
    }

    @Test
    void languageTagsAreReadAsFoldersAndFrontMatterWriteThem() {
        assertEquals("pt-BR", LanguageTags.parse("pt_br").orElseThrow());
        assertEquals("zh-Hans", LanguageTags.parse("zh-hans").orElseThrow());
        assertEquals("en", LanguageTags.parse("en-md").orElseThrow());
        assertTrue(LanguageTags.parse("images").isEmpty());
        assertTrue(LanguageTags.parse("xx").isEmpty(), "no such language");
        assertTrue(LanguageTags.isRightToLeft("he"));
        assertTrue(LanguageTags.isRightToLeft("ar-EG"));
        assertTrue(!LanguageTags.isRightToLeft("az-Latn"));
        assertEquals("Español", LanguageTags.label("es"));
        assertNotEquals("", LanguageTags.label("pt-BR"));
    }
}
