package org.peeragogy.reader.content;

/** A handbook could not be opened; the message is written for the person using the reader. */
public final class HandbookException extends Exception {
    private static final long serialVersionUID = 1L;

    public HandbookException(String message) {
        super(message);
    }

    public HandbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
