package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Feedback (issue 12), in the real window at 1280×800 and 1024×600: deleting, importing and re-attaching say
 * what happened in a notice that offers Undo where undo exists; notices and problems go when the chapter
 * changes; the selection bar closes after re-attaching; Undo last import is there after a restart.
 */
@Tag("ui")
@NeedsRealHandbook
class FeedbackWindowTest {
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

    private void open(String size, Handbook handbook, String chapter) throws Exception {
        window = OpenWindow.sized(dataDir, handbook, chapter, size, java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana"));
        window.focus(robot);
    }

    private NotesViewModel notes() {
        return window.session.notes();
    }

    /** The node with this id in a window showing now, itself and every parent visible. */
    private Optional<Node> showing(String id) throws Exception {
        return OpenWindow.showing(robot, id, Node.class);
    }

    private String notice() throws Exception {
        return OpenWindow.fx(() -> showing("#notice-text").map(n -> ((Label) n).getText()).orElse(""));
    }

    private void notesPanel() throws Exception {
        window.showNotesPanel(robot);
    }

    private void select(String words) throws Exception {
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().select(at, at + words.length())).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().selectionProperty().get().isPresent()));
    }

    private void firstCell(String list) throws Exception {
        OpenWindow.click(robot, OpenWindow.awaitNode(robot, list + " .list-cell", ListCell.class, l -> l.getItem() != null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void deletingSaysSoWithUndoThatBringsTheNoteBackAndMovingOnClearsStaleMessages(String size) throws Exception {
        open(size, Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        select("keeping participants");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#selection-toolbar").isPresent());
        OpenWindow.click(robot, "#highlight-green");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().placed().size()) == 1);
        notesPanel();
        firstCell("#notes-list");
        OpenWindow.click(robot, "#delete-note");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().placed().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Highlight deleted.", notice());
        assertTrue(OpenWindow.fx(() -> notes().placed().isEmpty()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE); // a drawer closes; the notice stays
        OpenWindow.click(robot, "#notice-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().placed().size()) == 1);
        assertEquals("", notice(), "the notice goes once Undo is taken");

        // A notice and a problem about this chapter go when the reader moves on.
        notesPanel();
        firstCell("#notes-list");
        OpenWindow.click(robot, "#delete-note");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notice().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> window.session.viewModel().report("Something about this chapter.")).get();
        assertTrue(showing("#problem").isPresent());
        OpenWindow.click(robot, "#status");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        window.awaitChapter("pattern-heartbeat");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", notice());
        assertFalse(showing("#problem").isPresent(), "the problem bar went with the chapter");
    }

    /** Ben's notes file: one chapter note on the Wrapper pattern. */
    private Path bensNotesFile(Handbook handbook) throws Exception {
        Path file = dataDir.resolve("ben.peeranotes");
        try (Database ben = Database.open(dataDir.resolve("ben"))) {
            ben.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "pattern-wrapper",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Ben's thought", List.of(), "Ben",
                    Optional.empty()));
            new NoteSharing(ben, new HandbookChapters(handbook), "test").export(NoteSharing.Format.NOTES, file,
                    ExportFilter.ALL);
        }
        return file;
    }

    private MenuItem undoItem() throws Exception {
        return OpenWindow.fx(() -> window.stage.getScene().getRoot().lookupAll(".menu-bar").stream()
                .flatMap(b -> ((javafx.scene.control.MenuBar) b).getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-undo-import".equals(i.getId()))
                .findFirst().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void importingSaysWhatCameInWithUndoAndUndoLastImportIsThereAfterARestart(String size) throws Exception {
        Handbook handbook = Handbooks.open(TestHandbooks.real());
        Path file = bensNotesFile(handbook);
        open(size, handbook, "pattern-wrapper");
        assertTrue(OpenWindow.fx(() -> undoItem().isDisable()));
        WaitForAsyncUtils.asyncFx(() -> window.session.window().importNotes(file)).get();
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> notice().equals("Imported from ben.peeranotes: 1 new."));
        assertTrue(showing("#notice-undo").isPresent());
        window.close();
        window = null;

        open(size, Handbooks.open(TestHandbooks.real()), "pattern-wrapper");
        assertFalse(OpenWindow.fx(() -> undoItem().isDisable()), "Undo last import is offered after a restart");
        WaitForAsyncUtils.asyncFx(() -> { // its question waits for an answer: not waited on
            undoItem().fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#undo-import").isPresent());
        String header = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.DialogPane) showing("#undo-import")
                .orElseThrow()).getHeaderText()).get();
        assertEquals("Take back the import of ben.peeranotes?", header);
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> notice().equals("Took back the import of ben.peeranotes."));
        assertTrue(OpenWindow.fx(() -> undoItem().isDisable()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void reattachingSaysWhereTheNoteWentAndClosesTheSelectionBar(String size) throws Exception {
        Path copy = Files.createDirectories(dataDir.resolve("book"));
        Files.writeString(copy.resolve("one.md"), "---\ntitle: One\n---\n\nKeep this sentence here.\n\n"
                + "This sentence will be gone tomorrow, with the whole paragraph.\n");
        open(size, Handbooks.open(copy), "one");
        select("gone tomorrow");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#selection-toolbar").isPresent());
        OpenWindow.click(robot, "#highlight-yellow");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().placed().size()) == 1);
        window.close();
        Files.writeString(copy.resolve("one.md"), "---\ntitle: One\n---\n\nKeep this sentence here.\n");
        window = OpenWindow.open(dataDir, Handbooks.open(copy), "one", url -> { });
        window.awaitChapter("one");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().orphans().size()) == 1);
        OpenWindow.click(robot, "#status");

        select("this sentence");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#selection-toolbar").isPresent());
        notesPanel();
        firstCell("#orphans-list");
        OpenWindow.click(robot, "#reattach");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> notes().placed().size()) == 1);
        assertEquals("Note re-attached to “this sentence”.", notice());
        assertFalse(showing("#selection-toolbar").isPresent(), "the selection bar closed");
    }
}
