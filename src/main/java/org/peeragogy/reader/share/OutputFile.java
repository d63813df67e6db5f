package org.peeragogy.reader.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.peeragogy.reader.book.Reason;

/**
 * An export or a digest is written to a file, new or existing, and to nothing else (fresh tester t15d's N5:
 * {@code digest --out FIFO} with no reader waited for ever, {@code export --out /dev/null} said "Exported 10 notes"
 * and wrote them nowhere). The one check of what the target is, used by {@link OutputPlace} (every export and digest
 * a person places, the command line's and the window's File → Export and File → Digest) before any work, and by
 * {@link AtomicFiles} (every file written) just before writing. It only asks the file system what the target is
 * ({@code stat}, links followed): it never opens it, so a pipe never blocks it. Decision 0010, amended.
 *
 * <p>Threads: any but the FX thread (it reads the disk).
 */
public final class OutputFile {
    /** The file type bits of a Unix mode, and the types among them (POSIX {@code S_IFMT}). */
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;

    private OutputFile() {
    }

    /**
     * Returns when {@code target} does not exist (a new file) or is a regular file (links followed).
     *
     * @throws ShareException {@link ShareReason#IS_A_FOLDER}, {@link ShareReason#IS_A_PIPE},
     *                        {@link ShareReason#IS_A_DEVICE} or {@link ShareReason#NOT_A_FILE}, saying what it is
     *                        and what to give instead; nothing is written
     */
    public static void check(Path target) throws ShareException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return; // Not there (a new file), or not to be looked at: the write itself says what is wrong.
        }
        if (a.isRegularFile()) {
            return;
        }
        if (a.isDirectory()) {
            throw new ShareException(Reason.of(ShareReason.IS_A_FOLDER, target));
        }
        throw new ShareException(Reason.of(kind(target), target));
    }

    /** What a special file is, by its Unix mode where the system has one; "not a file" where it cannot tell. */
    private static ShareReason kind(Path target) {
        try {
            int type = (Integer) Files.getAttribute(target, "unix:mode") & TYPE;
            return type == FIFO ? ShareReason.IS_A_PIPE
                    : type == CHARACTER_DEVICE || type == BLOCK_DEVICE ? ShareReason.IS_A_DEVICE : ShareReason.NOT_A_FILE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                 | SecurityException e) {
            return ShareReason.NOT_A_FILE;
        }
    }
}
