package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.store.AuthorStore;

/**
 * Writes the notes read from a damaged notes file ({@code store.Salvage}) as a notes file
 * ({@code .peeranotes}) that {@code import} takes back: the notes of every handbook, each keeping its own
 * handbook's identity (decision 0008). Notes that an import would refuse (a value damaged into something
 * no note has) are left out and counted, so that one damaged note cannot make the whole file unreadable.
 */
public final class SalvagedNotes {
    /** Where a note being checked is, for the checks' reasons (not shown: a failed check only leaves it out). */
    private static final Reason CHECKED = Reason.of(ImportReason.WHERE_NOTE, 0);
    /** Title written in the file's metadata. */
    static final String TITLE = "Notes saved from a damaged notes file";

    /** What was written: the file, the notes in it, and the notes left out as damaged. */
    public record Written(Path file, int notes, int leftOut) {
    }

    private SalvagedNotes() {
    }

    /**
     * Writes {@code notes} to {@code out} (whole or not at all), then reads the file back the way an import
     * does. Blocks on disk: call it off the FX thread.
     *
     * @param bases    last-shared revisions by note id (may be empty)
     * @param people   authors by id: names, nicknames, layer colours (may be empty)
     * @param privates ids of the notes marked private: they stay private in the file
     * @throws ShareException when nothing could be written (the disk is full, the folder read-only), or the
     *                        file written does not read back; no partial file is left then
     */
    public static Written write(Path out, List<Annotation> notes, Map<String, Instant> bases,
                                Map<String, AuthorStore.Person> people, java.util.Set<String> privates,
                                String appVersion) throws ShareException {
        return write(out, notes, bases, people, privates, appVersion, org.peeragogy.reader.store.Conversation.NONE);
    }

    /**
     * As above, with the replies, questions and votes that could be read (issue 15): the links of the notes
     * kept and the votes whose values the notes file takes (a format 3 file when there are any).
     *
     * @throws ShareException as above
     */
    public static Written write(Path out, List<Annotation> notes, Map<String, Instant> bases,
                                Map<String, AuthorStore.Person> people, java.util.Set<String> privates,
                                String appVersion, org.peeragogy.reader.store.Conversation conversation)
            throws ShareException {
        return write(out, notes, bases, people, privates, appVersion, conversation, "");
    }

    /**
     * As above, saying whose notes file it was ({@code writer}: the damaged file's reader id, "" when it could not be
     * read): the salvaged file is the reader's own, so their votes in it are theirs when it is imported (decision
     * 0061 takes a reader's vote only from a file they wrote).
     *
     * @throws ShareException as above
     */
    public static Written write(Path out, List<Annotation> notes, Map<String, Instant> bases,
                                Map<String, AuthorStore.Person> people, java.util.Set<String> privates,
                                String appVersion, org.peeragogy.reader.store.Conversation conversation, String writer)
            throws ShareException {
        List<Annotation> kept = new ArrayList<>();
        for (Annotation a : notes) {
            if (importable(a) && kept.size() < NoteCheck.MAX_NOTES) {
                kept.add(a);
            }
        }
        String identity = kept.stream().collect(Collectors.groupingBy(Annotation::book, LinkedHashMap::new,
                        Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("unknown");
        Book book = new Book(identity, TITLE, "", List.of());
        Map<String, AuthorStore.Person> good = new java.util.HashMap<>();
        people.forEach((id, p) -> good.put(id, new AuthorStore.Person(id, p.name(), p.nickname(),
                p.colour() != null && p.colour().matches("#[0-9a-f]{6}") ? p.colour() : "")));
        NotesFile.write(out, book, kept, bases, Map.of(), new NotesFile.People(good, privates, writer), appVersion,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), importable(conversation, kept, identity));
        try {
            int read = NotesFile.read(out).notes().size();
            if (read != kept.size()) {
                throw new ShareException(Reason.of(ShareReason.SALVAGE_INCOMPLETE, read, kept.size()));
            }
        } catch (ShareException e) {
            AtomicFiles.deleteQuietly(out);
            throw new ShareException(Reason.of(ShareReason.SALVAGE_UNCHECKED, e.reason()), e);
        }
        return new Written(out, kept.size(), notes.size() - kept.size());
    }

    /** The links of the notes kept and the votes on this book that {@code NotesFile.read} takes. */
    private static org.peeragogy.reader.store.Conversation importable(org.peeragogy.reader.store.Conversation c,
                                                                      List<Annotation> kept, String book) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        kept.forEach(a -> ids.add(a.id()));
        Map<String, org.peeragogy.reader.book.NoteLink> links = new java.util.HashMap<>();
        c.links().forEach((id, l) -> {
            if (ids.contains(id) && uuidOrEmpty(l.parentId()) && uuidOrEmpty(l.answeredBy())) {
                links.put(id, l);
            }
        });
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<org.peeragogy.reader.book.Vote> votes = c.votes().stream().filter(v -> v.book().equals(book)
                && uuidOrEmpty(Optional.of(v.noteId())) && AuthorIds.isValid(v.voterId())
                && seen.add(v.noteId() + "\n" + v.voterId())).toList();
        return new org.peeragogy.reader.store.Conversation(links, votes);
    }

    private static boolean uuidOrEmpty(Optional<String> id) {
        try {
            if (id.isPresent()) {
                NoteCheck.uuid(id.get(), CHECKED);
            }
            return true;
        } catch (ShareException e) {
            return false;
        }
    }

    /** The checks {@code NotesFile.read} makes of each note, so that the file imports. */
    static boolean importable(Annotation a) {
        try {
            NoteCheck.uuid(a.id(), CHECKED);
            NoteCheck.text(a.book(), 200, ImportReason.FIELD_NOTE, CHECKED);
            if (a.book().isBlank() || !NoteCheck.isChapterId(a.chapterId())) {
                return false;
            }
            NoteCheck.text(a.note(), org.peeragogy.reader.book.Annotation.MAX_NOTE, ImportReason.FIELD_NOTE, CHECKED);
            if (!AuthorIds.isValid(a.authorId())) { // a name is never a reason: import shortens a long one
                return false;
            }
            NoteCheck.time(a.created().toString(), ImportReason.TIME_CREATED, CHECKED);
            NoteCheck.time(a.updated().toString(), ImportReason.TIME_CREATED, CHECKED);
            if (a.deleted().isPresent()) {
                NoteCheck.time(a.deleted().get().toString(), ImportReason.TIME_CREATED, CHECKED);
            }
            NoteCheck.tags(a.tags(), CHECKED);
            Optional<TextAnchor> anchor = a.anchor();
            if (anchor.isPresent()) {
                TextAnchor t = anchor.get();
                NoteCheck.text(t.quote().exact(), NoteCheck.MAX_QUOTE, ImportReason.FIELD_NOTE, CHECKED);
                NoteCheck.text(t.quote().prefix(), NoteCheck.MAX_CONTEXT, ImportReason.FIELD_NOTE, CHECKED);
                NoteCheck.text(t.quote().suffix(), NoteCheck.MAX_CONTEXT, ImportReason.FIELD_NOTE, CHECKED);
                NoteCheck.text(t.blockId(), 200, ImportReason.FIELD_NOTE, CHECKED);
                NoteCheck.text(t.fingerprint(), 200, ImportReason.FIELD_NOTE, CHECKED);
                int start = t.position().start();
                int end = t.position().end();
                if (start < 0 || end < start || end > 50_000_000) {
                    return false;
                }
            }
            return true;
        } catch (ShareException | NoteCheck.Skip | RuntimeException e) {
            return false;
        }
    }

    /** A name for the file in {@code dir}: {@code salvaged-notes-<time>.peeranotes}. */
    public static Path fileIn(Path dir, String stamp) {
        return dir.resolve("salvaged-notes-" + stamp + NoteSharing.Format.NOTES.extension());
    }
}
