package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.ui.SearchViewModel;
import org.peeragogy.reader.ui.SharingViewModel;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.share.group.ComputerName;
import org.peeragogy.reader.share.group.FolderWatch;
import org.peeragogy.reader.share.group.GroupFolderRule;
import org.peeragogy.reader.ui.AllNotesViewModel;
import org.peeragogy.reader.ui.GroupFolderChoiceViewModel;
import org.peeragogy.reader.ui.GroupFolderViewModel;
import org.peeragogy.reader.ui.InterfaceLanguageViewModel;
import org.peeragogy.reader.ui.Texts;
import org.peeragogy.reader.ui.BackgroundTasks;
import org.peeragogy.reader.ui.HandbooksViewModel;
import org.peeragogy.reader.ui.SaveQueue;
import org.peeragogy.reader.ui.ShownNotesViewModel;
import org.peeragogy.reader.ui.SwitchHandbookViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.PanelsViewModel;
import org.peeragogy.reader.ui.KeyboardViewModel;
import org.peeragogy.reader.ui.ReaderViewModel;
import org.peeragogy.reader.ui.ReaderWindow;
import org.peeragogy.reader.ui.WindowBoundsViewModel;
import org.peeragogy.reader.ui.ConversationViewModel;
import org.peeragogy.reader.ui.DigestViewModel;
import org.peeragogy.reader.ui.GroupViewModel;
import org.peeragogy.reader.ui.WorkshopOptionsViewModel;
import javafx.stage.Stage;

/** One open reader window with everything it uses, wired by constructor. Call on the FX thread. */
final class ReaderSession implements AutoCloseable {
    private final Database database;
    /** The writer's own connection: the window's reads never wait behind one of its writes. */
    private final Database writer;
    private final SaveQueue saves;
    /** Set once the window closes: the exit's last write ({@link #atTermination}) then has nothing to do. */
    private volatile boolean closed;
    private final AllNotesViewModel allNotes;
    private final SharingViewModel sharing;
    private final BackgroundTasks tasks;
    private final ReaderViewModel viewModel;
    private final NotesViewModel notes;
    private final ExecutorService searches;
    /** Reads and anchors the chapter's notes, so that the FX thread never waits on them (issue 10). */
    private final ExecutorService notesReads;
    private final SearchViewModel search;
    private final ReaderWindow window;
    private final GroupFolderViewModel group;
    /** The group folder chosen before: held back while a copied notes file's question is open ({@link CopiedStart}). */
    private final GroupFolderChoiceViewModel groupChoice;
    /** The window's words, in the language it is shown in. */
    private final Texts texts;
    /** Replies, the group's figures, the digest and the group's options (issue 15). */
    private final SessionWorkshop workshop;
    /** How long the reader's notes stay unchanged before their group folder file is written again (issue 16). */
    static final java.time.Duration GROUP_DEBOUNCE = java.time.Duration.ofSeconds(3);
    /** How often the group folder is looked at besides its change events (network shares send none). */
    static final java.time.Duration GROUP_POLL = java.time.Duration.ofSeconds(2);

    ReaderSession(Stage stage, Database database, Handbook handbook, Path dataDir, Consumer<String> browser) {
        this(stage, database, handbook, dataDir, browser, Optional.empty());
    }

    /**
     * A window in the language the reader chose (else the system's), whose View → Interface language saves the
     * choice and does nothing more: the next window opens in it ({@link WindowStart} opens it at once).
     *
     * @param bundled the handbook the reader ships with (or --handbook), always offered under Switch handbook
     */
    ReaderSession(Stage stage, Database database, Handbook handbook, Path dataDir, Consumer<String> browser,
                  Optional<Path> bundled) {
        this(stage, database, handbook, dataDir, browser, bundled, InterfaceLanguage.ofProcess(), () -> { });
    }

    /**
     * @param language the system's language and the one asked for on the command line (decision 0030)
     * @param reopen   called on the FX thread after the reader chose another interface language (saved, queued):
     *                 opens the window again in it ({@link #closeKeepingData})
     */
    ReaderSession(Stage stage, Database database, Handbook handbook, Path dataDir, Consumer<String> browser,
                  Optional<Path> bundled, InterfaceLanguage language, Runnable reopen) {
        this.database = database;
        this.writer = openWriter(database, dataDir);
        java.util.concurrent.atomic.AtomicReference<ReaderViewModel> reportTo = new java.util.concurrent.atomic.AtomicReference<>();
        this.saves = new SaveQueue(Platform::runLater, m -> reportTo.get().report(m)); // failures come later
        this.tasks = new BackgroundTasks(Platform::runLater);
        // The window's words first: every view-model that speaks is given them.
        InterfaceLanguageViewModel interfaceLanguage = new InterfaceLanguageViewModel(database.settings(), saves,
                writer.settings(), language.system(), language.thisRun(), reopen);
        Texts texts = this.texts = interfaceLanguage.texts();
        saves.sayFailuresWith(texts::failure); // a failed save is said in the window's language (decision 0038)
        // A replaced handbook is closed after the chapter renders already asked of it.
        this.viewModel = new ReaderViewModel(handbook, database.settings(), database.readingPositions(),
                this::closeAfterRenders, saves, writer.settings(), writer.readingPositions(), texts);
        reportTo.set(viewModel);
        this.notesReads = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "notes-read");
            t.setDaemon(true);
            return t;
        });
        this.notes = new NotesViewModel(database.annotations(), database.settings(), viewModel::report, saves,
                writer.annotations(), writer.settings(), notesReads, Platform::runLater, texts);
        notes.useBook(viewModel::book);
        AllNotesViewModel allNotes = new AllNotesViewModel(database.annotations(), viewModel::book, viewModel::report,
                notesReads, Platform::runLater, texts);
        this.allNotes = allNotes;
        // The blind first pass, one rule for every view of notes (F16): All notes, search, the panel and page.
        ShownNotesViewModel shownNotes = new ShownNotesViewModel(database.settings(), database.conversation(),
                database.annotations());
        allNotes.setShown(shownNotes::apply);
        // Background work reads the handbook shown from here, never from the JavaFX property (set on the FX
        // thread as it changes; BackgroundTasks' contract, issue 10).
        java.util.concurrent.atomic.AtomicReference<Handbook> shown =
                new java.util.concurrent.atomic.AtomicReference<>(viewModel.handbookProperty().get());
        viewModel.handbookProperty().addListener((o, was, now) -> shown.set(now));
        this.searches = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search");
            t.setDaemon(true);
            return t;
        });
        this.search = new SearchViewModel(
                q -> database.search().search(shown.get().book().identity(), q, SearchViewModel.LIMIT),
                hits -> shownNotes.results(shown.get().book().identity(), hits), searches, Platform::runLater, texts);
        SharingForHandbook forHandbook = new SharingForHandbook(database, shown::get);
        SharingViewModel sharing = this.sharing = new SharingViewModel(forHandbook, forHandbook.ownConnection(dataDir),
                viewModel::report, tasks, texts);
        SwitchHandbookViewModel switcher = new SwitchHandbookViewModel(new HandbookLibrary(dataDir.resolve("handbooks")),
                bundled);
        HandbooksViewModel handbooks = new HandbooksViewModel(switcher, viewModel, tasks);
        GroupFolderViewModel.Connection groupWork = new GroupFolderViewModel.Connection() {
            @Override
            public <T> T run(GroupFolderViewModel.Job<T> job) throws Exception {
                try (Database own = database.another()) {
                    return job.with(own, new NoteSharing(own, forHandbook.chapters(), Cli.appVersion()),
                            shown.get().book().identity());
                }
            }
        };
        // The handbook's folder is refused as a group folder, as group-folder set refuses it (GroupFolderRule).
        this.groupChoice = new GroupFolderChoiceViewModel(groupWork, tasks, saves, writer.settings(),
                viewModel::report, dataDir, () -> GroupFolderRule.handbookLocation(shown.get()), texts);
        this.group = new GroupFolderViewModel(groupWork, groupChoice, tasks,
                Platform::runLater, viewModel::report, dataDir.resolve("group-staging"), new ComputerName(),
                GROUP_DEBOUNCE, (dir, wake) -> FolderWatch.started(dir, GROUP_POLL, wake), texts);
        this.workshop = SessionWorkshop.make(database, writer, notes, shownNotes, saves, viewModel, forHandbook,
                notesReads, tasks, group, texts);
        this.window = new ReaderWindow(stage, new ReaderWindow.ViewModels(viewModel, notes, allNotes, search, sharing,
                handbooks, new WindowBoundsViewModel(database.settings(), saves, writer.settings()),
                new PanelsViewModel(database.settings(), saves, writer.settings()), group,
                new KeyboardViewModel(database.settings(), saves, writer.settings()), interfaceLanguage,
                workshop.viewModels()),
                (book, progress) -> index(database, book, progress), dataDir.resolve("webview"), tasks, browser);
        group.start(); // the group folder chosen before, if any, is watched again
    }

    /**
     * A second connection for the ordered writer; the window's own when it cannot be opened. Opened as the
     * window's is (read-only when it is), without checking the file again: it runs on the FX thread.
     */
    private static Database openWriter(Database database, Path dataDir) {
        try {
            return database.another();
        } catch (StoreException e) {
            // Recovers: saving then shares the window's connection (reads may wait behind a save); logged,
            // as the design of decision 0013 is then not in force.
            System.getLogger(ReaderSession.class.getName()).log(System.Logger.Level.WARNING,
                    "The writer's own connection could not be opened; saving on the window's", e);
            return database;
        }
    }

    /** Closes a replaced handbook on the renderer's thread, after the chapter renders already asked of it. */
    private void closeAfterRenders(Runnable close) {
        window.chapterView().afterRenders(close);
    }

    /**
     * Builds a handbook's search index. The build writes on a connection of its own (the window's stays
     * free for saving notes meanwhile), and, when the notes file is read-only, into the same private copy
     * that the window's searches read.
     */
    private static void index(Database database, Handbook handbook, BiConsumer<Integer, Integer> progress)
            throws StoreException, IOException {
        database.search().ensureIndexed(handbook.book(), SearchUnits.of(handbook), progress::accept);
    }

    /** The group folder chosen before is neither written nor read until {@link #releaseGroupFolder}. FX thread. */
    void holdGroupFolder() {
        groupChoice.hold();
    }

    /** Hands on the group folder held back ({@link #holdGroupFolder}). FX thread. */
    void releaseGroupFolder() {
        groupChoice.release();
    }

    GroupFolderViewModel group() {
        return group;
    }

    /** Replies, questions and votes beside the chapter's notes (issue 15). */
    ConversationViewModel talk() {
        return workshop.talk();
    }

    /** Notes → Group's figures (issue 15). */
    GroupViewModel groupView() {
        return workshop.groupView();
    }

    /** File → Digest… (issue 15). */
    DigestViewModel digest() {
        return workshop.digest();
    }

    /** The group's options: a blind first pass, asking anonymously (issue 15). */
    WorkshopOptionsViewModel workshopOptions() {
        return workshop.options();
    }

    ReaderWindow window() {
        return window;
    }

    ReaderViewModel viewModel() {
        return viewModel;
    }

    SharingViewModel sharing() {
        return sharing;
    }

    AllNotesViewModel allNotes() {
        return allNotes;
    }

    NotesViewModel notes() {
        return notes;
    }

    SearchViewModel search() {
        return search;
    }

    /** Returns once every read of the chapter's notes asked for so far has run (results queued for the FX thread). */
    void awaitNotes() throws InterruptedException, java.util.concurrent.ExecutionException {
        notesReads.submit(() -> { }).get();
    }

    /** Returns once every search asked for so far has run (its results are then queued for the FX thread). */
    void awaitSearches() throws InterruptedException, java.util.concurrent.ExecutionException {
        searches.submit(() -> { }).get();
    }

    /**
     * Closes the window and everything it runs, as {@link #close} does, but leaves the notes file and the handbook
     * shown open, and the stage as it is, for a new session on them (the window again in another interface
     * language). Everything saved so far is written first. Returns the handbook shown. FX thread.
     */
    Handbook closeKeepingData() {
        closed = true;
        Runnable lastGroupWrite = group.lastWrite(); // the newest notes into the group folder, after the saves
        group.close();
        window.close();
        searches.shutdownNow();
        notesReads.shutdownNow();
        tasks.close();
        try {
            saves.close(); // what the reader saved last is written before the connections close
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            // A chapter's notes being read (milliseconds) finish before their connection closes.
            notesReads.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lastGroupWrite.run();
        if (writer != database) {
            try {
                writer.close();
            } catch (StoreException e) {
                // Its writes are committed (the queue is closed): only the connection is left, released at exit.
                System.getLogger(ReaderSession.class.getName()).log(System.Logger.Level.DEBUG,
                        "Closing the writer's connection", e);
            }
        }
        return viewModel.handbookProperty().get();
    }

    /**
     * What a SIGTERM (a logout, a shutdown) still does while the window is open (fresh tester t16c's F1: the change
     * made a few seconds before never reached the group folder): writes what is queued to be saved, waiting up to
     * 5 s, then the group folder's last write. Nothing once the window has closed (its close did both). Any thread:
     * the JVM's shutdown hook; the FX thread may still be running.
     */
    void atTermination() throws InterruptedException {
        if (!closed && saves.flush(java.time.Duration.ofSeconds(5))) {
            group.lastWrite().run();
        }
    }

    Database database() {
        return database;
    }

    /** The window's words, in its language. */
    Texts texts() {
        return texts;
    }

    /**
     * What the reader can still take back in this window and keeps across View → Interface language (decision
     * 0038): Back and Forward, the notes Undo would bring back, and what was open
     * ({@link org.peeragogy.reader.ui.WindowShown}).
     */
    record Kept(org.peeragogy.reader.ui.History.Kept history, java.util.List<org.peeragogy.reader.book.Annotation> deleted,
                org.peeragogy.reader.ui.WindowShown shown) {
    }

    /** Back, Forward and Undo delete as they are now, for the window opened again after this one. FX thread. */
    Kept kept() {
        return new Kept(viewModel.history(), notes.undoable(), window.shown());
    }

    /** Takes over what the window before kept ({@link #kept}); call after the window was shown. FX thread. */
    void takeOver(Kept kept) {
        viewModel.restoreHistory(kept.history());
        notes.keepUndoable(kept.deleted());
        window.showAgain(kept.shown()); // Reading settings, the Search tab, the deletion's Undo (fresh tester 14b)
    }

    @Override
    public void close() throws StoreException, IOException {
        Handbook shown = closeKeepingData();
        try {
            shown.close();
        } finally {
            database.close();
        }
    }
}
