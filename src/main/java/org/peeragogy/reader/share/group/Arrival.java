package org.peeragogy.reader.share.group;

import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;

/**
 * A file of someone else's that brings something new: what merging it would do, ready to be merged.
 *
 * @param seen      the version looked at
 * @param preview   what merging it would do (read and checked)
 * @param alongside it is a conflict copy: merged as a second version
 * @param underYourId its name carries the reader's own id, and this reader did not write it (another computer
 *                    with a copy of the profile, or someone else): said so, never "Ana updated their notes" to
 *                    Ana (t16's F7)
 */
public record Arrival(SeenFile seen, NoteSharing.Preview preview, boolean alongside, boolean newNamesake,
                      boolean underYourId) {
    /** An arrival of someone whose name is nobody else's here. */
    public Arrival(SeenFile seen, NoteSharing.Preview preview, boolean alongside) {
        this(seen, preview, alongside, false);
    }

    /** An arrival of a file named with someone else's id. */
    public Arrival(SeenFile seen, NoteSharing.Preview preview, boolean alongside, boolean newNamesake) {
        this(seen, preview, alongside, newNamesake, false);
    }

    /**
     * This arrival with what its file says for people other than its owner taken after all (the reader chose to:
     * the window's "Take them"; decision 0077). Any thread; nothing is read.
     */
    public Arrival withOthers() {
        return new Arrival(seen, preview.withOthers(), alongside, newNamesake, underYourId);
    }

    /** Whether its file says something for other people that is held back and could be taken. Any thread. */
    public boolean holdsBack() {
        return !preview.forOthers().nothingToTake();
    }

    /** The file's name in the folder. Any thread. */
    public String fileName() {
        return seen.name();
    }

    /** Whose file it is, by the name it gives them (else its file name's). Any thread. */
    public String person() {
        return AuthorNames.listed(seen.person().isEmpty() ? seen.name() : seen.person());
    }

    /** "Ben updated their notes (4 new, 1 updated)". Any thread. */
    public String describe() {
        if (underYourId) {
            return "A file under your id from another computer or person (" + seen.name() + "): " + FileChanges.of(preview);
        }
        String who = person();
        return who + (alongside ? " has a second version of their notes (" : " updated their notes (")
                + FileChanges.of(preview) + ")"
                + (newNamesake ? ": a new person who shares a name with someone you know" : "");
    }
}
