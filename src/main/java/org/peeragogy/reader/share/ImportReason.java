package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Reason.English;

/**
 * Why a file to import is refused, or one of its items skipped or not kept whole (issue 14, decisions 0028 and
 * 0038): each code with the English the command line writes ({@code import --dry-run} lists them); the window's
 * import preview says them in its language (key {@code reasonImport.*}). Codes that end a sentence begin in lower
 * case: they follow "This file cannot be imported: ", "Skipped annotation 3: " or "Not kept: ".
 */
public enum ImportReason implements Reason.Code {
    // A file refused as a whole.
    @English("This file cannot be imported: {0} {1}. Nothing was changed.")
    FILE_ITEM_BAD,
    @English("This file cannot be imported: it holds more than {0} notes. Nothing was changed.")
    TOO_MANY_NOTES,
    @English("This notes file cannot be imported: {0}. Nothing was changed.")
    NOTES_FILE_REFUSED,
    @English("This file is damaged ({0}), so its notes cannot be imported. Nothing was changed.")
    NOTES_FILE_DAMAGED,
    @English("This file cannot be imported: it is empty (0 bytes), so it holds no notes. If it was copied to you,"
            + " the copy may not have finished: ask for the file again. Nothing was changed.")
    FILE_EMPTY,
    @English("This file cannot be imported: all its {0} bytes are zero, as a copy that never finished leaves a file,"
            + " so it holds no notes. Ask for the file again. Nothing was changed.")
    FILE_ALL_ZEROS,
    @English("This file cannot be imported: it holds no text, only spaces, line breaks or other invisible"
            + " characters, so no notes. Ask for the file again. Nothing was changed.")
    FILE_ONLY_SPACES,
    @English("Cannot import {0}: it is not a file but a pipe, a device or a folder. Open a notes file itself; a folder of"
            + " them is imported as a folder (Import a folder of notes files…, or import FOLDER). Nothing was changed.")
    FILE_NOT_REGULAR,

    // The preview's lines ({@code ImportFile.remarks}).
    @English("Skipped {0}: {1}")
    SKIPPED_LINE,
    @English("Not kept: {0}")
    NOT_KEPT_LINE,
    /** A note kept without a time the file gives ({@link #TIME_DROPPED}; t32's F8: not "Not kept: … the note is kept"). */
    @English("Time not kept: {0}")
    TIME_NOT_KEPT_LINE,
    /** {0}: how many "not kept" lines more than those shown (always more than one; t32's F8: 400 lines uncapped). */
    @English("… and {0} more lines like these")
    MORE_NOT_KEPT,
    @English("{0}: {1}")
    LABELLED,
    @English("it {0}; the rest of the file is imported. To have this one too, correct it in the file or ask"
            + " whoever sent it for a new export.")
    SKIPPED_BECAUSE,
    @English("{0} (id {1})")
    WITH_ID,
    /**
     * {0}: how many notes; {1}: the handbook the file names (its title as the file gives it, else its name); {2}: the
     * handbook open (fresh tester t31's F7: said only as "could not be placed").
     */
    @English("The notes in this file ({0}) are for another handbook, “{1}”, not “{2}”, which is open, so they cannot be"
            + " placed in it. Open that handbook in the reader and import the file there; imported here, they are kept"
            + " under “Could not place”.")
    ANOTHER_HANDBOOK,
    /**
     * After a folder's per-file line "ana.peeranotes (notes file): “Ana” — 2 notes; " (fresh tester t32's F6: only a
     * single file's import said so): {0}, {1}, {2} as {@link #ANOTHER_HANDBOOK}.
     */
    @English("{0} for another handbook, “{1}”, not “{2}”, which is open: open that handbook in the reader and import"
            + " this file there (imported here, they are kept under “Could not place”)")
    ANOTHER_HANDBOOK_IN_FOLDER,
    @English("{0}: another version of the note in {1}, which is in this file too (the later-updated one is"
            + " kept)")
    ANOTHER_VERSION,

    // Where in the file: "annotation 3".
    @English("annotation {0}")
    WHERE_ANNOTATION,
    @English("item {0}")
    WHERE_ITEM,
    @English("note {0}")
    WHERE_NOTE,
    @English("reply or question {0}")
    WHERE_REPLY_OR_QUESTION,
    @English("vote {0}")
    WHERE_VOTE,
    @English("the JSON")
    WHERE_JSON,
    @English("the collection")
    WHERE_COLLECTION,
    @English("the file")
    WHERE_FILE,
    @English("a target")
    WHERE_TARGET,
    @English("a note''s shared revision")
    WHERE_NOTE_REVISION,
    @English("a shared revision")
    WHERE_SHARED_REVISION,
    @English("its metadata")
    WHERE_METADATA,
    @English("a note''s address")
    WHERE_NOTE_ADDRESS,
    @English("{0} of a {1} file")
    WHERE_OF_FILE,

    // What is wrong with an item: each follows its place ("annotation 3 has an id that is not a UUID").
    @English("is not an object")
    IS_NOT_AN_OBJECT,
    @English("has an id that is not a UUID")
    NO_UUID,
    @English("has no id or one longer than {0} characters")
    NO_ID,
    @English("has a {0} longer than {1} characters")
    FIELD_TOO_LONG,
    @English("has a {0} with a NUL character in it")
    FIELD_HAS_NUL,
    @English("has a tag that is not text")
    TAG_NOT_TEXT,
    @English("has no valid {0} time")
    TIME_INVALID,
    @English("has a {0} time that is not a date ({1})")
    TIME_NOT_A_DATE,
    @English("has an {0} time that is not a date ({1})")
    TIME_NOT_A_DATE_AN,
    @English("has a {0} time outside 1990-2200")
    TIME_OUT_OF_RANGE,
    @English("is not a W3C Web Annotation file (no @context {0})")
    NOT_W3C,
    @English("has no first page of items")
    NO_FIRST_PAGE,
    @English("is neither an AnnotationCollection, an AnnotationPage nor an Annotation")
    NOT_A_COLLECTION,
    @English("is not of type Annotation")
    NOT_AN_ANNOTATION,
    @English("has no target")
    NO_TARGET,
    @English("has an unknown kind")
    UNKNOWN_KIND,
    @English("has a selector that is not an object")
    SELECTOR_NOT_OBJECT,
    @English("has a body that is not an object")
    BODY_NOT_OBJECT,
    @English("has a vote that is neither 1 nor 0")
    VOTE_NOT_0_OR_1,
    @English("has no text \"{0}\"")
    NO_TEXT,
    @English("has no list of annotations")
    NO_LIST,
    @English("has references that are not a list of ids")
    REFERENCES_NOT_IDS,
    @English("has tags that are not a list")
    TAGS_NOT_A_LIST,
    @English("is about a note the file does not have")
    ABOUT_MISSING_NOTE,
    @English("marks an answer on a note that is no question")
    ANSWER_ON_NON_QUESTION,
    @English("names its voter by an id that is not an IRI")
    VOTER_NOT_IRI,
    @English("is a second vote of one person on one note")
    SECOND_VOTE,
    @English("names a chapter id no file name can have (empty, longer than {0} characters, or with a '/', a"
            + " control or a bidirectional control character)")
    BAD_CHAPTER_ID,
    // An item skipped for text longer than the reader takes (decision 0028).
    @English("its {0} is longer than {1} characters ({2})")
    FIELD_TOO_LONG_SKIP,
    @English("its {0} is longer than {1} characters ({2} bytes)")
    FIELD_TOO_BIG_SKIP,
    @English("a tag is longer than {0} characters ({1})")
    TAG_TOO_LONG,
    @English("it has more than {0} tags ({1})")
    TOO_MANY_TAGS,

    // The parts of an item named above.
    @English("note")
    FIELD_NOTE,
    @English("quote")
    FIELD_QUOTE,
    @English("quote context")
    FIELD_QUOTE_CONTEXT,
    @English("address")
    FIELD_ADDRESS,
    @English("handbook name")
    FIELD_HANDBOOK_NAME,
    @English("block id")
    FIELD_BLOCK_ID,
    @English("fingerprint")
    FIELD_FINGERPRINT,
    @English("created")
    TIME_CREATED,
    @English("updated")
    TIME_UPDATED,
    @English("modified")
    TIME_MODIFIED,
    @English("deleted")
    TIME_DELETED,
    @English("last shared")
    TIME_LAST_SHARED,
    @English("voted")
    TIME_VOTED,
    @English("generated")
    TIME_GENERATED,
    @English("export")
    TIME_EXPORT,

    // What the reader does not keep of an item it imports ("Not kept: …").
    @English("its text position, which no text has (a negative or reversed one): the note is placed by its"
            + " quote")
    BAD_POSITION,
    @English("its colour \"{0}\", which this version of the reader does not know: shown yellow")
    UNKNOWN_COLOUR,
    @English("the end of an author name of {0} characters (names are kept to {1}): it is shortened, \"{2}…\"")
    NAME_SHORTENED,
    @English("the name \"{0}\" of {1}, who is also called \"{2}\" in this file (one person has one name here: kept"
            + " as \"{2}\")")
    TWO_NAMES,
    @English("the creator''s id {0}, which is not an id the reader takes (an http, https, urn, mailto,"
            + " acct or tag address that the reader did not make from a name); the name {1} stands for them")
    CREATOR_ID_NOT_TAKEN,
    @English("its second creator, {0} (the note is kept as {1}''s)")
    SECOND_CREATOR,
    @English("its other {0} creators, {1} (the note is kept as {2}''s)")
    OTHER_CREATORS,
    /** {0}: which time; {1}: what is wrong with it, in words ({@code TIME_WHY_*}; t31's F8). */
    @English("its {0} time ({1}; the note is kept, dated as if the file gave no {0} time)")
    TIME_DROPPED,
    /** {0}: which time; {1}: the time as the file gives it; {2}: what is wrong with it ({@code TIME_WHY_*}). */
    @English("its {0} time \"{1}\" ({2}; the note is kept, dated as if the file gave no {0} time)")
    TIME_DROPPED_SHOWN,
    // What is wrong with a time, in words (t31's F8: "not a date from 1990 to 2200" for a month 13).
    @English("it is before 1990")
    TIME_WHY_BEFORE,
    @English("it is after 2200")
    TIME_WHY_AFTER,
    @English("it is a number, not a date written as text")
    TIME_WHY_NUMBER,
    @English("it is not a date written as text")
    TIME_WHY_NOT_TEXT,
    @English("it is longer than any date, over 64 characters")
    TIME_WHY_TOO_LONG,
    @English("it is not written as a date, such as 2024-05-31 or 2024-05-31T14:30:00Z")
    TIME_WHY_FORM,
    /** {0}: the month the time gives. */
    @English("there is no month {0}: months go from 1 to 12")
    TIME_WHY_MONTH,
    /** {0}: the day the time gives; {1}: how many days its month has. */
    @English("there is no day {0} in that month, which has {1} days")
    TIME_WHY_DAY,
    @English("its time of day does not exist (hours go to 23, minutes and seconds to 59)")
    TIME_WHY_CLOCK,
    @English("its updated time, which is not a time: its created time stands for it")
    UPDATED_NOT_A_TIME,
    @English("1 other choice of a Choice body (the first is kept)")
    OTHER_CHOICE,
    @English("{0} other choices of a Choice body (the first is kept)")
    OTHER_CHOICES,
    @English("the author of a body, {0} (the note is kept as {1}''s)")
    BODY_AUTHOR,
    @English("{0}: its time, which is not a date")
    BASE_NOT_A_DATE,
    @English("the author id {0} of {1}, which is not an id the reader takes (an http, https, urn, mailto,"
            + " acct or tag address, at most {2} characters, that the reader did not make from another name): the"
            + " name stands for them")
    AUTHOR_ID_NOT_TAKEN,
    @English("the date the file says it was written ({0}), which is in the future: the names in it rename no one"
            + " (check the clock of the computer that wrote it)")
    FUTURE_DATE,

    // Why a notes file is refused ({@code NotesFileGate}, {@code NotesFileReader}): after "cannot be imported: ".
    @English("it is not a SQLite notes file (its first bytes are wrong)")
    NOT_SQLITE,
    @English("its header names an impossible page size")
    IMPOSSIBLE_PAGE_SIZE,
    @English("it is in a journal mode notes files never use (write-ahead log). If it is a profile''s own notes"
            + " (reader.db), export them from that profile instead (File → Export notes…, or --data-dir DIR export --format"
            + " notes) and import the exported file")
    WAL_MODE,
    @English("it is larger than {0} MB")
    NOTES_FILE_TOO_LARGE,
    @English("its text is not UTF-8")
    NOT_UTF8,
    @English("it is a SQLite database, but not a Peeragogy Reader notes file. If it is a profile''s own notes"
            + " (reader.db), export them from that profile instead (File → Export notes…, or --data-dir DIR export --format"
            + " notes) and import the exported file")
    NOT_OURS,
    @English("it was written by a newer version of Peeragogy Reader (format {0})")
    NEWER_FORMAT,
    @English("its header names no notes format (format {0})")
    NO_FORMAT,
    @English("it holds far more tables than a notes file")
    TOO_MANY_TABLES,
    @English("it holds something a notes file never has ({0})")
    SOMETHING_ELSE,
    @English("{0} named {1}")
    OBJECT_NAMED,
    @English("{0} named {1} with unexpected columns")
    OBJECT_NAMED_COLUMNS,
    @English("a trigger")
    A_TRIGGER,
    @English("a view")
    A_VIEW,
    @English("an index")
    AN_INDEX,
    @English("a table")
    A_TABLE,
    @English("an unknown object")
    AN_UNKNOWN_OBJECT,
    @English("tables a notes file needs are missing")
    TABLES_MISSING,
    @English("it changed while it was being read")
    CHANGED_WHILE_READ,
    @English("it is damaged or not a notes file")
    DAMAGED_OR_NOT,
    @English("its metadata is malformed")
    METADATA_MALFORMED,
    @English("its metadata is far too large")
    METADATA_TOO_LARGE,
    @English("its metadata does not name the notes format")
    METADATA_NO_FORMAT,
    /** {0}: the format its metadata names; {1}: the one its header names. */
    @English("its metadata says notes format {0} but its header says format {1}, so it is not one whole notes file")
    METADATA_VERSION_DISAGREES,
    @English("it does not say which handbook it is for")
    NO_HANDBOOK,
    @English("{0} of its notes have values of the wrong type")
    NOTES_WRONG_TYPE,
    @English("its tags, authors or shared revisions have values of the wrong type")
    OTHERS_WRONG_TYPE,
    @English("it holds far too many tags")
    FAR_TOO_MANY_TAGS,
    @English("its private notes are malformed (a value of the wrong type, or too many)")
    PRIVATE_MALFORMED,
    @English("its note addresses are malformed (a value of the wrong type, or too many)")
    ADDRESSES_MALFORMED,
    @English("its replies, questions or votes have values of the wrong type")
    CONVERSATION_WRONG_TYPE,
    @English("it holds more than {0} votes")
    TOO_MANY_VOTES,
    // Damage ({@code NotesFile.damaged}), in brackets.
    @English("its beginning is damaged")
    BEGINNING_DAMAGED,
    @English("it ends too early")
    ENDS_TOO_EARLY,
    @English("it has extra bytes at its end")
    EXTRA_BYTES,
    @English("parts of it are unreadable")
    PARTS_UNREADABLE,

    // JSON that is not valid ({@code JsonReader}).
    @English("the JSON is not valid at line {0} (character {1}): {2}.")
    JSON_INVALID,
    @English("unexpected text after the end")
    JSON_TEXT_AFTER_END,
    /**
     * Said alone, never as JSON that is not valid (fresh tester t33's F8f: a valid 42 MB W3C file was "not valid"):
     * {0}: the most values an import reads at once ({@code JsonReader.MAX_ITEMS}).
     */
    @English("it is too large for the reader to import at once: it holds more than {0,number} values (names, texts and"
            + " numbers; a note takes 20 to 60 of them). Split it into smaller files and import each, or export it again"
            + " in parts (by chapter, or fewer notes at a time); a notes file (export --format notes) has no such"
            + " limit.")
    JSON_TOO_MANY_VALUES,
    @English("the text ends too early")
    JSON_ENDS_TOO_EARLY,
    @English("unexpected character ''{0}''")
    JSON_UNEXPECTED_CHARACTER,
    /** Said alone, never as JSON that is not valid (t33's F8f): {0}: the most levels read ({@code JsonReader.MAX_DEPTH}). */
    @English("it is nested deeper than {0,number} levels (objects and lists inside each other), more than any file of"
            + " notes needs, so the reader does not read it. Whoever made it can export the notes again without that"
            + " nesting.")
    JSON_TOO_DEEP,
    @English("expected a name in quotes")
    JSON_NAME_EXPECTED,
    @English("the name \"{0}\" appears twice in one object")
    JSON_NAME_TWICE,
    @English("a string is not closed")
    JSON_STRING_NOT_CLOSED,
    @English("a control character inside a string")
    JSON_CONTROL_CHARACTER,
    @English("an unknown escape \\{0}")
    JSON_UNKNOWN_ESCAPE,
    @English("a string longer than {0} characters")
    JSON_STRING_TOO_LONG,
    @English("a string holds half of a character (an unpaired surrogate)")
    JSON_HALF_CHARACTER,
    @English("a \\u escape is cut short")
    JSON_ESCAPE_CUT_SHORT,
    @English("a \\u escape with a character that is not hexadecimal")
    JSON_ESCAPE_NOT_HEX,
    @English("a malformed number")
    JSON_MALFORMED_NUMBER,
    @English("a number with more than 40 characters")
    JSON_NUMBER_TOO_LONG,
    @English("a whole number too large")
    JSON_WHOLE_NUMBER_TOO_LARGE,
    @English("a number too large")
    JSON_NUMBER_TOO_LARGE,
    @English("unexpected word")
    JSON_UNEXPECTED_WORD,
    @English("expected {0}")
    JSON_EXPECTED;
}
