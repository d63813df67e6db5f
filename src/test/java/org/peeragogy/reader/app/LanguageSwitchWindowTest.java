package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A handbook folder with a folder per language, in a real window (issue 13): the Language menu offers the
 * languages the chapter shown exists in and opens the same chapter in the chosen one, with the page's
 * {@code lang}, the language's own notes, and the choice remembered; Arabic quotes in the notes panel are
 * drawn upright and right to left.
 */
@Tag("ui")
class LanguageSwitchWindowTest {
    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.session.close();
                window.stage.close();
                return null;
            }).get(20, TimeUnit.SECONDS);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve("book").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path folder() throws IOException {
        write("README.md", "# Seed Library\n\n- [About](about-this-book.md)\n- [Sharing](sharing.md)\n");
        write("chapters/en/about-this-book.md", "# About this book\n\nWelcome to the seed library.\n");
        write("chapters/en/sharing.md", "# Sharing\n\nHow to share seeds.\n");
        write("chapters/es/about-this-book.md", "# Acerca de este libro\n\nBienvenida a la biblioteca.\n");
        write("chapters/ar/about-this-book.md", "# عن هذا الكتاب\n\nمرحبا بكم في مكتبة البذور.\n");
        return temp.resolve("book");
    }

    private Menu languageMenu() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) robot.lookup(n -> n instanceof MenuBar).query();
            return bar.getMenus().stream().filter(m -> "language-menu".equals(m.getId())).findFirst().orElseThrow();
        }).get(10, TimeUnit.SECONDS);
    }

    private List<String> offered() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> languageMenu().getItems().stream()
                .map(i -> i.getText() + (((RadioMenuItem) i).isSelected() ? " *" : "")).toList()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theLanguageMenuOpensTheSameChapterInTheOtherLanguageWithItsOwnNotes() throws Exception {
        Handbook en = Handbooks.open(folder());
        window = OpenWindow.open(temp.resolve("data"), en, "about-this-book", url -> { });
        window.awaitChapter("about-this-book");
        assertEquals("en", window.page("document.documentElement.lang"));
        assertTrue(languageMenu().isVisible());
        assertEquals(List.of("English *", "العربية", "Español"), offered());

        OpenWindow.click(robot, "#status"); // the window has the focus
        OpenWindow.click(robot, "Language");
        OpenWindow.click(robot, "Español");
        window.awaitChapter("about-this-book");
        ReaderViewModel vm = window.session.viewModel();
        assertEquals("es", vm.book().language());
        assertEquals("es", window.page("document.documentElement.lang"));
        assertTrue(((String) window.page("document.body.textContent")).contains("Bienvenida"));
        assertEquals("handbook-seed-library.es", vm.book().identity(), "the Spanish edition keeps its own notes");
        assertEquals(List.of("Español *", "English", "العربية"), offered());

        // The choice is remembered for the next start (written by the ordered writer).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Database db = Database.open(temp.resolve("data"))) {
                return db.settings().get(ReaderViewModel.LANGUAGE_KEY).equals(Optional.of("es"));
            }
        });
        try (Handbook reopened = HandbookLocator.inLanguage(Handbooks.open(folder()), Optional.of("es"))) {
            assertEquals("es", reopened.book().language());
        }
    }

    @Test
    void aChapterInOneLanguageOnlyHidesTheMenu() throws Exception {
        window = OpenWindow.open(temp.resolve("data"), Handbooks.open(folder()), "sharing", url -> { });
        window.awaitChapter("sharing");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> languageMenu().isVisible()).get());
    }

    @Test
    void anArabicQuoteInTheNotesPanelIsUprightAndRightToLeft() throws Exception {
        window = OpenWindow.open(temp.resolve("data"), Handbooks.openIn(folder(), "ar"), "about-this-book", url -> { });
        window.awaitChapter("about-this-book");
        assertEquals("rtl", window.page("document.documentElement.dir"));
        // Select the paragraph's first words as the page reports a selection (text offsets), and highlight them.
        int start = ((Number) window.page("(function(){var r=document.createRange();"
                + "r.setStart(document.getElementById('chapter'),0);r.setEnd(document.querySelector('#chapter p').firstChild,0);"
                + "return r.toString().length;})()")).intValue();
        WaitForAsyncUtils.asyncFx(() -> {
            window.session.notes().select(start, start + 12);
            window.session.notes().highlight(org.peeragogy.reader.book.Annotation.Colour.YELLOW, "", List.of());
            return null;
        }).get(10, TimeUnit.SECONDS);
        Label quote = OpenWindow.awaitNode(robot, ".note-quote", Label.class, l -> !l.getText().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(quote.getText().contains("مرحبا"), quote.getText());
            assertTrue(quote.getStyleClass().contains("note-quote-upright"));
            assertFalse(quote.getFont().getStyle().toLowerCase().contains("italic"), quote.getFont().getStyle());
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, quote.getEffectiveNodeOrientation());
            return null;
        }).get(10, TimeUnit.SECONDS);
    }
}
