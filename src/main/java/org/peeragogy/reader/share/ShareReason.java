package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Reason.English;

/**
 * Why sharing notes as files failed (issue 14, decision 0038): a file that cannot be read or written, an import
 * refused as a whole, a folder of notes files, the group folder, notes saved from a damaged file. Each code with the
 * English the command line writes; the window says it in its language (key {@code reasonShare.*}). The reasons of
 * one item of a file are {@link ImportReason}'s.
 */
public enum ShareReason implements Reason.Code {
    // Reading a file to import ({@code ImportFiles}).
    @English("There is no file at {0}: it has been moved, renamed or deleted. Open it again from where it is now."
            + " Nothing was changed.")
    NO_FILE_AT,
    @English("Cannot read {0}: {1}. Nothing was changed.")
    CANNOT_READ,
    @English("This file cannot be imported: it is larger than {0} MB. Nothing was changed. W3C and Hypothesis"
            + " JSON files are read whole, up to {0} MB. For a large collection use the notes file format (export"
            + " --format notes), which has no such limit, or export fewer chapters (--chapter).")
    JSON_TOO_LARGE,
    @English("This file cannot be imported: it is Markdown (a Markdown export is for reading). To share notes,"
            + " export them as a notes file or as W3C (export --format notes, or --format w3c) and import that."
            + " Nothing was changed.")
    IS_MARKDOWN,
    @English("This file cannot be imported: {0} Nothing was changed.")
    NOT_IMPORTED,
    @English("This file cannot be imported: its JSON is not an object of notes. Nothing was changed.")
    NOT_AN_OBJECT_OF_NOTES,
    @English("This file cannot be imported: a value in it is out of range ({0}). Nothing was changed.")
    OUT_OF_RANGE,
    @English("This file cannot be imported: it is JSON, but neither W3C Web Annotations nor a"
            + " Hypothesis export. Nothing was changed.")
    NEITHER_W3C_NOR_HYPOTHESIS,
    @English("This file cannot be imported: it is neither a notes file nor UTF-8 JSON (byte {0} is not UTF-8). If it"
            + " is JSON, save it as UTF-8 and import it again. Nothing was changed.")
    NOT_UTF8,

    // Writing a file ({@code AtomicFiles}, {@code NotesExport}).
    @English("Cannot write {0}: the folder {1} does not exist.")
    NO_FOLDER_TO_WRITE_IN,
    @English("Cannot write {0}: it is a folder. Give a file name.")
    IS_A_FOLDER,
    // An export or digest goes to a file, new or existing, never a special file (t15d's N5, {@code OutputFile}).
    @English("Cannot write {0}: it is a pipe (FIFO), not a file, and with nothing reading from it the write would wait"
            + " for ever. Nothing was written. Give the name of a file, new or existing.")
    IS_A_PIPE,
    @English("Cannot write {0}: it is a device, not a file (what goes to /dev/null is lost, and a device may take"
            + " only part of it). Nothing was written. Give the name of a file, new or existing.")
    IS_A_DEVICE,
    @English("Cannot write {0}: it is not a file but a special one (a socket). Nothing was written. Give the name of"
            + " a file, new or existing.")
    NOT_A_FILE,
    @English("Could not write {0}: {1}. Nothing was written; check that the disk is not full and the folder is"
            + " writable.")
    WRITE_FAILED,
    /** {0}: the file asked for; {1}: its folder, which cannot be written to (t31's F10: "check that the disk is not full"). */
    @English("Cannot write {0}: the folder {1} cannot be written to (it is read-only), so no file can be made there."
            + " Nothing was written. Choose a folder you can write to, or make this one writable.")
    FOLDER_READ_ONLY,
    /** {0}: the file asked for, read-only in a folder that is not (t32's F5: "check that the disk is not full"). */
    @English("Cannot write {0}: the file is read-only, so it cannot be replaced. Nothing was written. Choose another"
            + " name, or make this file writable.")
    FILE_READ_ONLY,
    /** {0}: the file asked for; {1}: the data folder it is in (decision 0060). */
    @English("Cannot write {0}: it would replace a file of the reader''s data folder {1}, where your notes are kept."
            + " Nothing was written and your notes are unchanged. Choose another file name, or a folder outside {1}.")
    REPLACES_NOTES_FOLDER_FILE,
    /** {0}: the file asked for (t15b's M1). */
    @English("Cannot write {0}: it is a notes file (someone''s notes, perhaps the only copy), and a digest or a W3C or"
            + " Markdown export would replace it. Nothing was written. Choose another file name.")
    REPLACES_NOTES_FILE,
    /** {0}: the file asked for (t15c's M1: an export replaced another person's notes file). */
    @English("Cannot write {0}: it is a notes file you did not write (someone''s notes, perhaps the only copy), and an"
            + " export never replaces one. Nothing was written. Choose another file name; if the old file is yours,"
            + " remove it first.")
    REPLACES_OTHERS_NOTES_FILE,
    /** {0}: the file asked for: W3C, Hypothesis, or a notes file without its writer (t15d's N2). */
    @English("Cannot write {0}: it is a notes file that does not say who wrote it (W3C, Hypothesis, or a notes file"
            + " without its writer), so the reader cannot tell whether it is yours or someone else''s, perhaps their"
            + " only copy, and an export never replaces one. Nothing was written. Choose another file name; if the old"
            + " file is yours, remove it first.")
    REPLACES_UNSIGNED_NOTES_FILE,
    /** {0}: the file; {1}: why it cannot be read through (JSON_INVALID, or {@link #LARGER_THAN_AN_IMPORT_READS}). */
    @English("Cannot write {0}: it is JSON, perhaps another program''s notes, that the reader cannot read through: {1} An"
            + " export never replaces notes. Nothing was written. Choose another file name; if the old file is not"
            + " wanted, remove it first.")
    REPLACES_UNREADABLE_JSON,
    /** {0}: the most an import reads, in MB. */
    @English("it is larger than the {0} MB an import reads.")
    LARGER_THAN_AN_IMPORT_READS,
    /** {0}: the file asked for; {1}: the data folder it is in (decision 0060, amended for t15b's M3 leftover). */
    @English("Cannot write {0}: it is inside the reader''s data folder {1}, where your notes are kept and where the"
            + " reader makes files of its own. Nothing was written and your notes are unchanged. Choose a folder"
            + " outside {1}.")
    IN_DATA_FOLDER,
    /** {0}: the file asked for; {1}: the handbook's folder (or file) in use (t15b's M1). */
    @English("Cannot write {0}: it is inside the folder of the handbook you are reading, {1}, and could replace a"
            + " chapter or a picture of it. Nothing was written. Choose a folder outside {1}.")
    IN_HANDBOOK_FOLDER,
    @English("permission denied")
    PERMISSION_DENIED,
    @English("the file cannot be created there")
    CANNOT_CREATE,
    @English("Nothing was exported: these notes make a W3C file of {0} MB. W3C and Hypothesis JSON files are"
            + " read whole, up to {1} MB. For a large collection use the notes file format (export --format notes),"
            + " which has no such limit, or export fewer chapters (--chapter).")
    W3C_TOO_LARGE,
    @English("Could not check the written file {0}: {1}")
    CHECK_WRITTEN_FAILED,

    // Importing a folder of notes files ({@code FolderImport}).
    @English("There is no folder at {0}. Nothing was changed.")
    NO_FOLDER_AT,
    @English("This folder has more than {0} notes files; import it in parts. Nothing was changed.")
    FOLDER_TOO_MANY_FILES,
    @English("Cannot read the folder {0}: {1}. Nothing was changed.")
    CANNOT_READ_FOLDER,
    @English("The folder {0} has no notes files (.peeranotes, .jsonld, .json). Nothing was changed.")
    NO_NOTES_FILES,
    /**
     * {0}: how many files; {1}: the folder; {2}: each file and why, one a line ({@link #FILE_REFUSED}, at most five;
     * t31's F5: they ran on as one paragraph).
     */
    @English("None of the {0} files in {1} can be imported; nothing was changed:\n{2}")
    NONE_IMPORTABLE,
    /** {0}: a file's name; {1}: why it cannot be imported. One line of {@link #NONE_IMPORTABLE}'s list. */
    @English("- {0}: {1}")
    FILE_REFUSED,
    /** The last line of {@link #NONE_IMPORTABLE}'s list when there are more than six ({0}: always 2 or more). */
    @English("- and {0} more files that cannot be imported either")
    MORE_REFUSED,

    // Notes saved from a damaged notes file ({@code SalvagedNotes}).
    @English("The notes saved from the damaged file did not read back whole ({0} of {1}).")
    SALVAGE_INCOMPLETE,
    @English("The notes saved from the damaged file could not be checked: {0}")
    SALVAGE_UNCHECKED,

    /** {0}: what is not read ({@link #NOT_READ_FOLDERS}…, t15c's N4). */
    @English("Not read: {0}. A folder''s import reads only the notes files directly in it: import a sub-folder on its"
            + " own; hidden files and special files (such as pipes) are never read.")
    FOLDER_NOT_READ,
    /** {0}: how many; {1}: their names (some, then how many more). */
    @English("{0, plural, one {# sub-folder} other {# sub-folders}} ({1})")
    NOT_READ_FOLDERS,
    /** {0}: how many; {1}: their names (some, then how many more). */
    @English("{0, plural, one {# hidden file} other {# hidden files}} ({1})")
    NOT_READ_HIDDEN,
    /** {0}: how many; {1}: their names (some, then how many more). */
    @English("{0, plural, one {# special file} other {# special files}} ({1})")
    NOT_READ_SPECIAL,
    /** {0}: how many versions. */
    @English("Notes that come in two versions made beside each other (a sync tool's conflict copy, or one person on two"
            + " computers): {0}. Both versions of each are kept.")
    FOLDER_VERSIONS_BESIDE,
    @English("Cannot read back {0}")
    CANNOT_READ_BACK,

    // Whose notes a group folder's file holds ({@code group.Authorship}, decision 0035).
    /** {0}: the people ({@link #OTHER_PERSON}s); {1}: the name the file's name gives its owner. */
    @English("This file holds notes by other people: {0}. A reader's own file holds only their own notes, so it is"
            + " not treated as {1}'s: it is never merged without asking, and merging it accepts no one. Their new notes"
            + " in it come in; the names it gives them are not taken, and its changes to their notes and their votes"
            + " only if you choose.")
    OTHERS_IN_FILE,
    /**
     * {0}: what of the reader's own the file holds ({@link #NOTES}…); {1}: the name the file's name gives its owner
     * (try17w F15: the reader was told of their own notes as "other people").
     */
    @English("This file holds your own notes ({0}). A reader's own file holds only their own notes, so it is not"
            + " treated as {1}'s: it is never merged without asking, and merging it accepts no one.")
    YOURS_IN_FILE,
    /** {0}: what of the reader's own the file holds, among other people's ({@link #OTHERS_IN_FILE}). */
    @English("your own ({0})")
    YOUR_OWN,
    @English("it is a link to another place, not a file; only the folder's own files are read. Copy the file itself"
            + " into the folder to import it.")
    LINK_NOT_READ,
    /** {0}: a file's name; {1}: what is said of it (a folder import's {@link #OTHERS_IN_FILE}). */
    @English("{0}: {1}")
    IN_FILE,
    /** {0}: a name; {1}: what of theirs the file holds ({@link #NOTES}, {@link #DELETIONS}, {@link #VOTES}). */
    @English("{0} ({1})")
    OTHER_PERSON,
    /** {0}: a name someone else named beside has too; {1}: what tells them apart (the start of the id); {2}: as {@link #OTHER_PERSON}'s. */
    @English("{0} ({1}, {2})")
    OTHER_PERSON_APART,
    /** {0}: the people named; {1}: how many more there are. */
    @English("{0} and {1} more")
    AND_MORE,
    @English("1 note")
    ONE_NOTE,
    @English("{0} notes")
    NOTES,
    @English("1 deletion")
    ONE_DELETION,
    @English("{0} deletions")
    DELETIONS,
    @English("1 vote")
    ONE_VOTE,
    @English("{0} votes")
    VOTES,

    // What a file says for people other than its writer (decision 0061).
    /** {0}: the people ({@link #OTHER_PERSON}s); {1}: the name of the reader the file says wrote it. */
    @English("This file holds notes by other people: {0}. It says {1} wrote it, and files carry no signature: their"
            + " new notes in it are taken as it has them; the names it gives them are not, and their votes and its"
            + " changes to their notes only if you choose. Import it only if you trust whoever gave it to you.")
    OTHERS_IN_WRITERS_FILE,
    /**
     * {0}: what of the reader's own the file holds ({@link #NOTES}…); {1}: the name of the reader the file says wrote
     * it. A file imported by hand, where passing on what one received is what people do (fresh tester t32's F17: it was
     * told in the group folder's words, {@link #YOURS_IN_FILE}).
     */
    @English("This file holds notes of yours ({0}), as {1}, who it says wrote it, passed them on. What it would change"
            + " in them comes in only if you choose.")
    YOURS_IN_WRITERS_FILE,
    /** {0}: the writer ({@link #WRITER_NAMED_APART}); {1}: the name of the one the reader has; {2}: their id. */
    @English("This file says {0} wrote it: someone new to you, not the {1} you have ({2}). Files carry no signature:"
            + " import it only if you trust whoever gave it to you.")
    NEW_WRITER_SHARES_NAME,
    /** {0}: the name a file's writer has, shared with someone else the reader knows; {1}: what tells them apart. */
    @English("{0} ({1}, new to you)")
    NEW_WRITER_NAMED_APART,
    /** {0}: the name a file's writer has, shared with someone else the reader knows; {1}: what tells them apart. */
    @English("{0} ({1})")
    WRITER_NAMED_APART,
    /** Among what of someone's a file holds ({@link #OTHER_PERSON}): a name other than the one the reader has. */
    @English("a new name")
    A_NEW_NAME,
    /** {0}: the name of the file's writer. */
    @English("1 vote by someone other than {0} is left out: a vote counts from its voter''s own file, unless you"
            + " choose to take it.")
    ONE_OTHERS_VOTE_LEFT_OUT,
    /** {0}: how many; {1}: the name of the file's writer. */
    @English("{0} votes by people other than {1} are left out: a vote counts from its voter''s own file, unless you"
            + " choose to take them.")
    OTHERS_VOTES_LEFT_OUT,
    /** {0}: the names not taken ({@link #NAME_GIVEN}s). */
    @English("The names it gives other people are not taken ({0}): only a person''s own file renames them.")
    NAMES_NOT_TAKEN,
    /** {0}: the name the reader has; {1}: the name the file gives. */
    @English("{0} as {1}")
    NAME_GIVEN,
    @English("1 vote in this file says it is yours: it is not taken, as only you vote for you. Vote yourself where"
            + " you agree.")
    CLAIMED_VOTE_NOT_TAKEN,
    /** {0}: how many. */
    @English("{0} votes in this file say they are yours: they are not taken, as only you vote for you. Vote yourself"
            + " where you agree.")
    CLAIMED_VOTES_NOT_TAKEN,
    /** {0}: the people ({@link #OTHER_PERSON}s) of a file that does not say who wrote it (t15c's M2, t15d's M1). */
    @English("This file does not say who wrote it (a notes file of an older version or with its writer taken out, W3C"
            + " or Hypothesis), so it speaks for no one. It holds notes of several people: {0}. Their new notes come in; its changes to"
            + " notes you have, its votes and the names it gives people you know are taken only if you choose to.")
    NO_WRITER_PEOPLE,
    /** {0}: the name of the person a file's name gives as its owner ({@code Ana_<id>.peeranotes}; t15f's M1). */
    @English("Its file name says it is {0}''s, but the file itself does not say who wrote it, as every notes file the"
            + " reader writes does: it speaks for no one, and is not taken as {0}''s. Its new notes come in; its changes"
            + " to notes you have, its votes and the names it gives are taken only if you choose to.")
    NAME_NOT_WRITER,
    /** {0}: as {@link #NAME_NOT_WRITER}, for a file that says someone else wrote it (t15f's F3). */
    @English("Its file name says it is {0}''s, but the file itself says someone else wrote it: it speaks for no one,"
            + " and is not taken as {0}''s. Its new notes come in; its changes to notes you have, its votes and the names"
            + " it gives are taken only if you choose to.")
    NAME_NOT_WRITER_OTHER,
    /** {0}: the name of the person a group folder's file says wrote it, under a name not theirs (t15g's M1). */
    @English("It says {0} wrote it, but it is not {0}''s file in the group folder (that one is named after them): it"
            + " speaks for no one, and is not taken as {0}''s. Its new notes come in; its changes to notes you have, its"
            + " votes and the names it gives are taken only if you choose to.")
    NOT_WRITERS_GROUP_FILE,
    /** A file whose writer calls themselves "Anonymous" where the group allows no anonymous questions (t15i's M1). */
    @English("It says it was written by someone who calls themselves Anonymous, and your group does not allow anonymous"
            + " questions: it speaks for no one. Its new notes come in as that person''s; its changes to notes you have,"
            + " its votes and the names it gives are taken only if you choose to.")
    WRITER_CALLED_ANONYMOUS,
    /** {0}: the people ({@link #OTHER_PERSON}s) of a file that speaks for no one, its reason said before. */
    @English("It holds notes of several people: {0}.")
    PEOPLE_IN_IT,
    /** {0}: how many votes a file that does not say who wrote it carries (t15c's M2). */
    @English("{0, plural, one {# vote in it is left out: the file does not say who wrote it, so it speaks for no"
            + " one''s vote, unless you choose to take it.} other {# votes in it are left out: the file does not say who"
            + " wrote it, so it speaks for no one''s vote, unless you choose to take them.}}")
    NO_WRITER_VOTES_LEFT_OUT,

    // What a file changes of other people's notes (decision 0069).
    /** {0}: the change ({@link #CHANGED_NOTE}). */
    @English("1 change to another person''s note is left out: {0}. A note is changed, deleted or marked answered by"
            + " its own writer''s file; this one is taken only if you choose to.")
    ONE_OTHERS_CHANGE_LEFT_OUT,
    /** {0}: how many; {1}: the changes ({@link #CHANGED_NOTE}s, some named, then how many more). */
    @English("{0} changes to other people''s notes are left out: {1}. A note is changed, deleted or marked answered"
            + " by its own writer''s file; these are taken only if you choose to.")
    OTHERS_CHANGES_LEFT_OUT,
    /** {0}: the changes ({@link #CHANGED_NOTE}s). */
    @English("Changes to other people''s notes are taken, as you chose: {0}.")
    OTHERS_CHANGES_TAKEN,
    /** {0}: the change ({@link #YOUR_CHANGED_NOTE}) a file makes to the reader's own note (t15e's F1). */
    @English("1 change to your own note is left out: {0}. Only you change your notes: a file''s version of one is at"
            + " most kept beside it as a second version, if you choose to.")
    ONE_YOUR_CHANGE_LEFT_OUT,
    /** {0}: how many; {1}: the changes ({@link #YOUR_CHANGED_NOTE}s, some named, then how many more). */
    @English("{0} changes to your own notes are left out: {1}. Only you change your notes: a file''s version of one is"
            + " at most kept beside it as a second version, if you choose to.")
    YOUR_CHANGES_LEFT_OUT,
    /** {0}: the changes ({@link #YOUR_CHANGED_NOTE}s) kept as second versions, as the reader chose. */
    @English("Versions of your own notes are kept beside them as second versions, as you chose: {0}.")
    YOUR_CHANGES_TAKEN,
    /** {0}: the own file(s) of the folder that have the note; {1}: the change ({@link #CHANGED_NOTE}). */
    @English("1 change to another person''s note is not taken, whatever you choose: their own file in this folder"
            + " ({0}) has the note as they wrote it, and a note changes by its own writer''s file: {1}.")
    ONE_CHANGE_OWN_FILE_WINS,
    /** {0}: how many; {1}: the own files of the folder that have the notes; {2}: the changes ({@link #CHANGED_NOTE}s). */
    @English("{0} changes to other people''s notes are not taken, whatever you choose: their own files in this folder"
            + " ({1}) have the notes as they wrote them, and a note changes by its own writer''s file: {2}.")
    CHANGES_OWN_FILE_WIN,
    /** {0}: whose note; {1}: what kind ({@link #KIND_NOTE}…); {2}: its first words; {3}: what is done to it. */
    @English("{0}''s {1} \u201C{2}\u201D {3}")
    CHANGED_NOTE,
    /** As {@link #CHANGED_NOTE}, of the reader's own note: {0} kind, {1} first words, {2} what is done to it. */
    @English("your {0} \u201C{1}\u201D {2}")
    YOUR_CHANGED_NOTE,
    /** {0}: whose note: a deletion of a note the reader does not have (it would keep it out for good). */
    @English("a note of {0}''s you do not have, deleted")
    CHANGE_UNKNOWN_DELETED,
    @English("a note of yours you do not have, deleted")
    YOUR_CHANGE_UNKNOWN_DELETED,
    @English("re-worded")
    CHANGE_REWORDED,
    @English("deleted")
    CHANGE_DELETED,
    @English("marked answered")
    CHANGE_MARKED_ANSWERED,
    @English("marked open again")
    CHANGE_MARKED_OPEN,
    @English("changed (colour, tags or place)")
    CHANGE_OTHERWISE,
    @English("given a second version")
    CHANGE_SECOND_VERSION,
    @English("question")
    KIND_QUESTION,
    @English("reply")
    KIND_REPLY,
    @English("highlight")
    KIND_HIGHLIGHT,
    @English("bookmark")
    KIND_BOOKMARK,
    @English("note")
    KIND_NOTE,

    // A folder's files (fresh tester t15b's F1 and F9).
    /** {0}: how many files; {1}: the writer's name (or the names the files give, " / " between); {2}: the files. */
    @English("{0} files in this folder say the same person wrote them ({1}): {2}. Files carry no signature, so each of"
            + " them speaks for that person: import the folder only if you know they are all theirs.")
    SAME_WRITER_FILES,
    /** {0}: how many people the file brings that the reader does not know; {1}: how many they know. */
    @English("This file brings {0, number} people you have never seen, far more than the {1, number} people in your"
            + " notes: check that it is a file you meant to import.")
    MANY_NEW_PEOPLE;
}
