package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.MergeRecords;

/**
 * The checked contents of a file to import.
 *
 * @param format       "notes", "w3c" or "hypothesis"
 * @param bookIdentity the handbook the file says it is for (empty when it does not say)
 * @param notes        every note, tombstones included, with its last-shared base when the file has one
 * @param people       the people the file names, by author id: name, nickname, and the layer colour it
 *                     proposes (decision 0017)
 * @param meta         the notes file's metadata (app version, export time, handbook fingerprint...)
 * @param skipped      items of the file that are not imported, each with the reason (the rest is)
 * @param notKept      what the file says that the reader does not keep, one line each
 * @param writtenAt    when the file says it was written (a newer file's names replace older ones)
 * @param conversation the file's replies, questions and votes (issue 15); {@link Conversation#NONE} for files
 *                     that carry none
 */
public record ImportFile(String format, String bookIdentity, List<MergeRecords.Incoming> notes,
                         Map<String, AuthorStore.Person> people, Map<String, String> meta, List<Skipped> skipped,
                         List<Reason> notKept, Optional<Instant> writtenAt, Conversation conversation) {
    /** A file without replies, questions or votes. Any thread. */
    public ImportFile(String format, String bookIdentity, List<MergeRecords.Incoming> notes,
                      Map<String, AuthorStore.Person> people, Map<String, String> meta, List<Skipped> skipped,
                      List<Reason> notKept, Optional<Instant> writtenAt) {
        this(format, bookIdentity, notes, people, meta, skipped, notKept, writtenAt, Conversation.NONE);
    }

    public ImportFile {
        conversation = conversation == null ? Conversation.NONE : conversation;
        notes = List.copyOf(notes);
        people = Map.copyOf(people);
        meta = Map.copyOf(meta);
        skipped = List.copyOf(skipped);
        notKept = List.copyOf(notKept);
        writtenAt = writtenAt == null ? Optional.empty() : writtenAt;
    }

    /** An item of the file that is not imported: where it is in the file and why. */
    public record Skipped(Reason item, Reason reason) {
        /** "Skipped annotation 3: its note is longer than 100000 characters". */
        public Reason line() {
            return Reason.of(ImportReason.SKIPPED_LINE, item, reason);
        }
    }

    /**
     * Every skipped item and every "not kept" line, for the preview: the window says them in its language
     * (decision 0038).
     */
    public List<Reason> reasons() {
        List<Reason> out = new ArrayList<>();
        skipped.forEach(s -> out.add(s.line()));
        // At most MAX_NOT_KEPT, then how many more (never "1 more": then that one is said); t32's F8.
        int shown = notKept.size() > MAX_NOT_KEPT + 1 ? MAX_NOT_KEPT : notKept.size();
        notKept.subList(0, shown).forEach(n -> out.add(Reason.of(aboutTime(n) ? ImportReason.TIME_NOT_KEPT_LINE
                : ImportReason.NOT_KEPT_LINE, n)));
        if (shown < notKept.size()) {
            out.add(Reason.of(ImportReason.MORE_NOT_KEPT, notKept.size() - shown));
        }
        return out;
    }

    /** How many "not kept" lines {@link #reasons} says before "… and N more". */
    static final int MAX_NOT_KEPT = 20;

    /** Whether {@code r} says a time not kept of a note that is kept ({@link ImportReason#TIME_DROPPED}). */
    private static boolean aboutTime(Reason r) {
        return r.code() == ImportReason.TIME_DROPPED || r.code() == ImportReason.TIME_DROPPED_SHOWN
                || r.args().stream().anyMatch(a -> a instanceof Reason in && aboutTime(in));
    }

    /**
     * The author id of the reader who wrote the file, as a notes file of this version says it in its metadata
     * ({@code exported_by}, decision 0061); empty for a notes file of an older version, W3C and Hypothesis files,
     * which do not say. A file carries no signature: this is what the file says, not a proof. Any thread.
     */
    public Optional<String> writer() {
        if (!"notes".equals(format)) {
            return Optional.empty();
        }
        return Optional.ofNullable(meta.get(NotesFile.EXPORTED_BY)).map(String::strip)
                .filter(id -> !id.isEmpty() && id.length() <= 200);
    }

    /** {@link #reasons()} in English, as {@code --dry-run} prints them. */
    public List<String> remarks() {
        return reasons().stream().map(Reason::english).toList();
    }
}
