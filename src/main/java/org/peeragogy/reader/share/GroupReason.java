package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Reason.English;

/**
 * Why the group folder (issue 16) cannot be used, read or written just now, or cannot be chosen: its own file written
 * there ({@code group.OwnFile}), the others' files judged by their size and head ({@code NotesFileHead}), the folder
 * chosen ({@code group.GroupFolderRule}), the folder gone or unmounted ({@code group.GroupFolder},
 * {@code group.GroupFolderSession}). Each code with the English the command line writes; the window says it in its
 * language (key {@code reasonGroup.*}). Split from {@link ShareReason} on 2026-12-02 (its size, docs/architecture.md).
 */
public enum GroupReason implements Reason.Code {
    // The group folder ({@code group.OwnFile}, {@code group.GroupFolder}, {@code group.GroupFolderSession}).
    @English("The group folder {0} is not there now (is the stick plugged in, the share connected?).")
    GROUP_FOLDER_GONE,
    @English("Cannot make {0}: {1}")
    CANNOT_MAKE,
    @English("Could not write your notes to the group folder {0}: {1}. Check that the stick is not write-protected"
            + " (the switch on its side) or full, and that you may write to the shared folder.")
    GROUP_WRITE_FAILED,
    @English("The group folder {0} is not there (is the stick plugged in, the share connected?).")
    GROUP_NOT_THERE,
    @English("The group folder {0} cannot be read now ({1}).")
    GROUP_UNREADABLE,
    @English("The group folder {0} was a stick (or share) of its own and is now a folder of this computer''s disk: the"
            + " stick was taken out and the place it was mounted at stayed, so your notes were not written into it. Plug"
            + " the stick back in; to use this folder of the computer''s own instead, choose it again (Notes → Group"
            + " folder…).")
    GROUP_UNMOUNTED,
    /** {@link #GROUP_UNMOUNTED} on the command line (t16's N5): {0}: the folder; {1}: the command ("sync", "status"). */
    @English("The group folder {0} was a stick (or share) of its own and is now a folder of this computer''s disk: the"
            + " stick was taken out and the place it was mounted at stayed, so your notes were not written into it. Plug"
            + " the stick back in, then run group-folder {1} again; to use this folder of the computer''s own instead,"
            + " set it again: group-folder set {0}")
    GROUP_UNMOUNTED_COMMAND,
    // A file in the group folder judged by its size and head ({@code NotesFileHead}); "unusable" ones end with a stop.
    @English("it is larger than {0} MB, more than any notes file the reader writes or reads, so it was not read. Whoever"
            + " put it in the group folder can take it out.")
    HEAD_TOO_LARGE,
    @English("it is empty so far")
    HEAD_EMPTY,
    @English("it cannot be read just now ({0})")
    HEAD_NOT_READABLE_NOW,
    @English("its beginning has not arrived yet")
    HEAD_NOT_ARRIVED,
    @English("it is not a notes file (it does not begin as one). Notes files in a group folder are written by Peeragogy"
            + " Reader; whoever put this one there can take it out.")
    HEAD_NOT_NOTES,
    @English("only {0} bytes of it have arrived")
    HEAD_PARTIAL,
    @English("it is a database, but not a Peeragogy Reader notes file (perhaps a reader''s own reader.db). Each reader"
            + " writes their own notes file into the group folder; whoever put this one there can take it out.")
    HEAD_OTHER_DATABASE,
    @English("it was written by a newer version of Peeragogy Reader (notes format {0}). Update the reader to merge it.")
    HEAD_NEWER_FORMAT,
    @English("its header names no notes format (format {0}), so no version of the reader can read it. Whoever wrote it"
            + " can write it again (their reader does so at their next change).")
    HEAD_NO_FORMAT,
    // A file left incomplete under its final name (fresh tester t33's F7): unchanged for more than {0} minutes
    // ({@code NotesFileHead.LEFT_AFTER}), so not arriving (sync tools write under a temporary name and rename). Said by
    // a look at the folder, which changes nothing, so without an import's "Nothing was changed" (t35's F9).
    /** {0}: the minutes it has not changed for. */
    @English("it is empty (0 bytes) and has not changed for more than {0} minutes, so nothing more of it is coming (a"
            + " sync tool gives a file its name only once all of it has arrived). Whoever wrote it can write it again;"
            + " whoever put it in the group folder can take it out.")
    HEAD_LEFT_EMPTY,
    /** {0}: the minutes it has not changed for; {1}: its size in bytes. */
    @English("it holds only zero bytes ({1} of them) and has not changed for more than {0} minutes, so nothing more of"
            + " it is coming (a copy to a stick taken out too soon leaves such a file). Whoever wrote it can write it"
            + " again; whoever put it in the group folder can take it out.")
    HEAD_LEFT_ZEROS,
    /** {0}: the minutes it has not changed for; {1}: its size in bytes. */
    @English("it was cut short (only {1} bytes of a notes file are there) and has not changed for more than {0}"
            + " minutes, so the rest of it is not coming. Whoever wrote it can write it again; whoever put it in the"
            + " group folder can take it out.")
    HEAD_LEFT_CUT_SHORT,
    /** After why a whole file in the group folder failed its full reading (issue 16's window try-out w4). */
    @English("Whoever put it in the group folder can take it out, and whoever wrote it can write it again.")
    GROUP_FILE_WRITE_AGAIN,
    /** {0}: the folder; {1}: how many of its files were looked at; {2}: how many it held. */
    @English("The group folder {0} went away after {1} of {2} files, so nothing was merged.")
    GROUP_WENT_AWAY,
    @English("The group folder {0} is the reader's own staging folder {1}, in its data folder. Choose a folder of its"
            + " own for the group (a stick, a shared folder, a Syncthing folder).")
    GROUP_IS_STAGING,
    // A folder chosen as the group folder and refused ({@code group.GroupFolderRule}): the command line's
    // group-folder set and the window's Notes → Group folder… say the same (each then says what to do next).
    /** {0}: the folder chosen. */
    @English("There is no folder at {0}. Make it (or plug in the stick, connect the share).")
    GROUP_CHOSEN_NOT_THERE,
    /** {0}: the folder chosen. */
    @English("The folder {0} is the reader's own data folder, inside it, or holds it: the reader keeps your notes there,"
            + " and a group folder is the group's (a sync tool would pass them to everyone). Choose a folder of its own"
            + " (a stick, a shared folder, a Syncthing folder).")
    GROUP_CHOSEN_DATA_FOLDER,
    /** {0}: the file chosen (t16's N4: "There is no folder… Make it" for a file cannot be mended by making it). */
    @English("{0} is a file, not a folder. Choose the folder the group shares (a stick, a shared folder, a Syncthing"
            + " folder).")
    GROUP_CHOSEN_FILE,
    /** {0}: what was chosen: neither a file nor a folder (a named pipe, a device, a socket; t32's F11: "no folder… make it"). */
    @English("{0} is not a folder (it is a pipe, a device or a socket). Choose the folder the group shares (a stick, a"
            + " shared folder, a Syncthing folder).")
    GROUP_CHOSEN_NOT_A_FOLDER,
    /** {0}: the folder chosen, which holds a reader's notes ({@code reader.db}): another reader's data folder (t16's N7). */
    @English("The folder {0} is a reader's data folder (it holds their notes, reader.db): a group folder is the group's,"
            + " and a sync tool would pass that reader's notes to everyone. Choose a folder of its own (a stick, a"
            + " shared folder, a Syncthing folder).")
    GROUP_CHOSEN_OTHER_DATA_FOLDER,
    /** {0}: the folder chosen, which cannot be written to (t31's F10: set took it, sync failed later). */
    @English("The folder {0} cannot be written to (it is read-only), and the reader writes your notes there for the"
            + " group. Make it writable (a stick''s lock switch on its side, the shared folder''s permissions), or"
            + " choose another folder.")
    GROUP_CHOSEN_READ_ONLY,
    /**
     * {0}: the group folder in use, which cannot be written to now (a locked stick, a share without write permission, a
     * read-only mount): said by {@code group-folder status} and {@code sync}, and why the window's line could not write
     * (fresh tester t32's F12: only "could not write" was said, as if nothing of the folder worked).
     */
    @English("The group folder {0} can be read but not written to (it is read-only): others'' notes in it are still"
            + " read, but yours are not written there, so the group does not get them. Make it writable (a stick''s lock"
            + " switch on its side, the shared folder''s permissions).")
    GROUP_READ_ONLY_NOW,
    /** {0}: the data folder named by --data-dir; {1}: the group folder it is, or is inside (t31's F19). */
    @English("The data folder {0} is the group folder {1}, or inside it. The data folder must not be the shared group"
            + " folder: other computers write into a group folder (a sync tool, a shared stick), and they would write"
            + " over your private notes and pass them to everyone. Name a folder of its own with --data-dir, outside {1}.")
    DATA_FOLDER_IN_GROUP_FOLDER,
    /** {0}: the data folder named by --data-dir; {1}: a group notes file in it, such as {@code Ana_<uuid>.peeranotes}. */
    @English("The data folder {0} holds the group''s notes files (such as {1}): it is a group folder. The data folder"
            + " must not be the shared group folder: other computers write into a group folder (a sync tool, a shared"
            + " stick), and they would write over your private notes and pass them to everyone. Name a folder of its"
            + " own with --data-dir.")
    DATA_FOLDER_IS_A_GROUP_FOLDER,
    /** {0}: the folder chosen; {1}: the folder the handbook is read from. */
    @English("The folder {0} is the handbook's own folder ({1}), or inside it: the reader would write your notes among"
            + " its chapters. Choose a folder of its own (a stick, a shared folder, a Syncthing folder).")
    GROUP_CHOSEN_HANDBOOK_FOLDER,
    /** {0}: the group folder as set; {1}: the reader's data folder. */
    @English("Your notes were not written to the group folder {0}: with its links followed it is the reader's own data"
            + " folder {1}, inside it, or holds it, and a sync tool would pass your private database to everyone."
            + " Choose a folder of its own for the group (a stick, a shared folder, a Syncthing folder).")
    GROUP_HOLDS_DATA_FOLDER,
    @English("Your notes were not written to the group folder {0}: files named with your id that your reader did"
            + " not write take all {1} of its names ({2} and the next ones). Take the ones no computer of yours"
            + " writes out of the folder.")
    GROUP_NAMES_TAKEN,
    /**
     * {0}: the group folder; {1}: the reader's file name there, which something that is not a file holds (fresh tester
     * t33: a named pipe under it made sync write {@code reader-2_…} without a word).
     */
    @English("Your notes were not written to the group folder {0}: the name of your file there, {1}, is taken by something"
            + " that is not a file (a folder, a link, a pipe or a device), and the reader does not write your notes under"
            + " another name for it. Take {1} out of the group folder; your notes are then written under it.")
    GROUP_NAME_NOT_A_FILE,
    /** Said after why the reader's file could not be written, while the folder is there. */
    @English("The reader tries again at its next look.")
    GROUP_TRIES_AGAIN,
    /** Said after why the reader's file could not be written, while the folder is not there. */
    @English("Your notes will be written to it when it is back.")
    GROUP_WRITTEN_WHEN_BACK;
}
