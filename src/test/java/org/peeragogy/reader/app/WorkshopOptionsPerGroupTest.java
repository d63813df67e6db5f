package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.SaveQueue;
import org.peeragogy.reader.ui.ShownNotesViewModel;
import org.peeragogy.reader.ui.Texts;
import org.peeragogy.reader.ui.WorkshopOptionsViewModel;

/**
 * Issue 15's F22 (decision 0054): the blind first pass and anonymous asking are the group's ("optional, per
 * group"): kept per group the reader is in (its group folder's name), a reader who changes group has that group's
 * choice, and in no group they are kept as before. Real SQLite file; saves inline.
 */
class WorkshopOptionsPerGroupTest {
    @TempDir
    Path tmp;
    private Database db;
    private final List<String> problems = new ArrayList<>();

    private WorkshopOptionsViewModel options() throws Exception {
        if (db == null) {
            db = Database.open(tmp.resolve("ana"));
        }
        NotesViewModel notes = new NotesViewModel(db.annotations(), db.settings(), problems::add,
                Texts.of(java.util.Locale.ENGLISH));
        return new WorkshopOptionsViewModel(db.settings(), db.settings(),
                new ShownNotesViewModel(db.settings(), db.conversation(), db.annotations()), notes,
                SaveQueue.inline(problems::add), problems::add);
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    /** A restart in another group: the choice made in the first group is not the second's. */
    @Test
    void aChoiceMadeInOneGroupIsNotAnotherGroupsAfterARestart() throws Exception {
        options();
        db.settings().put(SettingsStore.GROUP_NAME, "Tuesday circle");
        WorkshopOptionsViewModel tuesday = options();
        tuesday.setBlind(true);
        tuesday.setAnonymousAllowed(true);
        assertTrue(db.settings().workshopOption(SettingsStore.BLIND_FIRST_PASS), "the group view and digest follow it");

        db.settings().put(SettingsStore.GROUP_NAME, "Thursday walkers");
        WorkshopOptionsViewModel thursday = options();
        assertFalse(thursday.blindProperty().get(), "Thursday's group has not chosen a blind first pass");
        assertFalse(thursday.anonymousProperty().get());
        assertFalse(db.settings().workshopOption(SettingsStore.BLIND_FIRST_PASS));

        db.settings().put(SettingsStore.GROUP_NAME, "Tuesday circle");
        assertTrue(options().blindProperty().get(), "back in Tuesday's group: its choice");
        assertTrue(options().anonymousProperty().get());
        assertEquals(List.of(), problems);
    }

    /**
     * In the window the group changes while it is open (a group folder chosen or stopped): the options follow at once,
     * and say whose they are; in no group they are the reader's own, kept as before (a group that never chose starts
     * from those).
     */
    @Test
    void theOptionsFollowTheGroupChosenWhileTheWindowIsOpen() throws Exception {
        WorkshopOptionsViewModel options = options();
        SimpleStringProperty group = new SimpleStringProperty("");
        options.followGroup(group);
        options.setBlind(true); // in no group: as before
        assertEquals("true", db.settings().get(SettingsStore.BLIND_FIRST_PASS).orElseThrow());

        group.set("Tuesday circle");
        assertEquals("Tuesday circle", options.groupProperty().get());
        assertTrue(options.blindProperty().get(), "a group that has not chosen starts from the reader's own choice");
        options.setBlind(false);
        options.setAnonymousAllowed(true);
        assertEquals("false", db.settings().get(SettingsStore.workshopKey(SettingsStore.BLIND_FIRST_PASS,
                "Tuesday circle")).orElseThrow());

        group.set("");
        assertTrue(options.blindProperty().get(), "no group: the reader's own choice, untouched");
        assertFalse(options.anonymousProperty().get());
        group.set("Tuesday circle");
        assertFalse(options.blindProperty().get());
        assertTrue(options.anonymousProperty().get());
        assertEquals(List.of(), problems);
    }
}
