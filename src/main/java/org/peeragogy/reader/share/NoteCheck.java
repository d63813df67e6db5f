package org.peeragogy.reader.share;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.ChapterIds;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.store.MergeRecords;

/**
 * Checks every value that comes from a file before it reaches the store: lengths, ids, times, chapter
 * ids. Text stays text (it is stored and shown as data, never as markup), but NUL characters are refused
 * and author names and tags lose control characters and bidirectional overrides ({@link AuthorNames}).
 */
final class NoteCheck {
    static final int MAX_NOTES = 100_000;
    static final int MAX_QUOTE = 20_000;
    static final int MAX_CONTEXT = 1_000;
    static final int MAX_TAGS = 64;
    static final int MAX_TAG = 200;
    static final int MAX_ID = 200;
    /** A chapter id with which nothing in a book is named: notes whose address names no chapter go here. */
    static final String UNPLACED_CHAPTER = ChapterIds.UNPLACED;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(java.util.Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 2026-02-30 refused, not read as 02-28 (t32's F3)

    private NoteCheck() {
    }

    /**
     * One item of a file that cannot be imported as it is, while the rest of the file can: text longer
     * than the reader takes from a file. The item is skipped and listed, with this reason, in the preview.
     */
    static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        Skip(Reason reason) {
            super(reason.english(), null, false, false);
            this.reason = reason;
        }

        /** Why the item is skipped, to follow "Skipped annotation 3: ". */
        Reason reason() {
            return reason;
        }
    }

    /**
     * A value of one item that no note can have. Thrown while an item is read, it skips that item ({@link #skipped});
     * about the file as a whole (its top level, its metadata), it refuses the file.
     */
    static ShareException bad(Reason where, Reason what) {
        return new ShareException(Reason.of(ImportReason.FILE_ITEM_BAD, where, what), what);
    }

    /** As above, for a reason without arguments. */
    static ShareException bad(Reason where, ImportReason what) {
        return bad(where, Reason.of(what));
    }

    /** The "not kept" line for a text position no text has: the note is placed by its quote. */
    static final Reason BAD_POSITION = Reason.of(ImportReason.BAD_POSITION);

    /** The "not kept" line for a colour this version does not know (a newer reader's, or mistyped). */
    static Reason unknownColour(String code) {
        String shown = code.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        return Reason.of(ImportReason.UNKNOWN_COLOUR, shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
    }

    /** The preview line for an item skipped for a bad value: its reason, then what to do about it. */
    static Reason skippedBecause(Reason why) {
        return Reason.of(ImportReason.SKIPPED_BECAUSE, why);
    }

    /** Where in the file an item is, by its kind of place and its number from 1: "annotation 3". */
    static Reason where(ImportReason place, int n) {
        return Reason.of(place, n);
    }

    /**
     * The preview line for an item that {@code e} is about ({@link ShareException#itemReason}): {@code label}
     * names it by its place and its own id in the file. A problem of the whole file is thrown on.
     */
    static ImportFile.Skipped skipped(Reason label, ShareException e) throws ShareException {
        if (e.itemReason().isEmpty()) {
            throw e;
        }
        return new ImportFile.Skipped(label, skippedBecause(e.itemReason().get()));
    }

    /** "annotation 3 (id http://example.org/1)": an item by its place and the id the file gives it, for the preview. */
    static Reason label(Reason where, Object fileId) {
        if (!(fileId instanceof String id) || id.isEmpty()) {
            return where;
        }
        return Reason.of(ImportReason.WITH_ID, where, shownId(id));
    }

    /** A file's id as the preview shows it: controls as "?", at most 100 characters. */
    static String shownId(String id) {
        String shown = AuthorNames.shorten(id.replaceAll("[\\p{Cc}\\p{Cf}]", "?"));
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }

    static String uuid(String s, Reason where) throws ShareException {
        if (s == null || !UUID_TEXT.matcher(s).matches()) {
            throw bad(where, ImportReason.NO_UUID);
        }
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** A stable UUID for an id from another tool, so importing the same file again finds the same note. */
    static String derivedId(String namespace, String foreignId, Reason where) throws ShareException {
        if (foreignId == null || foreignId.isEmpty() || foreignId.length() > MAX_ID) {
            throw bad(where, Reason.of(ImportReason.NO_ID, MAX_ID));
        }
        return UUID.nameUUIDFromBytes((namespace + "|" + foreignId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String text(String s, int max, ImportReason what, Reason where) throws ShareException {
        if (s == null) {
            return "";
        }
        if (s.length() > max) {
            throw bad(where, Reason.of(ImportReason.FIELD_TOO_LONG, Reason.of(what), max));
        }
        if (s.indexOf('\0') >= 0) {
            throw bad(where, Reason.of(ImportReason.FIELD_HAS_NUL, Reason.of(what)));
        }
        return s;
    }

    /**
     * Text the reader saves (a note, a quote, its context): longer than {@code max}, the item is skipped,
     * never the whole file; a NUL character still refuses the file.
     */
    static String content(String s, int max, ImportReason what, Reason where) throws ShareException, Skip {
        if (s == null) {
            return "";
        }
        if (s.indexOf('\0') >= 0) {
            throw bad(where, Reason.of(ImportReason.FIELD_HAS_NUL, Reason.of(what)));
        }
        if (s.length() > max) {
            throw new Skip(Reason.of(ImportReason.FIELD_TOO_LONG_SKIP, Reason.of(what), max, s.length()));
        }
        return s;
    }

    /**
     * An author's name or nickname from a file, as the reader keeps it ({@link AuthorNames}): cleaned of
     * controls and bidirectional overrides (joiners and marks that scripts need stay), and, when longer than
     * {@link AuthorNames#MAX} code points, shortened to that (a name never refuses the file). Each shortening
     * adds one line to {@code said} (a set: a name on 10,000 notes is said once), for the preview's
     * "not kept" remarks. An empty name is "unknown".
     */
    static String author(String s, java.util.Collection<Reason> said) {
        String clean = AuthorNames.clean(s);
        int n = AuthorNames.length(clean);
        if (n > AuthorNames.MAX) {
            clean = AuthorNames.shorten(clean);
            String start = clean.substring(0, clean.offsetByCodePoints(0, Math.min(40, AuthorNames.length(clean))));
            said.add(Reason.of(ImportReason.NAME_SHORTENED, n, AuthorNames.MAX, start));
        }
        // A name with nothing visible (only ZWSP, NBSP...) is no name: it would show as a nameless layer.
        return clean.isEmpty() || AuthorNames.compared(clean).isEmpty() ? "unknown" : clean;
    }

    /** The "not kept" line for a person the file names twice with different names (the first is kept). */
    static Reason twoNames(String id, String dropped, String kept) {
        return Reason.of(ImportReason.TWO_NAMES, dropped, id, kept);
    }

    /**
     * A tag cleaned as author names are ({@link AuthorNames#withoutControls}: scripts need their joiners in tags
     * too), its ends stripped; inner white space is kept (tags are kept exactly).
     */
    static String cleanLabel(String s) {
        return AuthorNames.withoutControls(s).strip();
    }

    static List<String> tags(List<?> raw, Reason where) throws ShareException, Skip {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Object o : raw) {
            if (!(o instanceof String t)) {
                throw bad(where, ImportReason.TAG_NOT_TEXT);
            }
            String clean = cleanLabel(t);
            if (clean.length() > MAX_TAG) {
                throw new Skip(Reason.of(ImportReason.TAG_TOO_LONG, MAX_TAG, clean.length()));
            }
            if (!clean.isEmpty() && seen.add(clean)) {
                out.add(clean);
            }
        }
        if (out.size() > MAX_TAGS) {
            throw new Skip(Reason.of(ImportReason.TOO_MANY_TAGS, MAX_TAGS, out.size()));
        }
        out.sort(null);
        return out;
    }

    /**
     * A time from a file. Read: ISO 8601 date-times with or without an offset (none is UTC), the offset as
     * +01:00, +0100 or +01, a space for the {@code T}; a date alone (midnight UTC: W3C {@code created} and
     * {@code modified} SHOULD be date-times, and tools write dates); RFC 1123 ("Mon, 30 Nov 2026 10:00:00 GMT").
     *
     * @throws ShareException about the item ({@link #bad}) when it is not a time or lies outside 1990-2200
     */
    static Instant time(Object raw, ImportReason what, Reason where) throws ShareException {
        if (!(raw instanceof String s) || s.length() > 64) {
            throw bad(where, Reason.of(ImportReason.TIME_INVALID, Reason.of(what)));
        }
        Instant t;
        try {
            t = parseTime(s.strip());
        } catch (DateTimeParseException e) {
            throw bad(where, Reason.of(what.english().matches("[aeiou].*") ? ImportReason.TIME_NOT_A_DATE_AN
                    : ImportReason.TIME_NOT_A_DATE, Reason.of(what), s.replaceAll("\\p{Cc}", "?")));
        }
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw bad(where, Reason.of(ImportReason.TIME_OUT_OF_RANGE, Reason.of(what)));
        }
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    /** What is wrong with {@code raw}, a time {@link #time} refused, in words ({@link TimeWords}; t31's F8). */
    static Reason timeWhy(Object raw) {
        Instant read = null;
        if (raw instanceof String s && s.length() <= 64) {
            try {
                read = parseTime(s.strip());
            } catch (java.time.DateTimeException e) {
                read = null; // not a time: said by its form below
            }
        }
        return TimeWords.why(raw, read, EARLIEST, LATEST);
    }

    private static Instant parseTime(String s) {
        if (s.length() >= 20 && s.charAt(10) == 'T' && s.charAt(s.length() - 1) == 'Z') {
            try {
                return Instant.parse(s); // what the reader and most tools write: read first, without the forms below
            } catch (java.time.format.DateTimeParseException e) {
                // one of the other forms below, or not a time (which they say)
            }
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.time.LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
            return OffsetDateTime.parse(s,
                    DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(java.time.format.ResolverStyle.STRICT)).toInstant();
        }
        String iso = s.matches("\\d{4}-\\d{2}-\\d{2} \\d.*") ? s.replaceFirst(" ", "T") : s;
        TemporalAccessor parsed = DATE_TIME.parseBest(iso, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    /** Whether {@code s} is an id the reader can make ({@link ChapterIds}); false for null. */
    static boolean isChapterId(String s) {
        return ChapterIds.isValid(s);
    }

    static void limitCount(int n) throws ShareException {
        if (n > MAX_NOTES) {
            throw new ShareException(Reason.of(ImportReason.TOO_MANY_NOTES, MAX_NOTES));
        }
    }

    /**
     * {@code notes} with each id once: of two versions of one note in a file (pages of a search pasted
     * together, a file edited by hand), the later-updated one is kept (the later of equals), and
     * {@code notKept} gets a line naming the other by {@code labels} (the item's place and the file's own id).
     */
    static List<MergeRecords.Incoming> uniqueIds(List<MergeRecords.Incoming> notes, List<Reason> labels,
                                               List<Reason> notKept) {
        java.util.Map<String, Integer> at = new java.util.LinkedHashMap<>();
        List<MergeRecords.Incoming> out = new ArrayList<>(notes);
        java.util.BitSet dropped = new java.util.BitSet();
        for (int k = 0; k < notes.size(); k++) {
            Integer before = at.putIfAbsent(notes.get(k).annotation().id(), k);
            if (before == null) {
                continue;
            }
            boolean laterWins = !notes.get(k).annotation().updated().isBefore(notes.get(before).annotation().updated());
            int keep = laterWins ? k : before;
            int drop = laterWins ? before : k;
            dropped.set(drop);
            at.put(notes.get(k).annotation().id(), keep);
            notKept.add(Reason.of(ImportReason.ANOTHER_VERSION, labels.get(drop), labels.get(keep)));
        }
        List<MergeRecords.Incoming> kept = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            if (!dropped.get(k)) {
                kept.add(out.get(k));
            }
        }
        return kept;
    }
}
