package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Language menu and Switch handbook each replace the handbook: neither may start while the other runs. */
@Tag("ui")
class LanguageMenuTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @Test
    void theLanguageMenuIsDisabledWhileAHandbookSwitchOrInstallRuns() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Database db = Database.open(dataDir); Handbook handbook = Handbooks.open(TestHandbooks.fixture());
             BackgroundTasks tasks = new BackgroundTasks(Runnable::run)) {
            ReaderViewModel reader = new ReaderViewModel(handbook, db.settings(), db.readingPositions(), Runnable::run, TEXTS);
            SimpleBooleanProperty handbookWork = new SimpleBooleanProperty(false);
            LanguageMenu menu = WaitForAsyncUtils.asyncFx(() ->
                    new LanguageMenu(new LanguagesViewModel(reader, tasks, TEXTS), handbookWork, TEXTS)).get();
            assertFalse(menu.isDisable());
            handbookWork.set(true);
            assertTrue(menu.isDisable(), "disabled while the handbook is being switched or installed");
            handbookWork.set(false);
            assertFalse(menu.isDisable());
        }
    }
}
