package org.peeragogy.reader.ui;

import java.util.Objects;

/**
 * The view-models of a workshop's parts of the window (issue 15), made by the application with the database and
 * handed to {@link ReaderWindow} as part of its {@link ReaderWindow.ViewModels}.
 *
 * @param talk    replies, questions and votes beside the chapter's notes
 * @param options the group's options: a blind first pass, asking anonymously
 * @param group   Notes → Group, the contents' counts and the Hotspots list's chapters
 * @param digest  File → Digest…
 */
public record WorkshopViewModels(ConversationViewModel talk, WorkshopOptionsViewModel options, GroupViewModel group,
                                 DigestViewModel digest) {
    public WorkshopViewModels {
        Objects.requireNonNull(talk);
        Objects.requireNonNull(options);
        Objects.requireNonNull(group);
        Objects.requireNonNull(digest);
    }
}
