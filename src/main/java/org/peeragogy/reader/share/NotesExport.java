package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * Writing the open handbook's notes to a file ({@link NoteSharing#export}): which notes go (the filter's, without
 * conflict copies, notes claimed from files and, unless included, private notes; decisions 0017, 0021, 0032), and
 * the three formats. Threads: any but the FX thread (it reads the database and writes a file).
 */
final class NotesExport {
    private NotesExport() {
    }

    static org.peeragogy.reader.share.Exported write(Database db, Chapters chapters, String appVersion, NoteSharing.Format format,
                                      Path out, ExportFilter filter) throws ShareException {
        Book book = chapters.book();
        List<Annotation> notes = new ArrayList<>();
        int privateLeftOut = 0;
        int copiesLeftOut = 0;
        int claimedLeftOut = 0;
        int blindLeftOut = 0;
        try {
            // The blind first pass holds in an export as in every view (t15b's F11: the command line's export wrote the
            // notes the window hid): others' notes of a chapter the reader has not written in are not exported.
            // Read only with the pass on: the group folder's own file is written a few seconds after each change.
            java.util.Set<String> blind = !org.peeragogy.reader.store.BlindFirstPass.on(db.settings())
                    ? java.util.Set.of() : org.peeragogy.reader.store.BlindFirstPass.apply(db, db.annotations()
                    .everything().stream().filter(a -> a.book().equals(book.identity())).toList()).hidden();
            java.util.Set<String> privates = db.sharedNotes().privateIds(book.identity());
            java.util.Set<String> copies = db.sharedNotes().conflictCopies(book.identity()).keySet();
            java.util.Set<String> claimed = db.sharedNotes().claimed(book.identity()).keySet();
            for (Annotation a : db.annotations().everything()) {
                if (!a.book().equals(book.identity()) || !filter.accepts(a) || format == NoteSharing.Format.MARKDOWN && a.isDeleted()) {
                    continue;
                }
                if (blind.contains(a.id())) {
                    blindLeftOut += a.isDeleted() ? 0 : 1;
                } else if (copies.contains(a.id())) {
                    // A version some file gave of a note (a forged edit of the reader's own, or a concurrent
                    // one): passed on, it would become its claimed author's word for everyone (decision 0021).
                    copiesLeftOut += a.isDeleted() ? 0 : 1;
                } else if (claimed.contains(a.id())) {
                    // A new note a file said was the reader's, not saved by them since: passed on, a forgery would
                    // become the reader's word for everyone (decision 0032). Its tombstone goes as any other.
                    claimedLeftOut++;
                } else if (!filter.includePrivate() && privates.contains(a.id())) {
                    privateLeftOut += a.isDeleted() ? 0 : 1;
                } else {
                    notes.add(a);
                }
            }
            Instant now = db.now();
            Map<String, String> sources = NoteSharing.unplacedSources(db, notes);
            Map<String, AuthorStore.Person> people = people(db.authors().byId());
            // Votes on notes left out stay here too: private ones (unless included) and conflict copies, which
            // are never passed on (decision 0021), nor are votes on them.
            java.util.Set<String> allPrivates = new java.util.HashSet<>(copies);
            allPrivates.addAll(claimed); // nor are votes on notes left out until the reader saves them (0032)
            if (!filter.includePrivate()) {
                allPrivates.addAll(privates);
            }
            privates.retainAll(ids(notes));
            org.peeragogy.reader.store.Conversation talk = ExportConversation.of(db, book, notes, filter, allPrivates);
            switch (format) {
                case NOTES -> NotesFile.write(out, book, notes, db.sharedNotes().bases(ids(notes)), sources,
                        new NotesFile.People(people, privates, db.settings().readerId()), appVersion, now, talk);
                case W3C -> {
                    String json = W3cJson.write(book, notes, db.sharedNotes().bases(ids(notes)), sources, chapters,
                            appVersion, now, new W3cJson.Facts(people,
                                    java.util.Optional.of(book.language()).filter(l -> !l.isEmpty()), privates),
                            talk);
                    long bytes = ImportFiles.utf8Length(json);
                    if (bytes > ImportFiles.MAX_JSON_BYTES) {
                        // What the reader saves, the reader imports: a file import would refuse is not written.
                        throw new ShareException(Reason.of(ShareReason.W3C_TOO_LARGE, bytes >> 20,
                                ImportFiles.MAX_JSON_BYTES >> 20));
                    }
                    AtomicFiles.writeString(out, json, false);
                }
                case MARKDOWN -> AtomicFiles.writeString(out, MarkdownExport.write(book, notes, chapters::place, sources,
                        privates, talk), true);
                default -> throw new IllegalStateException(format.name());
            }
            int tombstones = (int) notes.stream().filter(Annotation::isDeleted).count();
            return new org.peeragogy.reader.share.Exported(out, notes.size() - tombstones, tombstones, Files.size(out), privateLeftOut,
                    copiesLeftOut, claimedLeftOut, format == NoteSharing.Format.MARKDOWN ? 0 : talk.votes().size(),
                    blindLeftOut);
        } catch (StoreException e) {
            throw ShareException.of(e);
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CHECK_WRITTEN_FAILED, out, String.valueOf(e.getMessage())), e);
        }
    }

    private static List<String> ids(List<Annotation> notes) {
        return notes.stream().map(Annotation::id).toList();
    }

    private static Map<String, AuthorStore.Person> people(Map<String, AuthorStore.Author> layers) {
        Map<String, AuthorStore.Person> out = new java.util.HashMap<>();
        layers.forEach((id, a) -> out.put(id, new AuthorStore.Person(id, a.name(), a.nickname(), a.colour())));
        return out;
    }
}
