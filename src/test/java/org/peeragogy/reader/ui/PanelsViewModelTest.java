package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/** Which panels stand beside the text, without a window: a real SQLite file for what is remembered. */
class PanelsViewModelTest {
    @TempDir
    Path dataDir;

    private static PanelsViewModel panels(Database db) {
        return new PanelsViewModel(db.settings(), SaveQueue.inline(m -> { throw new AssertionError(m); }), db.settings());
    }

    @Test
    void theNotesFoldFirstThenTheContentsAndLargerTextFoldsThemSooner() throws Exception {
        try (Database db = Database.open(dataDir)) {
            PanelsViewModel p = panels(db);
            p.windowWidth(1280);
            assertTrue(p.contentsDockedProperty().get() && p.notesDockedProperty().get());
            p.windowWidth(1024);
            assertTrue(p.contentsDockedProperty().get());
            assertFalse(p.notesDockedProperty().get());
            p.windowWidth(800);
            assertFalse(p.contentsDockedProperty().get() || p.notesDockedProperty().get());
            p.windowWidth(1280);
            p.textScale(1.3); // 640 × 1.3 = 832 px of text: the notes no longer fit beside the contents
            assertTrue(p.contentsDockedProperty().get());
            assertFalse(p.notesDockedProperty().get());
        }
    }

    @Test
    void aFoldedPanelOpensAsADrawerAndHidingIsRememberedWithTheWidths() throws Exception {
        try (Database db = Database.open(dataDir)) {
            PanelsViewModel p = panels(db);
            p.windowWidth(1024);
            p.toggle(PanelsViewModel.Panel.NOTES);
            assertEquals(Optional.of(PanelsViewModel.Panel.NOTES), p.drawerProperty().get());
            assertTrue(p.notesShownProperty().get(), "a drawer does not change what the reader chose");
            p.closeDrawer();
            p.toggle(PanelsViewModel.Panel.CONTENTS); // docked: hidden, and then the notes fit
            assertFalse(p.contentsShownProperty().get());
            assertTrue(p.notesDockedProperty().get());
            p.resized(PanelsViewModel.Panel.NOTES, 350);
            p.save();

            PanelsViewModel again = panels(db);
            again.windowWidth(1024);
            assertFalse(again.contentsShownProperty().get());
            assertEquals(350, again.width(PanelsViewModel.Panel.NOTES));
            assertTrue(again.notesDockedProperty().get());
        }
    }

    @Test
    void focusModeFoldsEverythingAndEscLeavesIt() throws Exception {
        try (Database db = Database.open(dataDir)) {
            PanelsViewModel p = panels(db);
            p.windowWidth(1280);
            p.toggleFocus();
            assertFalse(p.contentsDockedProperty().get() || p.notesDockedProperty().get());
            assertTrue(p.leaveFocus());
            assertFalse(p.leaveFocus(), "Esc outside focus mode does nothing here");
            assertTrue(p.contentsDockedProperty().get() && p.notesDockedProperty().get());
        }
    }

    @Test
    void aDamagedSettingGivesTheDefaults() throws Exception {
        try (Database db = Database.open(dataDir)) {
            db.settings().put(PanelsViewModel.KEY, "contents=;notesWidth=NaN;garbage");
            PanelsViewModel p = panels(db);
            assertTrue(p.contentsShownProperty().get());
            assertEquals(PanelsViewModel.NOTES_WIDTH, p.width(PanelsViewModel.Panel.NOTES));
        }
    }
}
