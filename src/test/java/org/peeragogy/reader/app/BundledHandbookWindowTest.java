package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A reader who adds a translation can always go back to the main handbook from File → Switch handbook. */
@Tag("ui")
class BundledHandbookWindowTest {
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

    /** Clicks a menu entry once its menu is on screen (the Switch handbook menu is filled as it opens). */
    private void clickMenuItem(String text) throws Exception {
        OpenWindow.clickSubmenuItem(robot, text, () -> {
            OpenWindow.click(robot, "File");
            OpenWindow.click(robot, "Switch handbook");
        });
    }

    @Test
    void afterAddingATranslationTheBundledHandbookIsStillListedAndSwitchesBackToItsPlace() throws Exception {
        Path bundled = TestHandbooks.real();
        window = OpenWindow.open(dataDir, Handbooks.open(bundled), "pattern-wrapper", url -> { },
                Optional.of(bundled));
        window.awaitChapter("pattern-wrapper");
        String mainIdentity = window.session.viewModel().book().identity();
        HandbookLibrary library = new HandbookLibrary(dataDir.resolve("handbooks"));
        Path other = Files.createDirectories(dataDir.resolve("src-other"));
        Files.writeString(other.resolve("uno.md"), "---\ntitle: Uno\n---\n\n# Uno\n\nPrimero.\n");
        Files.writeString(other.resolve("dos.md"), "---\ntitle: Dos\n---\n\n# Dos\n\nSegundo.\n");
        String otherTitle = library.install(other, HandbookLibrary.Progress.NONE).title();

        OpenWindow.click(robot, "#status"); // the window has the focus
        clickMenuItem(otherTitle + " (2 chapters)");
        window.awaitChapter("dos");

        clickMenuItem("The Peeragogy Handbook (61 chapters)");
        window.awaitChapter("pattern-wrapper");
        assertEquals(mainIdentity, window.session.viewModel().book().identity());
    }
}
