package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.InterfaceLanguageViewModel;
import org.peeragogy.reader.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * All notes' tag filter and count, in the real window (fresh tester 17a's F18 and F10): reopened, the tag filter
 * still shows the tag it filters on (it was blank while one note of four showed, with nothing to say why), and the
 * count tells notes from bookmarks (two highlights and a bookmark were "3 notes").
 */
@Tag("ui")
class AllNotesFiltersWindowTest {
    @org.junit.jupiter.api.io.TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** Two highlights (one tagged "peer") and a bookmark on "gardens", the window in {@code language}. */
    private void open(String language) throws Exception {
        Path data = tmp.resolve("ana");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database db = Database.open(data)) {
            db.settings().putReaderName("Ana");
            ChapterText text = ChapterText.of(h.render("gardens").html());
            mark(db, h, text, "vegetable bed", Annotation.Kind.HIGHLIGHT, List.of("peer"));
            mark(db, h, text, "Watering by rota", Annotation.Kind.HIGHLIGHT, List.of());
            mark(db, h, text, "how deep to sow beans", Annotation.Kind.BOOKMARK, List.of());
        }
        window = OpenWindow.sized(data, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                Map.of(InterfaceLanguageViewModel.KEY, language));
        window.focus(robot);
    }

    private static void mark(Database db, Handbook h, ChapterText text, String quote, Annotation.Kind kind,
                             List<String> tags) throws Exception {
        int at = text.text().indexOf(quote);
        db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens", kind,
                Annotation.Colour.GREEN, "", tags, "Ana", Optional.of(Anchoring.describe(text, at, at + quote.length()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "it", "pt"})
    void theCountTellsNotesFromBookmarks(String language) throws Exception {
        open(language);
        Texts texts = Texts.of(Locale.forLanguageTag(language));
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        awaitList(3);
        String expected = Map.of("en", "2 notes, 1 bookmark", "es", "2 notas, 1 marcador", "it", "2 note, 1 segnalibro",
                "pt", "2 notas, 1 marcador").get(language);
        assertEquals(expected, count());
        assertEquals(expected, texts.format("allNotes.countAndBookmarks", 2, 1));
    }

    @org.junit.jupiter.api.Test
    void reopenedAllNotesShowsTheTagItStillFiltersOn() throws Exception {
        open("en");
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        awaitList(3);
        @SuppressWarnings("unchecked")
        ComboBox<String> tag = OpenWindow.awaitNode(robot, "#filter-tag", ComboBox.class,
                b -> OpenWindow.isShowing(b) && b.getItems().contains("peer"));
        OpenWindow.fx(() -> {
            tag.setValue("peer");
            return null;
        });
        awaitList(1);
        assertEquals("#peer", shownTag(tag));
        Window all = tag.getScene().getWindow();
        OpenWindow.fx(() -> {
            tag.requestFocus();
            return null;
        });
        OpenWindow.keys(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !all.isShowing());

        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, all::isShowing);
        awaitList(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("#peer", shownTag(tag), "the box says which tag the one note shown is filtered by");
        assertEquals("1 note", count());
    }

    /** What the tag box shows in itself (its button cell), read on the FX thread. */
    private String shownTag(ComboBox<String> box) throws Exception {
        return OpenWindow.fx(() -> box.lookupAll(".list-cell").stream().filter(n -> n.getParent() != null
                && !(n.getParent().getParent() instanceof ListView)).map(n -> ((ListCell<?>) n).getText())
                .filter(t -> t != null).findFirst().orElse(""));
    }

    private void awaitList(int size) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Annotation> list = OpenWindow.awaitNode(robot, "#all-notes-list", ListView.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> list.getItems().size()) == size);
    }

    private String count() throws Exception {
        return OpenWindow.fx(() -> OpenWindow.showing(robot, "#all-notes-count", Label.class).orElseThrow().getText());
    }
}
