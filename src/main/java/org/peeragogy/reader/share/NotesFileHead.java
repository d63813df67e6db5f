package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a {@code .peeranotes} file in a group folder is, by its size and its first 100 bytes alone, before anything
 * else reads or hashes it (issue 16's retest, m3 and m4; decision 0035). A file still being copied and a damaged
 * one fail the notes file's checks alike, so both are "not complete yet" and read again when they change; but a
 * file whose size or whole header already says it can never be read (over the size limit, not a notes file at all,
 * a database of another kind, a newer format) is {@link Verdict#UNUSABLE}: said once, with what to do about it. A
 * header is written with the file's first page, so a copy on its way has either no header yet or the whole of it.
 * The reasons speak of notes files only (never of JSON, which a group folder's files never are).
 *
 * <p>Threads: any but the FX thread (it reads the disk). Nothing here throws: a file that cannot be read just
 * now is {@link Verdict#INCOMPLETE}.
 */
public final class NotesFileHead {
    /** The largest notes file read, in bytes ({@code NotesFile}'s limit): larger ones are refused by size. */
    public static final long MAX_BYTES = NotesFile.MAX_BYTES;
    private static final int HEADER = 100;
    /**
     * How long a file that is not all there may stay unchanged under its final name and still be said to be arriving:
     * 2 minutes (fresh tester t33's F7: an empty file was "still arriving" for ever; t38's F3: at 10 minutes a half file
     * was "still arriving" through a workshop's break, while an import called it damaged). Sync tools (Syncthing,
     * Nextcloud) write into a temporary name and rename the file once it is whole, and a copy to a stick or a share
     * changes the file's modified time as it writes, at least every few seconds even over a slow link: two minutes
     * unchanged is many times the longest pause of a copy still going, so a file left so is one whose copy stopped (a
     * stick taken out, a copier killed). Being wrong costs little: a file is read again as soon as it changes, so a
     * copy that goes on after a longer pause is read whole then.
     */
    public static final java.time.Duration LEFT_AFTER = java.time.Duration.ofMinutes(2);

    private NotesFileHead() {
    }

    /** What a file is, by its head. */
    public enum Verdict {
        /** the head is a notes file's: read it (it may still turn out damaged or cut short) */
        READABLE,
        /** not all of it has arrived yet (or it cannot be read just now): looked at again when it changes */
        INCOMPLETE,
        /** whole, and never readable by this reader: said once, with what to do */
        UNUSABLE
    }

    /**
     * A verdict and, unless {@link Verdict#READABLE}, why, in a sentence that says what to do.
     *
     * @param verdict what the file is
     * @param why     why, to be said in the reader's language (null when readable)
     */
    public record Judgement(Verdict verdict, Reason why) {
        /** Why, in English ("" when readable). Any thread. */
        public String reason() {
            return why == null ? "" : why.english();
        }
    }

    /**
     * Judges {@code file} of {@code size} bytes (as just listed) by its size, then by its first 100 bytes.
     * Reads at most 100 bytes, whatever the file's size.
     */
    public static Judgement judge(Path file, long size) {
        if (size > MAX_BYTES) {
            return unusable(Reason.of(GroupReason.HEAD_TOO_LARGE, MAX_BYTES >> 20));
        }
        if (size == 0) {
            return incomplete(Reason.of(GroupReason.HEAD_EMPTY));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER);
        } catch (IOException | RuntimeException e) {
            return incomplete(Reason.of(GroupReason.HEAD_NOT_READABLE_NOW, AtomicFiles.reason(e)));
        }
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int common = Math.min(head.length, magic.length);
        boolean zeros = true;
        boolean startsAsNotes = true;
        for (int i = 0; i < head.length; i++) {
            zeros &= head[i] == 0;
            if (i < common) {
                startsAsNotes &= head[i] == magic[i];
            }
        }
        if (zeros) {
            return incomplete(Reason.of(GroupReason.HEAD_NOT_ARRIVED));
        }
        if (!startsAsNotes) {
            return unusable(Reason.of(GroupReason.HEAD_NOT_NOTES));
        }
        if (head.length < HEADER) {
            return incomplete(Reason.of(GroupReason.HEAD_PARTIAL, head.length));
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        if (b.getInt(68) != NotesFile.APPLICATION_ID || head[18] != 1 || head[19] != 1) {
            return unusable(Reason.of(GroupReason.HEAD_OTHER_DATABASE));
        }
        int version = b.getInt(60);
        if (version > NotesFile.FORMAT_VERSION) {
            return unusable(Reason.of(GroupReason.HEAD_NEWER_FORMAT, version));
        }
        if (version < 1) {
            return unusable(Reason.of(GroupReason.HEAD_NO_FORMAT, version));
        }
        return new Judgement(Verdict.READABLE, null);
    }

    /**
     * As {@link #judge(Path, long)}, for a file last modified at {@code modified} judged at {@code now}: one not all
     * there yet ({@link Verdict#INCOMPLETE}) that has not changed for more than {@link #LEFT_AFTER} is
     * {@link Verdict#UNUSABLE}, said as {@link #leftShort empty, zeros only or cut short}. One that cannot be read just
     * now stays {@link Verdict#INCOMPLETE} (that is the disk's trouble, not the file's). Reads at most 100 bytes, and
     * for a file left behind reads it up to its first byte that is not zero.
     */
    public static Judgement judge(Path file, long size, java.time.Instant modified, java.time.Instant now) {
        Judgement head = judge(file, size);
        if (head.verdict() != Verdict.INCOMPLETE || head.why().code() == GroupReason.HEAD_NOT_READABLE_NOW
                || !leftBehind(modified, now)) {
            return head;
        }
        return unusable(leftShort(file, size));
    }

    /**
     * Whether a file last modified at {@code modified} has not changed for more than {@link #LEFT_AFTER} at
     * {@code now}: one not all there is then not arriving any more.
     */
    public static boolean leftBehind(java.time.Instant modified, java.time.Instant now) {
        return modified.plus(LEFT_AFTER).isBefore(now);
    }

    /**
     * Why a file not all there and {@link #leftBehind left behind} is never read: it is empty
     * ({@link GroupReason#HEAD_LEFT_EMPTY}), holds only zero bytes ({@link GroupReason#HEAD_LEFT_ZEROS}, the import's
     * rule, {@link BlankFiles#zerosOnly}), or was cut short ({@link GroupReason#HEAD_LEFT_CUT_SHORT}), each with what to
     * do. Reads the file up to its first byte that is not zero; one that cannot be read is said as cut short.
     */
    public static Reason leftShort(Path file, long size) {
        long minutes = LEFT_AFTER.toMinutes();
        if (size == 0) {
            return Reason.of(GroupReason.HEAD_LEFT_EMPTY, minutes);
        }
        boolean zeros;
        try {
            zeros = BlankFiles.zerosOnly(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            zeros = false;
        }
        return Reason.of(zeros ? GroupReason.HEAD_LEFT_ZEROS : GroupReason.HEAD_LEFT_CUT_SHORT, minutes,
                String.valueOf(size));
    }

    /**
     * Whether {@code file} of {@code size} bytes holds all of the database its header describes: the header's page
     * count times its page size is the file's size (SQLite's file format, §1.3: the in-header database size, valid
     * when the change counter at offset 24 equals the version-valid-for number at 92). A file still being copied is
     * shorter; one that fails to read although whole is damaged or inconsistent for good (issue 16's second
     * retest, b6); so is one whose full length was set first and whose last page is still blank (16c's F12). False
     * when the header cannot tell. Reads 100 bytes and the last page.
     */
    public static boolean complete(Path file, long size) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (head.length < HEADER) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean valid = b.getInt(24) == b.getInt(92) && pages > 0;
        long bytes = pageSize == 1 ? 65536L : pageSize;
        return valid && bytes * pages == size && (pages == 1 || !lastPageBlank(file, size, (int) bytes));
    }

    /**
     * Whether the last page of the file is all zeros: a copy that set the file's full length first and fills it in
     * order (Windows Explorer, copies over SMB, some copiers: fresh tester 16c's F12) has its header and its length
     * while its tail has not arrived. A notes file's last page is a table or index page, whose first byte is its
     * type (SQLite's file format, §1.6), so a blank one is one not written yet. False when it cannot be read.
     */
    private static boolean lastPageBlank(Path file, long size, int pageSize) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            ByteBuffer page = ByteBuffer.allocate(pageSize);
            long at = size - pageSize;
            while (page.hasRemaining() && ch.read(page, at + page.position()) >= 0) {
                // read until the page is full or the file ends
            }
            for (int i = 0; i < page.position(); i++) {
                if (page.get(i) != 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Judgement incomplete(Reason why) {
        return new Judgement(Verdict.INCOMPLETE, why);
    }

    private static Judgement unusable(Reason why) {
        return new Judgement(Verdict.UNUSABLE, why);
    }
}
