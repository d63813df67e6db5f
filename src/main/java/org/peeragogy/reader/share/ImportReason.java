package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

/**
 * Why a file to import is refused, or one of its items skipped or not kept whole (issue 14, decisions 0028 and
 * 0038): each code with the English the command line writes ({@code import --dry-run} lists them); the window's
 * import preview says them in its language (key {@code reasonImport.*}). Codes that end a sentence begin in lower
 * case: they follow "This file cannot be imported: ", "Skipped annotation 3: " or "Not kept: ".
 */
public enum ImportReason implements Reason.Code {
    // A file refused as a whole.
    FILE_ITEM_BAD("This file cannot be imported: {0} {1}. Nothing was changed."),
    TOO_MANY_NOTES("This file cannot be imported: it holds more than {0} notes. Nothing was changed."),
    NOTES_FILE_REFUSED("This notes file cannot be imported: {0}. Nothing was changed."),
    NOTES_FILE_DAMAGED("This file is damaged ({0}), so its notes cannot be imported. Nothing was changed."),

    // The preview's lines ({@code ImportFile.remarks}).
    SKIPPED_LINE("Skipped {0}: {1}"),
    NOT_KEPT_LINE("Not kept: {0}"),
    LABELLED("{0}: {1}"),
    SKIPPED_BECAUSE("it {0}; the rest of the file is imported. To have this one too, correct it in the file or ask"
            + " whoever sent it for a new export"),
    WITH_ID("{0} (id {1})"),
    ANOTHER_VERSION("{0}: another version of the note in {1}, which is in this file too (the later-updated one is"
            + " kept)"),

    // Where in the file: "annotation 3".
    WHERE_ANNOTATION("annotation {0}"),
    WHERE_ITEM("item {0}"),
    WHERE_NOTE("note {0}"),
    WHERE_REPLY_OR_QUESTION("reply or question {0}"),
    WHERE_VOTE("vote {0}"),
    WHERE_JSON("the JSON"),
    WHERE_COLLECTION("the collection"),
    WHERE_FILE("the file"),
    WHERE_TARGET("a target"),
    WHERE_NOTE_REVISION("a note''s shared revision"),
    WHERE_SHARED_REVISION("a shared revision"),
    WHERE_METADATA("its metadata"),
    WHERE_NOTE_ADDRESS("a note''s address"),
    WHERE_OF_FILE("{0} of a {1} file"),

    // What is wrong with an item: each follows its place ("annotation 3 has an id that is not a UUID").
    IS_NOT_AN_OBJECT("is not an object"),
    NO_UUID("has an id that is not a UUID"),
    NO_ID("has no id or one longer than {0} characters"),
    FIELD_TOO_LONG("has a {0} longer than {1} characters"),
    FIELD_HAS_NUL("has a {0} with a NUL character in it"),
    TAG_NOT_TEXT("has a tag that is not text"),
    TIME_INVALID("has no valid {0} time"),
    TIME_NOT_A_DATE("has a {0} time that is not a date ({1})"),
    TIME_NOT_A_DATE_AN("has an {0} time that is not a date ({1})"),
    TIME_OUT_OF_RANGE("has a {0} time outside 1990-2200"),
    NOT_W3C("is not a W3C Web Annotation file (no @context {0})"),
    NO_FIRST_PAGE("has no first page of items"),
    NOT_A_COLLECTION("is neither an AnnotationCollection, an AnnotationPage nor an Annotation"),
    NOT_AN_ANNOTATION("is not of type Annotation"),
    NO_TARGET("has no target"),
    UNKNOWN_KIND("has an unknown kind"),
    SELECTOR_NOT_OBJECT("has a selector that is not an object"),
    BODY_NOT_OBJECT("has a body that is not an object"),
    VOTE_NOT_0_OR_1("has a vote that is neither 1 nor 0"),
    NO_TEXT("has no text \"{0}\""),
    NO_LIST("has no list of annotations"),
    REFERENCES_NOT_IDS("has references that are not a list of ids"),
    TAGS_NOT_A_LIST("has tags that are not a list"),
    ABOUT_MISSING_NOTE("is about a note the file does not have"),
    ANSWER_ON_NON_QUESTION("marks an answer on a note that is no question"),
    VOTER_NOT_IRI("names its voter by an id that is not an IRI"),
    SECOND_VOTE("is a second vote of one person on one note"),
    BAD_CHAPTER_ID("names a chapter id no file name can have (empty, longer than {0} characters, or with a '/', a"
            + " control or a bidirectional control character)"),
    // An item skipped for text longer than the reader takes (decision 0028).
    FIELD_TOO_LONG_SKIP("its {0} is longer than {1} characters ({2})"),
    TAG_TOO_LONG("a tag is longer than {0} characters ({1})"),
    TOO_MANY_TAGS("it has more than {0} tags ({1})"),

    // The parts of an item named above.
    FIELD_NOTE("note"),
    FIELD_QUOTE("quote"),
    FIELD_QUOTE_CONTEXT("quote context"),
    FIELD_ADDRESS("address"),
    FIELD_HANDBOOK_NAME("handbook name"),
    FIELD_BLOCK_ID("block id"),
    FIELD_FINGERPRINT("fingerprint"),
    TIME_CREATED("created"),
    TIME_UPDATED("updated"),
    TIME_MODIFIED("modified"),
    TIME_DELETED("deleted"),
    TIME_LAST_SHARED("last shared"),
    TIME_VOTED("voted"),
    TIME_GENERATED("generated"),
    TIME_EXPORT("export"),

    // What the reader does not keep of an item it imports ("Not kept: …").
    BAD_POSITION("its text position, which no text has (a negative or reversed one): the note is placed by its"
            + " quote"),
    UNKNOWN_COLOUR("its colour \"{0}\", which this version of the reader does not know: shown yellow"),
    NAME_SHORTENED("the end of an author name of {0} characters (names are kept to {1}): it is shortened, \"{2}…\""),
    TWO_NAMES("the name \"{0}\" of {1}, who is also called \"{2}\" in this file (one person has one name here: kept"
            + " as \"{2}\")"),
    CREATOR_ID_NOT_TAKEN("the creator''s id {0}, which is not an id the reader takes (an http, https, urn, mailto,"
            + " acct or tag address that the reader did not make from a name); the name {1} stands for them"),
    SECOND_CREATOR("its second creator, {0} (the note is kept as {1}''s)"),
    OTHER_CREATORS("its other {0} creators, {1} (the note is kept as {2}''s)"),
    TIME_DROPPED("its {0} time, which is not a date from 1990 to 2200 (read as if the file gave none)"),
    TIME_DROPPED_SHOWN("its {0} time \"{1}\", which is not a date from 1990 to 2200 (read as if the file gave none)"),
    UPDATED_NOT_A_TIME("its updated time, which is not a time: its created time stands for it"),
    OTHER_CHOICE("1 other choice of a Choice body (the first is kept)"),
    OTHER_CHOICES("{0} other choices of a Choice body (the first is kept)"),
    BODY_AUTHOR("the author of a body, {0} (the note is kept as {1}''s)"),
    BASE_NOT_A_DATE("{0}: its time, which is not a date"),
    AUTHOR_ID_NOT_TAKEN("the author id {0} of {1}, which is not an id the reader takes (an http, https, urn, mailto,"
            + " acct or tag address, at most {2} characters, that the reader did not make from another name): the"
            + " name stands for them"),
    FUTURE_DATE("the date the file says it was written ({0}), which is in the future: the names in it rename no one"
            + " (check the clock of the computer that wrote it)"),

    // Why a notes file is refused ({@code NotesFileGate}, {@code NotesFileReader}): after "cannot be imported: ".
    NOT_SQLITE("it is not a SQLite notes file (its first bytes are wrong)"),
    IMPOSSIBLE_PAGE_SIZE("its header names an impossible page size"),
    WAL_MODE("it is in a journal mode notes files never use (write-ahead log). If it is a profile''s own notes"
            + " (reader.db), export them from that profile instead (Notes > Export, or --data-dir DIR export --format"
            + " notes) and import the exported file"),
    NOTES_FILE_TOO_LARGE("it is larger than {0} MB"),
    NOT_UTF8("its text is not UTF-8"),
    NOT_OURS("it is a SQLite database, but not a Peeragogy Reader notes file. If it is a profile''s own notes"
            + " (reader.db), export them from that profile instead (Notes > Export, or --data-dir DIR export --format"
            + " notes) and import the exported file"),
    NEWER_FORMAT("it was written by a newer version of Peeragogy Reader (format {0})"),
    NO_FORMAT("its header names no notes format (format {0})"),
    TOO_MANY_TABLES("it holds far more tables than a notes file"),
    SOMETHING_ELSE("it holds something a notes file never has ({0})"),
    OBJECT_NAMED("{0} named {1}"),
    OBJECT_NAMED_COLUMNS("{0} named {1} with unexpected columns"),
    A_TRIGGER("a trigger"),
    A_VIEW("a view"),
    AN_INDEX("an index"),
    A_TABLE("a table"),
    AN_UNKNOWN_OBJECT("an unknown object"),
    TABLES_MISSING("tables a notes file needs are missing"),
    CHANGED_WHILE_READ("it changed while it was being read"),
    DAMAGED_OR_NOT("it is damaged or not a notes file"),
    METADATA_MALFORMED("its metadata is malformed"),
    METADATA_TOO_LARGE("its metadata is far too large"),
    METADATA_NO_FORMAT("its metadata does not name the notes format"),
    NO_HANDBOOK("it does not say which handbook it is for"),
    NOTES_WRONG_TYPE("{0} of its notes have values of the wrong type"),
    OTHERS_WRONG_TYPE("its tags, authors or shared revisions have values of the wrong type"),
    FAR_TOO_MANY_TAGS("it holds far too many tags"),
    PRIVATE_MALFORMED("its private notes are malformed (a value of the wrong type, or too many)"),
    ADDRESSES_MALFORMED("its note addresses are malformed (a value of the wrong type, or too many)"),
    CONVERSATION_WRONG_TYPE("its replies, questions or votes have values of the wrong type"),
    TOO_MANY_VOTES("it holds more than {0} votes"),
    // Damage ({@code NotesFile.damaged}), in brackets.
    BEGINNING_DAMAGED("its beginning is damaged"),
    ENDS_TOO_EARLY("it ends too early"),
    EXTRA_BYTES("it has extra bytes at its end"),
    PARTS_UNREADABLE("parts of it are unreadable"),

    // JSON that is not valid ({@code JsonReader}).
    JSON_INVALID("The JSON is not valid at line {0} (character {1}): {2}."),
    JSON_TEXT_AFTER_END("unexpected text after the end"),
    JSON_TOO_MANY_VALUES("more than {0} values"),
    JSON_ENDS_TOO_EARLY("the text ends too early"),
    JSON_UNEXPECTED_CHARACTER("unexpected character ''{0}''"),
    JSON_TOO_DEEP("nested more than {0} levels deep"),
    JSON_NAME_EXPECTED("expected a name in quotes"),
    JSON_NAME_TWICE("the name \"{0}\" appears twice in one object"),
    JSON_STRING_NOT_CLOSED("a string is not closed"),
    JSON_CONTROL_CHARACTER("a control character inside a string"),
    JSON_UNKNOWN_ESCAPE("an unknown escape \\{0}"),
    JSON_STRING_TOO_LONG("a string longer than {0} characters"),
    JSON_HALF_CHARACTER("a string holds half of a character (an unpaired surrogate)"),
    JSON_ESCAPE_CUT_SHORT("a \\u escape is cut short"),
    JSON_ESCAPE_NOT_HEX("a \\u escape with a character that is not hexadecimal"),
    JSON_MALFORMED_NUMBER("a malformed number"),
    JSON_NUMBER_TOO_LONG("a number with more than 40 characters"),
    JSON_WHOLE_NUMBER_TOO_LARGE("a whole number too large"),
    JSON_NUMBER_TOO_LARGE("a number too large"),
    JSON_UNEXPECTED_WORD("unexpected word"),
    JSON_EXPECTED("expected {0}");

    private final String english;

    ImportReason(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String area() {
        return "reasonImport";
    }
}
