package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Reason.English;

/**
 * Why a handbook could not be opened or added, or a chapter not shown (issue 14, decision 0038): each code with the
 * English the command line writes; the window says it in its language (key {@code reasonContent.*} of its bundles).
 */
public enum ContentReason implements Reason.Code {
    // Opening a handbook ({@code Handbooks}, {@code OpenHandbook}).
    @English("There is no file or folder at {0}. Check the path, then choose the handbook folder or its .zip file"
            + " again.")
    NOTHING_AT,
    @English("{0} could not be read as a zip archive: it may be damaged or not a zip file at all. Download it again,"
            + " or unpack it and choose the folder.")
    NOT_A_ZIP,
    @English("The handbook at {0} could not be read ({1}). Check that the file or folder is readable, then try again.")
    NOT_READ,
    @English("There are no chapters in {0}: a handbook is a folder of Markdown (.md) chapter files. Choose the"
            + " folder that holds them, or a .zip of it.")
    NO_CHAPTERS,
    @English("The handbook at {0} could not be read: {1} Check the files, or download the handbook again.")
    NOT_READ_FILES,
    @English("This handbook cannot be opened in another language from here.")
    NO_OTHER_LANGUAGE_HERE,
    @English("This handbook has no chapters in ''{0}''.")
    NO_CHAPTERS_IN_LANGUAGE,
    @English("This handbook was closed; open it again to read chapter {0}.")
    CLOSED,
    @English("Stopped while preparing chapter {0}")
    STOPPED_PREPARING,
    @English("The file {0} in {1} does not match what the archive said when it was opened: the archive was"
            + " changed or damaged since. Open the handbook again (File → Switch handbook), or add it again if it was"
            + " replaced.")
    ARCHIVE_CHANGED,
    @English("The file {0} in {1} is larger than 32 MiB, which is too large for a handbook file. Check"
            + " that this is the right archive, or unpack it and open the folder instead.")
    ARCHIVE_FILE_TOO_LARGE,
    @English("The file {0} is larger than 32 MiB, which is too large for a handbook file.")
    FILE_TOO_LARGE,
    /** The same, to follow "the file could not be read: ". */
    @English("the file {0} is larger than 32 MiB, which is too large for a handbook file")
    FILE_TOO_LARGE_CLAUSE,

    // Adding a handbook to the reader's library ({@code HandbookLibrary}): {0} is the folder's or archive's name.
    @English("There is no file or folder at {0}. Check the path, then choose the handbook folder or its .zip"
            + " file again.")
    ADD_NOTHING_AT,
    @English("{0} is neither a folder nor a file. Choose the handbook folder or its .zip file.")
    ADD_NEITHER,
    @English("Adding {0} was stopped. Nothing was changed.")
    ADD_STOPPED,
    @English("Adding {0} failed: {1}. Check that {2} is writable and the disk is not full, then try again. Nothing"
            + " was changed.")
    ADD_FAILED,
    @English("No handbook ''{0}'' is installed. Add it first (\"Add a handbook…\", or the add-handbook command).")
    NOT_INSTALLED,
    @English("No handbook ''{0}'' is installed, so there is nothing to remove.")
    NOT_INSTALLED_TO_REMOVE,
    @English("The handbook ''{0}'' could not be removed ({1}). Close other programs that may use its files, then"
            + " try again.")
    NOT_REMOVED,
    @English("{0} was not added: it contains a symbolic link ({1}), which could point outside the handbook"
            + " folder. Use an archive without links, or unpack it and choose the folder (links are skipped there)."
            + " Nothing was changed.")
    ADD_SYMBOLIC_LINK,
    @English("{0} was not added: it holds two files named {1}. The archive is damaged or was made wrongly;"
            + " download it again. Nothing was changed.")
    ADD_TWO_FILES,
    @English("{0} was not added: the file {1} is larger than {2}, too large for a handbook file. Check that"
            + " this is the right handbook. Nothing was changed.")
    ADD_FILE_TOO_LARGE,
    @English("{0} was not added: the file {1} unpacks to more than {2} times its packed size, which is how"
            + " archives made to fill a disk (zip bombs) look. Get the handbook from a trusted source. Nothing was"
            + " changed.")
    ADD_ZIP_BOMB,
    @English("{0} was not added: it holds two files named {1} (perhaps differing only in capitals), which"
            + " this computer cannot keep apart. Nothing was changed.")
    ADD_TWO_FILES_CASE,
    @English("{0} was not added: it contains a file named \"{1}\", which would be written outside the handbook''s"
            + " folder. The archive is unsafe or damaged; get the handbook from a trusted source. Nothing was"
            + " changed.")
    ADD_OUTSIDE,
    @English("Adding {0} failed while checking the copy: {1}. Nothing was changed.")
    ADD_CHECK_FAILED,
    @English("There are no chapters in {0}: a handbook is a folder of Markdown (.md) chapter files, or a .zip"
            + " of one. Choose the folder that holds them. Nothing was changed.")
    ADD_NO_CHAPTERS,
    @English("{0} was copied but could not be opened as a handbook, so it was not added: {1}")
    ADD_NOT_OPENED,
    @English("{0} could not be read as a zip archive: it may be damaged, cut short (a download that stopped half"
            + " way) or not a zip file at all. Download it again, or unpack it and choose the folder. Nothing was"
            + " changed.")
    ADD_NOT_A_ZIP,
    @English("{0} was not added: it holds more than {1} files, far more than a handbook has. Check that"
            + " this is the right folder or archive. Nothing was changed.")
    ADD_TOO_MANY_FILES,
    @English("{0} was not added: its handbook files come to more than {1}, far more than a handbook needs."
            + " Check that this is the right folder or archive. Nothing was changed.")
    ADD_TOO_LARGE,
    @English("a file name leaves the folder: {0}")
    FILE_LEAVES_FOLDER,
    @English("{0} MiB")
    MEBIBYTES,
    @English("{0} bytes")
    BYTES,

    // A chapter not shown ({@code NotShownException}, decision 0011): {0} is one of the reasons after these two.
    @English("This chapter could not be shown: {0}.")
    NOT_SHOWN,
    @English("This chapter could not be shown: {0}. The rest of the book is unaffected.")
    NOT_SHOWN_PAGE,
    @English("it is larger than the reader allows ({0}; the limit is {1})")
    TOO_LARGE,
    @English("it is nested more deeply than the reader allows ({0,number} {1}; the limit is {2,number})")
    TOO_DEEP,
    @English("levels of lists and quotes")
    LEVELS_OF_LISTS,
    @English("levels of HTML elements")
    LEVELS_OF_ELEMENTS,
    @English("it is nested more deeply than the reader can follow")
    TOO_DEEP_TO_FOLLOW,
    @English("one paragraph holds more brackets, quotes and emphasis marks than the reader allows ({0,number}; the"
            + " limit is {1,number})")
    TOO_BUSY,
    @English("one paragraph holds more unmatched runs of backticks (`) than the reader can pair up in"
            + " reasonable time")
    TOO_MANY_BACKTICKS,
    @English("it has more parts (paragraphs, links, table cells and the like) than the reader allows"
            + " ({0,number}; the limit is {1,number})")
    TOO_MANY_PARTS,
    @English("one table has more cells than the reader allows ({0,number}; the limit is {1,number})")
    TOO_MANY_CELLS,
    @English("preparing it took longer than the reader allows ({0} seconds of work)")
    TOO_SLOW,
    @English("it would make a page larger than the reader allows (more than {0,number} characters)")
    TOO_MUCH_OUTPUT,
    @English("preparing it needs more memory than the reader has")
    OUT_OF_MEMORY,
    @English("preparing it failed ({0})")
    PREPARING_FAILED,
    @English("the file could not be read: {0}")
    UNREADABLE,
    @English("the reader is not allowed to read it")
    NOT_ALLOWED,
    @English("it is no longer there")
    NO_LONGER_THERE,
    @English("it is no longer in {0}")
    NO_LONGER_IN,
    @English("it is a link to a file outside the handbook folder")
    LINK_OUTSIDE,
    @English("{0} MB")
    MEGABYTES,

    // The saved place at a start could not be used ({@code app.StartPlace}).
    @English("The chapter you were reading, {0}, could not be opened: {1}. Opened the first chapter"
            + " instead.")
    START_CHAPTER_NOT_OPENED,
    @English("{0} ({1})")
    CHAPTER_TITLED,
    @English("''{0}''")
    CHAPTER_ID,
    @English("it is not in this handbook")
    NOT_IN_HANDBOOK,
    @English("its text is nested too deeply to be shown")
    NESTED_TOO_DEEPLY,
    @English("its file is missing ({0})")
    FILE_MISSING,
    @English("an unexpected {0}")
    UNEXPECTED_ERROR;
}
