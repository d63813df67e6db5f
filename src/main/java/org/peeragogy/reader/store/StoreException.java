package org.peeragogy.reader.store;

/**
 * A storage failure with a message meant for the user: what went wrong and what to do. Opening the
 * database fails with the subclass {@link OpenFailure}, which also says what kind of failure it was.
 */
public sealed class StoreException extends Exception permits OpenFailure {
    /** {@code message} is shown to the reader as it is: what went wrong and what to do. Any thread. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
