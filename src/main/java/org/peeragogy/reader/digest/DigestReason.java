package org.peeragogy.reader.digest;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Reason.English;

/**
 * Why a facilitator's digest from the group folder cannot be opened (issue 14, decision 0038): each code with the
 * English the command line writes; the window says it in its language (key {@code reasonDigest.*}).
 */
public enum DigestReason implements Reason.Code {
    @English("The digest {0} is no longer in the group folder, or is not a file. Nothing was opened.")
    GONE,
    @English("The digest {0} is larger than {1} MB, more than any digest the reader writes. Nothing was opened; ask"
            + " the facilitator to write it again.")
    TOO_LARGE,
    @English("The digest {0} cannot be read now ({1}). Try again once the group folder has finished copying it.")
    UNREADABLE,
    @English("The digest {0} is not a PDF, though its name says so. Nothing was opened; ask the facilitator to write"
            + " it again.")
    NOT_A_PDF,
    @English("The digest {0} is not a digest the reader writes (HTML, PDF or Markdown text). Nothing was opened.")
    NOT_A_DIGEST,
    @English("The digest could not be copied for reading ({0}). Check that the system's temporary folder has"
            + " room, then try again.")
    NOT_COPIED;
}
