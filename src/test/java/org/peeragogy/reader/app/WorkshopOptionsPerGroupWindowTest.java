package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15's F22 in the real window (decision 0054): the Notes menu's workshop options say they are the group's
 * ("Blind first pass (for the group Tuesday circle)") and show its choice; stopping the group folder brings the
 * reader's own choice back, in the plain words.
 */
@Tag("ui")
class WorkshopOptionsPerGroupWindowTest {
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

    private String shown(CheckMenuItem item) throws Exception {
        return OpenWindow.fx(() -> item.getText() + (item.isSelected() ? " [on]" : " [off]"));
    }

    @Test
    void theNotesMenuSaysTheOptionsAreTheGroupsAndShowsItsChoice() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        String tuesday = SettingsStore.workshopKey(SettingsStore.BLIND_FIRST_PASS, "Tuesday circle");
        window = OpenWindow.sized(tmp.resolve("ana"), Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                Map.of(SettingsStore.READER_NAME, "Ana", "group.folder", group.toString(),
                        SettingsStore.GROUP_NAME, "Tuesday circle", SettingsStore.BLIND_FIRST_PASS, "true",
                        tuesday, "false"));
        CheckMenuItem blind = (CheckMenuItem) window.menuItem("menu-blind-first-pass");
        CheckMenuItem anonymous = (CheckMenuItem) window.menuItem("menu-anonymous-questions");
        // The group's choice (off), not the reader's own one kept without a group (on).
        String isolated = "Tuesday circle";
        assertEquals("Blind first pass (for the group " + isolated + ") [off]", shown(blind));
        assertEquals("Allow anonymous questions (for the group " + isolated + ") [off]", shown(anonymous));

        OpenWindow.fx(() -> {
            blind.fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> blind.isSelected()));
        OpenWindow.fx(() -> {
            window.session.group().stop();
            return null;
        });
        assertEquals("Blind first pass [on]", shown(blind), "no group: the reader's own choice, as before");
        assertEquals("Allow anonymous questions [off]", shown(anonymous));
        window.close();
        window = null;
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(tmp.resolve("ana"))) {
            assertEquals("true", db.settings().get(tuesday).orElseThrow(), "turned on for Tuesday's group, kept");
        }
    }
}
