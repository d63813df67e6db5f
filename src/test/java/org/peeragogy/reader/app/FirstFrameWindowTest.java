package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, decision 0092: the window's first frame holds the chapter and its bars, with the contents and notes
 * panels' places kept empty at their widths; the panels are in the window once the first chapter is laid out, and the
 * chapter keeps the width it was laid out at (it is laid out once).
 */
@Tag("ui")
class FirstFrameWindowTest {
    @TempDir
    Path dataDir;
    private ReaderSession session;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(() -> stage.close()).get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFirstFrameHoldsTheChapterAloneAndThePanelsComeOnceItIsLaidOutAtTheChaptersOwnWidth() throws Exception {
        try (Database d = Database.open(dataDir)) {
            d.settings().put("window.bounds", "0,0,1280,800");
        }
        Database db = Database.open(dataDir);
        CompletableFuture<Double> widthWhenLaidOut = new CompletableFuture<>();
        CompletableFuture<String> split = new CompletableFuture<>();
        Map<String, Boolean> atShow = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            session = new ReaderSession(stage, db, Handbooks.open(TestHandbooks.fixture()), dataDir, url -> { },
                    java.util.Optional.empty());
            session.window().addLaidOutListener((id, fraction) -> {
                widthWhenLaidOut.complete(session.window().chapterView().node().getLayoutBounds().getWidth());
                split.complete(splitSaid());
            });
            session.window().show("gardens");
            Parent root = stage.getScene().getRoot();
            return Map.of("chapter", contains(root, session.window().chapterView().node()),
                    "side", root.lookup("#side") != null, "notes", root.lookup("#notes-panel") != null);
        }).get(30, TimeUnit.SECONDS);
        assertTrue(atShow.get("chapter"), "the chapter is in the first frame");
        assertFalse(atShow.get("side"), "the contents and search tabs were styled before the first chapter");
        assertFalse(atShow.get("notes"), "the notes panel was styled before the first chapter");

        double laidOutAt = widthWhenLaidOut.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Object> after = WaitForAsyncUtils.asyncFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            Node side = root.lookup("#side");
            Node notes = root.lookup("#notes-panel");
            return Map.<String, Object>of("side", side != null && side.getScene() != null,
                    "notes", notes != null && notes.getScene() != null,
                    "width", session.window().chapterView().node().getLayoutBounds().getWidth(), "split", splitSaid());
        }).get(30, TimeUnit.SECONDS);
        assertEquals(true, after.get("side"), "the contents and search tabs are in the window after the first chapter");
        assertEquals(true, after.get("notes"), "the notes panel is in the window after the first chapter");
        assertEquals(laidOutAt, (Double) after.get("width"), 1.0,
                "the chapter keeps the width it was first laid out at: its text is not laid out again");
    }

    /** The split pane's parts' widths and its dividers, to tell which part took the chapter's pixels. */
    private String splitSaid() {
        javafx.scene.control.SplitPane panes = (javafx.scene.control.SplitPane) stage.getScene().getRoot().lookup("#panels");
        return panes.getItems().stream().map(n -> n.getClass().getSimpleName() + "=" + n.getLayoutBounds().getWidth()).toList()
                + " dividers " + java.util.Arrays.toString(panes.getDividerPositions()) + " of " + panes.getWidth();
    }

    private static boolean contains(Parent root, Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }
}
