package org.peeragogy.reader.app;

import org.peeragogy.reader.ui.NoteItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.SearchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A note imported from a page that is not in this handbook is listed under "Could not place" on any
 * chapter; "Find it in this handbook" searches the handbook for its quote, the reader opens the passage,
 * selects it and re-attaches the note there (issue 11). Real window, real handbook, real notes file.
 */
@Tag("ui")
class UnplacedNotesWindowTest {
    private static final String QUOTE = "keeping participants";
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;
    private String noteId;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Joe's note from Hypothesis, made on a copy of the pattern at an address the reader does not know. */
    @BeforeEach
    void importANoteFromAnotherSite() throws Exception {
        String text = ChapterText.of(ShareFixture.HANDBOOK.render("pattern-wrapper").html()).text();
        int at = text.indexOf(QUOTE);
        Path file = dataDir.resolve("hypothesis.json");
        Map<String, Object> quote = Map.of("type", "TextQuoteSelector", "exact", QUOTE,
                "prefix", text.substring(at - 20, at),
                "suffix", text.substring(at + QUOTE.length(), at + QUOTE.length() + 20));
        Map<String, Object> note = Map.of("id", "elsewhere1", "created", "2021-03-01T10:00:00Z",
                "user", "acct:joe@hypothes.is", "uri", "https://mirror.example.org/wrapper",
                "text", "Joe's thought on this", "tags", List.of("roles"),
                "target", List.of(Map.of("source", "https://mirror.example.org/wrapper", "selector", List.of(quote))));
        Files.writeString(file, JsonWriter.write(Map.of("annotations", List.of(note))), StandardCharsets.UTF_8);
        try (Database db = Database.open(dataDir.resolve("profile"))) {
            db.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
            NoteSharing sharing = ShareFixture.sharing(db);
            sharing.apply(sharing.preview(file));
            Annotation a = db.annotations().everything().get(0);
            assertEquals("_unplaced", a.chapterId());
            noteId = a.id();
        }
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** The notes that could not be placed, copied on the FX thread (which changes the list; OpenWindow#node). */
    private List<NoteItem> orphans() throws Exception {
        return OpenWindow.fx(() -> List.copyOf(window.session.notes().orphans()));
    }

    /** Clicks the cell of {@code list} that shows {@code item}, scrolling it into view first. */
    private <T> void clickCell(String list, java.util.function.Predicate<T> item) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<T> view = (ListView<T>) OpenWindow.node(robot, list, ListView.class);
        T wanted = WaitForAsyncUtils.asyncFx(() -> view.getItems().stream().filter(item).findFirst().orElseThrow())
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> view.scrollTo(wanted)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        OpenWindow.click(robot, OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c
                && c.getListView() == view && c.getItem() == wanted).queryAs(Node.class)));
    }

    @Test
    void aNoteFromAPageNotInThisHandbookIsFoundByItsQuoteAndReattachedWhereTheReaderSelects() throws Exception {
        // A handbook of its own: the window closes the one it shows, and ShareFixture's is shared by other tests.
        window = OpenWindow.open(dataDir.resolve("profile"), org.peeragogy.reader.content.Handbooks.open(
                org.peeragogy.reader.TestHandbooks.real()), "wiki", url -> { });
        window.awaitChapter("wiki");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> orphans().size() == 1);
        assertTrue(orphans().get(0).elsewhere());
        // The part joins the panel as the list fills, on the FX thread: waited for there (decision 0082).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(
                "#could-not-place").tryQuery().map(Node::isVisible).orElse(false)).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof
                javafx.scene.control.Labeled l && "From a page that is not in this handbook".equals(l.getText()))
                .tryQuery().isPresent()));

        clickCell("#orphans-list", (NoteItem i) -> i.annotation().id().equals(noteId));
        OpenWindow.click(robot, "#find-in-handbook");
        assertEquals("\"keeping participants\"", OpenWindow.fx(() -> window.session.search().queryProperty().get()));
        TabPane side = OpenWindow.node(robot, "#side", TabPane.class);
        assertEquals("Search", OpenWindow.fx(() -> side.getSelectionModel().getSelectedItem().getText()));
        // The handbook's index is built in the background; the search runs again when it is ready.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> window.session.search().results().stream()
                .anyMatch(h -> !h.note() && h.chapterId().equals("pattern-wrapper"))));
        clickCell("#search-results", (SearchViewModel.Result h) -> !h.note()
                && h.chapterId().equals("pattern-wrapper"));
        window.awaitChapter("pattern-wrapper");

        // Still listed on the chapter the reader went to, where they select the passage and re-attach it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> orphans().stream()
                .anyMatch(i -> i.annotation().id().equals(noteId)));
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf(QUOTE);
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().select(at, at + QUOTE.length())).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> window.session.notes().selectionProperty().get()).isPresent());
        clickCell("#orphans-list", (NoteItem i) -> i.annotation().id().equals(noteId));
        OpenWindow.click(robot, "#reattach");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> List.copyOf(window.session.notes().placed())).stream()
                .anyMatch(i -> i.annotation().id().equals(noteId)));
        assertEquals(List.of(), orphans());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !OpenWindow.fx(() -> robot.lookup("#could-not-place").query()
                .isVisible()));
        Annotation moved = OpenWindow.fx(() -> window.session.notes().item(noteId)).orElseThrow().annotation();
        assertEquals("pattern-wrapper", moved.chapterId());
        assertEquals(QUOTE, moved.quote());
        assertEquals("Joe's thought on this", moved.note(), "its note, tags and author are kept");
        assertEquals(List.of("roles"), moved.tags());
        assertEquals("acct:joe@hypothes.is", moved.authorId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> QUOTE.equals(window.page(
                "Array.prototype.map.call(document.querySelectorAll('mark.pr-hl'),function(m){return m.textContent;})"
                        + ".join('')")));
        // Saved: the notes file has it on the chapter now.
        try (Database db = Database.open(dataDir.resolve("profile"))) {
            assertEquals("pattern-wrapper", db.annotations().find(noteId).orElseThrow().chapterId());
        }
        assertFalse(orphans().stream().anyMatch(i -> i.annotation().id().equals(noteId)));
    }
}
