package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.Texts;

/**
 * The workshop's conversation on the command line (issue 15): {@code reply}, {@code ask}, {@code vote} and
 * {@code answered}; the folder import and the facilitator's {@code digest}. Each prints one line (the new note's id, or what changed); a wrong id or a note that is
 * not there is a plain message on the error stream and exit code 1.
 */
final class WorkshopCommands {
    static final java.util.Set<String> COMMANDS = java.util.Set.of("reply", "ask", "vote", "answered");

    private final PrintStream out;
    private final PrintStream err;

    WorkshopCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options options, Handbook handbook) throws IOException, StoreException {
        if (options.command().equals("ask")) {
            return ask(options, handbook);
        }
        try (Database db = NotesFile.open(options)) {
            String me = name(db);
            try {
                switch (options.command()) {
                    case "reply" -> out.println(db.conversation().reply(options.arguments().get(0),
                            options.flag("--note").orElseThrow(), me).id());
                    case "vote" -> {
                        boolean give = !options.has("--withdraw");
                        db.conversation().vote(options.arguments().get(0), give, me);
                        out.println((give ? "Voted +1 on " : "Withdrew your vote on ") + options.arguments().get(0));
                    }
                    case "answered" -> {
                        db.conversation().markAnswered(options.arguments().get(0), options.arguments().get(1));
                        out.println("Marked " + options.arguments().get(0) + " answered by " + options.arguments().get(1));
                    }
                    default -> throw new IllegalArgumentException(options.command());
                }
                return 0;
            } catch (StoreException e) {
                if (e.getCause() != null) {
                    throw e; // the disk, not the request: reported as any other failure to save
                }
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    /** A question on a passage (anchored as {@code highlight} anchors it) or, without {@code --quote}, on the chapter. */
    private int ask(Options options, Handbook handbook) throws IOException, StoreException {
        String typed = options.arguments().get(0);
        if (handbook.book().chapter(typed).isEmpty()) {
            return Main.usage(err, "No chapter '" + typed + "' in " + handbook.location()
                    + " (the chapters command lists the ids)");
        }
        String id = handbook.book().chapter(typed).orElseThrow().id(); // the book's own form (decision 0023)
        Optional<TextAnchor> anchor = Optional.empty();
        if (options.flag("--quote").isPresent()) {
            anchor = QuoteArgument.anchor(handbook, id, options.flag("--quote").get(), err);
            if (anchor.isEmpty()) {
                return 1;
            }
        }
        try (Database db = NotesFile.open(options)) {
            Annotation a;
            try {
                a = db.conversation().ask(new AnnotationStore.Draft(handbook.book().identity(), id,
                        anchor.isPresent() ? Annotation.Kind.HIGHLIGHT : Annotation.Kind.CHAPTER_NOTE,
                        Annotation.Colour.YELLOW, options.flag("--note").orElseThrow(), options.all("--tag"), name(db),
                        anchor), options.has("--anonymous"));
            } catch (StoreException e) {
                if (e.getCause() != null) {
                    throw e;
                }
                err.println(e.getMessage());
                return 1;
            }
            out.println(a.id());
            return 0;
        }
    }

    /**
     * {@code import FOLDER [--dry-run]}: every notes file in the folder as one import. Prints one line per file
     * (who, how many), each file refused with its reason, then the combined counts and remarks, and how to undo.
     */
    int importFolder(Options options, Handbook handbook, java.nio.file.Path folder) throws StoreException {
        try (Database db = NotesFile.open(options)) {
            org.peeragogy.reader.share.NoteSharing sharing = new org.peeragogy.reader.share.NoteSharing(db,
                    new HandbookChapters(handbook), Cli.appVersion());
            org.peeragogy.reader.share.FolderPreview preview = sharing.previewFolder(folder,
                    takesOthersChanges(options), options.has("--others-votes"));
            // Which files carry them (t15b's N4), as the remarks above say per file.
            java.util.List<String> carrying = preview.combined().forOthers().files();
            java.util.List<String> votesOut = votesLeftOut(carrying.isEmpty() ? folder.getFileName()
                    : java.nio.file.Path.of(folder.getFileName() + " (" + String.join(", ", carrying) + ")"),
                    preview.combined());
            preview.lines().forEach(l -> out.println(Cli.line(l)));
            preview.refused().forEach(r -> out.println(Cli.line("Not imported: " + r)));
            if (options.has("--dry-run")) {
                out.println("Would import: " + preview.combined().counts().summary());
                preview.combined().remarks().forEach(r -> out.println(Cli.line(r)));
                leftOut(err, preview.leftOut());
                votesLeftOut(err, votesOut);
                return 0;
            }
            org.peeragogy.reader.store.ShareStore.Applied done = sharing.apply(preview);
            out.println("Imported: " + done.plan().counts().summary());
            preview.combined().remarks().forEach(r -> out.println(Cli.line(r)));
            leftOut(err, preview.leftOut());
            votesLeftOut(err, votesOut);
            done.batchId().ifPresent(id -> out.println("Undo with: undo-import (import " + id + ", the whole folder)"));
            return 0;
        } catch (org.peeragogy.reader.share.ShareException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * Whether an import takes the changes files make to other people's notes (decision 0069): {@code --others-changes},
     * or {@code --others-deletions}, its name when only deletions by files named after one person were held back (0042).
     */
    static boolean takesOthersChanges(Options options) {
        return options.has("--others-changes") || options.has("--others-deletions");
    }

    /**
     * Says, on the error stream, the changes to other people's notes an import by hand took out of files that name
     * their writer (decision 0069): "Not imported: FILE: 2 changes to other people's notes …", then how to take them.
     */
    static void leftOut(java.io.PrintStream err, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        lines.forEach(l -> err.println(Cli.line("Not imported: " + org.peeragogy.reader.book.AuthorNames.listed(l))));
        boolean yours = lines.stream().anyMatch(l -> l.contains("to your own note"));
        err.println("A note is changed, deleted or marked answered by its own writer's file (see the remark above)"
                + (yours ? "; a version of your own note is at most kept beside it" : "")
                + ". To take them too, run the import again with --others-changes.");
    }

    /**
     * The line an import by hand says on the error stream for the votes it left out, written by people other than the
     * file's writer (decision 0061): "WHAT: 2 votes by people other than the file's writer", or "… in a file that does
     * not say who wrote it"; empty when none.
     */
    static java.util.List<String> votesLeftOut(java.nio.file.Path what,
                                               org.peeragogy.reader.share.NoteSharing.Preview preview) {
        org.peeragogy.reader.share.ForOthers left = preview.forOthers();
        int n = left.votesLeftOut().size();
        // A file that names no writer has no "other people than its writer" (t15e's N1): its votes are no one's.
        String whose = left.allWithoutWriter() ? (left.files().size() == 1 ? " in a file that does not say who wrote it"
                : " in files that do not say who wrote them")
                : left.noWriter().isEmpty() ? " by people other than the file's writer"
                : " by people other than the file's writer, or in a file that does not say who wrote it ("
                + String.join(", ", left.noWriter()) + ")";
        return n == 0 ? java.util.List.of() : java.util.List.of(what + ": " + n + (n == 1 ? " vote" : " votes") + whose);
    }

    /** Says {@code lines} ({@link #votesLeftOut(java.nio.file.Path, org.peeragogy.reader.share.NoteSharing.Preview)}) on the error stream, then how to take them. */
    static void votesLeftOut(java.io.PrintStream err, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        lines.forEach(l -> err.println(Cli.line("Not imported: " + org.peeragogy.reader.book.AuthorNames.listed(l))));
        err.println("A vote counts from its voter's own file; these are other people's (see the remark above). To"
                + " take them too, run the import again with --others-votes.");
    }

    /**
     * {@code digest --format markdown|html|pdf --out FILE [--chapter ID]... [--names show|initials|hide]
     * [--interface-language TAG] [--full-text]}: the facilitator's digest of the notes here (issue 15), written in the language
     * chosen in the window of this data folder, or the one asked for, else English (decision 0046). Prints what it wrote (in English,
     * as the command line does); a wrong format, name mode, chapter or language is a usage message, a file that
     * cannot be written a plain message and exit code 1; an unknown chapter its reason and where the ids are, exit code 2.
     */
    int digest(Options options, Handbook handbook) throws StoreException {
        Optional<Digests.Format> format = Digests.Format.ofCode(options.flag("--format").orElse(""));
        if (format.isEmpty()) {
            return Main.usage(err, "Unknown format '" + options.flag("--format").orElse("")
                    + "': use markdown, html or pdf");
        }
        Optional<Names> names = Names.ofCode(options.flag("--names").orElse("show"));
        if (names.isEmpty()) {
            return Main.usage(err, "Unknown --names '" + options.flag("--names").orElse("")
                    + "': use show, initials or hide");
        }
        for (String chapter : options.all("--chapter")) {
            if (handbook.book().chapter(chapter).isEmpty()) {
                // The reason and where the ids are, not the whole usage after it (t15b's N6).
                err.println("No chapter '" + chapter + "' in " + handbook.location() + ".");
                err.println("The chapters command lists the chapter ids.");
                return 2;
            }
        }
        Optional<String> language = options.flag("--interface-language");
        if (language.isPresent() && Texts.LANGUAGES.stream()
                .noneMatch(l -> l.toLanguageTag().equals(language.get()))) {
            return Main.usage(err, "Unknown --interface-language '" + language.get() + "': use "
                    + String.join(", ", Texts.LANGUAGES.stream().map(Locale::toLanguageTag)
                    .toList()));
        }
        java.nio.file.Path file = java.nio.file.Path.of(options.flag("--out").orElseThrow());
        try (Database db = NotesFile.open(options)) {
            Texts words = language.map(l -> Texts.of(Locale.forLanguageTag(l)))
                    // Not the system's language: the command line's output is the same everywhere (decision 0030).
                    .orElseGet(() -> new InterfaceLanguage(Locale.ENGLISH, InterfaceLanguage.ofProcess().thisRun())
                            .ofWindow(db.settings()));
            Digests digests = new Digests(db, new HandbookChapters(handbook));
            Digest d = digests.make(java.util.Set.copyOf(options.all("--chapter")), names.get(), words.digestWords(),
                    options.has("--full-text"));
            String undrawn = digests.save(d, format.get(), file);
            out.println("Wrote the digest (" + d.summary() + ") to " + file
                    + (d.noNotes() ? ": there are no notes yet; the digest was written with none" : "")); // t32's F16
            if (!undrawn.isEmpty()) {
                err.println(undrawn);
            }
            ownAnonymous(db, handbook, java.util.Set.copyOf(options.all("--chapter")));
            return 0;
        } catch (org.peeragogy.reader.share.ShareException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * Tells the digest's maker, on the error stream, that their own anonymous questions are in it as "Anonymous",
     * counted apart from them: a handout that counted them as its maker would tell its readers who asked (t15c's N9,
     * t15d's N6; decision 0080).
     */
    private void ownAnonymous(Database db, Handbook handbook, java.util.Set<String> chapters) throws StoreException {
        Optional<String> anon = db.conversation().anonymousId();
        if (anon.isEmpty()) {
            return;
        }
        java.util.Set<String> only = new java.util.HashSet<>();
        chapters.forEach(c -> handbook.book().chapter(c).ifPresent(ch -> only.add(ch.id())));
        long n = db.annotations().book(handbook.book().identity()).stream().filter(a -> !a.isDeleted()
                && a.authorId().equals(anon.get()) && (only.isEmpty() || only.contains(a.chapterId()))).count();
        if (n > 0) {
            err.println("Your " + (n == 1 ? "anonymous question is" : n + " anonymous questions are") + " in this digest"
                    + " as \"Anonymous\", counted apart from you, so that whoever reads it cannot tell "
                    + (n == 1 ? "it is" : "they are") + " yours.");
        }
    }

    /**
     * The last three columns of plain {@code notes} (tester's F23: without {@code --json} a thread could not be
     * followed): what the note is in a conversation ("question open", "question answered", "reply" or ""), the id of
     * the note it replies to (""), and its +1s now. Tab-joined.
     */
    static String talk(Annotation a, org.peeragogy.reader.store.Conversation conversation) {
        org.peeragogy.reader.book.NoteLink link = conversation.links().get(a.id());
        String parent = link == null ? "" : link.parentId().orElse("");
        String kind = link == null ? "" : link.question() ? (link.answeredBy().isPresent() ? "question answered"
                : "question open") : parent.isEmpty() ? "" : "reply";
        long votes = conversation.votes().stream().filter(v -> v.noteId().equals(a.id()) && v.given()).count();
        return kind + "\t" + parent + "\t" + votes;
    }

    /**
     * {@code name}: prints the name the reader's notes carry, or sets it as the window's Notes → Your name… does
     * ({@code SettingsStore.putReaderName}: every note they made shows it). Fresh testers t15's and t16's F1: a reader
     * on the command line alone signed everything with the system's user name ("root"), and their group file with it.
     */
    int name(Options options) throws IOException, StoreException {
        try (Database db = NotesFile.open(options)) {
            if (options.has("--same") || options.has("--new")) {
                return CopiedNotes.answer(options, db, out, err);
            }
            if (options.arguments().isEmpty()) {
                java.util.Optional<String> set = db.settings().get(NotesViewModel.AUTHOR_KEY).filter(a -> !a.isBlank());
                out.println(set.orElse(name(db)) + (set.isPresent() ? ""
                        : "\t(no name set: notes made here carry the system's user name; set one with name NAME)"));
                return 0;
            }
            try {
                db.settings().putReaderName(options.arguments().get(0));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage() + " Nothing was changed.");
                return 2;
            }
            out.println("Your notes now carry the name " + name(db));
            namesakes(db);
            return 0;
        }
    }

    /** Warns, as the window's name dialog does, when someone else in the reader's notes has the name (t15b F7). */
    private void namesakes(Database db) throws StoreException {
        java.util.Set<String> own = db.readerIds();
        String name = name(db);
        java.util.List<String> others = org.peeragogy.reader.store.PeopleApart.read(db).namesakes(name, own);
        if (!others.isEmpty()) {
            err.println(Cli.oneLine(name) + " is already the name of someone in your notes ("
                    + String.join(", ", others.stream().map(org.peeragogy.reader.book.AuthorIds::shortLabel).toList())
                    + "). The name is yours all the same: people are told apart by their ids, and where both show, each"
                    + " carries the start of theirs: yours is \"" + Cli.oneLine(name) + " ("
                    + org.peeragogy.reader.book.AuthorIds.shortLabel(db.settings().readerId()) + ")\". To be told"
                    + " apart by name, choose another with name NAME.");
        }
    }

    /**
     * {@code talk} as the window lays it out: a question is answered only by a reply in its own thread
     * ({@link org.peeragogy.reader.book.Threads}, decision 0031), so a link naming an answer elsewhere (the question
     * itself, a note of another thread, a reply not arrived yet) leaves it open here too, as in the notes panel, the
     * Group view and the digest (fresh tester 18w's N1, on the command line). Pure; any thread.
     *
     * @param notes the handbook's notes, tombstones included (a deleted parent keeps its thread)
     */
    static org.peeragogy.reader.store.Conversation asShown(org.peeragogy.reader.store.Conversation talk,
                                                           java.util.List<Annotation> notes) {
        java.util.Map<String, org.peeragogy.reader.book.NoteLink> links = new java.util.HashMap<>(talk.links());
        for (org.peeragogy.reader.book.Threads.Node root : org.peeragogy.reader.book.Threads.build(notes, talk.links(),
                talk.votes())) {
            for (org.peeragogy.reader.book.Threads.Node n : root.flatten()) {
                org.peeragogy.reader.book.NoteLink l = links.get(n.id());
                if (l != null && l.question() && !l.answeredBy().equals(n.answeredBy())) {
                    links.put(n.id(), new org.peeragogy.reader.book.NoteLink(l.noteId(), l.parentId(), true,
                            n.answeredBy()));
                }
            }
        }
        return new org.peeragogy.reader.store.Conversation(links, talk.votes());
    }

    /** The reader's name, as {@code highlight} writes it. */
    private static String name(Database db) throws StoreException {
        return db.settings().get(NotesViewModel.AUTHOR_KEY).filter(a -> !a.isBlank())
                .orElse(System.getProperty("user.name", "me"));
    }
}
