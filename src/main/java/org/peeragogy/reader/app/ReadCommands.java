package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.share.AnnotationJson;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.BlindFirstPass;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.OpenFailure;
import org.peeragogy.reader.store.SearchHit;
import org.peeragogy.reader.store.SearchIndex;
import org.peeragogy.reader.store.StoreException;
import static org.peeragogy.reader.app.Cli.oneLine;
import static org.peeragogy.reader.app.Cli.tagList;

/** {@code notes} and {@code search}: the commands that list the reader's notes (split from {@link Cli}). */
final class ReadCommands {
    private final PrintStream out;
    private final PrintStream err;

    ReadCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int notes(Options options, Handbook handbook) throws StoreException {
        Optional<String> chapter = options.flag("--chapter");
        if (chapter.isPresent() && handbook.book().chapter(chapter.get()).isEmpty()) {
            return Main.usage(err, "No chapter '" + chapter.get() + "' in " + handbook.location());
        }
        List<Annotation> list;
        Map<String, String> sources;
        java.util.Set<String> privates;
        Map<String, String> copies;
        Map<String, String> claimed;
        java.util.Set<String> namesakes;
        org.peeragogy.reader.store.Conversation conversation;
        BlindFirstPass.Outcome blind;
        int elsewhere;
        try (Database db = NotesFile.open(options)) {
            if (db.readOnly() && !java.nio.file.Files.exists(DataDirs.resolve(options).resolve(Database.FILE_NAME))) {
                // No notes file of one's own could be made: the list is the package's, and why is said (t34's F2).
                db.readOnlyReason().ifPresent(r -> err.println(r.english()));
            }
            list = chapter.isPresent() ? db.annotations().chapter(handbook.book().identity(),
                    handbook.book().chapter(chapter.get()).orElseThrow().id())
                    : db.annotations().book(handbook.book().identity());
            elsewhere = list.isEmpty() && chapter.isEmpty()
                    ? org.peeragogy.reader.store.NoteCounts.otherBooks(db, handbook.book().identity()) : 0;
            // The blind first pass holds here as in the window (t15b's F11): others' notes only where you wrote.
            blind = BlindFirstPass.apply(db, list);
            list = blind.shown();
            sources = NoteSharing.unplacedSources(db, list);
            privates = db.sharedNotes().privateIds(handbook.book().identity());
            copies = db.sharedNotes().conflictCopies(handbook.book().identity());
            claimed = db.sharedNotes().claimed(handbook.book().identity());
            namesakes = AuthorNames.namesakes(db.annotations().book(handbook.book().identity()).stream()
                    .map(a -> Map.entry(a.authorId(), a.author())).toList());
            // Answered as the window says it: only by a reply in the question's own thread (18w's N1).
            conversation = WorkshopCommands.asShown(db.conversation().of(handbook.book().identity()), db.annotations()
                    .everything().stream().filter(a -> a.book().equals(handbook.book().identity())).toList());
        }
        hidden(blind.hiddenNotes(), blind.hiddenChapters(), "listed");
        if (elsewhere > 0 && !options.has("--json")) {
            // On the error stream, as search's "No results": the output stays empty for a script (t32's F14, as export).
            err.println("None of the notes kept is for this handbook: " + elsewhere + (elsewhere == 1 ? " note is"
                    : " notes are") + " for other handbooks; start the reader with that handbook, --handbook, to list"
                    + " them.");
        }
        if (options.has("--json")) {
            out.println(AnnotationJson.write(list, new AnnotationJson.Facts(sources, privates, copies, claimed), conversation));
            return 0;
        }
        // A reply without a chapter of its own (a W3C reply targets its parent) is in its parent's, as the window and
        // the digest show it; the reader's own "no chapter" id is never printed (t15b's F10 re-check): an empty column.
        Map<String, String> shownIn = new java.util.HashMap<>();
        org.peeragogy.reader.book.ReplyChapters.placed(handbook.book(), list, conversation.links())
                .forEach(a -> shownIn.put(a.id(), a.chapterId()));
        for (Annotation a : list) {
            // Two people of one name are told apart as in the window: the name and a short form of the id.
            String author = namesakes.contains(a.authorId())
                    ? a.author() + " (" + AuthorIds.shortLabel(a.authorId()) + ")"
                    : org.peeragogy.reader.store.PeopleApart.marked(a.author(), a.author(), a.authorId()); // t15b F2
            String in = shownIn.getOrDefault(a.id(), a.chapterId());
            out.println(String.join("\t", a.id(), in.equals(org.peeragogy.reader.book.ChapterIds.UNPLACED) ? "" : in,
                    a.kind().code(), a.colour().code(),
                    oneLine(a.quote()), oneLine(a.note()), tagList(a.tags()), oneLine(author),
                    a.updated().toString(), WorkshopCommands.talk(a, conversation)));
        }
        return 0;
    }

    /** Builds the handbook's index on first use (quietly), then prints the hits. */
    int search(Options options, Handbook handbook) throws IOException, StoreException {
        int limit = Integer.parseInt(options.flag("--limit").orElse("20"));
        List<SearchHit> hits;
        int hiddenHits = 0;
        try (Database db = NotesFile.open(options)) {
            // The blind first pass holds here as in the window's search (t15b's F11): a hidden note is no hit.
            java.util.Set<String> hidden = BlindFirstPass.apply(db, db.annotations().book(handbook.book().identity()))
                    .hidden();
            List<SearchHit> found = search(db, handbook, options.arguments().get(0), limit + hidden.size());
            hits = found.stream().filter(h -> !h.annotationId().map(hidden::contains).orElse(false)).limit(limit)
                    .toList();
            hiddenHits = (int) found.stream().filter(h -> h.annotationId().map(hidden::contains).orElse(false)).count();
        } catch (OpenFailure e) {
            if (!e.damaged()) {
                throw e;
            }
            // The handbook can still be searched, in an index of its own that is thrown away after.
            err.println("Your notes are not searched: " + e.problem());
            java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("peeragogy-search-");
            try (Database db = Database.open(scratch)) {
                hits = search(db, handbook, options.arguments().get(0), limit);
            } finally {
                try (var files = java.nio.file.Files.walk(scratch)) {
                    for (java.nio.file.Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.deleteIfExists(p);
                    }
                }
            }
        }
        if (hiddenHits > 0) {
            err.println("Blind first pass: " + hiddenHits + (hiddenHits == 1 ? " note of others that matches is"
                    : " notes of others that match are") + " not listed; the group's blind first pass hides others'"
                    + " notes in a chapter until you write a note of your own there");
        }
        if (hits.isEmpty() && !options.has("--json")) {
            // On the error stream: the output stays empty for a script, the person reads why (t31's F15).
            err.println("No results for \u201c" + org.peeragogy.reader.book.AuthorNames.listed(options.arguments().get(0))
                    + "\u201d.");
        }
        if (options.has("--json")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SearchHit h : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
                m.put("chapter", h.chapterId());
                m.put("block", h.blockId());
                m.put("annotation", h.annotationId().orElse(null));
                m.put("title", h.title());
                m.put("snippet", h.snippet());
                m.put("rank", h.rank());
                list.add(m);
            }
            out.println(JsonWriter.write(list));
            return 0;
        }
        for (SearchHit h : hits) {
            out.println(String.join("\t", h.kind().name().toLowerCase(Locale.ROOT), h.chapterId(),
                    h.annotationId().orElse(h.blockId()), oneLine(h.title()), oneLine(h.snippet("[", "]"))));
        }
        return 0;
    }

    /** Says on the error stream, in one line, how many notes the blind first pass keeps out of the list, and why. */
    private void hidden(int notes, int chapters, String what) {
        if (notes > 0) {
            err.println("Blind first pass: " + notes + (notes == 1 ? " note of others is" : " notes of others are")
                    + " not " + what + ", in " + chapters + (chapters == 1 ? " chapter" : " chapters") + " where you"
                    + " have not written yet; the group's blind first pass shows them once you write a highlight or a"
                    + " note of your own there");
        }
    }

    private static List<SearchHit> search(Database db, Handbook handbook, String query, int limit)
            throws IOException, StoreException {
        db.search().ensureIndexed(handbook.book(), SearchUnits.of(handbook), SearchIndex.Progress.NONE);
        return db.search().search(handbook.book().identity(), query, limit);
    }
}
