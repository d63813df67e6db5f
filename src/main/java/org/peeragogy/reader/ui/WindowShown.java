package org.peeragogy.reader.ui;

import java.util.Optional;

/**
 * What is open in a reader window besides the chapter, which the window opened again in another interface language
 * shows again (fresh tester 14b): the Reading settings panel, the words of the Search tab when it is shown, whether
 * the notice of a deletion (with Undo) is showing, and the drawer open over the text (fresh tester 14c m8).
 */
public record WindowShown(boolean readingSettings, Optional<String> search, boolean deletionSaid,
                          Optional<PanelsViewModel.Panel> drawer) {

    /** What is open now in these parts. FX thread. */
    static WindowShown of(ReadingSettingsPane reading, SearchSide search, NotesPane notes, PanelsViewModel panels) {
        return new WindowShown(reading.showing(), search.shownQuery(), notes.deletionSaid(),
                panels.drawerProperty().get());
    }

    /**
     * Opens again in these parts what this says was open, in their window's words: the deletion's notice is said of
     * the note Undo would bring back (call after the notes took over what Undo can do). FX thread.
     */
    void showIn(ReadingSettingsPane reading, SearchSide searchSide, NotesPane notes, PanelsViewModel panels) {
        search.ifPresent(searchSide::showAgain); // a drawer closed stays closed (fresh tester 17a F19)
        if (deletionSaid) {
            notes.sayDeletedAgain();
        }
        if (readingSettings) {
            reading.show();
        }
        drawer.ifPresent(panels::openDrawer);
    }
}
