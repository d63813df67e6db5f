package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.NotesViewModel;
import static org.peeragogy.reader.app.Cli.oneLine;
import static org.peeragogy.reader.app.Cli.appVersion;

/** {@code export}: the reader's notes to a file (split from {@link Cli}). */
final class ExportCommand {
    private static final System.Logger LOG = System.getLogger(ExportCommand.class.getName());
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options options, Handbook handbook) throws StoreException {
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
        try (Database db = NotesFile.open(options)) {
            Optional<String> refused = org.peeragogy.reader.share.group.ExportPlace.refusal(db, outFile,
                    format.get() == NoteSharing.Format.NOTES);
            if (refused.isPresent()) {
                err.println(refused.get());
                return 1;
            }
            Optional<java.util.Set<String>> authors = authors(db, handbook.book().identity(), filter.authors(),
                    options);
            if (authors.isEmpty()) {
                return 1;
            }
            filter = new ExportFilter(filter.chapters(), filter.colours(), filter.tags(), authors.get(),
                    filter.includePrivate());
            ExportFilter asked = filter;
            filter = ownAnonymous(db, handbook.book().identity(), filter);
            org.peeragogy.reader.share.Exported done = new NoteSharing(db, new HandbookChapters(handbook), appVersion())
                    .export(format.get(), outFile, filter);
            // "1 note", "2 notes": English as the rest of the command line's output (fresh tester 14b).
            // A voter who wrote nothing still hands in their votes (tester's F24: "Exported 0 notes" read as nothing).
            out.println("Exported " + done.notes() + (done.notes() == 1 ? " note" : " notes")
                    + (done.tombstones() == 0 ? "" : ", " + done.tombstones()
                    + (done.tombstones() == 1 ? " deletion" : " deletions"))
                    + (done.votes() == 0 ? "" : " and " + done.votes() + (done.votes() == 1 ? " vote" : " votes"))
                    + " to " + done.file() + " (" + done.bytes() + " bytes)"
                    + none(done, asked, () -> otherBooks(db, handbook.book().identity()),
                    () -> otherBooksBy(db, handbook.book().identity(), asked.authors())));
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
            if (done.blindLeftOut() > 0) {
                out.println(org.peeragogy.reader.share.Exported.blindLine(done.blindLeftOut()));
            }
            anonymousIncluded(db, handbook.book().identity(), asked, filter);
            return 0;
        } catch (ShareException e) {
            err.println(Messages.logged(LOG, options.command(), e));
            return 1;
        }
    }

    /**
     * After "Exported 0 notes to F (N bytes)" when nothing at all went in (fresh tester t31's F15): why, and that the
     * file was written all the same (a script or a group may wait for it): no note matches what was asked, the notes
     * kept are all for other handbooks (t32's F14: "no notes to export yet" right after an import kept one for another
     * handbook), or there are no notes yet. Empty when something went in.
     *
     * @param otherBooks how many notes are kept for handbooks other than this one (read only when needed)
     * @param theirs     how many of those are by the {@code --author} given (read only when needed; t33's F8e)
     */
    private static String none(org.peeragogy.reader.share.Exported done, ExportFilter asked,
                               java.util.function.IntSupplier otherBooks, java.util.function.IntSupplier theirs) {
        if (done.notes() + done.tombstones() + done.votes() > 0) {
            return "";
        }
        boolean filtered = !asked.chapters().isEmpty() || !asked.colours().isEmpty() || !asked.tags().isEmpty()
                || !asked.authors().isEmpty();
        if (filtered) {
            int elsewhere = asked.authors().isEmpty() ? 0 : theirs.getAsInt();
            return ": no note matches the --chapter, --color, --tag or --author given" + (elsewhere == 0 ? "" : " ("
                    + elsewhere + (elsewhere == 1 ? " note" : " notes") + " by the --author given "
                    + (elsewhere == 1 ? "is" : "are") + " kept for other handbooks: start the reader with that"
                    + " handbook, --handbook, to export them)") + "; the file was written with none";
        }
        int elsewhere = otherBooks.getAsInt();
        return elsewhere > 0 ? ": none of the notes kept is for this handbook (" + elsewhere
                + (elsewhere == 1 ? " note is" : " notes are") + " for other handbooks: start the reader with that"
                + " handbook, --handbook, to export them); the file was written with none"
                : ": there are no notes to export yet; the file was written with none";
    }

    /** How many notes (not deleted) are kept for handbooks other than {@code book}; 0 when they cannot be read. */
    private static int otherBooks(Database db, String book) {
        try {
            return org.peeragogy.reader.store.NoteCounts.otherBooks(db, book);
        } catch (StoreException e) {
            return 0; // Recovers: the line then says there are none, as before; the export itself was written.
        }
    }

    /**
     * How many notes kept for handbooks other than {@code book} are by one of {@code given} (ids, names or starts of
     * ids, as {@link #authors} takes them); 0 when they cannot be read.
     */
    private static int otherBooksBy(Database db, String book, java.util.Set<String> given) {
        try {
            int n = 0;
            for (org.peeragogy.reader.store.NoteCounts.ByAuthor a
                    : org.peeragogy.reader.store.NoteCounts.otherBooksByAuthor(db, book)) {
                n += given.stream().anyMatch(g -> AuthorElsewhere.fits(g, a)) ? a.notes() : 0;
            }
            return n;
        } catch (StoreException e) {
            return 0; // Recovers: the line then says no note matches, as before; the export itself was written.
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

    /** The shortest start of an id that {@code --author} takes for the id ("6943" of "urn:uuid:6943a51f-…"). */
    static final int PREFIX = 4;

    /**
     * What each {@code --author} names, as author ids where it names one person: their id, the start of it (at least
     * {@link #PREFIX} characters, with or without "urn:uuid:", as {@code notes} shows "Chen (id 6943a51f)"), or their
     * name (names compared as {@link AuthorNames#compared} does). A name or start that fits two people or more is
     * refused, naming each with their id and how many notes they have, so the reader gives the id (t15b: {@code
     * --author Chen} exported the notes of both Chens). A voter counts as much as a writer of notes. A value that
     * fits no one here is refused when notes by it are kept for other handbooks, naming them and how to open each
     * ({@link AuthorElsewhere}: an empty file was written, t33's F8e said why only after it); else it is kept when it
     * names the reader (their id, their name setting: a hand-in of nothing yet); else it is refused, naming the
     * authors there are (fresh tester t35's F6: {@code --author Nobody} replaced a notes file with an empty one).
     * Empty, after saying why on the error stream, when one is refused.
     */
    private Optional<java.util.Set<String>> authors(Database db, String book, java.util.Set<String> given,
                                                    Options options) throws StoreException {
        if (given.isEmpty()) {
            return Optional.of(given);
        }
        Map<String, String> nameOf = new LinkedHashMap<>();
        Map<String, Integer> notes = new java.util.HashMap<>();
        for (Annotation a : db.annotations().book(book)) {
            nameOf.putIfAbsent(a.authorId(), a.author());
            notes.merge(a.authorId(), 1, Integer::sum);
        }
        for (org.peeragogy.reader.book.Vote v : db.conversation().of(book).votes()) {
            nameOf.putIfAbsent(v.voterId(), v.voter()); // a voter who wrote nothing still hands in their votes
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (String g : given) {
            if (nameOf.containsKey(g)) {
                ids.add(g);
                continue;
            }
            String folded = AuthorNames.compared(g);
            List<String> fits = nameOf.keySet().stream().filter(id -> !folded.isEmpty()
                    && AuthorNames.compared(nameOf.get(id)).equals(folded)).toList();
            if (fits.isEmpty() && g.length() >= PREFIX) {
                fits = nameOf.keySet().stream().filter(id -> id.startsWith(g) || id.startsWith("urn:uuid:" + g))
                        .toList();
            }
            if (fits.size() > 1) {
                List<String> each = new ArrayList<>();
                for (String id : fits) {
                    int n = notes.getOrDefault(id, 0);
                    each.add(oneLine(AuthorNames.listed(nameOf.get(id))) + " (" + AuthorIds.shortLabel(id) + ", " + n
                            + (n == 1 ? " note)" : " notes)"));
                }
                err.println("--author " + oneLine(AuthorNames.listed(g)) + " fits " + fits.size() + " people: "
                        + String.join("; ", each) + ". Give the id of the one you mean (its first characters are"
                        + " enough, as in --author " + AuthorIds.shortLabel(fits.get(0)).replaceFirst("^id ", "")
                        + "); each --author may name one more. Nothing was written.");
                return Optional.empty();
            }
            if (fits.isEmpty()) {
                // All their notes kept for other handbooks: the file would hold none (it was written empty).
                Optional<String> elsewhere = AuthorElsewhere.refusal(db, book, g,
                        new org.peeragogy.reader.content.HandbookLibrary(DataDirs.handbooks(options)));
                if (elsewhere.isPresent()) {
                    err.println(elsewhere.get());
                    return Optional.empty();
                }
            }
            if (fits.isEmpty() && !isReader(db, g)) {
                err.println(noOne(g, nameOf, notes));
                return Optional.empty();
            }
            ids.add(fits.isEmpty() ? g : fits.get(0));
        }
        return Optional.of(ids);
    }

    /** Whether {@code given} names the reader: their id, anonymous id or name setting. */
    private static boolean isReader(Database db, String given) throws StoreException {
        String folded = AuthorNames.compared(given);
        return db.readerIds().contains(given) || !folded.isEmpty() && db.settings().get(NotesViewModel.AUTHOR_KEY)
                .map(AuthorNames::compared).filter(folded::equals).isPresent();
    }

    /** The most authors a refusal of {@code --author} lists; {@code notes} lists them all. */
    private static final int LISTED = 12;

    /**
     * "--author Nobody fits no one who wrote or voted on notes for this handbook: the authors are Ana (id 6943a51f, 2
     * notes); … Give one of their names or ids …. Nothing was written." (t35's F6).
     */
    private static String noOne(String given, Map<String, String> nameOf, Map<String, Integer> notes) {
        String start = "--author " + oneLine(AuthorNames.listed(given)) + " fits no one who wrote or voted on notes for"
                + " this handbook";
        if (nameOf.isEmpty()) {
            return start + ": there are no notes for it yet, so the file would hold none. Nothing was written.";
        }
        List<String> ids = new ArrayList<>(nameOf.keySet());
        ids.sort(java.util.Comparator.comparing((String id) -> AuthorNames.compared(nameOf.get(id))));
        List<String> each = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(LISTED, ids.size()))) {
            int n = notes.getOrDefault(id, 0);
            each.add(oneLine(AuthorNames.listed(nameOf.get(id))) + " (" + AuthorIds.shortLabel(id) + ", "
                    + (n == 0 ? "votes only" : n + (n == 1 ? " note" : " notes")) + ")");
        }
        int more = ids.size() - each.size();
        return start + ": " + (nameOf.size() == 1 ? "the author is " : "the authors are ") + String.join("; ", each)
                + (more > 0 ? "; and " + more + " more (notes lists each note with its author)" : "")
                + ". Give one of their names, or the start of an id (as in --author "
                + AuthorIds.shortLabel(ids.get(0)).replaceFirst("^id ", "")
                + "), or leave out --author to export everyone's. Nothing was written.";
    }

}
