package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.store.Backups;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.OpenFailure;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.RecoveryDialog;

/**
 * Opening the reader window, from the notes file to the first page (issue 9: a reader is never locked
 * out). Off the FX thread: the notes file and the handbook are opened and the start place is chosen
 * ({@link StartPlace}). On it: the window is shown with any message the start has for the reader (a
 * read-only folder, a saved chapter that could not be opened); or, when the notes file is damaged, the
 * {@link RecoveryDialog} is shown, the chosen recovery runs off the FX thread, and the window opens
 * after it. Once the first chapter has been shown, the day's backup is taken in the background.
 */
final class WindowStart {
    /** JavaFX's implicit exit as it was before the recovery dialog turned it off (FX thread); null when not turned off. */
    private Boolean implicitExitBefore;

    private static final System.Logger LOG = System.getLogger(WindowStart.class.getName());

    /**
     * What the window needs, opened off the FX thread.
     *
     * @param bundled the handbook the reader ships with (or --handbook), offered under Switch handbook
     */
    record Prepared(Database database, Handbook handbook, StartPlace place, Optional<Path> bundled,
                    Optional<org.peeragogy.reader.store.SettingsStore.Copied> copiedFrom) {
    }

    /** What preparing found: everything ready, or a damaged notes file. */
    sealed interface Outcome permits Ready, Damaged {
    }

    record Ready(Prepared prepared) implements Outcome {
    }

    /** A damaged notes file and the latest backup that passed the check (looked up off the FX thread). */
    record Damaged(OpenFailure failure, Optional<Backups.Verified> backup) implements Outcome {
    }

    private final Options options;
    private final Path dataDir;
    private final PrintStream err;
    private final Consumer<String> browser;
    private final IntConsumer exit;
    private final Clock clock;
    private final List<Consumer<ReaderSession>> shown = new ArrayList<>();
    /** A second start's files since the lock was taken ({@link #handOversFrom}); null: from the show, in the data folder. */
    private Optional<HandoverInbox> handOvers;
    /** The process's, until the reader chooses one in the window: then the saved choice's (FX thread). */
    private InterfaceLanguage language;

    /**
     * @param exit called on the FX thread when the reader is done: 0 after the window closed, 1 when the
     *             start failed or the reader chose to quit at the recovery dialog
     */
    WindowStart(Options options, Path dataDir, PrintStream err, Consumer<String> browser, IntConsumer exit,
                Clock clock) {
        this(options, dataDir, err, browser, exit, clock, InterfaceLanguage.ofProcess());
    }

    /** As above, with the system's language and the one asked for this run given (tests). */
    WindowStart(Options options, Path dataDir, PrintStream err, Consumer<String> browser, IntConsumer exit,
                Clock clock, InterfaceLanguage language) {
        this.language = language;
        this.options = options;
        this.dataDir = dataDir;
        this.err = err;
        this.browser = browser;
        this.exit = exit;
        this.clock = clock;
    }

    /** The hand-overs taken since the data folder's lock was (in its place). Before {@link #begin}, any thread. */
    void handOversFrom(Optional<HandoverInbox> inbox) {
        handOvers = inbox;
    }

    /** Called on the FX thread with the session each time a window is shown. */
    void onShown(Consumer<ReaderSession> listener) {
        shown.add(listener);
    }

    /**
     * Opens the notes file and the handbook and chooses the start place. Blocks on disk: off the FX thread.
     *
     * @throws Options.UsageException when --handbook names nothing that opens, or --language a language its folder lacks
     * @throws StoreException         when the notes file cannot be opened for a reason other than damage
     */
    Outcome prepare() throws Options.UsageException, StoreException {
        return prepare(dataDir);
    }

    /** {@link #prepare()} with the notes file of {@code notesDir} (a scratch folder to read without notes). */
    private Outcome prepare(Path notesDir) throws Options.UsageException, StoreException {
        StoreException seedFailed = null;
        try {
            Main.seed(notesDir);
        } catch (StoreException e) {
            seedFailed = e; // said below if the notes file cannot be opened either
        }
        Database db;
        try {
            db = Database.open(notesDir);
        } catch (StoreException e) {
            if (e instanceof OpenFailure failure && failure.damaged()) {
                return new Damaged(failure, new Recovery(notesDir, clock).latestBackup());
            }
            // Never locked out of the book: where no notes file can be made (a locked stick never started, t17a's
            // M2), the package's seed is read as it is, read-only, with its search index.
            Optional<Path> seed = Main.seedFile().filter(f -> e.seedMayBeReadInstead());
            if (seed.isEmpty()) {
                throw seedFailed != null ? seedFailed : e;
            }
            db = Database.openSeedReadOnly(notesDir, seed.get(), e);
        }
        try {
            Handbook handbook = HandbookLocator.locate(options, Main.remembered(db));
            try {
                return new Ready(new Prepared(db, handbook,
                        StartPlace.choose(handbook, options.smokeChapter(), db.readingPositions()),
                        HandbookLocator.bundled(options), db.settings().copiedFrom()));
            } catch (RuntimeException e) {
                closeQuietly(handbook);
                throw e;
            }
        } catch (Options.UsageException | StoreException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** {@link #prepare()} for a {@link CompletableFuture}: checked exceptions wrapped. */
    Outcome prepareInBackground() {
        try {
            return prepare();
        } catch (Options.UsageException | StoreException e) {
            throw new CompletionException(e);
        }
    }

    /** Prepares off the FX thread, then goes on on it ({@link #proceed} or {@link #failed}). Returns at once. */
    void begin() {
        CompletableFuture.supplyAsync(this::prepareInBackground).whenComplete((outcome, e) -> Platform.runLater(() -> {
            if (e != null) {
                failed(unwrap(e));
            } else {
                proceed(outcome, List.of(), Optional.empty());
            }
        }));
    }

    /**
     * On the FX thread: shows the window, or asks what to do about a damaged notes file.
     *
     * @param notices  messages to show in the window (what a recovery did)
     * @param toImport a notes file to offer for import once the window is shown
     */
    void proceed(Outcome outcome, List<String> notices, Optional<Path> toImport) {
        if (outcome instanceof Ready ready) {
            show(ready.prepared(), notices, toImport);
        } else if (outcome instanceof Damaged damaged) {
            ask(damaged);
        }
    }

    /** On the FX thread: the window could not be started; says why (never with an empty message) and exits. */
    void failed(Throwable cause) {
        // Logged once, with its stack trace, where it is finally shown; the text is never empty.
        String message = Messages.logged(LOG, "Starting the window", cause);
        err.println(message);
        if (options.smokeChapter().isPresent()) {
            // --smoke runs unattended (CI, the package checks): a dialog would wait for no one.
            exit.accept(1);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, language.texts().failure(cause));
        alert.setHeaderText(language.texts().get("start.failed"));
        alert.showAndWait();
        exit.accept(1);
    }

    private void ask(Damaged damaged) {
        // The dialog is the only window: when it closes, JavaFX would end (its implicit exit) before the window chosen
        // ("Read without my notes", "Set it aside") could open, and the reader ended with nothing done (fresh tester
        // t17b's M2). Until the window is shown ({@link #show}), only an explicit exit ends the reader.
        if (implicitExitBefore == null) {
            implicitExitBefore = Platform.isImplicitExit();
        }
        Platform.setImplicitExit(false);
        err.println(damaged.failure().problem());
        if (options.smokeChapter().isPresent()) {
            err.println("--smoke does not recover a damaged notes file: start the reader without --smoke to choose how.");
            exit.accept(1);
            return;
        }
        org.peeragogy.reader.ui.Texts texts = language.texts();
        RecoveryDialog.Choice choice = RecoveryDialog.ask(texts, texts.reason(damaged.failure().problem()),
                damaged.backup().map(b -> RecoveryDialog.backup(texts, b.backup().day(), b.notes())));
        if (choice == RecoveryDialog.Choice.QUIT) {
            exit.accept(1);
            return;
        }
        if (choice == RecoveryDialog.Choice.READ_WITHOUT_NOTES) {
            // Never locked out of the book, even when no recovery can be written (a read-only folder):
            // the window opens over a scratch notes file, and the damaged one is left as it is.
            CompletableFuture.supplyAsync(() -> {
                try {
                    return prepare(java.nio.file.Files.createTempDirectory("peeragogy-reader-without-notes"));
                } catch (java.io.IOException | StoreException | Options.UsageException e) {
                    throw new CompletionException(e);
                }
            }).whenComplete((outcome, e) -> Platform.runLater(() -> {
                if (e != null) {
                    failed(unwrap(e));
                } else {
                    proceed(outcome, List.of(texts.format("start.withoutNotes", texts.reason(damaged.failure().problem()))),
                            Optional.empty());
                }
            }));
            return;
        }
        Recovery recovery = new Recovery(dataDir, clock);
        CompletableFuture.supplyAsync(() -> {
            try {
                Recovery.Outcome done = choice == RecoveryDialog.Choice.RESTORE_BACKUP ? recovery.restoreLatestBackup()
                        : recovery.setAsideAndStartFresh(Cli.appVersion());
                return new Recovered(done, prepare());
            } catch (StoreException | Options.UsageException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((recovered, e) -> Platform.runLater(() -> {
            if (e == null) {
                // What was done, in the window's words: each sentence in its language (decision 0038).
                proceed(recovered.next(), List.of(String.join(" ", recovered.done().said().stream().map(texts::reason)
                        .toList())), recovered.done().salvaged());
                return;
            }
            Throwable cause = unwrap(e);
            if (cause instanceof Options.UsageException) {
                failed(cause);
                return;
            }
            // Say what went wrong, then offer the choices again: the other one may still work.
            Alert alert = new Alert(Alert.AlertType.ERROR, texts.logged(LOG, "Recovering the notes file", cause));
            alert.setHeaderText(texts.get("start.retryFailed"));
            alert.showAndWait();
            begin();
        }));
    }

    private record Recovered(Recovery.Outcome done, Outcome next) {
    }

    private ReaderSession show(Prepared prepared, List<String> notices, Optional<Path> toImport) {
        if (implicitExitBefore != null) { // a window is up again (see ask)
            Platform.setImplicitExit(implicitExitBefore);
            implicitExitBefore = null;
        }
        Stage stage = new Stage();
        ReaderSession session = open(stage, prepared.database(), prepared.handbook(), prepared.bundled());
        StartPlace place = prepared.place();
        place.page().ifPresent(page -> session.window().preload(page.chapter().id(),
                CompletableFuture.completedFuture(page)));
        boolean[] backedUp = {false};
        session.window().addLaidOutListener((chapter, fraction) -> {
            // Not for --smoke, which exits at once and would leave the copy half made.
            if (!backedUp[0] && options.smokeChapter().isEmpty()) {
                backedUp[0] = true;
                backUpInBackground(prepared.database(), session);
            }
        });
        session.window().show(place.openAt().orElse(null));
        List<String> messages = new ArrayList<>(notices);
        // Said in the window's language (decision 0038); the command line's English is the reasons' own.
        place.notice().map(session.texts()::reason).ifPresent(messages::add);
        prepared.database().readOnlyReason().map(session.texts()::reason).ifPresent(messages::add);
        if (!messages.isEmpty()) {
            session.viewModel().report(String.join("\n", messages));
        }
        for (Consumer<ReaderSession> l : shown) {
            l.accept(session);
        }
        // A notes file opened by a second start on this data folder is offered here too ({@link Handover}); none while
        // a copied notes file's question is open (t35's F4).
        if (handOvers == null && options.smokeChapter().isEmpty()) {
            handOvers = HandoverInbox.open(dataDir);
        }
        OfferedFiles offered = OfferedFiles.start(stage, session, options.smokeChapter().isPresent() ? Optional.empty()
                : handOvers, toImport.map(List::of).orElse(options.openFiles()), prepared.copiedFrom().isPresent());
        shown.add(offered::showIn);
        prepared.copiedFrom().ifPresent(c -> CopiedStart.ask(stage, session, c,
                () -> reopen(session, stage, prepared.bundled()), offered::release));
        return session;
    }

    /**
     * A session on {@code stage} over this notes file and handbook: closing the stage closes it and ends the
     * reader; choosing another interface language opens the window again ({@link #reopen}). FX thread.
     */
    private ReaderSession open(Stage stage, Database database, Handbook handbook, Optional<Path> bundled) {
        ReaderSession[] self = new ReaderSession[1];
        ReaderSession session = new ReaderSession(stage, database, handbook, dataDir, browser, bundled, language,
                () -> Platform.runLater(() -> {
                    language = language.chosenInWindow(); // the choice wins for the rest of the run (decision 0030)
                    reopen(self[0], stage, bundled);
                }));
        self[0] = session;
        stage.setOnHidden(e -> {
            try {
                session.close();
            } catch (Exception ex) {
                err.println("Closing: " + Messages.logged(LOG, "Closing the window", ex));
            }
            // After the hide has finished: exiting inside it threw IllegalStateException from Window.hide
            // at every Quit (found by a fresh tester).
            javafx.application.Platform.runLater(() -> exit.accept(0));
        });
        return session;
    }

    /**
     * The reader chose another interface language (decision 0030): the window closes as at Quit (its place,
     * chapter and panels saved, everything queued written) but the notes file, the handbook and the stage stay
     * open, and a new window on them opens in the language chosen, where the reader was, with Back, Forward and
     * Undo delete as they were. FX thread.
     */
    private void reopen(ReaderSession old, Stage stage, Optional<Path> bundled) {
        Database database = old.database();
        ReaderSession.Kept kept = old.kept();
        Handbook handbook = old.closeKeepingData();
        ReaderSession session = open(stage, database, handbook, bundled);
        session.window().show(null);
        session.takeOver(kept); // Back, Forward and Undo delete as they were (decision 0038)
        for (Consumer<ReaderSession> l : shown) {
            l.accept(session);
        }
    }

    /**
     * Takes the day's backup on a thread of its own, after the first page is shown (it never delays the start); one
     * that could not be made is said in the window (fresh tester t30's F3.3: a full stick skipped it without a word) as
     * well as logged, and the next start tries again.
     */
    private void backUpInBackground(Database db, ReaderSession session) {
        Thread t = new Thread(() -> {
            try {
                new Backups(dataDir).takeIfDue(db, LocalDate.now(clock));
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "The day's backup of the notes was not made", e);
                Platform.runLater(() -> session.viewModel().reportAlso(session.texts().reason(e.reason())));
            }
        }, "backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static void closeQuietly(Handbook h) {
        try {
            h.close();
        } catch (IOException | RuntimeException ignored) {
            // Already failing; that failure is the one reported.
        }
    }
}
