package org.peeragogy.reader.app;

import org.peeragogy.reader.ui.NoteItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Highlights and notes made the way a reader makes them, in a real window over the real handbook. */
@Tag("ui")
class NotesWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;
    private ReaderSession session;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void name() throws Exception {
        try (Database d = Database.open(dataDir)) {
            d.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        closeSession();
    }

    private void openSession(Handbook handbook, String chapter) throws Exception {
        window = OpenWindow.open(dataDir, handbook, chapter, url -> { });
        session = window.session;
        stage = window.stage;
        awaitChapter(chapter);
    }

    private void closeSession() throws Exception {
        if (window != null) {
            window.close();
            window = null;
            session = null;
        }
    }

    private void awaitChapter(String id) throws InterruptedException {
        window.awaitChapter(id);
    }

    private Object page(String script) throws Exception {
        return window.page(script);
    }

    /**
     * Reads {@code read} on the FX thread, which changes the window's lists and nodes while a test runs: a read from
     * the test's thread can catch one half-changed ({@link OpenWindow#node}).
     */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return OpenWindow.fx(read);
    }

    /** The notes placed in the chapter, copied on the FX thread. */
    private List<NoteItem> placed() throws Exception {
        return fx(() -> List.copyOf(session.notes().placed()));
    }

    private Point2D onScreen(double x, double y) throws Exception {
        return window.onScreen(x, y);
    }

    /** Double-clicks a word in the first paragraph, as a reader selects it. Returns the word. */
    private String doubleClickWordInFirstParagraph() throws Exception {
        String xy = (String) page("(function(){var p=document.querySelector('#chapter p');p.scrollIntoView({block:'center'});"
                + "var t=document.createTreeWalker(p,NodeFilter.SHOW_TEXT).nextNode();var i=t.data.search(/[A-Za-z]{5,}/);"
                + "var r=document.createRange();r.setStart(t,i);r.setEnd(t,i+3);var b=r.getClientRects()[0];"
                + "return (b.left+b.width/2)+','+(b.top+b.height/2);})()");
        String[] p = xy.split(",");
        robot.doubleClickOn(onScreen(Double.parseDouble(p[0]), Double.parseDouble(p[1])));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get()).isPresent());
        return fx(() -> session.notes().selectionProperty().get()).get().text();
    }

    private String paintedText() throws Exception {
        return (String) page("Array.prototype.map.call(document.querySelectorAll('mark.pr-hl'),"
                + "function(m){return m.textContent;}).join('')");
    }

    @Test
    void selectedTextIsHighlightedAnnotatedAndStillPaintedAfterARestart() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        String word = doubleClickWordInFirstParagraph();
        OpenWindow.click(robot, "#highlight-green");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        assertEquals(word, paintedText().strip());
        int start = placed().get(0).placement().start();

        // Clicking the highlight opens it for editing: write a note.
        String xy = (String) page("(function(){var b=document.querySelector('mark.pr-hl').getClientRects()[0];"
                + "return (b.left+b.width/2)+','+(b.top+b.height/2);})()");
        String[] p = xy.split(",");
        robot.clickOn(onScreen(Double.parseDouble(p[0]), Double.parseDouble(p[1])));
        OpenWindow.node(robot, "#note-text", javafx.scene.Node.class);
        OpenWindow.click(robot, "#note-text");
        robot.write("Who wraps our group?\nAsk on Monday.");
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> placed().get(0).annotation().note().startsWith("Who wraps"));

        closeSession();
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        NoteItem item = placed().get(0);
        assertEquals("Who wraps our group?\nAsk on Monday.", item.annotation().note());
        assertEquals(Annotation.Colour.GREEN, item.annotation().colour());
        assertEquals(start, item.placement().start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> word.equals(paintedText().strip()));
        assertEquals(start, ((Number) page("(function(){var r=document.createRange();r.setStart(document.getElementById('chapter'),0);"
                + "r.setEnd(document.querySelector('mark.pr-hl').firstChild,0);return r.toString().length;})()")).intValue());
    }

    @Test
    void deletedNoteComesBackWithUndo() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        doubleClickWordInFirstParagraph();
        OpenWindow.click(robot, "#highlight-yellow");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        ListView<?> list = OpenWindow.node(robot, "#notes-list", ListView.class);
        // The list shows the note one pulse after the model has it; wait for its cell, not a time.
        OpenWindow.awaitNode(robot, "#notes-list .list-cell", javafx.scene.control.ListCell.class, c -> !c.isEmpty());
        OpenWindow.click(robot, fx(() -> robot.lookup("#notes-list .list-cell").nth(0).queryAs(javafx.scene.Node.class)));
        OpenWindow.click(robot, "#delete-note");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().isEmpty());
        assertEquals("", paintedText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        assertTrue(!paintedText().isEmpty());
        assertEquals(1, fx(() -> list.getItems().size()));
    }

    @Test
    void noteWhoseTextWasDeletedIsListedUnderCouldNotPlace() throws Exception {
        Path copy = Files.createDirectories(dataDir.resolve("book"));
        Files.writeString(copy.resolve("one.md"), "---\ntitle: One\n---\n\nKeep this sentence here.\n\n"
                + "This sentence will be gone tomorrow, with the whole paragraph.\n");
        openSession(Handbooks.open(copy), "one");
        String text = (String) page("PeeragogyReader.text()");
        int at = text.indexOf("gone tomorrow");
        WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().select(at, at + "gone tomorrow".length())).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get()).isPresent());
        OpenWindow.click(robot, "#highlight-pink");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        closeSession();

        Files.writeString(copy.resolve("one.md"), "---\ntitle: One\n---\n\nKeep this sentence here.\n");
        openSession(Handbooks.open(copy), "one");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> List.copyOf(session.notes().orphans())).size() == 1);
        assertEquals(List.of(), placed());
        // The part joins the panel as the list fills, on the FX thread: waited for there (decision 0082).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(
                "#could-not-place").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).get(10, TimeUnit.SECONDS));
        assertEquals("gone tomorrow", fx(() -> List.copyOf(session.notes().orphans())).get(0).annotation().quote());
    }

    @Test
    void nameIsAskedOnceAndWrittenOnTheNotes() throws Exception {
        try (Database d = Database.open(dataDir)) {
            d.settings().put(NotesViewModel.AUTHOR_KEY, "");
        }
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        doubleClickWordInFirstParagraph();
        OpenWindow.click(robot, "#highlight-blue");
        javafx.scene.control.TextField field = OpenWindow.node(robot, ".dialog-pane .text-field", javafx.scene.control.TextField.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText("")).get();
        OpenWindow.click(robot, field);
        robot.write("Bea");
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        assertEquals("Bea", placed().get(0).annotation().author());

        String text = (String) page("PeeragogyReader.text()");
        int at = text.indexOf("keeping participants");
        WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().select(at, at + 20)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get()).isPresent());
        OpenWindow.click(robot, "#highlight-pink");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 2);
        assertTrue(fx(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty()));
    }

    /**
     * A name longer than every reader imports is not taken where it is entered (decision 0021): the dialog
     * asks again, saying the limit and the length, and nothing is saved until a name fits.
     */
    @Test
    void aNameOverTheLimitIsAskedForAgainWithTheLimitSaid() throws Exception {
        try (Database d = Database.open(dataDir)) {
            d.settings().put(NotesViewModel.AUTHOR_KEY, "");
        }
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        doubleClickWordInFirstParagraph();
        OpenWindow.click(robot, "#highlight-blue");
        javafx.scene.control.TextField field = OpenWindow.node(robot, ".dialog-pane .text-field", javafx.scene.control.TextField.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText("Ana ".repeat(60))).get();
        OpenWindow.clickShowing(robot, "OK");
        String said = "A name can have at most 200 characters; this one has 239. Please shorten it.";
        OpenWindow.awaitNode(robot, ".dialog-pane", javafx.scene.control.DialogPane.class,
                p -> showing(p) && said.equals(p.getHeaderText()));
        assertEquals(List.of(), placed(), "nothing is made under a name that is not taken");
        javafx.scene.control.TextField again = OpenWindow.awaitNode(robot, ".dialog-pane .text-field",
                javafx.scene.control.TextField.class, t -> showing(t) && t.getText().startsWith("Ana Ana"));
        WaitForAsyncUtils.asyncFx(() -> again.setText("Bea")).get();
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        assertEquals("Bea", placed().get(0).annotation().author());
    }

    private static boolean showing(javafx.scene.Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    @Test
    void keyboardShortcutHighlightsInTheChosenColour() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        doubleClickWordInFirstParagraph();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        assertEquals(Annotation.Colour.GREEN, placed().get(0).annotation().colour());
    }

    @Test
    void noteTextIsShownAsTextNeverAsMarkup() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        String text = (String) page("PeeragogyReader.text()");
        int at = text.indexOf("keeping participants");
        WaitForAsyncUtils.asyncFx(() -> {
            session.window().chapterView().select(at, at + 20);
            return null;
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get()).isPresent());
        String hostile = "<img src=x onerror=alert(1)><b>bold?</b>";
        WaitForAsyncUtils.asyncFx(() -> session.notes().highlight(Annotation.Colour.YELLOW, hostile, List.of())).get();
        javafx.scene.control.Label shown = OpenWindow.awaitNode(robot, ".note-text", javafx.scene.control.Label.class,
                l -> hostile.equals(l.getText()));
        assertEquals(hostile, fx(shown::getText));
        assertEquals(0, ((Number) page("document.querySelectorAll('#chapter img[src=\"x\"]').length")).intValue());
        assertTrue(!((String) page("document.body.innerHTML")).contains("onerror"));
    }

    @Test
    void allNotesOpensANoteInItsChapter() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        String text = (String) page("PeeragogyReader.text()");
        int at = text.indexOf("keeping participants");
        WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().select(at, at + 20)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get()).isPresent());
        WaitForAsyncUtils.asyncFx(() -> session.notes().highlight(Annotation.Colour.PURPLE, "find me", List.of("x"))).get();
        OpenWindow.click(robot, "#next-chapter");
        awaitChapter("pattern-heartbeat");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        javafx.scene.control.ListCell<?> found = OpenWindow.awaitNode(robot, "#all-notes-list .list-cell",
                javafx.scene.control.ListCell.class, c -> c.getItem() != null);
        robot.doubleClickOn(OpenWindow.onFx(robot.point(found)));
        awaitChapter("pattern-wrapper");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Number) WaitForAsyncUtils.asyncFx(() ->
                session.window().chapterView().evaluate("document.querySelectorAll('mark.pr-flash').length")).get()).intValue() > 0);
    }

    @Test
    void aClosedAllNotesWindowIsNotReadAgainAtEachSaveAndIsUpToDateWhenReopened() throws Exception {
        openSession(Handbooks.open(TestHandbooks.fixture()), "meetings");
        String text = (String) page("PeeragogyReader.text()");
        int at = text.indexOf("questions and answers");
        WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().select(at, at + 9)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get()).isPresent());
        WaitForAsyncUtils.asyncFx(() -> session.notes().highlight(Annotation.Colour.BLUE, "first", List.of())).get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        OpenWindow.node(robot, "#all-notes-list .list-cell", javafx.scene.Node.class);
        assertEquals(1, fx(() -> session.allNotes().shown().size()));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#all-notes-list").query().getScene().getWindow().hide()).get();

        // Closed: a save does not re-read every note of the book (it did, on the FX thread, at each save).
        WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().select(at + 10, at + 21)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.notes().selectionProperty().get())
                .filter(s -> s.start() == at + 10).isPresent());
        WaitForAsyncUtils.asyncFx(() -> session.notes().highlight(Annotation.Colour.GREEN, "second", List.of())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx(() -> session.allNotes().shown().size()), "not read while closed");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.allNotes().shown().size()) == 2);
    }

    @Test
    void bookmarkTakesTheReaderBackToThePlace() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()), "action");
        page("window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.5); 0");
        double there = ((Number) page("window.pageYOffset")).doubleValue();
        OpenWindow.click(robot, "#bookmark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        page("window.scrollTo(0, 0); 0");
        // The bookmark is saved on the writer thread; its entry appears in the list once it has landed.
        OpenWindow.awaitNode(robot, "#notes-list .list-cell", javafx.scene.control.ListCell.class, l -> l.getItem() != null);
        OpenWindow.click(robot, fx(() -> robot.lookup("#notes-list .list-cell").nth(0).queryAs(javafx.scene.Node.class)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(((Number) WaitForAsyncUtils.asyncFx(
                () -> session.window().chapterView().evaluate("window.pageYOffset")).get()).doubleValue() - there) < 300);
        assertEquals(Annotation.Kind.BOOKMARK, placed().get(0).annotation().kind());
    }
}
