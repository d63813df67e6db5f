package org.peeragogy.reader.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.CopiedNotesDialog;

/**
 * A copied notes file at the window's start (fresh tester t34's F1, decision 0094): once the window is shown, before a
 * note can be made, the reader is asked whether they are the person the notes were copied from. The answer is kept on
 * a connection of its own, off the FX thread; someone else then gets the window again on their own author id (every
 * part of it reads who "you" are anew, as after choosing another interface language), their name asked on their
 * first note. Threads: FX, the writing on a thread of its own.
 */
final class CopiedStart {
    private static final System.Logger LOG = System.getLogger(CopiedStart.class.getName());

    private CopiedStart() {
    }

    /**
     * Asks, after what is queued on the FX thread now (the window's first frame), and keeps the answer.
     *
     * @param again    opens the window again on the new author id (FX thread)
     * @param answered offers the notes files held back while the question was open (t35's F4), in the window open
     *                 after the answer; also when the answer could not be kept (the window says why). FX thread
     */
    static void ask(Stage stage, ReaderSession session, SettingsStore.Copied copied, Runnable again,
                    Runnable answered) {
        // Nothing goes to the group folder until they have said who they are (t35's F1: a file under the first
        // reader's id was written there while the question was open, and left there whatever the answer).
        session.holdGroupFolder();
        Platform.runLater(() -> {
            CopiedNotesDialog.Choice choice = CopiedNotesDialog.ask(session.texts(), stage, copied.name());
            if (choice == CopiedNotesDialog.Choice.NOT_YET) {
                return; // the window was closed unanswered: nothing kept, asked again at the next start
            }
            Database db = session.database();
            CompletableFuture.runAsync(() -> {
                try (Database own = db.another()) {
                    if (choice == CopiedNotesDialog.Choice.SAME) {
                        own.settings().sameReader();
                    } else {
                        own.settings().newReader("");
                    }
                } catch (StoreException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }).whenComplete((done, e) -> Platform.runLater(() -> {
                if (e == null) {
                    if (choice == CopiedNotesDialog.Choice.SOMEONE_ELSE) {
                        again.run(); // a new window, whose group folder is theirs
                    } else {
                        session.releaseGroupFolder();
                    }
                    answered.run();
                    return;
                }
                answered.run(); // imported under the id the file has, which their preview says
                Throwable cause = WindowStart.unwrap(e);
                // Recovers: nothing was changed, and the next start asks again; the window says why.
                LOG.log(System.Logger.Level.WARNING, "Who reads the copied notes file was not kept", cause);
                session.viewModel().reportAlso(cause instanceof StoreException s ? session.texts().reason(s.reason())
                        : String.valueOf(cause.getMessage()));
            }));
        });
    }
}
