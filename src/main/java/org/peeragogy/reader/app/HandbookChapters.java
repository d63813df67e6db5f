package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.Chapters;

/** The open handbook for sharing: chapter addresses, chapter texts (rendered once each) and anchoring. */
public final class HandbookChapters implements Chapters {
    private final Handbook handbook;
    private final Map<String, Optional<ChapterText>> texts = new HashMap<>();
    /** Per chapter, whether its text has no character beyond U+FFFF (W3C positions then need no conversion). */
    private final Map<String, Boolean> plainPositions = new HashMap<>();

    public HandbookChapters(Handbook handbook) {
        this.handbook = handbook;
    }

    @Override
    public Book book() {
        return handbook.book();
    }

    /** The handbook's folder or zip as {@code Handbook.location()} names it; empty for the bundled guide. */
    @Override
    public Optional<java.nio.file.Path> location() {
        return org.peeragogy.reader.share.group.GroupFolderRule.handbookLocation(handbook);
    }

    @Override
    public Optional<String> chapterFor(String uri) {
        if (uri == null || uri.isBlank() || uri.length() > 2000) {
            return Optional.empty();
        }
        return handbook.resolveChapterLink(uri).map(Handbook.Link::chapterId);
    }

    @Override
    public Optional<String> text(String chapterId) {
        return chapterText(chapterId).map(ChapterText::text);
    }

    private synchronized Optional<ChapterText> chapterText(String chapterId) {
        return texts.computeIfAbsent(chapterId, id -> {
            if (handbook.book().chapter(id).isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(ChapterText.of(handbook.render(id).html()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public synchronized boolean positionsAreCodePoints(String chapterId) {
        return plainPositions.computeIfAbsent(chapterId, id -> chapterText(id).map(ChapterText::text)
                .map(t -> t.codePointCount(0, t.length()) == t.length()).orElse(false));
    }

    @Override
    public boolean placeable(Annotation a) {
        return place(a).placed();
    }

    @Override
    public Placement place(Annotation a) {
        if (!a.book().equals(handbook.book().identity())) {
            return Placement.orphan();
        }
        Optional<ChapterText> t = chapterText(a.chapterId());
        if (t.isEmpty()) {
            return Placement.orphan();
        }
        return a.anchor().map(anchor -> Anchoring.locate(t.get(), anchor))
                .orElse(new Placement(0, 0, Placement.Kind.EXACT, 1));
    }
}
