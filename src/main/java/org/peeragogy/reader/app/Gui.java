package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * Starts JavaFX and shows the reader window (or, with --smoke, shows one chapter and exits). The window's
 * start itself, recovery from a damaged notes file included, is {@link WindowStart}.
 */
final class Gui {
    private Gui() {
    }

    /** Returns a non-zero exit code when the window could not be started; 0 once it runs. */
    static int launch(Options options, PrintStream err) {
        StartTimeline timeline = new StartTimeline();
        timeline.mark("launch");
        // Files named that cannot be opened, among others or alone, go to the window all the same, which says each under
        // its name (t35's F7, finding h36c-2: from a file manager, with no terminal, such a file left nothing shown).
        NotesFileArgument.cannotOpen(options.openFiles()).forEach(err::println);
        Path dataDir = DataDirs.resolve(options);
        DataDirLock.Outcome lock = DataDirLock.take(dataDir);
        if (lock instanceof DataDirLock.Held held) {
            // A second start on one data folder (issue 16's try-out): the notes files it was given go to the window
            // open there (t17b's F2, t33's F4: each of several); else said, and nothing is opened or touched.
            if (!options.openFiles().isEmpty() && handedOver(held, options.openFiles(), err)) {
                return 0;
            }
            return alreadyOpen(options, held.dataDir(), err);
        }
        java.util.concurrent.atomic.AtomicReference<ReaderSession> window = new java.util.concurrent.atomic.AtomicReference<>();
        // At exit, a SIGTERM's too: the window's last write into the group folder, then the data folder given back
        // (the lock is held for the life of the process; the hook keeps it reachable).
        Optional<AutoCloseable> held = lock instanceof DataDirLock.Taken taken ? Optional.of(taken.lock()) : Optional.empty();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> atExit(window.get(), held), "at-exit"));
        // Load the Markdown and HTML libraries' classes at once, on the second core, while the
        // database and the handbook are being opened: rendering a page of our own guide does it.
        Thread classes = new Thread(() -> {
            try (Handbook guide = Handbooks.guide()) {
                guide.render(guide.book().chapters().get(0).id());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // Only a head start; the real render reports any problem.
            }
            // The window's words, made on the FX thread before the first chapter: their first sentence with a value
            // in it starts ICU's MessageFormat (and a plural its rules), the reasons' English is read from their codes'
            // annotations, and View → Interface language names each language in itself. Done here first, the FX
            // thread finds them ready (decision 0082).
            try {
                org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH).format("allNotes.count", 2);
                org.peeragogy.reader.ui.Texts.LANGUAGES.forEach(org.peeragogy.reader.ui.Texts::nameOf);
            } catch (RuntimeException e) {
                // Only a head start; the window's own use reports any problem.
            }
            // ICU's Latin-ASCII rules take about half a second to load; find and search fold with them.
            org.peeragogy.reader.text.Folding.preload();
        }, "warm-up");
        classes.setDaemon(true);
        classes.start();
        WindowStart start = new WindowStart(options, dataDir, err, new SystemBrowser()::open, Gui::exit,
                Clock.systemDefaultZone());
        if (lock instanceof DataDirLock.Taken taken && options.smokeChapter().isEmpty()) {
            // Taken from now, not from the show: a second start waits 5 s, and a loaded machine's window took longer.
            // Beside the lock: a read-only data folder's is elsewhere (t33's F3).
            start.handOversFrom(HandoverInbox.open(taken.place()));
        }
        start.onShown(window::set);
        Thread.setDefaultUncaughtExceptionHandler(new OutOfMemoryReport(message -> Platform.runLater(() -> {
            ReaderSession s = window.get();
            if (s != null) {
                s.viewModel().reportReason(message);
            }
        }), err));
        Optional<String> smoke = options.smokeChapter();
        smoke.ifPresent(id -> start.onShown(session -> {
            timeline.mark("window-shown");
            exitOnceShown(session, id, timeline);
        }));
        smoke.ifPresent(id -> watchdog(id, err));
        // Opening the database and reading the handbook each take hundreds of milliseconds; JavaFX
        // takes as long to start, so the two run side by side.
        CompletableFuture<WindowStart.Outcome> preparing = CompletableFuture.supplyAsync(() -> {
            WindowStart.Outcome prepared = start.prepareInBackground();
            timeline.mark("prepared");
            return prepared;
        });
        try {
            Platform.startup(() -> { });
        } catch (UnsupportedOperationException | IllegalStateException | UnsatisfiedLinkError e) {
            // No display to open a window on (fresh tester t17a's M5: a stack trace was all it said).
            err.println(noWindow(e));
            err.flush();
            return NO_WINDOW;
        }
        timeline.mark("toolkit");
        // The JavaFX thread would wait for the notes file and the handbook: meanwhile it makes WebKit ready (its
        // library, its fonts) and styles one control of each kind the window shows, each only while they are still
        // being opened, so that the window never waits for them (decision 0082).
        Platform.runLater(() -> {
            if (!preparing.isDone()) {
                org.peeragogy.reader.ui.web.WebKitWarmUp.run();
            }
        });
        Platform.runLater(() -> {
            if (!preparing.isDone()) {
                org.peeragogy.reader.ui.ControlsWarmUp.run();
            }
        });
        WindowStart.Outcome outcome;
        try {
            outcome = preparing.join();
        } catch (CompletionException e) {
            Throwable cause = WindowStart.unwrap(e);
            if (cause instanceof Options.UsageException) {
                return Main.usage(err, cause.getMessage());
            }
            Platform.runLater(() -> start.failed(cause));
            return 0;
        }
        if (smoke.isPresent() && outcome instanceof WindowStart.Ready ready
                && ready.prepared().handbook().book().chapter(smoke.get()).isEmpty()) {
            return Main.usage(err, "No chapter '" + smoke.get() + "' in " + ready.prepared().handbook().location());
        }
        Platform.runLater(() -> start.proceed(outcome, java.util.List.of(), Optional.empty()));
        return 0;
    }

    /**
     * Hands each of {@code files} in turn to the window holding {@code held} ({@link Handover}), saying each on
     * {@code err}: true when it took them all, false at the first it did not take in time. Needs no display; blocks
     * the calling thread up to {@link Handover#WAIT} a file.
     */
    private static boolean handedOver(DataDirLock.Held held, java.util.List<Path> files, PrintStream err) {
        Path dataDir = held.dataDir();
        for (Path file : files) {
            try {
                if (!Handover.send(held.place(), file, Handover.WAIT)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (NotesFileArgument.amongOthers(file).isEmpty()) { // else said above: the window says why not
                err.println("Peeragogy Reader is already open on " + dataDir.toAbsolutePath()
                        + ": the notes file " + file.toAbsolutePath() + " was handed to it, which offers to import it.");
            }
            err.flush();
        }
        return true;
    }

    /**
     * Says that the reader is already open on {@code dataDir}: on the terminal, and in a dialog in the window's
     * language unless --smoke (unattended). Returns the exit code, 4.
     */
    private static int alreadyOpen(Options options, Path dataDir, PrintStream err) {
        err.println(DataDirLock.alreadyOpen(dataDir));
        err.flush();
        if (options.smokeChapter().isPresent()) {
            return ALREADY_OPEN; // unattended: a dialog would wait for no one
        }
        org.peeragogy.reader.ui.Texts texts = InterfaceLanguage.ofProcess().texts();
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        try {
            // Shown after the toolkit's start, not inside it: a dialog shown and waited for inside startup's own
            // runnable stayed a blank box that no click closed (fresh tester t17a's M1).
            Platform.startup(() -> { });
            Platform.runLater(() -> {
                try {
                    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.INFORMATION,
                            texts.format("start.alreadyOpenText", dataDir.toAbsolutePath().toString()));
                    alert.setTitle(texts.get("start.alreadyOpenTitle")); // not JavaFX's "Message" (t35's F9)
                    alert.setHeaderText(texts.get("start.alreadyOpen"));
                    alert.showAndWait();
                } finally {
                    closed.countDown();
                }
            });
            closed.await();
            Platform.exit();
        } catch (RuntimeException e) {
            // No display to show it on: the terminal's line is all there is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ALREADY_OPEN;
    }

    /** The exit code of a start refused because the reader is already open on its data folder. */
    static final int ALREADY_OPEN = 4;

    /** The exit code of a window start with no display to open it on. */
    static final int NO_WINDOW = 5;

    /** What a start with no display says: why, and what works without one. */
    static String noWindow(Throwable e) {
        return noWindow(e, System.getenv("DISPLAY"), ProgramName.ofThisProcess());
    }

    /** {@link #noWindow(Throwable)} with the display and the command that started the reader given. */
    static String noWindow(Throwable e, String display, String program) {
        return "The reader's window cannot open: " + (display == null || display.isBlank()
                ? "there is no display (DISPLAY is not set: start it from a desktop session)"
                : "the display " + display + " cannot be reached (" + e.getMessage() + ")")
                + ". Its commands work without one: " + program + " --help lists them.";
    }

    /** The shutdown hook's work: the open window's last write (none when closed), then the lock given back. */
    private static void atExit(ReaderSession window, Optional<AutoCloseable> lock) {
        try {
            if (window != null) {
                window.atTermination();
            }
        } catch (InterruptedException | RuntimeException e) {
            System.getLogger(Gui.class.getName()).log(System.Logger.Level.WARNING, "The last write at exit", e);
        } finally {
            lock.ifPresent(l -> {
                try {
                    l.close();
                } catch (Exception e) {
                    // The system releases it with the process.
                }
            });
        }
    }

    /** 0: the window closed; else the start failed or the reader quit. */
    private static void exit(int code) {
        Platform.exit();
        if (code != 0) {
            // From another thread: exiting on the FX thread would wait for the FX thread.
            new Thread(() -> System.exit(code), "exit").start();
        }
    }

    /**
     * Ends a --smoke start that never shows its chapter (a hang, a dialog nobody will answer) with exit
     * code 3 after {@code peeragogy.smoke.timeoutMs} ms (default 120,000), so that unattended checks fail
     * instead of waiting for their own time limit.
     */
    private static void watchdog(String id, PrintStream err) {
        long ms = Long.getLong("peeragogy.smoke.timeoutMs", 120_000);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                return;
            }
            err.println("--smoke: chapter '" + id + "' was not shown within " + ms + " ms; giving up.");
            err.flush();
            Runtime.getRuntime().halt(3);
        }, "smoke-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private static void exitOnceShown(ReaderSession session, String id, StartTimeline timeline) {
        session.window().addLaidOutListener((chapter, fraction) -> {
            if (chapter.equals(id)) {
                // The JVM's own uptime: the process start time the OS reports is only whole-second exact.
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                timeline.mark("chapter-laid-out");
                System.out.println("first-chapter-ms=" + uptime);
                System.out.println(timeline.line());
                System.out.flush();
                // Everything the window wrote is committed. Exit from another thread once JavaFX has
                // stopped (exiting inside a pulse races the renderer), so that the JVM's exit work
                // runs: the packaging build records its class-data archive then.
                Thread fx = Thread.currentThread();
                // After this event, not inside it: exiting during a pulse makes JavaFX complain.
                Platform.runLater(Platform::exit);
                new Thread(() -> {
                    try {
                        fx.join(5000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(0);
                }, "smoke-exit").start();
            }
        });
    }
}
