package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

/**
 * Why a handbook could not be opened or added, or a chapter not shown (issue 14, decision 0038): each code with the
 * English the command line writes; the window says it in its language (key {@code reasonContent.*} of its bundles).
 */
public enum ContentReason implements Reason.Code {
    // Opening a handbook ({@code Handbooks}, {@code OpenHandbook}).
    NOTHING_AT("There is no file or folder at {0}. Check the path, then choose the handbook folder or its .zip file"
            + " again."),
    NOT_A_ZIP("{0} could not be read as a zip archive: it may be damaged or not a zip file at all. Download it again,"
            + " or unpack it and choose the folder."),
    NOT_READ("The handbook at {0} could not be read ({1}). Check that the file or folder is readable, then try again."),
    NO_CHAPTERS("There are no chapters in {0}: a handbook is a folder of Markdown (.md) chapter files. Choose the"
            + " folder that holds them, or a .zip of it."),
    NOT_READ_FILES("The handbook at {0} could not be read: {1} Check the files, or download the handbook again."),
    NO_OTHER_LANGUAGE_HERE("This handbook cannot be opened in another language from here."),
    NO_CHAPTERS_IN_LANGUAGE("This handbook has no chapters in ''{0}''."),
    CLOSED("This handbook was closed; open it again to read chapter {0}."),
    STOPPED_PREPARING("Stopped while preparing chapter {0}"),
    ARCHIVE_CHANGED("The file {0} in {1} does not match what the archive said when it was opened: the archive was"
            + " changed or damaged since. Open the handbook again (File → Switch handbook), or add it again if it was"
            + " replaced."),
    ARCHIVE_FILE_TOO_LARGE("The file {0} in {1} is larger than 32 MiB, which is too large for a handbook file. Check"
            + " that this is the right archive, or unpack it and open the folder instead."),
    FILE_TOO_LARGE("The file {0} is larger than 32 MiB, which is too large for a handbook file."),
    /** The same, to follow "the file could not be read: ". */
    FILE_TOO_LARGE_CLAUSE("the file {0} is larger than 32 MiB, which is too large for a handbook file"),

    // Adding a handbook to the reader's library ({@code HandbookLibrary}): {0} is the folder's or archive's name.
    ADD_NOTHING_AT("There is no file or folder at {0}. Check the path, then choose the handbook folder or its .zip"
            + " file again."),
    ADD_NEITHER("{0} is neither a folder nor a file. Choose the handbook folder or its .zip file."),
    ADD_STOPPED("Adding {0} was stopped. Nothing was changed."),
    ADD_FAILED("Adding {0} failed: {1}. Check that {2} is writable and the disk is not full, then try again. Nothing"
            + " was changed."),
    NOT_INSTALLED("No handbook ''{0}'' is installed. Add it first (\"Add a handbook…\", or the add-handbook command)."),
    NOT_INSTALLED_TO_REMOVE("No handbook ''{0}'' is installed, so there is nothing to remove."),
    NOT_REMOVED("The handbook ''{0}'' could not be removed ({1}). Close other programs that may use its files, then"
            + " try again."),
    ADD_SYMBOLIC_LINK("{0} was not added: it contains a symbolic link ({1}), which could point outside the handbook"
            + " folder. Use an archive without links, or unpack it and choose the folder (links are skipped there)."
            + " Nothing was changed."),
    ADD_TWO_FILES("{0} was not added: it holds two files named {1}. The archive is damaged or was made wrongly;"
            + " download it again. Nothing was changed."),
    ADD_FILE_TOO_LARGE("{0} was not added: the file {1} is larger than {2}, too large for a handbook file. Check that"
            + " this is the right handbook. Nothing was changed."),
    ADD_ZIP_BOMB("{0} was not added: the file {1} unpacks to more than {2} times its packed size, which is how"
            + " archives made to fill a disk (zip bombs) look. Get the handbook from a trusted source. Nothing was"
            + " changed."),
    ADD_TWO_FILES_CASE("{0} was not added: it holds two files named {1} (perhaps differing only in capitals), which"
            + " this computer cannot keep apart. Nothing was changed."),
    ADD_OUTSIDE("{0} was not added: it contains a file named \"{1}\", which would be written outside the handbook''s"
            + " folder. The archive is unsafe or damaged; get the handbook from a trusted source. Nothing was"
            + " changed."),
    ADD_CHECK_FAILED("Adding {0} failed while checking the copy: {1}. Nothing was changed."),
    ADD_NO_CHAPTERS("There are no chapters in {0}: a handbook is a folder of Markdown (.md) chapter files, or a .zip"
            + " of one. Choose the folder that holds them. Nothing was changed."),
    ADD_NOT_OPENED("{0} was copied but could not be opened as a handbook, so it was not added: {1}"),
    ADD_NOT_A_ZIP("{0} could not be read as a zip archive: it may be damaged, cut short (a download that stopped half"
            + " way) or not a zip file at all. Download it again, or unpack it and choose the folder. Nothing was"
            + " changed."),
    ADD_TOO_MANY_FILES("{0} was not added: it holds more than {1} files, far more than a handbook has. Check that"
            + " this is the right folder or archive. Nothing was changed."),
    ADD_TOO_LARGE("{0} was not added: its handbook files come to more than {1}, far more than a handbook needs."
            + " Check that this is the right folder or archive. Nothing was changed."),
    FILE_LEAVES_FOLDER("a file name leaves the folder: {0}"),
    MEBIBYTES("{0} MiB"),
    BYTES("{0} bytes"),

    // A chapter not shown ({@code NotShownException}, decision 0011): {0} is one of the reasons after these two.
    NOT_SHOWN("This chapter could not be shown: {0}."),
    NOT_SHOWN_PAGE("This chapter could not be shown: {0}. The rest of the book is unaffected."),
    TOO_LARGE("it is larger than the reader allows ({0}; the limit is {1})"),
    TOO_DEEP("it is nested more deeply than the reader allows ({0,number} {1}; the limit is {2,number})"),
    LEVELS_OF_LISTS("levels of lists and quotes"),
    LEVELS_OF_ELEMENTS("levels of HTML elements"),
    TOO_DEEP_TO_FOLLOW("it is nested more deeply than the reader can follow"),
    TOO_BUSY("one paragraph holds more brackets, quotes and emphasis marks than the reader allows ({0,number}; the"
            + " limit is {1,number})"),
    TOO_MANY_BACKTICKS("one paragraph holds more unmatched runs of backticks (`) than the reader can pair up in"
            + " reasonable time"),
    TOO_MANY_PARTS("it has more parts (paragraphs, links, table cells and the like) than the reader allows"
            + " ({0,number}; the limit is {1,number})"),
    TOO_MANY_CELLS("one table has more cells than the reader allows ({0,number}; the limit is {1,number})"),
    TOO_SLOW("preparing it took longer than the reader allows ({0} seconds of work)"),
    TOO_MUCH_OUTPUT("it would make a page larger than the reader allows (more than {0,number} characters)"),
    OUT_OF_MEMORY("preparing it needs more memory than the reader has"),
    PREPARING_FAILED("preparing it failed ({0})"),
    UNREADABLE("the file could not be read: {0}"),
    NOT_ALLOWED("the reader is not allowed to read it"),
    NO_LONGER_THERE("it is no longer there"),
    NO_LONGER_IN("it is no longer in {0}"),
    LINK_OUTSIDE("it is a link to a file outside the handbook folder"),
    MEGABYTES("{0} MB"),

    // The saved place at a start could not be used ({@code app.StartPlace}).
    START_CHAPTER_NOT_OPENED("The chapter you were reading, {0}, could not be opened: {1}. Opened the first chapter"
            + " instead."),
    CHAPTER_TITLED("{0} ({1})"),
    CHAPTER_ID("''{0}''"),
    NOT_IN_HANDBOOK("it is not in this handbook"),
    NESTED_TOO_DEEPLY("its text is nested too deeply to be shown"),
    FILE_MISSING("its file is missing ({0})"),
    UNEXPECTED_ERROR("an unexpected {0}");

    private final String english;

    ContentReason(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String area() {
        return "reasonContent";
    }
}
