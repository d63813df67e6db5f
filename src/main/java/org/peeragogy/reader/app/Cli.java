package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.content.CheckReport;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
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
        Optional<Integer> copied = CopiedNotes.check(options, err); // as someone else, never silently (decision 0094)
        if (copied.isPresent()) {
            return copied.get();
        }
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
            case "notes" -> new ReadCommands(out, err).notes(options, handbook);
            case "search" -> new ReadCommands(out, err).search(options, handbook);
            case "export" -> new ExportCommand(out, err).run(options, handbook);
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
        try (Database db = NotesFile.open(options)) {
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


    static String appVersion() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private int importFile(Options options, Handbook handbook) throws StoreException {
        java.nio.file.Path file = java.nio.file.Path.of(options.arguments().get(0));
        if (java.nio.file.Files.isDirectory(file)) {
            return new WorkshopCommands(out, err).importFolder(options, handbook, file);
        }
        try (Database db = NotesFile.open(options)) {
            NoteSharing sharing = new NoteSharing(db, new HandbookChapters(handbook), appVersion());
            NoteSharing.ByHand checked = sharing.previewByHand(file, WorkshopCommands.takesOthersChanges(options),
                    options.has("--others-votes"));
            NoteSharing.Preview preview = checked.preview();
            List<String> votesOut = WorkshopCommands.votesLeftOut(file.getFileName(), preview);
            // The reader's own notes among them are said as theirs (t15e's F1), as the remark above says them.
            java.util.Set<String> mine = new java.util.HashSet<>(java.util.Set.of(db.settings().readerId()));
            db.conversation().anonymousId().ifPresent(mine::add);
            int yours = (int) preview.forOthers().changesLeftOut().stream()
                    .filter(n -> mine.contains(n.annotation().authorId())).count();
            int others = checked.leftOut() - yours;
            List<String> leftOut = new java.util.ArrayList<>();
            if (others > 0) {
                leftOut.add(file.getFileName() + ": " + others + (others == 1 ? " change" : " changes")
                        + " to other people's notes");
            }
            if (yours > 0) {
                leftOut.add(file.getFileName() + ": " + yours + (yours == 1 ? " change to your own note"
                        : " changes to your own notes"));
            }
            if (options.has("--dry-run")) {
                out.println("Would import: " + preview.counts().summary());
                holdsNothing(file, preview).ifPresent(out::println);
                preview.remarks().forEach(r -> out.println(line(r)));
                WorkshopCommands.leftOut(err, leftOut);
                WorkshopCommands.votesLeftOut(err, votesOut);
                return 0;
            }
            ShareStore.Applied done = sharing.apply(preview);
            out.println("Imported: " + done.plan().counts().summary());
            holdsNothing(file, preview).ifPresent(out::println);
            preview.remarks().forEach(r -> out.println(line(r)));
            WorkshopCommands.leftOut(err, leftOut);
            WorkshopCommands.votesLeftOut(err, votesOut);
            done.batchId().ifPresent(id -> out.println("Undo with: undo-import (import " + id + ")"));
            return 0;
        } catch (ShareException e) {
            err.println(Messages.logged(LOG, options.command(), e));
            return 1;
        }
    }

    /**
     * "The file X holds no notes: there is nothing to import.", when it holds no note, no item left out and no vote
     * (fresh tester t31's F15: a row of zeros alone read as a failure to read it); empty otherwise.
     */
    static Optional<String> holdsNothing(java.nio.file.Path file, NoteSharing.Preview preview) {
        boolean nothing = preview.contents().notes().isEmpty() && preview.contents().skipped().isEmpty()
                && preview.plan().votes() == 0 && preview.counts().tombstones() == 0;
        return nothing ? Optional.of(line("The file " + file.getFileName() + " holds no notes: there is nothing to"
                + " import.")) : Optional.empty();
    }

    private int undoImport(Options options, Handbook handbook) throws StoreException {
        try (Database db = NotesFile.open(options)) {
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

    /**
     * {@code s} as one printed line: its line breaks (a file or a person's name may hold them) become spaces, so that no
     * text from outside starts a line of its own that reads as the reader's (fresh tester t31's F14: a file named
     * "x\nImported: 999 new.peeranotes" printed a line "Imported: 999 new…"). Any thread.
     */
    static String line(String s) {
        return s.replaceAll("\\R", " ");
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
