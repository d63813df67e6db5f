package org.peeragogy.reader.store;

/** A storage failure with a message meant for the user: what went wrong and what to do. */
public final class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
