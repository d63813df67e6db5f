package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookLibrary;

/** Switch handbook always offers the bundled handbook, however many others are added. */
class SwitchHandbookViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;

    private Path book(String name, String title, String... chapters) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        StringBuilder index = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
        for (String c : chapters) {
            Files.writeString(dir.resolve(c + ".md"), "# " + c + "\n\nText of " + c + ".\n");
            index.append("<a href=\"").append(c).append(".html\">").append(c).append("</a>");
        }
        Files.writeString(dir.resolve("index.html"), index + "</body></html>");
        return dir;
    }

    @Test
    void theBundledHandbookStaysListedFirstAfterHandbooksAreAddedAndOpensFromWhereItLies() throws Exception {
        Path main = book("main", "Main Book", "one", "two", "three");
        HandbookLibrary library = new HandbookLibrary(tmp.resolve("handbooks"));
        SwitchHandbookViewModel switcher = new SwitchHandbookViewModel(library, Optional.of(main));
        assertEquals(List.of("Main Book (3 chapters)"), labels(switcher));

        library.install(book("es", "Libro", "uno", "dos"), HandbookLibrary.Progress.NONE);
        library.install(book("fr", "Livre", "un"), HandbookLibrary.Progress.NONE);

        List<SwitchHandbookViewModel.Choice> choices = switcher.choices();
        assertEquals(List.of("Main Book (3 chapters)", "Libro (2 chapters)", "Livre (1 chapter)"), labels(switcher));
        assertTrue(choices.get(0).bundled());
        try (Handbook opened = switcher.open(choices.get(0))) {
            assertEquals(choices.get(0).identity(), opened.book().identity());
            assertTrue(opened.location().contains("main"), opened.location());
        }
        try (Handbook opened = switcher.open(choices.get(1))) {
            assertEquals("Libro", opened.book().title());
        }
    }

    @Test
    void anInstalledCopyOfTheBundledHandbookStandsForItOnce() throws Exception {
        Path main = book("main", "Main Book", "one", "two");
        HandbookLibrary library = new HandbookLibrary(tmp.resolve("handbooks"));
        library.install(main, HandbookLibrary.Progress.NONE);

        List<SwitchHandbookViewModel.Choice> choices = new SwitchHandbookViewModel(library, Optional.of(main)).choices();

        assertEquals(1, choices.size());
        assertTrue(!choices.get(0).bundled());
    }

    @Test
    void aBundledHandbookThatIsGoneIsLeftOutAndNothingIsThrown() throws Exception {
        HandbookLibrary library = new HandbookLibrary(tmp.resolve("handbooks"));
        library.install(book("es", "Libro", "uno"), HandbookLibrary.Progress.NONE);
        SwitchHandbookViewModel switcher = new SwitchHandbookViewModel(library, Optional.of(tmp.resolve("moved-away")));
        assertEquals(List.of("Libro (1 chapter)"), labels(switcher));
    }

    /** A handbook folder with its chapters and no index.html or README.md: only what {@code extra} adds names it. */
    private Path untitled(String name, String extraFile, String extra) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("uno.md"), "---\ntitle: Uno\n---\n\nPrimero.\n");
        Files.writeString(dir.resolve("dos.md"), "---\ntitle: Dos\n---\n\nSegundo.\n");
        Files.writeString(dir.resolve(extraFile), extra);
        return dir;
    }

    @Test
    void anAddedHandbookIsListedByItsTitleNotItsFolderNameAndKeepsItsIdentity() throws Exception {
        HandbookLibrary library = new HandbookLibrary(tmp.resolve("handbooks"));
        String es = library.install(untitled("libro-es", "index.md", "---\ntitle: Manual de peeragogía\n---\n\nHola.\n"),
                HandbookLibrary.Progress.NONE).identity();
        String fr = library.install(untitled("site-fr", "_config.yml", "theme: minima\ntitle: \"Le manuel\"\nlang: fr\n"),
                HandbookLibrary.Progress.NONE).identity();
        SwitchHandbookViewModel switcher = new SwitchHandbookViewModel(library, Optional.empty());
        // index.md counts as a chapter of its own; _config.yml does not.
        assertEquals(List.of("Le manuel (2 chapters)", "Manual de peeragogía (3 chapters)"), labels(switcher));
        // Notes belong to the identity, which is made as it always was (from the folder's name here).
        assertEquals("handbook-libro-es", es);
        assertEquals("handbook-site-fr", fr);
    }

    @Test
    void aHandbookInstalledUnderItsFolderNameBeforeIsNowListedByItsTitle() throws Exception {
        HandbookLibrary library = new HandbookLibrary(tmp.resolve("handbooks"));
        HandbookLibrary.Installed installed = library.install(
                untitled("libro-es", "index.md", "# Manual de peeragogía\n"), HandbookLibrary.Progress.NONE);
        // As an earlier version recorded it: the folder's name for a title.
        Path meta = installed.location().resolve(".pack.properties");
        Files.writeString(meta, Files.readString(meta).replaceFirst("(?m)^title=.*$", "title=libro-es"));
        assertEquals(List.of("Manual de peeragogía (3 chapters)"), labels(new SwitchHandbookViewModel(library,
                Optional.empty())));
    }

    private static List<String> labels(SwitchHandbookViewModel switcher) {
        return switcher.choices().stream().map(c -> TEXTS.format("handbooks.choice", c.title(), c.chapters())).toList();
    }
}
