package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;

/**
 * Issue 13 retest (m6): one language folder of a multi-language handbook opened on its own
 * ({@code chapters/ar}) is in that language, as when its parent is opened: the page gets {@code lang} and
 * {@code dir}. A folder whose name is not a language tag ("en-md", "book") stays without one.
 */
class LanguageFolderAloneTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderNamedByALanguageTagOpenedAloneIsInThatLanguage() throws Exception {
        Path ar = Files.createDirectories(tmp.resolve("chapters/ar"));
        Files.writeString(ar.resolve("welcome.md"), "# أهلا\n\nمرحبا بكم في الكتاب.\n");
        try (Handbook h = Handbooks.open(ar)) {
            assertEquals("ar", h.book().language());
            var html = Jsoup.parse(h.render("welcome").html()).selectFirst("html");
            assertEquals("ar", html.attr("lang"));
            assertEquals("rtl", html.attr("dir"));
        }
        Path plain = Files.createDirectories(tmp.resolve("en-md"));
        Files.writeString(plain.resolve("welcome.md"), "# Hello\n\nWords.\n");
        try (Handbook h = Handbooks.open(plain)) {
            assertEquals("", h.book().language());
        }
    }
}
