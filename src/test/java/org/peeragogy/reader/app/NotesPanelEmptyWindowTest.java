package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes panel of a chapter with no notes (fresh tester 14b, m3): its one line telling a new reader how to start
 * ("Select text in the chapter to highlight it or add a note.") was cut to "…" in every language, even at 1280×800.
 */
@Tag("ui")
class NotesPanelEmptyWindowTest {
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
        }
    }

    @ParameterizedTest
    @CsvSource({"en,1280x800", "es,1280x800", "it,1280x800", "pt,1280x800", "en,1024x600"})
    void theEmptyNotesLineWrapsWholeInEveryLanguage(String language, String size) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", size,
                Map.of("view.interfaceLanguage", language));
        window.focus(robot);
        window.showNotesPanel(robot);
        Label empty = OpenWindow.awaitNode(robot, "#notes-empty", Label.class, OpenWindow::isShowing);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(empty.getScene().getWindow()))
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), cut.stream().filter(c -> c.contains(empty.getText())).toList());
        assertTrue(empty.getText().length() > 30, empty.getText());
    }
}
