package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NoticeViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Deleting someone else's note from "Notes in this chapter" asks first, naming them, in the real window (a tester,
 * as Bob, deleted Alice's highlight at once, told only "Highlight deleted."); the reader's own goes in one step.
 */
@Tag("ui")
class OthersNoteDeleteWindowTest {
    private static final String CHAPTER = "pattern-wrapper";
    private static final String ALICE = "urn:uuid:5d1c3e2b-7a4f-4c6d-8e9f-0a1b2c3d4e5f";
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

    /** The notes placed in the chapter, copied on the FX thread (which changes the list; OpenWindow#node). */
    private List<org.peeragogy.reader.ui.NoteItem> placed() throws Exception {
        return OpenWindow.fx(() -> List.copyOf(window.session.notes().placed()));
    }

    /**
     * The window open as Bob with one highlight in the chapter by {@code author} ({@code authorId} null: Bob's own),
     * chosen in the notes panel's list (which then has the keyboard).
     */
    private void openWithHighlightBy(String author, String authorId) throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real()); Database d = Database.open(dataDir)) {
            ChapterText text = ChapterText.of(h.render(CHAPTER).html());
            int at = text.text().indexOf("keeping participants");
            d.annotations().create(new AnnotationStore.Draft(h.book().identity(), CHAPTER, Annotation.Kind.HIGHLIGHT,
                    Annotation.Colour.YELLOW, "", List.of(), author, Optional.of(Anchoring.describe(text, at, at + 20)),
                    authorId));
        }
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), CHAPTER, "1280x800",
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Bob"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        window.showNotesPanel(robot);
        OpenWindow.awaitNode(robot, "#notes-list .list-cell", javafx.scene.control.ListCell.class, l -> l.getItem() != null);
        ListView<?> list = OpenWindow.node(robot, "#notes-list", ListView.class);
        OpenWindow.click(robot, OpenWindow.fx(() -> robot.lookup("#notes-list .list-cell").nth(0).queryAs(Node.class)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> list.getSelectionModel()
                .getSelectedItem() != null));
    }

    private Optional<DialogPane> question() throws Exception {
        return OpenWindow.fx(() -> robot.lookup("#delete-others-note").match(OpenWindow::isShowing)
                .tryQueryAs(DialogPane.class));
    }

    private DialogPane awaitQuestion() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question().isPresent());
        return question().orElseThrow();
    }

    private String notice() throws Exception {
        return OpenWindow.fx(() -> robot.lookup("#notice-text").tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    @Test
    void deletingSomeoneElsesHighlightAsksNamingThemEscLeavesItAndDeleteSaysWhose() throws Exception {
        openWithHighlightBy("Alice", ALICE);
        robot.type(KeyCode.DELETE); // the keyboard's way, in the list
        DialogPane asked = awaitQuestion();
        assertEquals("This is Alice's highlight. Delete it from your copy? Alice's own copy keeps it.",
                OpenWindow.fx(asked::getHeaderText));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, placed().size(), "Esc deletes nothing");
        assertTrue(!notice().contains("deleted"), notice());

        OpenWindow.click(robot, "#delete-note"); // the button's way
        DialogPane again = awaitQuestion();
        Button delete = OpenWindow.fx(() -> again.lookupAll(".button").stream().filter(n -> n instanceof Button b
                && "Delete".equals(b.getText())).map(Button.class::cast).findFirst().orElseThrow());
        OpenWindow.click(robot, delete);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Alice's highlight deleted.".equals(notice()));
        OpenWindow.click(robot, "#" + NoticeViewModel.UNDO);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().size() == 1);
        assertEquals(ALICE, placed().get(0).annotation().authorId());
    }

    @Test
    void deletingOnesOwnHighlightStaysOneStepWithUndo() throws Exception {
        openWithHighlightBy("Bob", null);
        OpenWindow.click(robot, "#delete-note");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> placed().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Highlight deleted.".equals(notice()));
        assertTrue(question().isEmpty(), "no question for the reader's own note");
    }
}
