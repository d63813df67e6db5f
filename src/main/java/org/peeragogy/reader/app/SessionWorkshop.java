package org.peeragogy.reader.app;

import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.BackgroundTasks;
import org.peeragogy.reader.ui.ConversationViewModel;
import org.peeragogy.reader.ui.DigestViewModel;
import org.peeragogy.reader.ui.GroupFolderViewModel;
import org.peeragogy.reader.ui.GroupViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.ReaderViewModel;
import org.peeragogy.reader.ui.SaveQueue;
import org.peeragogy.reader.ui.ShownNotesViewModel;
import org.peeragogy.reader.ui.Texts;
import org.peeragogy.reader.ui.WorkshopOptionsViewModel;
import org.peeragogy.reader.ui.WorkshopViewModels;

/**
 * A window's workshop view-models (issue 15), wired for {@link ReaderSession}: the conversation on the window's
 * connection with its writes on the writer's, the group's figures and the digest each on a connection of their own,
 * opened for the work, and the group's options following the group folder's group (decision 0054). FX thread.
 */
record SessionWorkshop(ConversationViewModel talk, GroupViewModel groupView, DigestViewModel digest,
                       WorkshopOptionsViewModel options) {

    /**
     * @param database   the window's connection (reads)
     * @param writer     the ordered writer's connection
     * @param notesReads the notes' own thread: the conversation is read there, one call at a time
     */
    static SessionWorkshop make(Database database, Database writer, NotesViewModel notes, ShownNotesViewModel shownNotes,
                                SaveQueue saves, ReaderViewModel reader, SharingForHandbook forHandbook,
                                ExecutorService notesReads, BackgroundTasks tasks, GroupFolderViewModel group,
                                Texts texts) {
        ConversationViewModel talk = new ConversationViewModel(database.conversation(), writer.conversation(),
                database.settings(), notes, saves, reader::report, notesReads, Platform::runLater, texts);
        GroupViewModel.Connection own = new GroupViewModel.Connection() {
            @Override
            public <T> T run(GroupViewModel.Job<T> job) throws Exception {
                try (Database db = database.another()) {
                    return job.with(db);
                }
            }
        };
        GroupViewModel groupView = new GroupViewModel(own, reader::book, tasks, reader::report, texts);
        DigestViewModel digest = new DigestViewModel(new WindowDigests(own, forHandbook::chapters, texts), tasks,
                reader::report, texts);
        WorkshopOptionsViewModel options = new WorkshopOptionsViewModel(database.settings(), writer.settings(),
                shownNotes, notes, saves, reader::report, texts);
        options.followGroup(group.groupProperty()); // each group its own choices (decision 0054)
        return new SessionWorkshop(talk, groupView, digest, options);
    }

    /** The four, as the window takes them. */
    WorkshopViewModels viewModels() {
        return new WorkshopViewModels(talk, options, groupView, digest);
    }
}
