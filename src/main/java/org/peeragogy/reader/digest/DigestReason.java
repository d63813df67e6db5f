package org.peeragogy.reader.digest;

import org.peeragogy.reader.book.Reason;

/**
 * Why a facilitator's digest from the group folder cannot be opened (issue 14, decision 0038): each code with the
 * English the command line writes; the window says it in its language (key {@code reasonDigest.*}).
 */
public enum DigestReason implements Reason.Code {
    GONE("The digest {0} is no longer in the group folder, or is not a file. Nothing was opened."),
    TOO_LARGE("The digest {0} is larger than {1} MB, more than any digest the reader writes. Nothing was opened; ask"
            + " the facilitator to write it again."),
    UNREADABLE("The digest {0} cannot be read now ({1}). Try again once the group folder has finished copying it."),
    NOT_A_PDF("The digest {0} is not a PDF, though its name says so. Nothing was opened; ask the facilitator to write"
            + " it again."),
    NOT_A_DIGEST("The digest {0} is not a digest the reader writes (HTML, PDF or Markdown text). Nothing was opened."),
    NOT_COPIED("The digest could not be copied for reading ({0}). Check that the system's temporary folder has"
            + " room, then try again.");

    private final String english;

    DigestReason(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String area() {
        return "reasonDigest";
    }
}
