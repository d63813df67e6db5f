package org.peeragogy.reader.share;

/** A file that cannot be written or read, with a message in plain words for the reader. */
public final class ShareException extends Exception {
    public ShareException(String message) {
        super(message);
    }

    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
