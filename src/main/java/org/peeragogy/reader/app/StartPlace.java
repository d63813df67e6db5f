package org.peeragogy.reader.app;

import java.io.IOException;
import java.util.Optional;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.content.ContentReason;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.store.ReadingPositions;
import org.peeragogy.reader.store.StoreException;

/**
 * Where the window opens, decided off the FX thread before it is shown: the chapter asked for (the
 * command line's {@code --smoke}), else the reader's saved place, else the first chapter. The saved place
 * is not trusted blindly (issue 9): a saved chapter that is no longer in the handbook, or whose page
 * cannot be made, gives way to the first chapter, and {@link #notice()} says why.
 *
 * @param openAt  the chapter to open; empty to resume at the saved place (with its scroll position)
 * @param page    the first page, rendered here (rendering also loads the Markdown and HTML classes beside
 *                JavaFX's start); empty when it failed, and the window renders it again and reports why
 * @param notice  a message for the reader when the saved place could not be used (the window says it in its
 *                language, decision 0038)
 */
record StartPlace(Optional<String> openAt, Optional<RenderedChapter> page, Optional<Reason> notice) {

    /** Blocks on disk (reads the saved place, renders a chapter): call it off the FX thread. */
    static StartPlace choose(Handbook handbook, Optional<String> asked, ReadingPositions positions) {
        Optional<Chapter> first = handbook.book().chapters().stream().findFirst();
        Optional<String> wanted = asked.filter(id -> handbook.book().chapter(id).isPresent());
        if (wanted.isPresent()) {
            return new StartPlace(wanted, render(handbook, wanted.get()).page(), Optional.empty());
        }
        Optional<ReadingPositions.Position> saved;
        try {
            saved = positions.get(handbook.book().identity());
        } catch (StoreException e) {
            saved = Optional.empty();
        }
        if (saved.isPresent()) {
            String id = saved.get().chapterId();
            Optional<Chapter> chapter = handbook.book().chapter(id);
            Reason why;
            if (chapter.isEmpty()) {
                why = Reason.of(ContentReason.NOT_IN_HANDBOOK);
            } else {
                Rendered r = render(handbook, id);
                if (r.page().isPresent()) {
                    return new StartPlace(Optional.empty(), r.page(), Optional.empty());
                }
                why = r.failure();
            }
            Reason name = chapter.map(c -> Reason.of(ContentReason.CHAPTER_TITLED, c.displayTitle(), id))
                    .orElse(Reason.of(ContentReason.CHAPTER_ID, id));
            Optional<Reason> notice = first.filter(c -> !c.id().equals(id))
                    .map(c -> Reason.of(ContentReason.START_CHAPTER_NOT_OPENED, name, why));
            if (notice.isPresent()) {
                return new StartPlace(first.map(Chapter::id), render(handbook, first.get().id()).page(), notice);
            }
        }
        return new StartPlace(first.map(Chapter::id), first.flatMap(c -> render(handbook, c.id()).page()),
                Optional.empty());
    }

    private record Rendered(Optional<RenderedChapter> page, Reason failure) {
    }

    /**
     * Renders a chapter; a failure of any kind is a reason, never a failed start. A stack overflow is
     * what a pathologically nested chapter gives, and the stack is whole again once it is caught.
     */
    private static Rendered render(Handbook handbook, String id) {
        try {
            return new Rendered(Optional.of(handbook.render(id)), null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Rendered(Optional.empty(), describe(e));
        }
    }

    /** A failure in words, never empty: its reason or message, else what kind of failure it was. */
    static Reason describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof StackOverflowError) {
            return Reason.of(ContentReason.NESTED_TOO_DEEPLY);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Reason.of(ContentReason.FILE_MISSING, String.valueOf(m));
        }
        if (e instanceof Reason.Explained x) {
            return x.reason();
        }
        return m == null || m.isBlank() ? Reason.of(ContentReason.UNEXPECTED_ERROR, e.getClass().getSimpleName())
                : Reason.of(Reason.General.OTHER, m);
    }
}
