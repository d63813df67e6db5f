package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.SearchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Search that finds what it shows (issue 12), in the real window over the real handbook. */
@Tag("ui")
class SearchWindowTest {
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

    private void open(String size) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), "foreword", size);
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchViewModel.Result> results() throws Exception {
        // Looked up and read on the FX thread, which fills the list as results arrive (OpenWindow#node).
        return OpenWindow.fx(() -> (ListView<SearchViewModel.Result>) robot.lookup("#search-results").queryAs(ListView.class));
    }

    /** The results the list shows now, copied on the FX thread. */
    private List<SearchViewModel.Result> items() throws Exception {
        return OpenWindow.fx(() -> List.copyOf(results().getItems()));
    }

    private int selectedIndex() throws Exception {
        return OpenWindow.fx(() -> results().getSelectionModel().getSelectedIndex());
    }

    /** Opens the Search tab and types a query; waits for results whose first is in {@code firstChapter} (null: any). */
    private void search(String query, String firstChapter) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write(query);
        // Results arrive as the words are typed; the ones shown last must be the whole query's. Searching
        // once more after the last key and waiting for it leaves them so (the index is built first).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !items().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> window.session.search().search()).get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(query, OpenWindow.fx(() -> window.session.search().queryProperty().get()));
        assertTrue(firstChapter == null || items().get(0).chapterId().equals(firstChapter),
                items().toString());
    }

    private int findMarks() throws Exception {
        return ((Number) window.page("document.querySelectorAll('mark.pr-find').length")).intValue();
    }

    /** Waits for the searches asked for so far, and for their results to reach the list. */
    private void settle() throws Exception {
        window.session.awaitSearches();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void openingAResultKeepsThePlaceSoDownGoesToTheNextResult(String size) throws Exception {
        open(size);
        search("wrapper", "pattern-wrapper");
        List<SearchViewModel.Result> shown = items();
        assertTrue(shown.size() >= 2, shown.toString());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        window.awaitChapter(shown.get(0).chapterId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findMarks() > 0);
        // The window searches again whenever the chapter's notes are painted (a note saved may be a
        // result); that refresh must not send the list back to its top.
        WaitForAsyncUtils.asyncFx(() -> window.session.search().search()).get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(0, selectedIndex());
        // Enter puts the keyboard in the text at the result (issue 14); Ctrl+Shift+F brings it back to the
        // search, where Down goes on from the result opened.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.session.window()
                .chapterView().node().isFocused()).get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#search-field").query()
                .isFocused()));

        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(1, selectedIndex());
        // The same place (a refresh may rank it a hair differently).
        SearchViewModel.Result second = shown.get(1);
        SearchViewModel.Result opened = OpenWindow.fx(() -> window.session.search().openedProperty().get());
        assertEquals(List.of(second.note(), second.chapterId(), second.blockId()),
                List.of(opened.note(), opened.chapterId(), opened.blockId()));
        window.awaitChapter(second.chapterId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void aNewQueryTakesThePreviousQuerysMarksOutOfThePage(String size) throws Exception {
        open(size);
        search("wrapper", "pattern-wrapper");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        window.awaitChapter("pattern-wrapper");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findMarks() > 0);
        OpenWindow.click(robot, "#search-field");
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.write(" role");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findMarks() == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void aSearchForAChaptersTitleListsOnlyResultsThatShowItsWords(String size) throws Exception {
        open(size);
        // "Pattern Audit Routine": the chapter's headings (Context, Problem…) used to be listed too.
        search("pattern audit routine", "pattern_audit");
        settle();
        for (SearchViewModel.Result h : items()) {
            String shown = h.snippet().replace(String.valueOf(SearchViewModel.MATCH_START), "")
                    .replace(String.valueOf(SearchViewModel.MATCH_END), "").toLowerCase(java.util.Locale.ROOT);
            for (String word : List.of("pattern", "audit", "routine")) {
                assertTrue(shown.contains(word), h.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void aSnippetKeepsTheSpaceAfterAFootnoteNumber(String size) throws Exception {
        open(size);
        search("questions they ask", null);
        // Cells exist only for rows on screen: bring the Wrapper pattern's hit into view.
        int at = items().stream().map(SearchViewModel.Result::chapterId).toList().indexOf("pattern-wrapper");
        assertTrue(at >= 0, items().toString());
        OpenWindow.fx(() -> {
            results().scrollTo(at);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The cell shows the snippet as text nodes; what a reader sees is their text together.
        String cells = OpenWindow.fx(() -> robot.lookup(".list-cell").queryAll().stream()
                .flatMap(n -> n.lookupAll("TextFlow").stream())
                .map(f -> ((TextFlow) f).getChildren().stream().map(t -> ((Text) t).getText()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n")));
        assertTrue(cells.contains("ask.1 Wrapper"), cells);
    }
}
