package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.content.CheckReport;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.share.AnnotationJson;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.OpenFailure;
import org.peeragogy.reader.store.SearchHit;
import org.peeragogy.reader.store.SearchIndex;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.NotesViewModel;

/** The commands that print instead of opening a window. */
final class Cli {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());
    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * The commands that change the notes (decision 0052): refused while a window holds the data folder, as
     * {@code group-folder sync} is, since the window would not know of the change (try17w F9). {@code import
     * --dry-run} only reads; {@code group-folder} decides per subcommand.
     */
    static final java.util.Set<String> WRITING = java.util.Set.of("highlight", "import", "undo-import", "reply", "ask",
            "vote", "answered");

    int run(Options options, Handbook handbook) throws IOException, StoreException {
        if (WRITING.contains(options.command()) && !options.has("--dry-run")
                || options.command().equals("name") && !options.arguments().isEmpty()) {
            return withoutWindow(options, options.command(), false, () -> command(options, handbook));
        }
        return command(options, handbook);
    }

    private int command(Options options, Handbook handbook) throws IOException, StoreException {
        return switch (options.command()) {
            case "chapters" -> chapters(handbook);
            case "render" -> render(handbook, options.arguments().get(0));
            case "check" -> check(handbook);
            case "highlight" -> highlight(options, handbook);
            case "notes" -> notes(options, handbook);
            case "search" -> search(options, handbook);
            case "export" -> export(options, handbook);
            case "import" -> importFile(options, handbook);
            case "undo-import" -> undoImport(options, handbook);
            case "group-folder" -> groupFolder(options, handbook);
            case "reply", "ask", "vote", "answered" -> new WorkshopCommands(out, err).run(options, handbook);
            case "digest" -> new WorkshopCommands(out, err).digest(options, handbook);
            case "name" -> new WorkshopCommands(out, err).name(options);
            default -> throw new IllegalArgumentException(options.command());
        };
    }

    /**
     * {@code group-folder}: {@code sync} writes the reader's own file through the data folder's staging file, and
     * {@code set} changes what an open window writes to (it keeps the folder it started with), so each runs only
     * while no window holds the data folder ({@link DataDirLock}); {@code status} only reads.
     */
    private int groupFolder(Options options, Handbook handbook) throws IOException, StoreException {
        String sub = options.arguments().get(0);
        if (sub.equals("status")) {
            return new GroupFolderCommand(out, err).run(options, handbook);
        }
        // sync holds the lock throughout (a window started meanwhile would write the same file); set only checks.
        return withoutWindow(options, "group-folder " + sub, sub.equals("sync"),
                () -> new GroupFolderCommand(out, err).run(options, handbook));
    }

    /** A command that an open window on the same data folder would contradict. */
    @FunctionalInterface
    private interface Held {
        int run() throws IOException, StoreException;
    }

    /**
     * Runs {@code command} holding the data folder's lock; while a window holds it, says so and changes nothing
     * (fresh tester 16c's F8: {@code group-folder set} and {@code undo-import} ran behind an open window, which went on
     * writing to the old folder and kept its own last import).
     */
    private int withoutWindow(Options options, String name, boolean always, Held command)
            throws IOException, StoreException {
        java.nio.file.Path data = DataDirs.resolve(options);
        if (!always && !java.nio.file.Files.exists(data.resolve(DataDirLock.FILE))) {
            // No window ever ran on this data folder (it makes the lock file), so none holds it: nothing is made here
            // (a command on a damaged notes file changes nothing in the data folder).
            return command.run();
        }
        DataDirLock.Outcome lock = DataDirLock.take(data);
        if (lock instanceof DataDirLock.Held) {
            err.println(name + ": Peeragogy Reader is open with this data folder (" + data.toAbsolutePath()
                    + "), and its window would not know of the change. Use the window, or close it and run " + name
                    + " again. Nothing was changed.");
            return 1;
        }
        try {
            return command.run();
        } finally {
            if (lock instanceof DataDirLock.Taken taken) {
                taken.lock().close();
            }
        }
    }

    /** Anchors a quote the way a selection would be, and saves the highlight. */
    private int highlight(Options options, Handbook handbook) throws IOException, StoreException {
        String typed = options.arguments().get(0);
        if (handbook.book().chapter(typed).isEmpty()) {
            return Main.usage(err, "No chapter '" + typed + "' in " + handbook.location()
                    + " (the chapters command lists the ids)");
        }
        String id = handbook.book().chapter(typed).orElseThrow().id(); // the book's own form (decision 0023)
        Optional<Annotation.Colour> colour = Annotation.Colour.ofCode(options.flag("--color").orElse("yellow"));
        if (colour.isEmpty()) {
            return Main.usage(err, "Unknown colour '" + options.flag("--color").orElse("")
                    + "': use yellow, green, blue, pink or purple");
        }
        Optional<TextAnchor> anchor = QuoteArgument.anchor(handbook, id, options.flag("--quote").orElseThrow(), err);
        if (anchor.isEmpty()) {
            return 1;
        }
        try (Database db = Database.open(DataDirs.resolve(options))) {
            String author = db.settings().get(NotesViewModel.AUTHOR_KEY).filter(a -> !a.isBlank())
                    .orElse(System.getProperty("user.name", "me"));
            Annotation a;
            try {
                a = db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), id,
                        Annotation.Kind.HIGHLIGHT, colour.get(), options.flag("--note").orElse(""), options.all("--tag"),
                        author, anchor));
            } catch (StoreException e) {
                if (e.getCause() != null) {
                    throw e; // the disk, not the request: reported as any other failure to save
                }
                err.println(e.getMessage()); // the note too long, in the window's words (try17w F10)
                return 1;
            }
            out.println(a.id());
        }
        return 0;
    }

    private int notes(Options options, Handbook handbook) throws StoreException {
        Optional<String> chapter = options.flag("--chapter");
        if (chapter.isPresent() && handbook.book().chapter(chapter.get()).isEmpty()) {
            return Main.usage(err, "No chapter '" + chapter.get() + "' in " + handbook.location());
        }
        List<Annotation> list;
        Map<String, String> sources;
        java.util.Set<String> privates;
        Map<String, String> copies;
        Map<String, String> claimed;
        Map<String, java.util.Set<String>> idsPerName;
        org.peeragogy.reader.store.Conversation conversation;
        try (Database db = Database.open(DataDirs.resolve(options))) {
            list = chapter.isPresent() ? db.annotations().chapter(handbook.book().identity(),
                    handbook.book().chapter(chapter.get()).orElseThrow().id())
                    : db.annotations().book(handbook.book().identity());
            sources = NoteSharing.unplacedSources(db, list);
            privates = db.sharedNotes().privateIds(handbook.book().identity());
            copies = db.sharedNotes().conflictCopies(handbook.book().identity());
            claimed = db.sharedNotes().claimed(handbook.book().identity());
            idsPerName = idsByName(db.annotations().book(handbook.book().identity()));
            // Answered as the window says it: only by a reply in the question's own thread (18w's N1).
            conversation = WorkshopCommands.asShown(db.conversation().of(handbook.book().identity()), db.annotations()
                    .everything().stream().filter(a -> a.book().equals(handbook.book().identity())).toList());
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
            String author = idsPerName.getOrDefault(AuthorNames.compared(a.author()), java.util.Set.of()).size() > 1
                    ? a.author() + " (" + AuthorIds.shortLabel(a.authorId()) + ")" : a.author();
            String in = shownIn.getOrDefault(a.id(), a.chapterId());
            out.println(String.join("\t", a.id(), in.equals(org.peeragogy.reader.book.ChapterIds.UNPLACED) ? "" : in,
                    a.kind().code(), a.colour().code(),
                    oneLine(a.quote()), oneLine(a.note()), tagList(a.tags()), oneLine(author),
                    a.updated().toString(), WorkshopCommands.talk(a, conversation)));
        }
        return 0;
    }

    /** Builds the handbook's index on first use (quietly), then prints the hits. */
    private int search(Options options, Handbook handbook) throws IOException, StoreException {
        int limit = Integer.parseInt(options.flag("--limit").orElse("20"));
        List<SearchHit> hits;
        try (Database db = Database.open(DataDirs.resolve(options))) {
            hits = search(db, handbook, options.arguments().get(0), limit);
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

    private static List<SearchHit> search(Database db, Handbook handbook, String query, int limit)
            throws IOException, StoreException {
        db.search().ensureIndexed(handbook.book(), SearchUnits.of(handbook), SearchIndex.Progress.NONE);
        return db.search().search(handbook.book().identity(), query, limit);
    }

    static String appVersion() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private int export(Options options, Handbook handbook) throws StoreException {
        Optional<NoteSharing.Format> format = NoteSharing.Format.ofCode(options.flag("--format").orElse(""));
        if (format.isEmpty()) {
            return Main.usage(err, "Unknown format '" + options.flag("--format").orElse("") + "': use notes, w3c or markdown");
        }
        for (String chapter : options.all("--chapter")) {
            if (handbook.book().chapter(chapter).isEmpty()) {
                return Main.usage(err, "No chapter '" + chapter + "' in " + handbook.location());
            }
        }
        java.util.Set<Annotation.Colour> colours = new java.util.HashSet<>();
        for (String c : options.all("--color")) {
            Optional<Annotation.Colour> colour = Annotation.Colour.ofCode(c);
            if (colour.isEmpty()) {
                return Main.usage(err, "Unknown colour '" + c + "': use yellow, green, blue, pink or purple");
            }
            colours.add(colour.get());
        }
        ExportFilter filter = new ExportFilter(java.util.Set.copyOf(options.all("--chapter")), colours,
                java.util.Set.copyOf(options.all("--tag")), java.util.Set.copyOf(options.all("--author")),
                options.has("--include-private"));
        java.nio.file.Path outFile = java.nio.file.Path.of(options.flag("--out").orElseThrow());
        try (Database db = Database.open(DataDirs.resolve(options))) {
            Optional<String> refused = org.peeragogy.reader.share.group.ExportPlace.refusal(db, outFile,
                    format.get() == NoteSharing.Format.NOTES);
            if (refused.isPresent()) {
                err.println(refused.get());
                return 1;
            }
            ExportFilter asked = filter;
            filter = ownAnonymous(db, handbook.book().identity(), filter);
            NoteSharing.Exported done = new NoteSharing(db, new HandbookChapters(handbook), appVersion())
                    .export(format.get(), outFile, filter);
            // "1 note", "2 notes": English as the rest of the command line's output (fresh tester 14b).
            // A voter who wrote nothing still hands in their votes (tester's F24: "Exported 0 notes" read as nothing).
            out.println("Exported " + done.notes() + (done.notes() == 1 ? " note" : " notes")
                    + (done.tombstones() == 0 ? "" : ", " + done.tombstones()
                    + (done.tombstones() == 1 ? " deletion" : " deletions"))
                    + (done.votes() == 0 ? "" : " and " + done.votes() + (done.votes() == 1 ? " vote" : " votes"))
                    + " to " + done.file() + " (" + done.bytes() + " bytes)");
            if (done.privateLeftOut() > 0) {
                out.println(done.privateLeftOut() + (done.privateLeftOut() == 1 ? " private note" : " private notes")
                        + " left out (add --include-private to include them, marked private)");
            }
            if (done.copiesLeftOut() > 0) {
                out.println(done.copiesLeftOut() + (done.copiesLeftOut() == 1 ? " second version" : " second versions")
                        + " of notes, kept from shared files (conflicts), left out: they are never passed on;"
                        + " whoever wrote them shares them");
            }
            if (done.claimedLeftOut() > 0) {
                out.println(done.claimedLeftOut() + (done.claimedLeftOut() == 1 ? " note that a file said was yours"
                        : " notes that a file said were yours") + " left out until you save "
                        + (done.claimedLeftOut() == 1 ? "it" : "each") + " yourself (in the window: Edit…;"
                        + " notes --json shows claimedFrom)");
            }
            ambiguousAuthors(db, handbook.book().identity(), asked.authors());
            anonymousIncluded(db, handbook.book().identity(), asked, filter);
            return 0;
        } catch (ShareException e) {
            err.println(Messages.logged(LOG, options.command(), e));
            return 1;
        }
    }

    /**
     * {@code --author} naming the reader takes their anonymous questions too (tester's F2, decision 0043): by their
     * id, their name setting or a name their own notes carry.
     */
    private static ExportFilter ownAnonymous(Database db, String book, ExportFilter filter) throws StoreException {
        Optional<String> anon = db.conversation().anonymousId();
        if (filter.authors().isEmpty() || anon.isEmpty()) {
            return filter;
        }
        String me = db.settings().readerId();
        java.util.Set<String> names = new java.util.HashSet<>();
        db.settings().get(NotesViewModel.AUTHOR_KEY).filter(n -> !n.isBlank()).ifPresent(names::add);
        db.annotations().book(book).stream().filter(a -> a.authorId().equals(me)).forEach(a -> names.add(a.author()));
        return filter.withOwnAnonymous(me, names, anon);
    }

    /** Says how many anonymous questions of the reader's went with {@code --author} and under which name. */
    private void anonymousIncluded(Database db, String book, ExportFilter asked, ExportFilter used)
            throws StoreException {
        if (asked.equals(used)) {
            return;
        }
        String anon = db.conversation().anonymousId().orElseThrow();
        long n = db.annotations().book(book).stream().filter(a -> a.authorId().equals(anon) && !a.isDeleted()
                && used.accepts(a) && !asked.accepts(a)).count();
        if (n > 0) {
            out.println("Included " + n + (n == 1 ? " anonymous question" : " anonymous questions") + " of yours:"
                    + " they show as \"Anonymous\", but whoever collects the file can tell they came from you");
        }
    }

    /** Says when an {@code --author NAME} names several people (all are exported), and how to choose one. */
    private void ambiguousAuthors(Database db, String book, java.util.Set<String> given) throws StoreException {
        Map<String, java.util.Set<String>> byName = new java.util.HashMap<>(); // exact names: --author matches them so
        for (Annotation a : db.annotations().book(book)) {
            byName.computeIfAbsent(a.author(), k -> new java.util.HashSet<>()).add(a.authorId());
        }
        for (String g : given) {
            java.util.Set<String> ids = byName.getOrDefault(g, java.util.Set.of());
            if (ids.size() > 1) {
                out.println("--author " + oneLine(g) + " names " + ids.size() + " people; the notes of each were"
                        + " exported. To choose one, give their id: " + String.join(", ", new java.util.TreeSet<>(ids)));
            }
        }
    }

    /** The author ids of {@code notes} by the name they show: a name with two ids is two people. */
    private static Map<String, java.util.Set<String>> idsByName(List<Annotation> notes) {
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (Annotation a : notes) {
            // "Ana" and "Ana" + ZWSP look alike: names count as the same as AuthorNames.compared says.
            out.computeIfAbsent(AuthorNames.compared(a.author()), k -> new java.util.HashSet<>()).add(a.authorId());
        }
        return out;
    }

    private int importFile(Options options, Handbook handbook) throws StoreException {
        java.nio.file.Path file = java.nio.file.Path.of(options.arguments().get(0));
        if (java.nio.file.Files.isDirectory(file)) {
            return new WorkshopCommands(out, err).importFolder(options, handbook, file);
        }
        try (Database db = Database.open(DataDirs.resolve(options))) {
            NoteSharing sharing = new NoteSharing(db, new HandbookChapters(handbook), appVersion());
            NoteSharing.ByHand checked = sharing.previewByHand(file, WorkshopCommands.takesOthersChanges(options),
                    options.has("--others-votes"));
            NoteSharing.Preview preview = checked.preview();
            List<String> votesOut = WorkshopCommands.votesLeftOut(file.getFileName(), preview);
            List<String> leftOut = checked.leftOut() == 0 ? List.of() : List.of(file.getFileName() + ": "
                    + checked.leftOut() + (checked.leftOut() == 1 ? " change" : " changes") + " to other people's notes");
            if (options.has("--dry-run")) {
                out.println("Would import: " + preview.counts().summary());
                preview.remarks().forEach(out::println);
                WorkshopCommands.leftOut(err, leftOut);
                WorkshopCommands.votesLeftOut(err, votesOut);
                return 0;
            }
            ShareStore.Applied done = sharing.apply(preview);
            out.println("Imported: " + done.plan().counts().summary());
            preview.remarks().forEach(out::println);
            WorkshopCommands.leftOut(err, leftOut);
            WorkshopCommands.votesLeftOut(err, votesOut);
            done.batchId().ifPresent(id -> out.println("Undo with: undo-import (import " + id + ")"));
            return 0;
        } catch (ShareException e) {
            err.println(Messages.logged(LOG, options.command(), e));
            return 1;
        }
    }

    private int undoImport(Options options, Handbook handbook) throws StoreException {
        try (Database db = Database.open(DataDirs.resolve(options))) {
            Optional<ShareStore.Batch> last = db.sharing().batches().stream().filter(b -> b.undone().isEmpty()).findFirst();
            if (last.isEmpty()) {
                err.println("There is no import to undo.");
                return 1;
            }
            db.sharing().undoImport(last.get().id());
            out.println("Undid the import of " + last.get().source() + ": " + last.get().summary());
            return 0;
        }
    }

    /**
     * Tags joined by commas, as CSV quotes them (RFC 4180): a tag with a comma or a double quote is put in double
     * quotes, its quotes doubled, so "a,b" and x are {@code "a,b",x}, never the three tags {@code a,b,x}.
     */
    static String tagList(List<String> tags) {
        List<String> out = new java.util.ArrayList<>();
        for (String t : tags) {
            out.add(t.contains(",") || t.contains("\"") ? "\"" + t.replace("\"", "\"\"") + "\"" : t);
        }
        return oneLine(String.join(",", out));
    }

    static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private int chapters(Handbook handbook) {
        for (Chapter c : handbook.book().chapters()) {
            out.println(String.join("\t", c.number(), c.id(), c.title(), c.part()));
        }
        return 0;
    }

    private int render(Handbook handbook, String id) throws IOException {
        if (handbook.book().chapter(id).isEmpty()) {
            return Main.usage(err, "No chapter '" + id + "' in " + handbook.location()
                    + " (the chapters command lists the ids)");
        }
        out.print(handbook.render(id).html());
        out.flush();
        return 0;
    }

    private int check(Handbook handbook) throws IOException {
        CheckReport report = Handbooks.check(handbook);
        for (Problem p : report.problems()) {
            out.println(p);
        }
        out.println(CheckReport.defencesLine());
        out.println(report.summaryLine());
        return report.failed() ? 1 : 0;
    }
}
