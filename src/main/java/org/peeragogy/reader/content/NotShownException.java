package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Locale;
import org.peeragogy.reader.book.Reason;

/**
 * Why a chapter is not shown, in plain words: {@link #detail()} completes the sentence "This chapter
 * could not be shown: …" and is the detail of its {@code NOT_SHOWN} problem in {@code check}. Each is a
 * {@link Reason}, which the window says in its language (decision 0038).
 */
final class NotShownException extends Exception implements Reason.Explained {
    private static final long serialVersionUID = 1L;

    private final transient Reason detail;

    private NotShownException(Reason detail, Throwable cause) {
        super(Reason.of(ContentReason.NOT_SHOWN, detail).english(), cause);
        this.detail = detail;
    }

    private static NotShownException of(Throwable cause, ContentReason code, Object... args) {
        return new NotShownException(Reason.of(code, args), cause);
    }

    /** The reason, without the sentence around it: "it is larger than the reader allows (…)". */
    Reason detail() {
        return detail;
    }

    @Override
    public Reason reason() {
        return Reason.of(ContentReason.NOT_SHOWN, detail);
    }

    static NotShownException tooLarge(long bytes, long limit) {
        return of(null, ContentReason.TOO_LARGE, megabytes(bytes), megabytes(limit));
    }

    /** {@code what}: {@link ContentReason#LEVELS_OF_LISTS} or {@link ContentReason#LEVELS_OF_ELEMENTS}. */
    static NotShownException tooDeep(int levels, int limit, ContentReason what) {
        return of(null, ContentReason.TOO_DEEP, levels, Reason.of(what), limit);
    }

    static NotShownException tooDeep(Throwable cause) {
        return of(cause, ContentReason.TOO_DEEP_TO_FOLLOW);
    }

    static NotShownException tooBusy(int marks, int limit) {
        return of(null, ContentReason.TOO_BUSY, marks, limit);
    }

    static NotShownException tooManyBackticks() {
        return of(null, ContentReason.TOO_MANY_BACKTICKS);
    }

    static NotShownException tooManyParts(int parts, int limit) {
        return of(null, ContentReason.TOO_MANY_PARTS, parts, limit);
    }

    static NotShownException tooManyCells(int cells, int limit) {
        return of(null, ContentReason.TOO_MANY_CELLS, cells, limit);
    }

    static NotShownException tooSlow(Duration limit) {
        String seconds = limit.toMillis() % 1000 == 0 ? Long.toString(limit.toSeconds())
                : String.format(Locale.ROOT, "%.3f", limit.toMillis() / 1000.0);
        return of(null, ContentReason.TOO_SLOW, seconds);
    }

    static NotShownException tooMuchOutput(int limit) {
        return of(null, ContentReason.TOO_MUCH_OUTPUT, limit);
    }

    static NotShownException outOfMemory(Throwable cause) {
        return of(cause, ContentReason.OUT_OF_MEMORY);
    }

    static NotShownException failed(Throwable cause) {
        return of(cause, ContentReason.PREPARING_FAILED, cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /** {@code reason} completes "the file could not be read: …". */
    static NotShownException unreadable(Reason reason) {
        return of(null, ContentReason.UNREADABLE, reason);
    }

    static NotShownException unreadable(IOException e) {
        Reason reason;
        if (e instanceof AccessDeniedException) {
            reason = Reason.of(ContentReason.NOT_ALLOWED);
        } else if (e instanceof NoSuchFileException) {
            reason = Reason.of(ContentReason.NO_LONGER_THERE);
        } else if (e instanceof ExplainedIOException x && x.clause() != null) {
            reason = x.clause();
        } else {
            reason = Reason.of(Reason.General.OTHER, e.getMessage() == null ? e.getClass().getSimpleName()
                    : asClause(e.getMessage()));
        }
        return new NotShownException(Reason.of(ContentReason.UNREADABLE, reason), e);
    }

    /** "The file x is too large." becomes "the file x is too large", to follow "could not be read: ". */
    private static String asClause(String message) {
        String s = message.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /**
     * "1 MB", "20.5 MB", "1.0 MB" (millions of bytes: a whole number, else one decimal), as a reason: each language
     * writes the number its way.
     */
    static Reason megabytes(long bytes) {
        return Reason.of(ContentReason.MEGABYTES, bytes % 1_000_000 == 0 ? (Object) (bytes / 1_000_000)
                : (Object) (Math.round(bytes / 100_000.0) / 10.0));
    }
}
