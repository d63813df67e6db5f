package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one way this package writes in a transaction (issue 10): whole or nothing, whatever goes wrong.
 *
 * <p>It runs {@code BEGIN IMMEDIATE}, {@code COMMIT} and {@code ROLLBACK} as statements and leaves the
 * driver in auto-commit mode, on purpose. In sqlite-jdbc, {@code setAutoCommit(true)} inside a
 * transaction runs {@code COMMIT} (a {@code finally} that restores auto-commit after a failure that was
 * not rolled back commits half a change), and {@code commit()} and {@code rollback()} at once begin the
 * next transaction, taking the write lock again: after a note was saved, the connection would wait for
 * another connection's write (the search index being built) only to end an empty transaction, and a
 * time-out there would report a saved note as failed. In auto-commit mode the driver's own statements
 * leave a transaction they did not begin alone, so the statements here are the only ones that begin and
 * end it.
 */
final class Transaction {
    /** Work done inside one transaction on the connection it is given. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    private Transaction() {
    }

    /**
     * Runs {@code work} in one transaction on {@code c}: {@code BEGIN IMMEDIATE} (takes the write lock
     * before reading, waiting up to the connection's busy timeout for another connection's write), then
     * {@code COMMIT} when the work returns. When the work throws anything at all (an {@link SQLException},
     * a {@link StoreException}, an unchecked exception or an {@link Error}) or the commit fails, the
     * transaction is rolled back and that same throwable is rethrown unchanged; should the rollback fail
     * too, its exception is attached to it as suppressed. Transactions do not nest: running this inside
     * {@code work} on the same connection throws an {@link SQLException} and changes nothing.
     *
     * <p>Threads: the caller's; no other thread may use {@code c} until it returns.
     *
     * @param label what the work does ("saving a note"), named when the rollback itself fails
     * @return what {@code work} returned
     * @throws SQLException   when beginning or committing fails, or the work throws one
     * @throws StoreException when the work throws one
     */
    static <T> T run(Connection c, String label, Work<T> work) throws SQLException, StoreException {
        execute(c, "BEGIN IMMEDIATE");
        try {
            T result = work.run(c);
            execute(c, "COMMIT");
            return result;
        } catch (Throwable failure) {
            try {
                execute(c, "ROLLBACK");
            } catch (SQLException | RuntimeException rollback) {
                failure.addSuppressed(new SQLException("Rolling back " + label + " failed too: "
                        + rollback.getMessage(), rollback));
            }
            throw failure;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
