package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

/**
 * Why writing or reading a file failed, in words and without the file names the system put in its message: the disk
 * full, the folder read-only, permission denied, else the system's reason alone (tester t16's N6: the group folder's
 * errors named the reader's temporary and staging files). No state; any thread.
 */
public final class IoReason {
    private IoReason() {
    }

    /** The reason of {@code e} (an {@code IOException}, or one wrapping it), as {@code ShareReason}s and {@code StoreReason}s say it. */
    public static Reason of(Exception e) {
        return AtomicFiles.reason(e);
    }
}
