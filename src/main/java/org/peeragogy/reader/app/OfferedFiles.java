package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The notes files the window offers for import: those named at the start, then those a second start hands over
 * ({@link HandoverInbox}), each in the window open when its turn comes (opened again in another interface language, or
 * on the new author id of someone else reading a copied notes file). While a copied notes file's question is open
 * ({@link CopiedStart}) none is offered (fresh tester t35's F4): it was imported under the id of the person the notes
 * were copied from, and the import's remark called their notes the reader's own. They are offered, in the order they
 * came, once the question is answered ({@link #release}). FX thread.
 */
final class OfferedFiles {
    private final Stage stage;
    private final Optional<HandoverInbox> inbox;
    /** The window the files go to: the one shown last ({@link #showIn}). */
    private ReaderSession session;
    /** Files named at the start that wait for {@link #release}; empty when none wait. */
    private final List<Path> held = new ArrayList<>();

    private OfferedFiles(Stage stage, ReaderSession session, Optional<HandoverInbox> inbox) {
        this.stage = stage;
        this.session = session;
        this.inbox = inbox;
    }

    /**
     * Offers {@code named} in {@code session}'s window, one after the other, and each file {@code inbox} takes as it
     * comes; with {@code hold}, none until {@link #release}. The inbox is closed when the stage is hidden.
     */
    static OfferedFiles start(Stage stage, ReaderSession session, Optional<HandoverInbox> inbox, List<Path> named,
                              boolean hold) {
        OfferedFiles files = new OfferedFiles(stage, session, inbox);
        if (hold) {
            files.held.addAll(named);
            inbox.ifPresent(HandoverInbox::hold); // before the files that came while the window started are given
        } else {
            named.forEach(session.window()::importNotes); // in turn
        }
        inbox.ifPresent(in -> {
            in.deliverTo(file -> Platform.runLater(() -> files.offer(file)));
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> in.close());
        });
        return files;
    }

    /** The window shown now on the same stage (another language, another reader): files go to it from now on. */
    void showIn(ReaderSession now) {
        session = now;
    }

    /** Offers the files that waited, in the order they came (those named first), and each from now on as it comes. */
    void release() {
        List<Path> named = List.copyOf(held);
        held.clear();
        named.forEach(session.window()::importNotes);
        inbox.ifPresent(HandoverInbox::release);
    }

    private void offer(Path file) {
        stage.setIconified(false);
        org.peeragogy.reader.ui.HeldDialogs.toFront(stage); // a dialog open over the window stays over it
        session.window().importNotes(file);
    }
}
