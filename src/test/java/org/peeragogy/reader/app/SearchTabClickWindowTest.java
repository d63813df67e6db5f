package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on the Search tab puts the keyboard in its field (fresh tester t37's F3: clicked, "wiki" typed, and the
 * field stayed empty: the tab header's own focus came after the tab's). A real window under Xvfb, clicked and typed
 * into by the robot.
 */
@Tag("ui")
class SearchTabClickWindowTest {
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
    void wordsTypedAfterAClickOnTheSearchTabGoIntoItsField() throws Exception {
        try (Database d = Database.open(dataDir)) {
            d.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
        window = OpenWindow.open(dataDir, Handbooks.open(KeyboardWindowTest.book(dataDir.resolve("book"))), "one", u -> { });
        window.awaitChapter("one");
        Node header = OpenWindow.awaitNode(robot, ".tab-header-area .tab", Node.class,
                n -> n.lookup(".tab-label") instanceof javafx.scene.control.Label l && "Search".equals(l.getText()));
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("wiki");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "wiki".equals(field().getText()));
        assertEquals("wiki", field().getText());
    }

    private TextField field() throws Exception {
        return OpenWindow.fx(() -> robot.lookup("#search-field").queryAs(TextField.class));
    }
}
