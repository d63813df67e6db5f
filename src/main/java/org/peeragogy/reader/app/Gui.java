package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/** Starts JavaFX and shows the reader window (or, with --smoke, shows one chapter and exits). */
final class Gui {
    private Gui() {
    }

    /** What the window needs, opened off the FX thread while the toolkit starts. */
    private record Prepared(Database database, Handbook handbook, Optional<RenderedChapter> firstPage) {
    }

    /** Returns a non-zero exit code when the window could not be started; 0 once it runs. */
    static int launch(Options options, PrintStream err) {
        Path dataDir = DataDirs.resolve(options);
        // Load the Markdown and HTML libraries' classes at once, on the second core, while the
        // database and the handbook are being opened: rendering a page of our own guide does it.
        Thread classes = new Thread(() -> {
            try (Handbook guide = Handbooks.guide()) {
                guide.render(guide.book().chapters().get(0).id());
            } catch (IOException | RuntimeException e) {
                // Only a head start; the real render reports any problem.
            }
        }, "warm-up");
        classes.setDaemon(true);
        classes.start();
        // Opening the database and reading the handbook each take hundreds of milliseconds; JavaFX
        // takes as long to start, so the two run side by side.
        CompletableFuture<Prepared> preparing = CompletableFuture.supplyAsync(() -> {
            try {
                Main.seed(dataDir);
                Database db = Database.open(dataDir);
                try {
                    Handbook handbook = HandbookLocator.locate(options, Main.remembered(db));
                    // Rendering the first page here, beside JavaFX's start, also loads the Markdown
                    // and HTML libraries' classes off the path to the first page; the window uses it.
                    return new Prepared(db, handbook, firstChapter(handbook,
                            options.smokeChapter().or(() -> savedChapter(db, handbook))).flatMap(id -> render(handbook, id)));
                } catch (Options.UsageException | StoreException | RuntimeException e) {
                    db.close();
                    throw e;
                }
            } catch (Options.UsageException | StoreException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Platform.startup(() -> { });
        Prepared prepared;
        try {
            prepared = preparing.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Options.UsageException) {
                return Main.usage(err, cause.getMessage());
            }
            Platform.runLater(() -> fail(cause.getMessage(), err));
            return 0;
        }
        Optional<String> smoke = options.smokeChapter();
        if (smoke.isPresent() && prepared.handbook().book().chapter(smoke.get()).isEmpty()) {
            return Main.usage(err, "No chapter '" + smoke.get() + "' in " + prepared.handbook().location());
        }
        Optional<Path> bundled = HandbookLocator.bundled(options);
        Platform.runLater(() -> show(prepared, dataDir, smoke, options.openFile(), bundled, err));
        return 0;
    }

    private static Optional<RenderedChapter> render(Handbook handbook, String id) {
        try {
            return Optional.of(handbook.render(id));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the window renders it again and reports what went wrong
        }
    }

    /** The chapter the window will open first: the one asked for, else the reader's place, else the first. */
    private static Optional<String> firstChapter(Handbook handbook, Optional<String> wanted) {
        return wanted.filter(c -> handbook.book().chapter(c).isPresent())
                .or(() -> handbook.book().chapters().stream().findFirst().map(c -> c.id()));
    }

    private static Optional<String> savedChapter(Database db, Handbook handbook) {
        try {
            return db.readingPositions().get(handbook.book().identity()).map(p -> p.chapterId());
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    private static void fail(String message, PrintStream err) {
        err.println(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Peeragogy Reader could not start");
        alert.showAndWait();
        Platform.exit();
        // From another thread: exiting on the FX thread would wait for the FX thread.
        new Thread(() -> System.exit(1), "exit").start();
    }

    private static void show(Prepared prepared, Path dataDir, Optional<String> smoke, Optional<Path> openFile,
                             Optional<Path> bundled, PrintStream err) {
        Stage stage = new Stage();
        ReaderSession session = new ReaderSession(stage, prepared.database(), prepared.handbook(), dataDir,
                new SystemBrowser()::open, bundled);
        stage.setOnHidden(e -> {
            try {
                session.close();
            } catch (Exception ex) {
                err.println("Closing: " + ex.getMessage());
            }
            Platform.exit();
        });
        smoke.ifPresent(id -> session.window().addLaidOutListener((chapter, fraction) -> {
            if (chapter.equals(id)) {
                // The JVM's own uptime: the process start time the OS reports is only whole-second exact.
                System.out.println("first-chapter-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
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
        }));
        prepared.firstPage().ifPresent(page -> session.window().preload(page.chapter().id(),
                CompletableFuture.completedFuture(page)));
        session.window().show(smoke.orElse(null));
        openFile.ifPresent(session.window()::importNotes);
    }
}
