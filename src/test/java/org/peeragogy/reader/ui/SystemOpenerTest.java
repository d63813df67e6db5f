package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the window hands the system to open (a link, a folder, a page): where the system has no program for it (no
 * browser; the application's opener then throws), the problem bar says so with the address, where it used to be a
 * line on a terminal the reader never sees (issue 16's try-out). No toolkit.
 */
class SystemOpenerTest {
    private final List<String> opened = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void anAddressGoesToTheSystemAndNothingIsSaid() {
        SystemOpener.reporting(opened::add, problems::add, Texts.of(Locale.ENGLISH)).accept("https://peeragogy.org");
        assertEquals(List.of("https://peeragogy.org"), opened);
        assertEquals(List.of(), problems);
    }

    @Test
    void noProgramToOpenItIsSaidWithTheAddressInTheWindowsLanguage() {
        java.util.function.Consumer<String> none = url -> {
            throw new java.io.UncheckedIOException("No program could be started to open it (Cannot run program"
                    + " \"xdg-open\")", new java.io.IOException("Cannot run program \"xdg-open\""));
        };
        SystemOpener.reporting(none, problems::add, Texts.of(Locale.ENGLISH)).accept("file:///tmp/notes/");
        assertEquals(List.of("Could not open file:///tmp/notes/: No program could be started to open it (Cannot run"
                + " program \"xdg-open\"). Open it yourself with a web browser or the file manager."), problems);
        SystemOpener.reporting(none, problems::add, Texts.of(Locale.forLanguageTag("es"))).accept("file:///tmp/notes/");
        assertEquals("No se pudo abrir file:///tmp/notes/: No program could be started to open it (Cannot run program"
                + " \"xdg-open\"). Ábrelo tú con un navegador web o el gestor de archivos.", problems.get(1));
    }
}
