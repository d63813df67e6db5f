package org.peeragogy.reader.share;

import java.time.Instant;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.Reason;

/**
 * What is wrong with a time a file gives, in words (fresh tester t31's F8: "its created time, which is not a date
 * from 1990 to 2200" for "2026-13-45"): there is no month 13, no day 45 in that month, no hour 25; it is before
 * 1990 or after 2200; it is a number, not a date written as text; it is not written as a date at all. Any thread.
 */
final class TimeWords {
    /** A date, and perhaps a time of day, as ISO 8601 writes them (the rest, a zone, is not looked at here). */
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?.*", Pattern.DOTALL);

    private TimeWords() {
    }

    /**
     * Why {@code raw} is no time the reader takes ({@code ImportReason.TIME_WHY_*}); {@code read}: what it was read
     * as when it could be (then it is out of range), else null.
     */
    static Reason why(Object raw, Instant read, Instant earliest, Instant latest) {
        if (read != null) {
            return Reason.of(read.isBefore(earliest) ? ImportReason.TIME_WHY_BEFORE : ImportReason.TIME_WHY_AFTER);
        }
        if (!(raw instanceof String s)) {
            return Reason.of(raw instanceof Number ? ImportReason.TIME_WHY_NUMBER : ImportReason.TIME_WHY_NOT_TEXT);
        }
        if (s.length() > 64) {
            return Reason.of(ImportReason.TIME_WHY_TOO_LONG);
        }
        Matcher m = ISO.matcher(s.strip());
        if (!m.matches()) {
            return Reason.of(ImportReason.TIME_WHY_FORM);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return Reason.of(ImportReason.TIME_WHY_MONTH, month);
        }
        if (day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return Reason.of(ImportReason.TIME_WHY_DAY, day, YearMonth.of(year, month).lengthOfMonth());
        }
        if (m.group(4) != null && (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59
                || m.group(6) != null && Integer.parseInt(m.group(6)) > 60)) {
            return Reason.of(ImportReason.TIME_WHY_CLOCK);
        }
        return Reason.of(ImportReason.TIME_WHY_FORM);
    }
}
