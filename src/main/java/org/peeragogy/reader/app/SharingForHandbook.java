package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.SharingViewModel;

/**
 * One {@link NoteSharing} per open handbook: it keeps the chapters' text it has read, so a preview
 * and the import that follows read each chapter once.
 */
final class SharingForHandbook implements Supplier<NoteSharing> {
    private final Database database;
    private final Supplier<Handbook> shown;
    private Handbook made;
    private HandbookChapters chapters;
    private NoteSharing sharing;

    SharingForHandbook(Database database, Supplier<Handbook> shown) {
        this.database = database;
        this.shown = shown;
    }

    @Override
    public synchronized NoteSharing get() {
        Handbook now = shown.get();
        if (now != made) {
            made = now;
            chapters = new HandbookChapters(now);
            sharing = new NoteSharing(database, chapters, Cli.appVersion());
        }
        return sharing;
    }

    synchronized HandbookChapters chapters() {
        get();
        return chapters;
    }

    /** The same chapters (and the text read of them), on a database connection opened for the work. */
    SharingViewModel.OwnConnection ownConnection(Path dataDir) {
        return new SharingViewModel.OwnConnection() {
            @Override
            public <T> T run(SharingViewModel.Work<T> work) throws ShareException {
                // Opened as the window's is, without checking the file again (it was, at start).
                try (Database own = database.another()) {
                    return work.with(new NoteSharing(own, chapters(), Cli.appVersion()));
                } catch (StoreException e) {
                    throw new ShareException(e.reason(), e);
                }
            }
        };
    }
}
