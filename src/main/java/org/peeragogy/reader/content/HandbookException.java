package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

/**
 * A handbook could not be opened; the message is written for the person using the reader, and its
 * {@link #reason()} lets the window say it in its own language (decision 0038).
 */
public final class HandbookException extends Exception implements Reason.Explained {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    public HandbookException(Reason reason) {
        this(reason, null);
    }

    public HandbookException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
