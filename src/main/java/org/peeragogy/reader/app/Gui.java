package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;

/** Starts JavaFX and shows the reader window (or, with --smoke, shows one chapter and exits). */
final class Gui {
    private Gui() {
    }

    /** Returns a non-zero exit code when the window could not be started; 0 once it runs. */
    static int launch(Options options, PrintStream err) {
        if (options.smokeChapter().isPresent()) {
            String id = options.smokeChapter().get();
            try (Handbook h = HandbookLocator.locate(options, Main.addedHandbook(options))) {
                if (h.book().chapter(id).isEmpty()) {
                    return Main.usage(err, "No chapter '" + id + "' in " + h.location());
                }
            } catch (Options.UsageException e) {
                return Main.usage(err, e.getMessage());
            } catch (Exception e) {
                err.println("Failed: " + e.getMessage());
                return 1;
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.runLater(() -> show(options, err));
        return 0;
    }

    private static void show(Options options, PrintStream err) {
        Stage stage = new Stage();
        ReaderSession session;
        try {
            session = ReaderSession.open(stage, options);
        } catch (Exception e) {
            err.println(e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Peeragogy Reader could not start");
            alert.showAndWait();
            Platform.exit();
            System.exit(1);
            return;
        }
        stage.setOnHidden(e -> {
            try {
                session.close();
            } catch (Exception ex) {
                err.println("Closing: " + ex.getMessage());
            }
            Platform.exit();
        });
        Optional<String> smoke = options.smokeChapter();
        smoke.ifPresent(id -> session.window().addLaidOutListener((chapter, fraction) -> {
            if (chapter.equals(id)) {
                Optional<Instant> start = ProcessHandle.current().info().startInstant();
                long ms = start.map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
                System.out.println("first-chapter-ms=" + ms);
                System.out.flush();
                stage.hide();
                System.exit(0);
            }
        }));
        session.window().show(smoke.orElse(null));
    }
}
