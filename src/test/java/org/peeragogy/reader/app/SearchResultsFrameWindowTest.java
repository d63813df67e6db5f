package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.SearchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Search results reach the screen in a frame that paints only what changed, and the whole-window repaint that mends a
 * region Prism may miss (decision 0047) comes after it (issue 17, decision 0083); result cells made again for other
 * hits show each chapter's title once, at the head of its group, in the real window over the real handbook.
 */
@Tag("ui")
@NeedsRealHandbook
class SearchResultsFrameWindowTest {
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

    @SuppressWarnings("unchecked")
    private ListView<SearchViewModel.Result> results() throws Exception {
        // Looked up and read on the FX thread, which fills the list as results arrive (OpenWindow#node).
        return OpenWindow.fx(() -> (ListView<SearchViewModel.Result>) robot.lookup("#search-results").queryAs(ListView.class));
    }

    /** Opens the Search tab and types {@code query}; waits until the list holds that query's results. */
    private void search(String query) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write(query);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> !results().getItems().isEmpty()));
        WaitForAsyncUtils.asyncFx(() -> window.session.search().search()).get(10, TimeUnit.SECONDS);
        window.session.awaitSearches();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(query, OpenWindow.fx(() -> window.session.search().queryProperty().get()));
    }

    @Test
    void theFrameThatShowsNewResultsIsNotAWholeWindowRepaintWhichComesAfterIt() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), "foreword", "1280x1024");
        Scene scene = window.stage.getScene();
        // At each frame: did the results change, and did the scene's fill (the whole-repaint signal) change with them?
        List<String> wholeWithResults = new CopyOnWriteArrayList<>();
        List<Paint> fillWhenShown = new CopyOnWriteArrayList<>();
        Object[] last = {List.of(), OpenWindow.fx(scene::getFill)};
        Runnable frame = () -> {
            List<SearchViewModel.Result> now = List.copyOf(window.session.search().results());
            if (!now.equals(last[0]) && !now.isEmpty()) {
                if (scene.getFill() != last[1]) {
                    wholeWithResults.add(now.size() + " results");
                }
                fillWhenShown.add(scene.getFill());
            }
            last[0] = now;
            last[1] = scene.getFill();
        };
        WaitForAsyncUtils.asyncFx(() -> scene.addPostLayoutPulseListener(frame)).get(10, TimeUnit.SECONDS);
        search("wrapper");
        assertTrue(!fillWhenShown.isEmpty(), "results were shown");
        assertEquals(List.of(), wholeWithResults, "frames that showed new results and repainted the whole window");
        // The mend still comes: the window is painted whole after the last results.
        Paint shown = fillWhenShown.get(fillWhenShown.size() - 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(scene::getFill) != shown);
        WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(frame)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void cellsMadeAgainForOtherHitsShowEachChaptersTitleOnceAtTheHeadOfItsGroup() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), "foreword", "1280x1024");
        search("wrapper");
        javafx.scene.Node field = OpenWindow.node(robot, "#search-field", javafx.scene.Node.class);
        robot.doubleClickOn(OpenWindow.onFx(robot.point(field)));
        search("roadmap");
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new java.util.ArrayList<>();
            List<SearchViewModel.Result> items = results().getItems();
            for (Node n : results().lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty() && c.getIndex() >= 0
                        && c.getIndex() < items.size()) {
                    int i = c.getIndex();
                    boolean heads = i == 0 || !items.get(i - 1).chapterId().equals(items.get(i).chapterId());
                    List<String> titles = c.lookupAll(".search-chapter").stream()
                            .filter(t -> t.isVisible() && t.getParent() != null && t.getScene() != null)
                            .map(t -> ((Label) t).getText()).toList();
                    List<String> expected = heads ? List.of(items.get(i).title()) : List.of();
                    if (!titles.equals(expected)) {
                        found.add(i + ": " + titles + " instead of " + expected);
                    }
                    // A title cut short is whole in its tooltip; one shown whole has none (a tooltip is a window
                    // of its own, made only where it says something: WholeTips).
                    Label head = (Label) c.lookup(".search-chapter");
                    if (heads) {
                        boolean cut = head.getChildrenUnmodifiable().stream().anyMatch(
                                k -> k instanceof javafx.scene.text.Text s && !s.getText().equals(head.getText()));
                        String said = head.getTooltip() == null ? null : head.getTooltip().getText();
                        if (!java.util.Objects.equals(said, cut ? items.get(i).title() : null)) {
                            found.add(i + ": tooltip " + said + " on a title " + (cut ? "cut short" : "shown whole"));
                        }
                    }
                }
            }
            return found;
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), wrong);
    }
}
