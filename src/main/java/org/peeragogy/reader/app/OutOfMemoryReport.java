package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Reason;

/**
 * The process's last word on a failure no code caught (issue 17, decision 0036). The packaged reader's Java heap
 * has a limit, so running out of memory is a possibility the reader must say in words: an {@link OutOfMemoryError}
 * that ends a thread is logged once, at ERROR, and its message ({@link Messages#outOfMemory()}) handed to
 * {@code shown} (the window's problem bar). What the reader saved is safe then: every write is one SQLite
 * transaction, rolled back whole on any error ({@code store.Transaction}), and the window's queued saves are tried
 * again ({@code ui.SaveQueue}). Any other failure is printed as Java prints it without a handler.
 *
 * <p>Threads: called on the failing thread; {@code shown} must hand over to the FX thread itself.
 */
final class OutOfMemoryReport implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(OutOfMemoryReport.class.getName());
    private final Consumer<Reason> shown;
    private final PrintStream err;

    OutOfMemoryReport(Consumer<Reason> shown, PrintStream err) {
        this.shown = Objects.requireNonNull(shown);
        this.err = Objects.requireNonNull(err);
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            Reason reason = Messages.outOfMemory();
            LOG.log(System.Logger.Level.ERROR, "Out of memory in thread " + t.getName() + ": " + reason.english(), e);
            err.println(reason.english());
            shown.accept(reason);
            return;
        }
        // What ThreadGroup.uncaughtException does when no handler is set.
        err.print("Exception in thread \"" + t.getName() + "\" ");
        e.printStackTrace(err);
    }
}
