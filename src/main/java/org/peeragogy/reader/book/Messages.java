package org.peeragogy.reader.book;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a person is shown for a failure: the exception's own message when it has one (ours are written
 * for readers), else a plain sentence naming the kind of error and where its details are. Never
 * empty, so a problem bar is never shown blank.
 */
public final class Messages {
    /** Where {@code app} writes the log, said in words a reader can follow. */
    public static final String WHERE_THE_LOG_IS = "the logs folder in the reader's data folder";

    private Messages() {
    }

    /** The message to show for {@code failure}; never null, never blank. */
    public static String of(Throwable failure) {
        if (failure == null) {
            return "Something went wrong, but no reason was given. Details may be in " + WHERE_THE_LOG_IS + ".";
        }
        Throwable t = unwrap(failure);
        if (t instanceof OutOfMemoryError) {
            return outOfMemory();
        }
        String message = t.getMessage();
        if (message != null && !message.isBlank() && !message.equals(String.valueOf(t.getCause()))) {
            return message.strip();
        }
        if (t.getCause() != null && t.getCause() != t) {
            return of(t.getCause());
        }
        return "An unexpected error (" + t.getClass().getSimpleName() + ") stopped this. Details are in "
                + WHERE_THE_LOG_IS + ".";
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
    public static String outOfMemory() {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return "The reader ran out of memory (it may use " + mib + " MiB) and stopped what it was doing. Everything"
                + " already saved is safe. Close the reader and start it again, then try once more; details are in "
                + WHERE_THE_LOG_IS + ".";
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
