package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fresh tester t34's F8, in a real window: the name asked before a first note said only what a name is for, so a note
 * typed at once landed in the name; it now says it comes before the first note, and Ctrl+Enter takes it, as it saves
 * the note dialog (it did nothing there).
 */
@Tag("ui")
class NameDialogWindowTest {
    @TempDir
    Path dataDir;
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
    void theNameAskedBeforeAFirstNoteSaysSoAndCtrlEnterTakesIt() throws Exception {
        window = OpenWindow.open(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        javafx.scene.control.MenuItem bookmark = window.menuItem("menu-bookmark");
        // Not waited for: the bookmark waits, on the FX thread, for the name dialog to be answered.
        javafx.application.Platform.runLater(bookmark::fire);
        DialogPane pane = OpenWindow.awaitNode(robot, ".dialog-pane", DialogPane.class, OpenWindow::isShowing);
        assertEquals(Texts.of(java.util.Locale.ENGLISH).get("name.firstHeader"), OpenWindow.fx(pane::getHeaderText));

        TextField field = OpenWindow.awaitNode(robot, ".dialog-pane .text-field", TextField.class, OpenWindow::isShowing);
        WaitForAsyncUtils.asyncFx(() -> {
            field.setText("Ana");
            field.requestFocus();
        }).get(10, TimeUnit.SECONDS);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !OpenWindow.fx(() -> OpenWindow.isShowing(pane)));
        assertEquals(Optional.of("Ana"), OpenWindow.fx(() -> window.session.database().settings()
                .get(SettingsStore.READER_NAME)));
    }
}
