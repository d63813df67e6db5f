package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Reason.English;

/**
 * Why the notes file could not be opened, read or written, or a change was refused (issue 14, decision 0038): each
 * code with the English the command line writes; the window says it in its language (key {@code reasonStore.*} of
 * its bundles). The {@code DOING_} codes are what was being done, the start of a "… failed" sentence.
 */
public enum StoreReason implements Reason.Code {
    // Whether the notes file can be written ({@code Access}).
    @English("Your notes file is read-only: {0}. Your notes can be read and exported but not saved.")
    READ_ONLY_FILE,
    @English("This folder is read-only: {0}. Your notes can be read and exported but not saved.")
    READ_ONLY_FOLDER,
    @English("The disk that holds your notes is full: {0}. Your notes can be read and exported but not saved;"
            + " free some space on it and start the reader again.")
    DISK_FULL_READ_ONLY,
    // Why no notes file of the reader's own could be made, so that the package's seed is read in its place.
    @English("The disk that holds {0} is full: a new notes file needs about {1} KB and {2} KB are free. Your notes can"
            + " be read and exported but not saved; free some space on it and start the reader again.")
    NEW_DISK_FULL_READ_ONLY,
    @English("{0} is a file, not a folder, so your notes cannot be kept there. They can be read and exported but not"
            + " saved; move that file away, or choose another folder with --data-dir.")
    NEW_NOT_A_FOLDER_READ_ONLY,
    @English("The data folder {0} cannot be made ({1}). Your notes can be read and exported but not saved; choose"
            + " another folder with --data-dir.")
    NEW_NO_FOLDER_READ_ONLY,

    // Opening the notes file ({@code Database}, {@code OpenFailure}).
    @English("Could not prepare your reader data in {0} ({1}). Check that the disk is not full, or choose another"
            + " folder with --data-dir.")
    SEED_FAILED,
    @English("Cannot create the data folder {0} ({1}). Choose another folder with --data-dir.")
    NO_DATA_FOLDER,
    @English("Your reader data at {0} was written by a newer version of Peeragogy Reader (schema {1}). Use that"
            + " version, or --data-dir to start a separate profile; nothing was changed.")
    NEWER_SCHEMA,
    @English("Your reader data at {0} must be updated for this version of the reader, but this folder"
            + " is read-only: {1}. Use the previous version, or make the folder writable; nothing was changed.")
    UPDATE_READ_ONLY_FOLDER,
    @English("Your reader data at {0} must be updated for this version of the reader, but your notes"
            + " file is read-only: {1}. Use the previous version, or make the folder writable; nothing was changed.")
    UPDATE_READ_ONLY_FILE,
    @English("Updating your reader data at {0} to this version failed ({1}). Nothing was changed. Please report"
            + " this; until then use the previous version of the reader.")
    UPDATE_FAILED,
    @English("Updating your reader data at {0} to this version failed ({1}). Nothing was changed; a copy is"
            + " at {2}. Please report this; until then use the previous version of the reader.")
    UPDATE_FAILED_COPY,
    @English("Before updating your reader data, a safety copy could not be written to {0} ({1}). Nothing"
            + " was changed. Free some disk space and start again.")
    SAFETY_COPY_FAILED,
    @English("Closing the reader data failed: {0}")
    CLOSE_FAILED,
    @English("Your notes file {0} is damaged ({1}). Nothing has been changed.")
    OPEN_DAMAGED,
    @English("You can restore the latest automatic backup, or set the damaged file aside and start fresh;"
            + " the notes that can still be read are exported first.")
    OPEN_DAMAGED_ADVICE,
    @English("Your notes file {0} is locked by another program (perhaps another copy of Peeragogy Reader is still"
            + " running).")
    OPEN_IN_USE,
    @English("Close it and start again; nothing was changed.")
    OPEN_IN_USE_ADVICE,
    @English("This folder is read-only: {0}.")
    OPEN_READ_ONLY_FOLDER,
    @English("The reader cannot keep your notes there; choose another folder with --data-dir.")
    OPEN_READ_ONLY_FOLDER_ADVICE,
    @English("The disk is full: {0} has no room for your notes file.")
    OPEN_DISK_FULL,
    @English("Free some space and start again; nothing was changed.")
    OPEN_DISK_FULL_ADVICE,
    @English("Your notes file {0} cannot be read.")
    OPEN_UNREADABLE,
    @English("Your notes file {0} cannot be read ({1}).")
    OPEN_UNREADABLE_DETAIL,
    @English("Check the disk and the file's permissions; nothing was changed.")
    OPEN_UNREADABLE_ADVICE,
    @English("Your notes file {0} could not be opened.")
    OPEN_FAILED,
    @English("Your notes file {0} could not be opened ({1}).")
    OPEN_FAILED_DETAIL,
    @English("Nothing was changed.")
    NOTHING_CHANGED,
    // What is wrong with a notes file that cannot be opened ({@code OpenFailure.Kind}), said in brackets.
    @English("a folder has taken its name")
    KIND_NOT_A_FILE,
    @English("it is empty")
    KIND_EMPTY,
    @English("it ends too early")
    KIND_TRUNCATED,
    @English("it is not a notes file")
    KIND_NOT_A_DATABASE,
    @English("parts of it are unreadable")
    KIND_CORRUPT,
    @English("it is locked by another program")
    KIND_IN_USE,
    @English("the folder is read-only")
    KIND_READ_ONLY_FOLDER,
    @English("the disk is full")
    KIND_DISK_FULL,
    @English("it cannot be read")
    KIND_UNREADABLE,
    @English("SQLite could not open it")
    KIND_OTHER,

    // A write that failed ({@code Database.writeFailed}): {0} is what was being done, a DOING_ code.
    @English("{0} failed. {1}")
    WRITE_FAILED_READ_ONLY,
    @English("{0} failed. The disk is full: {1}. Free some space and try again; your notes can still be"
            + " read and exported.")
    WRITE_FAILED_DISK_FULL,
    @English("{0} failed: your notes file is busy (another program, or an import, is writing to it). Nothing"
            + " was changed; try again in a moment, and close any other program that has the file open.")
    WRITE_FAILED_BUSY,
    @English("{0} failed: {1}. Nothing was changed; check that the disk is not full and try again.")
    WRITE_FAILED,
    @English("Saving your note")
    DOING_SAVE_NOTE,
    @English("Saving your change")
    DOING_SAVE_CHANGE,
    @English("Saving the note's new place")
    DOING_SAVE_NEW_PLACE,
    @English("Deleting the note")
    DOING_DELETE_NOTE,
    @English("Restoring the note")
    DOING_RESTORE_NOTE,
    @English("Saving the author layer")
    DOING_SAVE_LAYER,
    @English("Backing up your notes")
    DOING_BACK_UP,
    @English("Saving your reply")
    DOING_SAVE_REPLY,
    @English("Saving your question")
    DOING_SAVE_QUESTION,
    @English("Marking the question answered")
    DOING_MARK_ANSWERED,
    @English("Saving your vote")
    DOING_SAVE_VOTE,
    @English("Withdrawing your vote")
    DOING_WITHDRAW_VOTE,
    @English("Remembering a file of the group folder")
    DOING_REMEMBER_GROUP_FILE,
    @English("Remembering the files of the group folder")
    DOING_REMEMBER_GROUP_FILES,
    @English("Remembering whose notes you accepted")
    DOING_REMEMBER_ACCEPTED,
    @English("Remembering your file in the group folder")
    DOING_REMEMBER_OWN_FILE,
    @English("Forgetting an old file of yours in the group folder")
    DOING_FORGET_OWN_FILE,
    @English("Saving your reading position")
    DOING_SAVE_POSITION,
    @English("Building the search index")
    DOING_BUILD_INDEX,
    @English("Saving the setting ''{0}''")
    DOING_SAVE_SETTING,
    @English("Keeping your author id")
    DOING_KEEP_AUTHOR_ID,
    @English("Keeping who you are")
    DOING_KEEP_WHO,
    @English("Saving your name")
    DOING_SAVE_NAME,
    @English("Importing the notes")
    DOING_IMPORT,
    @English("Undoing the import")
    DOING_UNDO_IMPORT,

    // A read that failed: {0} is the database's own message.
    @English("Reading your notes failed: {0}")
    READ_NOTES_FAILED,
    @English("Reading the authors of your notes failed: {0}")
    READ_AUTHORS_FAILED,
    @English("Reading the people failed: {0}")
    READ_PEOPLE_FAILED,
    @English("Reading the search index failed: {0}")
    READ_INDEX_FAILED,
    @English("Searching failed: {0}")
    SEARCH_FAILED,
    @English("Reading your last position failed: {0}")
    READ_POSITION_FAILED,
    @English("Reading what was seen in the group folder failed: {0}")
    READ_GROUP_SEEN_FAILED,
    @English("Reading the group's people failed: {0}")
    READ_GROUP_PEOPLE_FAILED,
    @English("Reading which files of the group folder are yours failed: {0}")
    READ_GROUP_OWN_FAILED,
    @English("Reading the setting ''{0}'' failed: {1}")
    READ_SETTING_FAILED,
    @English("Comparing the notes with yours failed: {0}")
    COMPARE_FAILED,
    @English("Reading the list of imports failed: {0}")
    READ_IMPORTS_FAILED,
    @English("Reading the replies, questions and votes failed: {0}")
    READ_CONVERSATION_FAILED,

    // A change refused.
    @English("That import was already undone (or never happened).")
    IMPORT_ALREADY_UNDONE,
    @English("Only the most recent import can be undone; undo the later ones first.")
    UNDO_LATER_FIRST,
    @English("That note no longer exists (it may have been deleted).")
    NOTE_GONE,
    @English("That note was already deleted.")
    NOTE_ALREADY_DELETED,
    @English("A layer colour is written #rrggbb in lower case, not {0}.")
    BAD_LAYER_COLOUR,
    @English("Your author id could not be kept.")
    AUTHOR_ID_NOT_KEPT,
    @English("Note {0} is not a question; only questions are answered.")
    NOT_A_QUESTION,
    @English("Only whoever asked a question marks it answered; this one is {0}'s.")
    NOT_YOUR_QUESTION,
    @English("There is no note {0} to reply to (it may have been deleted, or not have arrived yet).")
    NO_NOTE_TO_REPLY_TO,
    @English("There is no question {0} (it may have been deleted).")
    NO_QUESTION,
    @English("There is no reply {0} (it may have been deleted, or not have arrived yet).")
    NO_REPLY,
    @English("Note {0} is not a reply in this question's thread.")
    NOT_IN_THREAD,
    @English("There is no note {0} to vote on (it may have been deleted).")
    NO_NOTE_TO_VOTE_ON,
    // Decision 0080 (t15c's N1 and N9): the same rules in the window and on the command line (ConversationRules).
    @English("Anonymous questions are not allowed here: Allow anonymous questions (the window's Notes → Group"
            + " settings) is not ticked. Ask under your name (without --anonymous), or tick that option in the window if your group"
            + " agreed to anonymous questions. Nothing was saved.")
    ANONYMOUS_NOT_ALLOWED,
    @English("Anonymous questions are not allowed in the group {0}: Allow anonymous questions (the window's Notes"
            + " → Group settings) is not ticked for it. Ask under your name (without --anonymous), or tick that option in the"
            + " window if your group agreed to anonymous questions. Nothing was saved.")
    ANONYMOUS_NOT_ALLOWED_IN_GROUP,
    @English("This note is yours (your anonymous questions are too): a +1 tells the group that someone else wants a"
            + " note discussed, so your own notes take none from you. Nothing was changed.")
    VOTE_ON_OWN_NOTE,
    @English("A reply needs some text.")
    REPLY_EMPTY,
    @English("A question needs some text.")
    QUESTION_EMPTY,
    // A note, reply or question over Annotation.MAX_NOTE: the window's editor says it too (try17w F10).
    @English("A note can be up to {0,number} characters long; this one has {1,number}. Shorten it to save it.")
    NOTE_TOO_LONG,

    // What an import will not do as the file says, for its preview ({@code MergePlan}, {@code ConversationMerge}).
    @English("1 item in this file is dated in the future (after {0}, a day past this computer's clock): it replaces"
            + " and deletes none of your notes; a changed version is kept beside the note (two versions), a new note"
            + " is dated now. Check the clock of the computer that wrote the file, or ask its sender.")
    FUTURE_ITEM,
    @English("{0} items in this file are dated in the future (after {1}, a day past this computer's clock): they"
            + " replace and delete none of your notes; a changed version is kept beside the note (two versions), a"
            + " new note is dated now. Check the clock of the computer that wrote the file, or ask its sender.")
    FUTURE_ITEMS,
    @English("1 note of {0} (known by name only) now carries the id {1} from this file. If that is not {0}, take the"
            + " import back (Undo last import).")
    TOOK_ID,
    @English("{0} notes of {1} (known by name only) now carry the id {2} from this file. If that is not {1}, take the"
            + " import back (Undo last import).")
    TOOK_IDS,
    @English("1 new note in this file says it is yours (your author id): added as yours, marked as from this file,"
            + " and left out of your exports until you save it yourself (Edit… in the notes panel). If you did not"
            + " write it, take the import back (Undo last import).")
    CLAIMED,
    @English("{0} new notes in this file say they are yours (your author id): added as yours, marked as from this"
            + " file, and left out of your exports until you save each yourself (Edit… in the notes panel). If you"
            + " did not write them, take the import back (Undo last import).")
    CLAIMED_MANY,
    @English("1 note in this file says it is yours (your author id), but you have it as someone else's: left as it"
            + " is, not made yours. Only notes you wrote are yours.")
    NOT_YOURS,
    @English("{0} notes in this file say they are yours (your author id), but you have them as someone"
            + " else's: left as they are, not made yours. Only notes you wrote are yours.")
    NOT_YOURS_MANY,
    @English("1 of your notes is changed in this file: yours stays as it is, and the file's version is kept"
            + " beside it (two versions). Only you change your notes.")
    KEPT_YOURS,
    @English("{0} of your notes are changed in this file: yours stay as they are, and the file's version is"
            + " kept beside each (two versions). Only you change your notes.")
    KEPT_YOURS_MANY,
    @English("1 deletion in this file is not applied: of your own notes (only you delete them), or by someone who"
            + " did not write the note. The notes stay.")
    NOT_DELETED,
    @English("{0} deletions in this file are not applied: of your own notes (only you delete them), or by"
            + " someone who did not write the note. The notes stay.")
    NOT_DELETED_MANY,
    @English("1 note is private (only their author or a closed group could read them where they came from): kept,"
            + " marked private, and left out of your exports unless you choose to include them.")
    PRIVATE,
    @English("{0} notes are private (only their author or a closed group could read them where they came from):"
            + " kept, marked private, and left out of your exports unless you choose to include them.")
    PRIVATE_MANY,
    @English("Votes: {0} new, {1} changed (given or withdrawn since), {2} unchanged.")
    VOTES_LINE,
    @English("1 new vote in this file says it is yours (your author id): added as yours. If you did not give it,"
            + " take the import back (Undo last import).")
    CLAIMED_VOTE,
    @English("{0} new votes in this file say they are yours (your author id): added as yours. If you did not"
            + " give them, take the import back (Undo last import).")
    CLAIMED_VOTES,
    @English("1 vote in this file says it is yours and differs from yours: yours stay. Only you give or"
            + " withdraw your votes.")
    KEPT_YOUR_VOTE,
    @English("{0} votes in this file say they are yours and differ from yours: yours stay. Only you give or"
            + " withdraw your votes.")
    KEPT_YOUR_VOTES,
    @English("1 vote in this file is by someone it does not name (no name and no note of theirs in it): left out."
            + " A file carries the votes of the people who wrote it.")
    UNNAMED_VOTE,
    @English("{0} votes in this file are by people it does not name (no name and no note of theirs in it): left"
            + " out. A file carries the votes of the people who wrote it.")
    UNNAMED_VOTES,
    @English("{0} is now called {1} (this file is newer than the name you have for them)")
    RENAMED,
    /** {0}: the name the reader has; {1}: the name the file gives, which looks like the anonymous label (t15g's M2). */
    @English("{0} calls themselves {1} in this file: not taken, as that name is what anonymous questions show, and"
            + " {0}''s notes would pass for anonymous ones. They keep the name {0}.")
    ANONYMOUS_RENAME_REFUSED,

    // Backups and recovery ({@code Backups}, {@code DamagedDatabase}, the application's recovery).
    @English("Today's backup of your notes did not pass SQLite's check; it was not kept.")
    BACKUP_CHECK_FAILED,
    @English("Today's backup of your notes could not be made in {0}: {1}. This does not change your notes; the reader"
            + " tries the backup again at its next start.")
    BACKUP_NOT_MADE,
    @English("Could not set the damaged notes file aside: {0}. It is still {1}.")
    SET_ASIDE_FAILED,
    @English("The backup {0} is damaged too; it was not used. Nothing was changed.")
    BACKUP_DAMAGED,
    @English("Could not copy the backup of {0} into {1}: {2}. Nothing was changed.")
    BACKUP_COPY_FAILED,
    @English("The damaged notes file was set aside, but the backup could not be put in its place: {0}. The"
            + " backup's copy is {1}; rename it to {2}.")
    BACKUP_NOT_IN_PLACE,
    @English("The damaged notes file was set aside as {0}, but the backup could not be put in its"
            + " place: {1}. The backup's copy is {2}; rename it to {3}.")
    BACKUP_NOT_IN_PLACE_ASIDE,
    @English("There is no automatic backup of your notes to restore in {0} (one is made each day the reader is"
            + " opened). Nothing was changed.")
    NO_BACKUP,
    @English("Restored your notes from {0}; changes made since are not in it.")
    RESTORED,
    @English("the backup of {0} (1 note)")
    BACKUP_OF_ONE_NOTE,
    @English("the backup of {0} ({1} notes)")
    BACKUP_OF,
    @English("The damaged file is kept as {0}.")
    DAMAGED_KEPT_AS,
    @English("Started a new, empty notes file.")
    STARTED_FRESH,
    @English("The 1 note that could still be read is saved in {0}.")
    SALVAGED_ONE,
    @English("The {0} notes that could still be read are saved in {1}.")
    SALVAGED,
    @English("Some notes could not be read.")
    SALVAGED_SOME_UNREADABLE,
    @English("No notes could be read from the damaged file.")
    SALVAGED_NONE,
    @English("The notes that can still be read could not be saved: {0} The damaged file was not set aside;"
            + " free some space and try again, or restore the backup.")
    SALVAGE_NOT_SAVED,

    // Why a file could not be written or read, after "could not …: " ({@code DamagedDatabase.reason}).
    @English("the disk is full")
    IO_DISK_FULL,
    @English("the folder is read-only")
    IO_READ_ONLY,
    @English("it is a file, not a folder (move or rename that file)")
    IO_NOT_A_FOLDER;

    /**
     * {@link #NOTE_TOO_LONG} for a note of {@code length} characters (UTF-16 code units), with the limit
     * ({@code Annotation.MAX_NOTE}). Any thread; throws nothing.
     */
    public static org.peeragogy.reader.book.Reason noteTooLong(int length) {
        return org.peeragogy.reader.book.Reason.of(NOTE_TOO_LONG, org.peeragogy.reader.book.Annotation.MAX_NOTE, length);
    }
}
