package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Labeled;
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
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A note whose text holds bidirectional controls (an override, embeddings, isolates, marks: typed, pasted or
 * imported) is shown without them in the notes panel and All notes: JavaFX 21 draws each as a box (fresh tester 18a
 * NEW-7), and in a shared file they can disguise the note's words.
 */
@Tag("ui")
class BidiControlsWindowTest {
    private static final String NOTE = "\u202Edesrever\u202C and \u200Fעברית\u200F \u2067x\u2069 \u202Ay\u202C";
    @TempDir
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

    @Test
    void theNotesPanelAndAllNotesShowANoteWithoutItsBidiControls() throws Exception {
        Path data = tmp.resolve("data");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database db = Database.open(data)) {
            ChapterText text = ChapterText.of(h.render("gardens").html());
            int at = text.text().indexOf("Watering by rota");
            db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens", Annotation.Kind.HIGHLIGHT,
                    Annotation.Colour.GREEN, NOTE, List.of(), "Ana",
                    Optional.of(Anchoring.describe(text, at, at + "Watering by rota".length()))));
        }
        window = OpenWindow.sized(data, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                Map.of(NotesViewModel.AUTHOR_KEY, "Ana"));
        window.showNotesPanel(robot);
        assertEquals("desrever and עברית x y", noteText("#notes-list"));
        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertEquals("desrever and עברית x y", noteText("#all-notes-list"));
    }

    /** The note's text as the list {@code query} shows it. */
    private String noteText(String query) throws Exception {
        Labeled n = OpenWindow.awaitNode(robot, query + " .note-text", Labeled.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        return OpenWindow.fx(n::getText);
    }
}
