package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

/**
 * Why the notes file could not be opened, read or written, or a change was refused (issue 14, decision 0038): each
 * code with the English the command line writes; the window says it in its language (key {@code reasonStore.*} of
 * its bundles). The {@code DOING_} codes are what was being done, the start of a "… failed" sentence.
 */
public enum StoreReason implements Reason.Code {
    // Whether the notes file can be written ({@code Access}).
    READ_ONLY_FILE("Your notes file is read-only: {0}. Your notes can be read and exported but not saved."),
    READ_ONLY_FOLDER("This folder is read-only: {0}. Your notes can be read and exported but not saved."),

    // Opening the notes file ({@code Database}, {@code OpenFailure}).
    SEED_FAILED("Could not prepare your reader data in {0} ({1}). Check that the disk is not full, or choose another"
            + " folder with --data-dir."),
    NO_DATA_FOLDER("Cannot create the data folder {0} ({1}). Choose another folder with --data-dir."),
    NEWER_SCHEMA("Your reader data at {0} was written by a newer version of Peeragogy Reader (schema {1}). Use that"
            + " version, or --data-dir to start a separate profile; nothing was changed."),
    UPDATE_READ_ONLY_FOLDER("Your reader data at {0} must be updated for this version of the reader, but this folder"
            + " is read-only: {1}. Use the previous version, or make the folder writable; nothing was changed."),
    UPDATE_READ_ONLY_FILE("Your reader data at {0} must be updated for this version of the reader, but your notes"
            + " file is read-only: {1}. Use the previous version, or make the folder writable; nothing was changed."),
    UPDATE_FAILED("Updating your reader data at {0} to this version failed ({1}). Nothing was changed. Please report"
            + " this; until then use the previous version of the reader."),
    UPDATE_FAILED_COPY("Updating your reader data at {0} to this version failed ({1}). Nothing was changed; a copy is"
            + " at {2}. Please report this; until then use the previous version of the reader."),
    SAFETY_COPY_FAILED("Before updating your reader data, a safety copy could not be written to {0} ({1}). Nothing"
            + " was changed. Free some disk space and start again."),
    CLOSE_FAILED("Closing the reader data failed: {0}"),
    OPEN_DAMAGED("Your notes file {0} is damaged ({1}). Nothing has been changed."),
    OPEN_DAMAGED_ADVICE("You can restore the latest automatic backup, or set the damaged file aside and start fresh;"
            + " the notes that can still be read are exported first."),
    OPEN_IN_USE("Your notes file {0} is locked by another program (perhaps another copy of Peeragogy Reader is still"
            + " running)."),
    OPEN_IN_USE_ADVICE("Close it and start again; nothing was changed."),
    OPEN_READ_ONLY_FOLDER("This folder is read-only: {0}."),
    OPEN_READ_ONLY_FOLDER_ADVICE("The reader cannot keep your notes there; choose another folder with --data-dir."),
    OPEN_DISK_FULL("The disk is full: {0} has no room for your notes file."),
    OPEN_DISK_FULL_ADVICE("Free some space and start again; nothing was changed."),
    OPEN_UNREADABLE("Your notes file {0} cannot be read."),
    OPEN_UNREADABLE_DETAIL("Your notes file {0} cannot be read ({1})."),
    OPEN_UNREADABLE_ADVICE("Check the disk and the file's permissions; nothing was changed."),
    OPEN_FAILED("Your notes file {0} could not be opened."),
    OPEN_FAILED_DETAIL("Your notes file {0} could not be opened ({1})."),
    NOTHING_CHANGED("Nothing was changed."),
    // What is wrong with a notes file that cannot be opened ({@code OpenFailure.Kind}), said in brackets.
    KIND_NOT_A_FILE("a folder has taken its name"),
    KIND_EMPTY("it is empty"),
    KIND_TRUNCATED("it ends too early"),
    KIND_NOT_A_DATABASE("it is not a notes file"),
    KIND_CORRUPT("parts of it are unreadable"),
    KIND_IN_USE("it is locked by another program"),
    KIND_READ_ONLY_FOLDER("the folder is read-only"),
    KIND_DISK_FULL("the disk is full"),
    KIND_UNREADABLE("it cannot be read"),
    KIND_OTHER("SQLite could not open it"),

    // A write that failed ({@code Database.writeFailed}): {0} is what was being done, a DOING_ code.
    WRITE_FAILED_READ_ONLY("{0} failed. {1}"),
    WRITE_FAILED_DISK_FULL("{0} failed. The disk is full: {1}. Free some space and try again; your notes can still be"
            + " read and exported."),
    WRITE_FAILED_BUSY("{0} failed: your notes file is busy (another program, or an import, is writing to it). Nothing"
            + " was changed; try again in a moment, and close any other program that has the file open."),
    WRITE_FAILED("{0} failed: {1}. Nothing was changed; check that the disk is not full and try again."),
    DOING_SAVE_NOTE("Saving your note"),
    DOING_SAVE_CHANGE("Saving your change"),
    DOING_SAVE_NEW_PLACE("Saving the note's new place"),
    DOING_DELETE_NOTE("Deleting the note"),
    DOING_RESTORE_NOTE("Restoring the note"),
    DOING_SAVE_LAYER("Saving the author layer"),
    DOING_BACK_UP("Backing up your notes"),
    DOING_SAVE_REPLY("Saving your reply"),
    DOING_SAVE_QUESTION("Saving your question"),
    DOING_MARK_ANSWERED("Marking the question answered"),
    DOING_SAVE_VOTE("Saving your vote"),
    DOING_WITHDRAW_VOTE("Withdrawing your vote"),
    DOING_REMEMBER_GROUP_FILE("Remembering a file of the group folder"),
    DOING_REMEMBER_GROUP_FILES("Remembering the files of the group folder"),
    DOING_REMEMBER_ACCEPTED("Remembering whose notes you accepted"),
    DOING_SAVE_POSITION("Saving your reading position"),
    DOING_BUILD_INDEX("Building the search index"),
    DOING_SAVE_SETTING("Saving the setting ''{0}''"),
    DOING_KEEP_AUTHOR_ID("Keeping your author id"),
    DOING_KEEP_WHO("Keeping who you are"),
    DOING_SAVE_NAME("Saving your name"),
    DOING_IMPORT("Importing the notes"),
    DOING_UNDO_IMPORT("Undoing the import"),

    // A read that failed: {0} is the database's own message.
    READ_NOTES_FAILED("Reading your notes failed: {0}"),
    READ_AUTHORS_FAILED("Reading the authors of your notes failed: {0}"),
    READ_PEOPLE_FAILED("Reading the people failed: {0}"),
    READ_INDEX_FAILED("Reading the search index failed: {0}"),
    SEARCH_FAILED("Searching failed: {0}"),
    READ_POSITION_FAILED("Reading your last position failed: {0}"),
    READ_GROUP_SEEN_FAILED("Reading what was seen in the group folder failed: {0}"),
    READ_GROUP_PEOPLE_FAILED("Reading the group's people failed: {0}"),
    READ_SETTING_FAILED("Reading the setting ''{0}'' failed: {1}"),
    COMPARE_FAILED("Comparing the notes with yours failed: {0}"),
    READ_IMPORTS_FAILED("Reading the list of imports failed: {0}"),
    READ_CONVERSATION_FAILED("Reading the replies, questions and votes failed: {0}"),

    // A change refused.
    IMPORT_ALREADY_UNDONE("That import was already undone (or never happened)."),
    UNDO_LATER_FIRST("Only the most recent import can be undone; undo the later ones first."),
    NOTE_GONE("That note no longer exists (it may have been deleted)."),
    NOTE_ALREADY_DELETED("That note was already deleted."),
    BAD_LAYER_COLOUR("A layer colour is written #rrggbb in lower case, not {0}."),
    AUTHOR_ID_NOT_KEPT("Your author id could not be kept."),
    NOT_A_QUESTION("Note {0} is not a question; only questions are answered."),
    NOT_YOUR_QUESTION("Only whoever asked a question marks it answered; this one is {0}'s."),
    NO_NOTE_TO_REPLY_TO("There is no note {0} to reply to (it may have been deleted, or not have arrived yet)."),
    NO_QUESTION("There is no question {0} (it may have been deleted)."),
    NO_REPLY("There is no reply {0} (it may have been deleted, or not have arrived yet)."),
    NOT_IN_THREAD("Note {0} is not a reply in this question's thread."),
    NO_NOTE_TO_VOTE_ON("There is no note {0} to vote on (it may have been deleted)."),
    REPLY_EMPTY("A reply needs some text."),
    QUESTION_EMPTY("A question needs some text."),
    REPLY_TOO_LONG("A reply is longer than {0} characters; shorten it."),
    QUESTION_TOO_LONG("A question is longer than {0} characters; shorten it."),

    // What an import will not do as the file says, for its preview ({@code MergePlan}, {@code ConversationMerge}).
    FUTURE_ITEM("1 item in this file is dated in the future (after {0}, a day past this computer's clock): it replaces"
            + " and deletes none of your notes; a changed version is kept beside the note (two versions), a new note"
            + " is dated now. Check the clock of the computer that wrote the file, or ask its sender."),
    FUTURE_ITEMS("{0} items in this file are dated in the future (after {1}, a day past this computer's clock): they"
            + " replace and delete none of your notes; a changed version is kept beside the note (two versions), a"
            + " new note is dated now. Check the clock of the computer that wrote the file, or ask its sender."),
    TOOK_ID("1 note of {0} (known by name only) now carries the id {1} from this file. If that is not {0}, take the"
            + " import back (Undo last import)."),
    TOOK_IDS("{0} notes of {1} (known by name only) now carry the id {2} from this file. If that is not {1}, take the"
            + " import back (Undo last import)."),
    CLAIMED("1 new note in this file says it is yours (your author id): added as yours, marked as from this file,"
            + " and left out of your exports until you save it yourself (Edit… in the notes panel). If you did not"
            + " write it, take the import back (Undo last import)."),
    CLAIMED_MANY("{0} new notes in this file say they are yours (your author id): added as yours, marked as from this"
            + " file, and left out of your exports until you save each yourself (Edit… in the notes panel). If you"
            + " did not write them, take the import back (Undo last import)."),
    NOT_YOURS("1 note in this file says it is yours (your author id), but you have it as someone else's: left as it"
            + " is, not made yours. Only notes you wrote are yours."),
    NOT_YOURS_MANY("{0} notes in this file say they are yours (your author id), but you have them as someone"
            + " else's: left as they are, not made yours. Only notes you wrote are yours."),
    KEPT_YOURS("1 of your notes is changed in this file: yours stays as it is, and the file's version is kept"
            + " beside it (two versions). Only you change your notes."),
    KEPT_YOURS_MANY("{0} of your notes are changed in this file: yours stay as they are, and the file's version is"
            + " kept beside each (two versions). Only you change your notes."),
    NOT_DELETED("1 deletion in this file is not applied: of your own notes (only you delete them), or by someone who"
            + " did not write the note. The notes stay."),
    NOT_DELETED_MANY("{0} deletions in this file are not applied: of your own notes (only you delete them), or by"
            + " someone who did not write the note. The notes stay."),
    PRIVATE("1 note is private (only their author or a closed group could read them where they came from): kept,"
            + " marked private, and left out of your exports unless you choose to include them."),
    PRIVATE_MANY("{0} notes are private (only their author or a closed group could read them where they came from):"
            + " kept, marked private, and left out of your exports unless you choose to include them."),
    VOTES_LINE("Votes: {0} new, {1} changed (given or withdrawn since), {2} unchanged."),
    CLAIMED_VOTE("1 new vote in this file says it is yours (your author id): added as yours. If you did not give it,"
            + " take the import back (Undo last import)."),
    CLAIMED_VOTES("{0} new votes in this file say they are yours (your author id): added as yours. If you did not"
            + " give them, take the import back (Undo last import)."),
    KEPT_YOUR_VOTE("1 vote in this file says it is yours and differs from yours: yours stay. Only you give or"
            + " withdraw your votes."),
    KEPT_YOUR_VOTES("{0} votes in this file say they are yours and differ from yours: yours stay. Only you give or"
            + " withdraw your votes."),
    RENAMED("{0} is now called {1} (this file is newer than the name you have for them)"),

    // Backups and recovery ({@code Backups}, {@code DamagedDatabase}, the application's recovery).
    BACKUP_CHECK_FAILED("Today's backup of your notes did not pass SQLite's check; it was not kept."),
    SET_ASIDE_FAILED("Could not set the damaged notes file aside: {0}. It is still {1}."),
    BACKUP_DAMAGED("The backup {0} is damaged too; it was not used. Nothing was changed."),
    BACKUP_COPY_FAILED("Could not copy the backup of {0} into {1}: {2}. Nothing was changed."),
    BACKUP_NOT_IN_PLACE("The damaged notes file was set aside, but the backup could not be put in its place: {0}. The"
            + " backup's copy is {1}; rename it to {2}."),
    BACKUP_NOT_IN_PLACE_ASIDE("The damaged notes file was set aside as {0}, but the backup could not be put in its"
            + " place: {1}. The backup's copy is {2}; rename it to {3}."),
    NO_BACKUP("There is no automatic backup of your notes to restore in {0} (one is made each day the reader is"
            + " opened). Nothing was changed."),
    RESTORED("Restored your notes from {0}; changes made since are not in it."),
    BACKUP_OF_ONE_NOTE("the backup of {0} (1 note)"),
    BACKUP_OF("the backup of {0} ({1} notes)"),
    DAMAGED_KEPT_AS("The damaged file is kept as {0}."),
    STARTED_FRESH("Started a new, empty notes file."),
    SALVAGED_ONE("The 1 note that could still be read is saved in {0}."),
    SALVAGED("The {0} notes that could still be read are saved in {1}."),
    SALVAGED_SOME_UNREADABLE("Some notes could not be read."),
    SALVAGED_NONE("No notes could be read from the damaged file."),
    SALVAGE_NOT_SAVED("The notes that can still be read could not be saved: {0} The damaged file was not set aside;"
            + " free some space and try again, or restore the backup."),

    // Why a file could not be written or read, after "could not …: " ({@code DamagedDatabase.reason}).
    IO_DISK_FULL("the disk is full"),
    IO_READ_ONLY("the folder is read-only");

    private final String english;

    StoreReason(String english) {
        this.english = english;
    }

    /** The English pattern, as the command line writes it. Any thread. */
    @Override
    public String english() {
        return english;
    }

    /** The area of the window's keys: "reasonStore". Any thread. */
    @Override
    public String area() {
        return "reasonStore";
    }
}
