package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.AllNotesViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.ReaderViewModel;
import org.peeragogy.reader.ui.ReaderWindow;
import javafx.stage.Stage;

/** One open reader window with everything it uses, wired by constructor. Call on the FX thread. */
final class ReaderSession implements AutoCloseable {
    private final Database database;
    private final ReaderViewModel viewModel;
    private final NotesViewModel notes;
    private final ReaderWindow window;

    ReaderSession(Stage stage, Database database, Handbook handbook, Path dataDir, Consumer<String> browser) {
        this.database = database;
        this.viewModel = new ReaderViewModel(handbook, database.settings(), database.readingPositions());
        this.notes = new NotesViewModel(database.annotations(), database.settings(), viewModel::report);
        AllNotesViewModel allNotes = new AllNotesViewModel(database.annotations(), viewModel::book, viewModel::report);
        this.window = new ReaderWindow(stage, viewModel, notes, allNotes, database.settings(),
                dataDir.resolve("webview"), Handbooks::open, browser);
    }

    ReaderWindow window() {
        return window;
    }

    ReaderViewModel viewModel() {
        return viewModel;
    }

    NotesViewModel notes() {
        return notes;
    }

    @Override
    public void close() throws StoreException, IOException {
        window.close();
        try {
            viewModel.handbookProperty().get().close();
        } finally {
            database.close();
        }
    }
}
