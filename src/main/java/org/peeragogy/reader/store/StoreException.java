package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

/**
 * A storage failure with a message meant for the user: what went wrong and what to do. Opening the
 * database fails with the subclass {@link OpenFailure}, which also says what kind of failure it was. The message is
 * its {@link #reason()} in English; the window says the reason in its own language (decision 0038).
 */
public sealed class StoreException extends Exception implements Reason.Explained permits OpenFailure {
    private final transient Reason reason;

    /** {@code reason} is shown to the reader: what went wrong and what to do. Any thread. */
    public StoreException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    /** As above, for a reason without arguments. Any thread. */
    public StoreException(Reason.Code code, Throwable cause) {
        this(Reason.of(code), cause);
    }

    /**
     * True when no notes file can be made in the data folder (it cannot be created, is read-only, or its disk is
     * full), so that a prepared seed may be read as it is instead ({@link Database#openSeedReadOnly}): the reader is
     * never locked out of the book (t17a's M2). False for everything else (a damaged or busy file, a newer schema),
     * which the reader must be told about. Any thread.
     */
    public boolean seedMayBeReadInstead() {
        return reason.code() == StoreReason.NO_DATA_FOLDER;
    }

    /** What went wrong, as a code and arguments: the message in English, the window's words in its language. Any thread. */
    @Override
    public Reason reason() {
        return reason;
    }
}
