package org.peeragogy.reader.content;

import java.io.IOException;
import org.peeragogy.reader.book.Reason;

/**
 * A handbook's file or the handbook itself could not be read, with a {@link Reason} the window says in its
 * language (decision 0038); {@link #clause()} is the same reason to follow "could not be read: ", when there is one.
 */
final class ExplainedIOException extends IOException implements Reason.Explained {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;
    private final transient Reason clause;

    ExplainedIOException(Reason reason, Reason clause, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
        this.clause = clause;
    }

    ExplainedIOException(Reason reason) {
        this(reason, null, null);
    }

    /** A reason of {@code code} with {@code args} ({@link Reason#of}). */
    static ExplainedIOException of(ContentReason code, Object... args) {
        return new ExplainedIOException(Reason.of(code, args));
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** The reason as a clause (lower case, no full stop), or null. */
    Reason clause() {
        return clause;
    }
}
