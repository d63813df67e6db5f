package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Locale;

/**
 * Why a chapter is not shown, in plain words: {@link #detail()} completes the sentence "This chapter
 * could not be shown: …" and is the detail of its {@code NOT_SHOWN} problem in {@code check}.
 */
final class NotShownException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String detail;

    private NotShownException(String detail, Throwable cause) {
        super("This chapter could not be shown: " + detail + ".", cause);
        this.detail = detail;
    }

    /** The reason, without the sentence around it: "it is larger than the reader allows (…)". */
    String detail() {
        return detail;
    }

    static NotShownException tooLarge(long bytes, long limit) {
        return new NotShownException("it is larger than the reader allows (" + megabytes(bytes)
                + "; the limit is " + megabytes(limit) + ")", null);
    }

    /** {@code what}: "levels of lists and quotes", "levels of HTML elements". */
    static NotShownException tooDeep(int levels, int limit, String what) {
        return new NotShownException("it is nested more deeply than the reader allows (" + number(levels) + " "
                + what + "; the limit is " + number(limit) + ")", null);
    }

    static NotShownException tooDeep(Throwable cause) {
        return new NotShownException("it is nested more deeply than the reader can follow", cause);
    }

    static NotShownException tooBusy(int marks, int limit) {
        return new NotShownException("one paragraph holds more brackets, quotes and emphasis marks than the reader "
                + "allows (" + number(marks) + "; the limit is " + number(limit) + ")", null);
    }

    static NotShownException tooManyBackticks() {
        return new NotShownException("one paragraph holds more unmatched runs of backticks (`) than the reader "
                + "can pair up in reasonable time", null);
    }

    static NotShownException tooManyParts(int parts, int limit) {
        return new NotShownException("it has more parts (paragraphs, links, table cells and the like) than the reader "
                + "allows (" + number(parts) + "; the limit is " + number(limit) + ")", null);
    }

    static NotShownException tooManyCells(int cells, int limit) {
        return new NotShownException("one table has more cells than the reader allows (" + number(cells)
                + "; the limit is " + number(limit) + ")", null);
    }

    static NotShownException tooSlow(Duration limit) {
        String seconds = limit.toMillis() % 1000 == 0 ? Long.toString(limit.toSeconds())
                : String.format(Locale.ROOT, "%.3f", limit.toMillis() / 1000.0);
        return new NotShownException("preparing it took longer than the reader allows (" + seconds
                + " seconds of work)", null);
    }

    static NotShownException tooMuchOutput(int limit) {
        return new NotShownException("it would make a page larger than the reader allows (more than "
                + number(limit) + " characters)", null);
    }

    static NotShownException outOfMemory(Throwable cause) {
        return new NotShownException("preparing it needs more memory than the reader has", cause);
    }

    static NotShownException failed(Throwable cause) {
        return new NotShownException("preparing it failed (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
    }

    /** {@code reason} completes "the file could not be read: …". */
    static NotShownException unreadable(String reason) {
        return new NotShownException("the file could not be read: " + reason, null);
    }

    static NotShownException unreadable(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "the reader is not allowed to read it";
        } else if (e instanceof NoSuchFileException) {
            reason = "it is no longer there";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : asClause(e.getMessage());
        }
        return new NotShownException("the file could not be read: " + reason, e);
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

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 MB", "20.5 MB" (millions of bytes). */
    static String megabytes(long bytes) {
        double mb = bytes / 1_000_000.0;
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
