package org.peeragogy.reader.app;


import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * All notes' tag filter lists every tag of the notes, whenever the notes came (fresh tester 14c m7: All notes opened
 * while there were no notes, then a note with a tag written, then All notes again: the tag was listed in the note
 * but the filter's list opened as an empty box one line high, and Down, Down, Enter chose nothing; the note's other
 * tag was 150 characters long). The cause: the filter listened to a list view made per call, lost to a collection.
 */
@Tag("ui")
class AllNotesFiltersWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    @Test
    void aTagWrittenAfterAllNotesWasFirstOpenedEmptyIsInItsTagFiltersList() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana"));
        javafx.scene.control.MenuItem allNotes = window.menuItem("menu-all-notes");
        WaitForAsyncUtils.asyncFx(allNotes::fire).get();
        @SuppressWarnings("unchecked")
        ComboBox<String> tags = OpenWindow.awaitNode(robot, "#filter-tag", ComboBox.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> tags.getScene().getWindow().hide()).get();

        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database d = Database.open(dataDir)) {
            d.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "A thought", List.of("compost", SmallScreenProbe.LONG_TAG),
                    "Ana", Optional.empty()));
        }
        // The window's listener on the view model's tags was on a view made per call, which listens weakly: after a
        // collection it heard nothing. Collected here as it may be in a reader's session at any time.
        System.gc();
        WaitForAsyncUtils.asyncFx(allNotes::fire).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> tags.getItems().contains("compost")));
        robot.clickOn(tags); // opens its list, the window taking the keyboard
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(tags::isShowing));
        try {
            // The list as it is painted: a popup whose list shows a cell saying "#compost", with room for it, and the
            // long tag's line cut short, whole in its tooltip.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> shownCells().stream()
                    .anyMatch(c -> "#compost".equals(c.getText()) && c.getHeight() > 10 && c.isVisible())));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> shownCells().stream()
                    .anyMatch(c -> ("#" + SmallScreenProbe.LONG_TAG).equals(c.getText()) && c.getTooltip() != null
                            && c.getWidth() < 400)));
            robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.DOWN)
                    .type(javafx.scene.input.KeyCode.ENTER);
            // The list's keyboard starts on its first line ("Any tag"): Down, Down is the second tag.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> SmallScreenProbe.LONG_TAG.equals(
                    tags.getValue())));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> tags.getScene().getWindow().hide()).get();
        }
    }

    private static List<ListCell<?>> shownCells() {
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene().getRoot().lookup(".list-view") instanceof ListView<?> l
                    && l.getHeight() > 10) {
                return l.lookupAll(".list-cell").stream().filter(n -> n instanceof ListCell<?>)
                        .<ListCell<?>>map(n -> (ListCell<?>) n).toList();
            }
        }
        return List.of();
    }
}
