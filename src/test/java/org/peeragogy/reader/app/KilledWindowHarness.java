package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/**
 * A reader window in a process of its own, for {@link WindowPlaceAfterKillTest} to kill: it opens the window on
 * {@code <data-dir>} and {@code <handbook>} as Main does, moves and resizes it to {@code x y width height} as a
 * window manager reports a drag (the same stage properties), prints "moved" and waits to be killed.
 */
public final class KilledWindowHarness {
    private KilledWindowHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path handbook = Path.of(args[1]);
        double[] b = {Double.parseDouble(args[2]), Double.parseDouble(args[3]), Double.parseDouble(args[4]),
                Double.parseDouble(args[5])};
        Database db = Database.open(dataDir);
        var book = Handbooks.open(handbook);
        Platform.startup(() -> {
            Stage stage = new Stage();
            ReaderSession session = new ReaderSession(stage, db, book, dataDir, url -> { }, Optional.empty());
            session.window().addLaidOutListener((id, fraction) -> Platform.runLater(() -> {
                stage.setX(b[0]);
                stage.setY(b[1]);
                stage.setWidth(b[2]);
                stage.setHeight(b[3]);
                System.out.println("moved");
                System.out.flush();
            }));
            session.window().show(null);
        });
    }
}
