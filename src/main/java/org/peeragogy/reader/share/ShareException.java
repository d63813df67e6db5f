package org.peeragogy.reader.share;

import java.util.Optional;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Reason;

/**
 * A file that cannot be written or read, with a message in plain words for the reader. When it is about one
 * item of a file ({@link #itemReason}), an import skips that item and lists it instead of refusing the file
 * (decision 0028). The message is its {@link #reason()} in English; the window says it in its language (decision
 * 0038).
 */
public final class ShareException extends Exception implements Reason.Explained {
    private final transient Reason reason;
    private final transient Reason itemReason;

    public ShareException(Reason reason) {
        this(reason, (Throwable) null);
    }

    public ShareException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
        this.itemReason = null;
    }

    /** A problem of one item: {@code itemReason} says what is wrong with it ("has an unknown kind"). */
    ShareException(Reason reason, Reason itemReason) {
        super(reason.english());
        this.reason = reason;
        this.itemReason = itemReason;
    }

    /** A failure of the notes file (a {@code StoreException}) or of anything else, passed on with its reason. */
    public static ShareException of(Exception cause) {
        return new ShareException(Messages.reason(cause), cause);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** What is wrong with the one item this is about; empty when the whole file is at fault. */
    Optional<Reason> itemReason() {
        return Optional.ofNullable(itemReason);
    }
}
