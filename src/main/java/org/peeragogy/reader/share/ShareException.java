package org.peeragogy.reader.share;

import java.util.Optional;

/**
 * A file that cannot be written or read, with a message in plain words for the reader. When it is about one
 * item of a file ({@link #itemReason}), an import skips that item and lists it instead of refusing the file
 * (decision 0028).
 */
public final class ShareException extends Exception {
    private final String itemReason;

    public ShareException(String message) {
        this(message, (Throwable) null);
    }

    public ShareException(String message, Throwable cause) {
        super(message, cause);
        this.itemReason = null;
    }

    /** A problem of one item: {@code reason} says what is wrong with it ("has an unknown kind"). */
    ShareException(String message, String reason) {
        super(message);
        this.itemReason = reason;
    }

    /** What is wrong with the one item this is about; empty when the whole file is at fault. */
    Optional<String> itemReason() {
        return Optional.ofNullable(itemReason);
    }
}
