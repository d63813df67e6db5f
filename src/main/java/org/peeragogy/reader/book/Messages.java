package org.peeragogy.reader.book;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a person is shown for a failure: the exception's own message when it has one (ours are written
 * for readers, and carry a {@link Reason} the window translates), else a plain sentence naming the kind of
 * error and where its details are. Never empty, so a problem bar is never shown blank.
 */
public final class Messages {
    /** Where {@code app} writes the log, said in words a reader can follow. */
    public static final String WHERE_THE_LOG_IS = "the logs folder in the reader's data folder";

    private Messages() {
    }

    /** The message to show for {@code failure}, in English; never null, never blank. */
    public static String of(Throwable failure) {
        return reason(failure).english();
    }

    /**
     * Why {@code failure} happened, as a {@link Reason} the window can put in its language: the reason of the first
     * {@link Reason.Explained} failure (the layers' own exceptions), else the failure's own message as it is
     * ({@link Reason.General#OTHER}: the system's or a library's words), else its kind ({@link Reason.General#UNEXPECTED}).
     * Wrappers (ExecutionException, CompletionException, InvocationTargetException) are looked through, and a
     * message that only repeats its cause's is skipped for the cause's. Never null.
     */
    public static Reason reason(Throwable failure) {
        if (failure == null) {
            return Reason.of(Reason.General.NO_REASON);
        }
        Throwable t = unwrap(failure);
        if (t instanceof Reason.Explained e) {
            return e.reason();
        }
        if (t instanceof OutOfMemoryError) {
            return outOfMemory();
        }
        String message = t.getMessage();
        if (message != null && !message.isBlank() && !message.equals(String.valueOf(t.getCause()))) {
            return Reason.of(Reason.General.OTHER, message.strip());
        }
        if (t.getCause() != null && t.getCause() != t) {
            return reason(t.getCause());
        }
        return Reason.of(Reason.General.UNEXPECTED, t.getClass().getSimpleName());
    }

    /**
     * Logs {@code failure} with its stack trace at WARNING on {@code log} and returns {@link #of}. Call it
     * once, where the failure is finally caught and shown, so that each stack trace is logged once.
     */
    public static String logged(System.Logger log, String what, Throwable failure) {
        String shown = of(failure);
        log.log(System.Logger.Level.WARNING, what + ": " + shown, failure);
        return shown;
    }

    /**
     * What a person is shown when the reader ran out of memory (Java's heap, whose limit the packaged launcher
     * sets: decision 0036): what happened, that what was saved is safe, and what to do.
     */
    public static Reason outOfMemory() {
        return Reason.of(Reason.General.OUT_OF_MEMORY, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable at = t;
        while ((at instanceof ExecutionException || at instanceof CompletionException
                || at instanceof InvocationTargetException) && at.getCause() != null && at.getCause() != at) {
            at = at.getCause();
        }
        return at;
    }
}
